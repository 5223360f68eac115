"""Issue 17, session 64: on a topic that is a race, a sentence shows a side in it only where it
names running or quitting, or a candidate as the object of a word of support or opposition, not
anywhere in the sentence: free BASIL event 81's briefing showed "Eric Cantor opposes Republican
Party primary election", read from his opposition to budget talks between two other actors.
Made-up articles."""

from __future__ import annotations

import pytest

from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # Another actor named, but not as what the stance word is aimed at: no side in the race.
        (
            "Mayor Ada Roe was strongly opposed to the budget talks between the governor and "
            "Bo Lind.",
            None,
        ),
        # The candidate as the object, or running: a side in it.
        ("Mayor Ada Roe backs Bo Lind.", "supports"),
        ("Mayor Ada Roe strongly backs Gov. Bo Lind.", "supports"),
        ("Mayor Ada Roe opposes the budget talks and Bo Lind's bid.", "opposes"),
    ],
)
def test_a_side_in_a_race_is_aimed_at_a_candidate(sentence: str, side: str | None) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, "the mayoral race").get("Ada Roe") == side
