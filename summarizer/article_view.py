"""One article as every extraction step reads it: its text, its sentences, and the part of it a
question shows the model."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from . import detect, parse
from .attribution import Attribution, find_attributions

LONG_ARTICLE_CHARS = 9000
LONG_ARTICLE_SENTENCES = 40
LEAD_SENTENCES = 4  # the topic question's passage: the headline and the lead
PASSAGE_CHARS = 1500  # the most a passage shows (a wall of text keeps the sentences nearest)
# The speaker question's passage is one of fixed, overlapping blocks of sentences, so that the
# questions about the quotes of one block share it as their prompt prefix.
BLOCK_SENTENCES = 9
BLOCK_STEP = 6


@dataclass(frozen=True)
class ArticleView:
    text: str
    sentences: list[detect.Sentence]
    sentence_starts: list[int]  # in text order, for finding a sentence by offset

    @classmethod
    def of(cls, text: str) -> ArticleView:
        sentences = detect.sentences(text)
        return cls(text, sentences, [s.start for s in sentences])

    @cached_property
    def attributions(self) -> list[Attribution]:
        """Every attribution in the article (source, cue, content), found once by the learned
        taggers and shared by every step that needs them."""
        return find_attributions(self.text)

    @cached_property
    def parse(self) -> parse.Parse:
        """The article's dependency parse (`parse.py`), made once, when a step first needs it."""
        return parse.parse(self.text)

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

    @property
    def variables(self) -> dict[str, list[detect.Sentence]]:
        """What every question about the article may show: its sentences (the shared prefix of
        a whole-article template) and its lead (the topic's passage)."""
        return {"sentences": self.shown, "lead": self.lead}

    @property
    def lead(self) -> list[detect.Sentence]:
        """The headline and the first sentences: what the topic question needs."""
        return _first_within(self.sentences[:LEAD_SENTENCES])

    def around(self, first: int, last: int, before: int, after: int) -> list[detect.Sentence]:
        """Sentences `first` to `last` (1-based indexes) with `before` sentences before them and
        `after` after, at most PASSAGE_CHARS: the passage a question about them shows."""
        start = max(0, first - 1 - before)
        end = min(len(self.sentences), last + after)
        passage = self.sentences[start:end]
        core = self.sentences[first - 1 : last]
        if sum(len(s.text) for s in passage) <= PASSAGE_CHARS:
            return passage
        # Too long: the sentences in question, then the nearest ones before them, then after.
        kept = list(core)
        room = PASSAGE_CHARS - sum(len(s.text) for s in kept)
        for s in [*reversed(self.sentences[start : first - 1]), *self.sentences[last:end]]:
            if len(s.text) > room:
                break
            kept.append(s)
            room -= len(s.text)
        return sorted(kept, key=lambda s: s.index)

    def block(self, first: int, last: int, before: int, after: int) -> list[detect.Sentence]:
        """The fixed block of sentences that holds sentences `first` to `last` (1-based) with
        at least `before` sentences before them and `after` after: blocks of BLOCK_SENTENCES
        start every BLOCK_STEP sentences. Where the block would be longer than PASSAGE_CHARS,
        the passage `around` gives instead."""
        start = max(0, (first - 1 - before) // BLOCK_STEP * BLOCK_STEP)
        end = min(len(self.sentences), max(start + BLOCK_SENTENCES, last + after))
        passage = self.sentences[start:end]
        if sum(len(s.text) for s in passage) > PASSAGE_CHARS:
            return self.around(first, last, before, after)
        return passage

    def sentence_of(self, offset: int) -> detect.Sentence | None:
        """The sentence that holds the character at `offset`, if any."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None


def _first_within(sentences: list[detect.Sentence]) -> list[detect.Sentence]:
    """The first of `sentences` that fit in PASSAGE_CHARS together (the first one always)."""
    kept: list[detect.Sentence] = []
    room = PASSAGE_CHARS
    for s in sentences:
        if kept and len(s.text) > room:
            break
        kept.append(s)
        room -= len(s.text)
    return kept
