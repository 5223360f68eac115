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
    # Someone else is named with his honorific: "Mr. Vask", not the surname of hers.
    assert ("Mr. Vask" in found) is not folded and "Vask" not in found


def test_an_actors_own_name_comes_before_another_actors_alias() -> None:
    ivelka = Actor(name="Ivelka Vask", type="person", aliases=["Vask", "President Vask"])
    vask = Actor(name="Vask", type="person", aliases=["Mr. Vask"])
    assert find_actor([ivelka, vask], "Vask") is vask
    assert find_actor([ivelka, vask], "President Vask") is ivelka


@pytest.mark.parametrize("form", ["President Vask", "Vask"])
def test_a_relative_introduced_by_kinship_is_not_the_person_she_is_kin_to(form: str) -> None:
    """The president's daughter Ivelka Vask is not "President Vask", nor "Vask", where the
    article writes the surname "Mr. Vask" too: that is her father."""
    text = (
        "The president\u2019s daughter Ivelka Vask spoke at the fair on Monday. "
        f"{form} arrived later. Mr. Vask said the fair was fine."
    )
    found = {c.name: c.aliases for c in names.find_candidates(text)}
    assert form not in found["Ivelka Vask"]
    assert any(
        form == name or form in aliases for name, aliases in found.items() if name != "Ivelka Vask"
    )


def test_a_relative_keeps_the_forms_with_an_honorific_of_his_own_sex() -> None:
    """Her husband, Sten Vask, is "Mr. Vask" though the article writes "Mrs. Vask" too."""
    text = (
        "Ivelka Vask spoke on Monday. Her husband, Sten Vask, was freed in May. "
        "Mrs. Vask wrote that she was glad. Mr. Vask flew home on Friday."
    )
    found = {c.name: c.aliases for c in names.find_candidates(text)}
    assert "Mr. Vask" in found["Sten Vask"]
