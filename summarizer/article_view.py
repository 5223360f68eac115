"""One article as every extraction step reads it: its text, its sentences, and the part of it a
question shows the model."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from . import detect

LONG_ARTICLE_CHARS = 9000
LONG_ARTICLE_SENTENCES = 40


@dataclass(frozen=True)
class ArticleView:
    text: str
    sentences: list[detect.Sentence]
    sentence_starts: list[int]  # in text order, for finding a sentence by offset

    @classmethod
    def of(cls, text: str) -> ArticleView:
        sentences = detect.sentences(text)
        return cls(text, sentences, [s.start for s in sentences])

    @property
    def long(self) -> bool:
        """A long article is shown in part: its opening for the topic and stance questions, the
        neighbourhood of the quote for a speaker."""
        return len(self.text) > LONG_ARTICLE_CHARS

    @property
    def shown(self) -> list[detect.Sentence]:
        """The sentences every question shows unless it shows a window of its own."""
        return self.sentences[:LONG_ARTICLE_SENTENCES] if self.long else self.sentences

    def window(self, sentence: detect.Sentence) -> list[detect.Sentence]:
        """The sentences shown around `sentence` in a long article: fixed, overlapping windows,
        so that the quotes of one window share its prompt prefix."""
        step = LONG_ARTICLE_SENTENCES - 10
        first = max(0, ((sentence.index - 1) // step) * step - 5)
        return self.sentences[first : first + LONG_ARTICLE_SENTENCES]

    def sentence_of(self, offset: int) -> detect.Sentence | None:
        """The sentence that holds the character at `offset`, if any."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None
