"""Issue 17, session 54: a side taken on another's act that the text does not say is for or
against the topic is no side on the topic ("Democrats appeared united in condemnation against
Trump's move this week" on birthright citizenship, free BASIL event 60: the move was to end it).
Made-up articles."""

from __future__ import annotations

import pytest

from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        # The act is the mayor's, the topic the toll: whether the act ends it, this does not say.
        ("Ada Roe was united in condemnation against Bo Lind\u2019s move.", "the toll", None),
        ("Ada Roe criticized Bo Lind's decision on Monday.", "the toll", None),
        # The topic is the act: a side on it.
        ("Ada Roe criticized Bo Lind's decision on Monday.", "Lind's decision", "opposes"),
        # What the act does is told: against ending the toll is for it.
        ("Ada Roe criticized Bo Lind's decision to end the toll.", "the toll", "supports"),
        # No act of another: a side on the topic.
        ("Ada Roe criticized the toll on Monday.", "the toll", "opposes"),
    ],
)
def test_a_side_on_anothers_act_is_none_on_the_topic(
    sentence: str, topic: str, side: str | None
) -> None:
    text = f"Mayor Bo Lind acted on the toll on Monday. {sentence}"
    assert rule_sides(text, topic).get("Ada Roe") == side
