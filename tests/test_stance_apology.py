"""Issue 17, session 38: an apology is a change of mind on what it is for. It reads as mixed on
the article's topic only where its words name the topic ("apologized for the toll" in a story on
the toll), not where the apology is for words or an act beside the issue ("I was wrong, and I
apologize" in a story on a Senate race). With no topic known, as before. Nor is "the mistake I
made" a judgment of the issue: an error admitted; and "nothing to apologize for" is no apology.
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "spoken", "topic", "expected"),
    [
        # For words or an act beside the topic: no side on it.
        (
            "\u201cI used the wrong words, and for that I apologize,\u201d Otto Roe said.",
            ("I used the wrong words, and for that I apologize,",),
            "the Senate race in Utah",
            None,
        ),
        ("Otto Roe apologized to the nurses on Friday.", (), "the Senate race in Utah", None),
        # Its words name the topic: a change of mind on it.
        ("Otto Roe apologized for backing the bridge toll.", (), "the bridge toll", "mixed"),
        (
            "\u201cI apologize for the toll,\u201d Otto Roe said.",
            ("I apologize for the toll,",),
            "the bridge toll",
            "mixed",
        ),
        # No topic known: read as before.
        (
            "\u201cI used the wrong words, and for that I apologize,\u201d Otto Roe said.",
            ("I used the wrong words, and for that I apologize,",),
            "",
            "mixed",
        ),
        ("Otto Roe apologized to the nurses on Friday.", (), "", "mixed"),
    ],
)
def test_an_apology_is_mixed_only_on_what_it_is_for(
    text: str, spoken: tuple[str, ...], topic: str, expected: str | None
) -> None:
    assert _stance(text, "Otto Roe", spoken=spoken, topic=topic) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("The mistake I made was in the words I said,", None),
        ("The toll is a mistake,", "opposes"),
    ],
)
def test_a_mistake_the_speaker_made_judges_no_measure(quote: str, expected: str | None) -> None:
    text = f"\u201c{quote}\u201d Otto Roe said."
    assert _stance(text, "Otto Roe", spoken=(quote,), topic="the bridge toll") == expected


def test_nothing_to_apologize_for_is_no_apology() -> None:
    assert _stance("Otto Roe said he had nothing to apologize for.", "Otto Roe") is None
    text = "It is not that Otto Roe feels he has anything to apologize for."
    assert _stance(text, "Otto Roe") is None
