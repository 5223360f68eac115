"""A noun of kinship or a sexed role before a full name shows the person's sex where the first
name lists do not ("the mayor's daughter Ivelka Vask"): "Mr. Vask" is then someone else. And an
actor's own name comes before another actor's alias. Invented names throughout."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actor
from summarizer.types import Actor


@pytest.mark.parametrize(
    ("noun", "folded"),
    [("daughter", False), ("wife,", False), ("son", True), ("brother", True)],
)
def test_an_honorific_of_the_other_sex_is_no_form_of_a_described_person(
    noun: str, folded: bool
) -> None:
    text = (
        f"At the fair, the mayor\u2019s {noun} Ivelka Vask spoke with Chuck Lind. "
        "Later, Mr. Vask said the fair was fine."
    )
    assert names.person_sex("Ivelka Vask") is None  # the lists do not know the first name
    found = {c.name: c.aliases for c in names.find_candidates(text)}
    assert ("Mr. Vask" in found["Ivelka Vask"]) is folded
    assert ("Vask" in found) is not folded


def test_an_actors_own_name_comes_before_another_actors_alias() -> None:
    ivelka = Actor(name="Ivelka Vask", type="person", aliases=["Vask", "President Vask"])
    vask = Actor(name="Vask", type="person", aliases=["Mr. Vask"])
    assert find_actor([ivelka, vask], "Vask") is vask
    assert find_actor([ivelka, vask], "President Vask") is ivelka
