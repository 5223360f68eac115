"""One known only by an honorific and the surname of another person the article names in full
("Mrs. Vask" beside Carl Vask) is an actor named with the honorific, not the bare surname that
reads as the other's; the surname alone stays the full-named person's."""

from __future__ import annotations

import pytest

from summarizer.actors import find_actors
from summarizer.names import find_candidates


def _actors(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in find_actors(text, find_candidates(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Carl Vask took the oath on Friday. He and Mrs. Vask, a former dancer, went to a"
        " service first. Vask later spoke for sixteen minutes.",
        "Mrs. Vask waved from the steps on Friday. Carl Vask took the oath. Vask spoke.",
    ],
)
def test_a_wife_known_by_her_honorific_is_named_with_it(text: str) -> None:
    found = _actors(text)
    assert set(found) == {"Carl Vask", "Mrs. Vask"}
    assert found["Mrs. Vask"] == ["Mrs. Vask"]
    assert "Vask" in found["Carl Vask"]


def test_a_husband_known_by_his_honorific_beside_a_woman_named_in_full() -> None:
    found = _actors("Jane Roe won the vote. Mr. Roe said he was proud. Roe thanked them.")
    assert set(found) == {"Jane Roe", "Mr. Roe"}
    assert "Roe" in found["Jane Roe"]


def test_an_honorific_of_the_full_names_own_sex_stays_hers() -> None:
    # Control: "Mrs. Roe" beside Jane Roe is Jane Roe, as before.
    found = _actors("Jane Roe won the vote. Mrs. Roe said she was proud. Roe thanked them.")
    assert set(found) == {"Jane Roe"}


def test_across_outlets_the_honorific_joins_the_one_person_of_that_sex() -> None:
    from tests.test_merge import brief, extraction

    one = extraction(
        "a",
        "Carl Vask took the oath. Mrs. Vask waved.",
        [("Carl Vask", "person", []), ("Mrs. Vask", "person", [])],
    )
    two = extraction(
        "b",
        "Carl Vask took the oath. Ada Vask waved.",
        [("Carl Vask", "person", []), ("Ada Vask", "person", [])],
    )
    three = extraction(
        "c",
        "Carl Vask took the oath. Ada Vask and Lena Vask waved.",
        [("Carl Vask", "person", []), ("Ada Vask", "person", []), ("Lena Vask", "person", [])],
    )
    actors, _ = brief([one, two])
    assert {(a.name, tuple(a.sources)) for a in actors} == {
        ("Carl Vask", (1, 2)),
        ("Ada Vask", (1, 2)),
    }
    # Two women of that surname: "Mrs. Vask" stays apart, as no outlet says which she is.
    actors, _ = brief([one, three])
    assert "Mrs. Vask" in {a.name for a in actors}
