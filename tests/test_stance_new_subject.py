"""Session 58, issue 17: a new clause after ", and" or "but" whose subject is a noun that a
determiner opens ("and those voters backed Mr. Lee") holds that subject's act, not the
actor's (from a PolNeAR train sample read on the model's own topics, every sixth article from
the fifth: "said that Wall Street does more to hurt the American economy than to help it, and
those voters backed Mr. Sanders" read as Wall Street's support; wrong at 213df90). Made-up
sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith does more to hurt the harbor than to help it, and those voters backed the plan.",
        "Dan Smith spoke first, and the mayor has backed the toll plan.",
        "Dan Smith was in Ohio, and the other members voted for the toll plan.",
        "Dan Smith spoke first, but the council voted against the toll plan.",
    ],
)
def test_a_new_subject_after_and_or_but_acts_for_itself(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor's own side before the new clause stands
        ("Dan Smith opposed the toll plan, and the governor signed it.", "opposes"),
        # subjects joined with the actor, or a number that may hold it, are its own
        ("Dan Smith and other members protested the toll plan.", "opposes"),
        ("Dan Smith met the mayor, and the two backed the toll plan.", "supports"),
    ],
)
def test_the_actor_s_own_clause_and_joined_subjects_still_read(text: str, expected: str) -> None:
    assert _stance(text) == expected
