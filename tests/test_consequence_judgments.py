"""Issue 17, session 54: what a measure would do, said by the actor, is its side: "said the
legislation would undermine the integrity of elections" opposes it, "says its proposal would
improve on the 1994 ban" supports it (BASIL tuning events 74 and 91). Negated, or not said of a
measure, it is none. Made-up articles."""

from __future__ import annotations

import pytest

from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Ada Roe said the legislation would undermine the integrity of elections.", "opposes"),
        ("Ada Roe warned that the toll plan could badly damage the port.", "opposes"),
        ("Ada Roe said the bill would protect voters.", "supports"),
        ("Ada Roe says her proposal would improve on the old toll.", "supports"),
        # Negated, or a thing that is no measure: no side by rule.
        ("Ada Roe said the bill would not hurt voters.", None),
        ("Ada Roe said the storm would damage the port.", None),
    ],
)
def test_what_a_measure_would_do_is_the_speakers_side(sentence: str, side: str | None) -> None:
    text = f"Mayor Bo Lind spoke on Monday. Representative {sentence}"
    assert rule_sides(text, "the toll bill").get("Ada Roe") == side
