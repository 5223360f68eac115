"""A phrase without a subject of its own that opens a sentence before its "he" or "she" ("Asked
about Roe's plan, she replied") holds no subject: the names in it are not the pronoun's referent,
and in a sentence before, that sentence's subject is the one sought, as in a sentence that opens
with the pronoun (`referents.subject`). A clause with its own subject ("When Roe arrived, she
…") is read as before. Made-up texts."""

from __future__ import annotations

import pytest

from tests.test_quote_speakers import tagged_speakers

_OPENING = (
    "Mary Roe, the mayor of Duluth, proposed a levy on the harbour last week.\n\n"
    "Ada Lind, a member of the council of Duluth, spoke to reporters on Monday.\n\n"
)

_speakers = tagged_speakers


@pytest.mark.parametrize(
    "phrase",
    [
        "Asked whether the plan Mary Roe proposed would pass",
        "Speaking of the levy that Mary Roe wants",
    ],
)
def test_names_in_an_opening_participle_phrase_are_no_subject(phrase: str) -> None:
    text = _OPENING + f"{phrase}, she replied: \u201cI have not read it yet.\u201d"
    assert _speakers(text) == ["Ada Lind"]


def test_a_sentence_before_led_by_such_a_phrase_is_passed_over() -> None:
    text = (
        _OPENING
        + "Asked whether the plan Mary Roe proposed would pass, she said it would fail.\n\n"
        + "\u201cThe members have made up their minds,\u201d she said."
    )
    assert _speakers(text) == ["Ada Lind"]


def test_a_clause_with_its_own_subject_still_gives_it() -> None:
    text = (
        _OPENING
        + "When Mary Roe arrived at the council, she met the members of the board.\n\n"
        + "\u201cThe members have made up their minds,\u201d she said."
    )
    assert _speakers(text) == ["Mary Roe"]
