"""Session 59, issue 17: "fight" after "up" is a noun ("step up fight against Islamic State", a
headline with its article dropped), the fight stepped up no opposition of the actor's (a PolNeAR
train sample, every sixth article from the sixth, read "Hillary Clinton calls on U.S. to lead,
step up fight against Islamic State" as her opposition to "Military efforts against Islamic
State"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


def test_a_fight_stepped_up_is_a_noun() -> None:
    text = "Dan Smith calls on the U.S. to lead, step up fight against the Harbor toll plan."
    assert _stance(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith will fight against the toll plan.",
        "Dan Smith led the fight against the toll plan.",
    ],
)
def test_fighting_against_it_still_opposes(text: str) -> None:
    assert _stance(text) == "opposes"
