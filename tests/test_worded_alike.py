"""Session 35: stances read on topics the sources worded as different questions are no
disagreement, even where the briefing files them under one issue. On a BASIL tuning event one
outlet's topic was "gun violence" and the others' "gun control": a president's plan to reduce
gun violence opposes the one and backs the other, and the two readings were shown as the
outlets disagreeing. Now such stances are a doubt to check; wordings that name one question
("the toll", "the toll increase") still disagree. Made-up positions."""

from __future__ import annotations

import pytest

from summarizer import merge
from summarizer.types import BriefPosition, Span


def _position(stance: str, source: int, worded: str) -> BriefPosition:
    return BriefPosition(
        actor="doe", topic="the toll", reported_topic=worded, stance=stance,  # type: ignore[arg-type]
        source=source, evidence=Span(start=0, end=4, text="toll"),
        attribution="rule",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("worded", "shown_as"),
    [
        (("gun violence", "gun control"), "doubt"),
        (("toll evasion", "toll relief"), "doubt"),
        (("the toll", "the toll"), "disagreement"),
        (("the bridge toll", "toll"), "disagreement"),
        (("Jane Doe's toll plan", "the toll plan"), "disagreement"),
        (("impeachment of Otto Roe", "impeachment"), "disagreement"),
    ],
)
def test_stances_on_topics_worded_as_other_questions_are_a_doubt(
    worded: tuple[str, str], shown_as: str
) -> None:
    positions = [_position("supports", 1, worded[0]), _position("opposes", 2, worded[1])]
    _, disagreements, doubts = merge.compare_sources(positions, [])
    assert len({"disagreement": disagreements, "doubt": doubts}[shown_as]) == 1
    assert len(disagreements) + len(doubts) == 1


def test_one_alike_wording_on_each_side_is_enough() -> None:
    positions = [
        _position("supports", 1, "gun control"),
        _position("supports", 3, "gun violence"),
        _position("opposes", 2, "gun control plan"),
    ]
    _, disagreements, _ = merge.compare_sources(positions, [])
    assert len(disagreements) == 1
