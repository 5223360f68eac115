"""Issue 17, session 38: words of stance that take no side, found in rule readings of PolNeAR
train (rules only): a noun naming a thing ("a rural support base", "support staff"), "back" as
the body's ("the wind at our backs") or a particle ("slip back into"), "advocates" as people,
what follows "as opposed to" (what the actor does not do), and a refusal to attack a person.
Made-up sentences."""

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
        # "back into" (a particle), "advocates" as a noun, refusing to attack a person.
        ("Ada Lind fears the town will slip back into the old ways.", None),
        ("Ada Lind backed into a corner.", None),
        ("Ada Lind had a difficult relationship with immigrant advocates over her policies.", None),
        ("Ada Lind, to her credit, refuses to attack Otto Roe on his character.", None),
        # A side before the contrast, or the words in their sense of a side: read.
        ("Ada Lind backs the levy, as opposed to Otto Roe.", "supports"),
        ("Ada Lind is opposed to the levy.", "opposes"),
        ("Ada Lind voiced support for the levy.", "supports"),
        ("Ada Lind backs the levy.", "supports"),
        ("Ada Lind advocates a levy.", "supports"),
        ("Ada Lind advocates for the levy.", "supports"),
        ("Ada Lind refused to back the levy.", "opposes"),
    ],
)
def test_words_of_stance_that_take_no_side(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Lind") == expected
