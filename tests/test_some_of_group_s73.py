"""A name after a number or a share of it and "of" ("dozens of House Democrats boycotted") is
the subject's head: the group acted, not the object of a preposition. Invented sentences."""

from __future__ import annotations

import pytest

from summarizer.actors import find_actors
from summarizer.names import find_candidates


def _actors(text: str) -> list[str]:
    return [a.name for a in find_actors(text, find_candidates(text))]


@pytest.mark.parametrize("some", ["dozens of", "many of the", "40 of the"])
def test_some_of_a_group_acting_makes_the_group_an_actor(some: str) -> None:
    text = f"As the mayor spoke on Friday, {some} Dover Greens boycotted the vote in protest."
    assert "Dover Greens" in _actors(text)


def test_the_object_of_another_preposition_still_acts_nowhere() -> None:
    # Control: "the fate of" a group is no act of it.
    text = "As the mayor spoke on Friday, the fate of Dover Greens boycotted the vote."
    assert "Dover Greens" not in _actors(text)
