"""Session 58, issue 17: what is likely, possible or at risk of happening is a guess, no side the
actor takes: "It's likely that Clinton doesn't yet have the required votes for an endorsement",
"there was no risk that Hillary Clinton and Sen. Bernie Sanders would have to choose" (from
PolNeAR train samples read on the model's own topics, every sixth article from the second and
from the third, read as support; wrong at ba7ad77). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "It's likely that Dan Smith doesn't yet have the votes to back the toll plan.",
        "It is unlikely that Dan Smith will oppose the toll plan.",
        "There is a risk that Dan Smith will back the toll plan.",
        "It is possible that Dan Smith will support the toll plan.",
    ],
)
def test_a_likely_or_possible_act_is_a_guess(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor's own words about what is likely: its side, as before
        ("Dan Smith opposes the toll plan, which is likely to pass.", "opposes"),
        ("Dan Smith, who is likely to run again, backs the toll plan.", "supports"),
    ],
)
def test_the_actor_s_own_side_still_reads(text: str, expected: str) -> None:
    assert _stance(text) == expected
