"""Session 58, issue 17: an actor right after a verb that keeps it from an act ("would prevent Acme
from trading") is that verb's object: the act after it is not its own (from a PolNeAR train
sample read on the model's own topics, every sixth article from the fifth: "The measures would
also prevent Iran from engaging in dollar-based transactions offshore and block the
administration …" read as Iran's opposition; wrong at ed67d26). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "The rules would prevent Dan Smith from trading offshore and block the toll plan.",
        "The bill would bar Dan Smith from backing the toll plan.",
        "The judge kept Dan Smith from voting against the toll plan.",
    ],
)
def test_the_object_of_a_verb_that_keeps_or_makes_does_not_act(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor's own verb of keeping or making: its act, as before
        ("Dan Smith voted to block the toll plan.", "opposes"),
        # a verb that makes the actor act leaves its own words its own
        ("The vote forces Dan Smith to reconsider his opposition to the toll plan.", "opposes"),
        ("Dan Smith tried to block the toll plan.", "opposes"),
        # another verb before the actor leaves it the subject of what follows, as before
        ("Officials said Dan Smith refused to back the toll plan.", "opposes"),
    ],
)
def test_the_actor_s_own_keeping_still_reads(text: str, expected: str) -> None:
    assert _stance(text) == expected
