"""Reported words are shown in quotation marks once: a direct statement keeps the source's own
marks and gets no second pair, and a mark whose partner the content cut off is left out."""

from __future__ import annotations

import pytest

from summarizer.attribution.model import quote_marks, to_closing_marks
from summarizer.render import enclosed, in_marks


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        # the source's marks enclose the words: shown as written, not doubled
        ("\u201cWe will rebuild the pier,\u201d", "\u201cWe will rebuild the pier,\u201d"),
        ('"We will rebuild the pier,"', '"We will rebuild the pier,"'),
        (
            "\u201cThe pier is safe,\u201d \u2026 \u201cWe checked it twice.\u201d",
            "\u201cThe pier is safe,\u201d \u2026 \u201cWe checked it twice.\u201d",
        ),
        # words of the writer's, or words and a quotation: in curly marks
        ("that the pier was safe", "\u201cthat the pier was safe\u201d"),
        ('the plan a "costly mistake."', '\u201cthe plan a "costly mistake."\u201d'),
        (
            "\u201cThe pier is safe,\u201d \u2026 and it will open in May",
            "\u201c\u201cThe pier is safe,\u201d \u2026 and it will open in May\u201d",
        ),
        # a quotation the content cut: its lone mark left out
        ('"We made mistakes in the harbour', "\u201cWe made mistakes in the harbour\u201d"),
        ('she would resign before the vote,"', "\u201cshe would resign before the vote\u201d"),
        # a lone opening mark left out, the closing mark of a quotation inside kept
        (
            "\u201cit is late, and he called it \u201ca shame.\u201d",
            "\u201cit is late, and he called it \u201ca shame.\u201d\u201d",
        ),
        # spaces and line breaks as one space
        ("that the\n  pier was safe", "\u201cthat the pier was safe\u201d"),
    ],
)
def test_reported_words_are_in_marks_once(content: str, shown: str) -> None:
    assert in_marks(content) == shown


def test_enclosed_needs_every_part_in_its_own_marks() -> None:
    assert enclosed("\u201cIt is over.\u201d")
    assert enclosed("\u201cIt is over,\u201d \u2026 \u201cWe lost.\u201d")
    assert not enclosed("\u201cIt is over,\u201d \u2026 we lost")
    assert not enclosed("\u201cIt is over,\u201d she said, \u201cwe lost.\u201d")
    assert not enclosed("it is over")


def test_a_content_cut_before_its_closing_mark_is_taken_on_to_it() -> None:
    text = 'Ada Roe said she would "take the plan off the table," and left.'
    start = text.index("she")
    cut = text.index(",")
    assert to_closing_marks(text, ((start, cut),), quote_marks(text)) == (
        (start, text.index(" and")),
    )
    # a content past its quotation, or in no quotation, is as it was
    assert to_closing_marks(text, ((start, len(text)),), quote_marks(text)) == ((start, len(text)),)
    plain = "Ada Roe said she would take the plan off the table, and left."
    assert to_closing_marks(plain, ((13, plain.index(",")),), quote_marks(plain)) == (
        (13, plain.index(",")),
    )
    # words stand between the cut and the mark: another's words, not taken
    words = 'Roe said she would "take it, she said, off the table."'
    start, cut = words.index("she"), words.index(",")
    assert to_closing_marks(words, ((start, cut),), quote_marks(words)) == ((start, cut),)


def test_html_shows_a_single_source_position_s_quotation_in_its_own_marks(golden_result) -> None:  # type: ignore[no-untyped-def]
    from summarizer import render

    briefing = golden_result.briefing
    said = "\u201cThe ferry will run again in May,\u201d"
    first = briefing.positions[0]
    alone = first.model_copy(
        update={
            "issue": None,
            "topic": "the ferry timetable",
            "evidence": first.evidence.model_copy(update={"text": said}),
        }
    )
    positions = [alone, *briefing.positions[1:]]
    page = render.html(briefing.model_copy(update={"positions": positions}), golden_result.texts)
    assert "the ferry timetable" in page
    assert said in page
    assert "\u201c\u201cThe ferry" not in page
