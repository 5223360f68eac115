"""Issue 17, session 38: words of stance that take no side, found in rule readings of PolNeAR
train (rules only): a noun naming a thing ("a rural support base", "support staff"), "back" as
the body's ("the wind at our backs"), and what follows "as opposed to" (what the actor does not
do). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Lind became the voice of a party with a largely rural support base.", None),
        ("Ada Lind hired more support staff for the office.", None),
        ("Ada Lind has the wind at our backs heading into Tuesday.", None),
        ("Ada Lind wants to talk about schools, as opposed to defending her record.", None),
        # A side before the contrast, or the words in their sense of a side: read.
        ("Ada Lind backs the levy, as opposed to Otto Roe.", "supports"),
        ("Ada Lind is opposed to the levy.", "opposes"),
        ("Ada Lind voiced support for the levy.", "supports"),
        ("Ada Lind backs the levy.", "supports"),
    ],
)
def test_words_of_stance_that_take_no_side(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Lind") == expected
