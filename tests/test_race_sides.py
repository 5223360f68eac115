"""Issue 17, session 54: on a topic that is a race, a side is one on a candidate or on running,
never one on a policy the sentence names ("Labrador supports a path to legal status" on the
House majority leader race, "Huckabee is sharply critical of Obama's foreign policy" on the
presidential election: free BASIL events 83 and 53). Made-up articles."""

from __future__ import annotations

import pytest

from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # A policy: no side in the race.
        ("Mayor Ada Roe supports a path to legal status.", None),
        ("Mayor Ada Roe is sharply critical of Bo Lind's harbour policy.", None),
        # A candidate, or running: a side in it.
        ("Mayor Ada Roe endorsed Bo Lind on Monday.", "supports"),
        ("Mayor Ada Roe supports the bid of her deputy.", "supports"),
    ],
)
def test_a_side_in_a_race_is_one_on_a_candidate_or_on_running(
    sentence: str, side: str | None
) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, "the mayoral race").get("Ada Roe") == side
