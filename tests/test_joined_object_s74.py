"""A name joined by "and" to the object of a preposition is an object too ("The mayors of
Dover and St. Paul have condemned the levy": the mayors act, not St. Paul); before, the last
name of the pair, right before the verb, was taken for its subject. A name that opens a clause
of its own after "and" still acts."""

from summarizer import names
from summarizer.actors import find_actors


def _actors(text: str) -> list[str]:
    return [a.name for a in find_actors(text, names.find_candidates(text))]


def test_a_name_joined_to_a_prepositions_object_acts_nowhere() -> None:
    text = "Gov. Jane Roe signed the levy. The mayors of Dover and St. Paul have condemned it."
    assert "St. Paul" not in _actors(text)


def test_a_name_after_and_that_opens_its_clause_still_acts() -> None:
    text = "Gov. Jane Roe signed the levy, and Otto Lind condemned it."
    assert "Otto Lind" in _actors(text)


def test_a_person_after_another_and_a_place_still_acts() -> None:
    text = "Sens. Ada Roe of Ohio and Bo Lind of Iowa, both up for election, also said they agreed."
    assert "Bo Lind" in _actors(text)
