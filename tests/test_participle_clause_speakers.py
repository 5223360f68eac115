"""Session 52: what a quote's source is not. A sentence opening with a participle and its
object ("Telling the Orvale River people this is “your moment,” Roe closed her speech") has no
subject there: the capitalised words after the participle are its object, not the speaker of
the quotes inside it. Before, such a sentence with no attribution holding its quotes made a
new actor of them ("Telling the American" on BASIL event 70, Fox News; "Orvale River" here,
typed a person). And a source the learned tagger ran on past its noun ("The indictment
includes") ends at that noun; one with no noun ("initial") names no one. Invented names."""

from __future__ import annotations

import pytest

from summarizer.article_view import ArticleView
from summarizer.speakers import _noun_ended
from tests.test_apposed_speakers import extracted

TEXT = (
    "Ada Roe was sworn in as mayor of Orvale on Friday, promising “a new day” for the city.\n\n"
    "She also vowed to fix the bridge.\n\n"
    "Telling the Orvale River people this is “your moment” and “your day,” Roe closed her "
    "speech with the promise that started it all: “We will fix the bridge.”\n"
)


def test_a_participles_object_speaks_no_quote() -> None:
    found = extracted(TEXT)
    assert {a.name for a in found.actors} == {"Ada Roe"}
    speakers = {TEXT[q.start : q.end]: q.speaker for q in found.quotes}
    assert speakers["your moment"] == "Ada Roe"
    assert speakers["your day,"] == "Ada Roe"


def test_a_name_opening_the_sentence_still_speaks() -> None:
    # The subject that opens the quote's sentence speaks, as before ("House Speaker Roe, for
    # one, praised …").
    text = TEXT.replace("Telling the Orvale River people this is", "Council Chair Bo Lind said")
    found = extracted(text)
    speakers = {text[q.start : q.end]: q.speaker for q in found.quotes}
    assert speakers["your moment"] == "Bo Lind"


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # The tagger ran the source on past its noun: the noun is kept.
        ("The indictment includes details of the fees.", "The indictment includes",
         "The indictment"),
        ("House interns hauled signs to the field.", "House interns hauled", "House interns"),
        # Never cut inside a word ("e-mailed", which the tagger splits): as it was.
        ("A county spokesman e-mailed a reply.", "A county spokesman e-mailed",
         "A county spokesman e-mailed"),
        ("Another source familiar with the talks said so.", "Another source familiar",
         "Another source"),
        # No noun at all: no source.
        ("She weighed in with her initial concerns.", "initial", ""),
        # A name or a description as it is.
        ("Ada Roe said so on Monday.", "Ada Roe", "Ada Roe"),
        ("The county clerk said so.", "The county clerk", "The county clerk"),
        ("The 46-year-old said so.", "46-year-old", "46-year-old"),
        # A source that ends inside a word the parser reads whole: as it is.
        ("Ada Roe said so.", "Ada Ro", "Ada Ro"),
    ],
)  # fmt: skip
def test_a_learned_source_ends_in_its_noun(text: str, source: str, expected: str) -> None:
    # Session 52: "The indictment includes", "initial" and "House interns hauled" were
    # described speakers of their own on BASIL articles.
    view = ArticleView.of(text)
    assert _noun_ended(view, text.index(source), source) == expected
