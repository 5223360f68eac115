"""A name that opens with a word many places' names open with ("San", "Los", "Las", "Puerto",
"Fort", "New") or ends in "City" is a place, typed an organisation (a place acts through its
government), never a person: "San Diego" had been typed a person by its shape
(`names.guess_type`). A person's name that only begins like one ("Santana", "Newt") is a
person still. Made-up names."""

from __future__ import annotations

import pytest

from summarizer.names import Candidate, guess_type


@pytest.mark.parametrize(
    "name",
    [
        "San Diego",
        "Los Angeles",
        "Las Vegas",
        "Puerto Rico",
        "Fort Worth",
        "Mexico City",
        "New Orleans",
    ],
)
def test_a_place_s_name_is_no_person(name: str) -> None:
    assert guess_type(Candidate(name)) == "organization"


@pytest.mark.parametrize("name", ["Santana Roe", "Newt Lind", "Lewis Fortman"])
def test_a_person_s_name_that_begins_like_one_is_a_person(name: str) -> None:
    assert guess_type(Candidate(name)) == "person"
