"""A first name one outlet misspells by a letter written in its middle ("Vincente" for
Vicente) names the same person, in one article and across outlets; a letter at the end, which
often makes another name ("Louise", "Denise"), and short names ("Jon", "John") do not."""

from __future__ import annotations

import pytest

from summarizer.names import find_candidates, same_person
from tests.test_merge import brief, extraction


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ernesto Vask", "Ernessto Vask"), ("Matthew Lind", "Mathew Lind"),
     ("Philip Roe", "Phillip Roe")],
)  # fmt: skip
def test_one_letter_more_in_the_middle_is_one_person(a: str, b: str) -> None:
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Louis Roe", "Louise Roe"), ("Denis Vask", "Denise Vask"), ("Jon Lind", "John Lind"),
     ("Christina Roe", "Christine Roe"), ("Ernesto Vask", "Ernessto Vasko")],
)  # fmt: skip
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)


@pytest.mark.parametrize(
    "text",
    ["Ernesto Vask spoke on Monday. Ernessto Vask said no.",
     "Ernessto Vask spoke on Monday. Ernesto Vask said no."],
)  # fmt: skip
def test_in_one_article_the_misspelt_form_folds_into_the_listed_spelling(text: str) -> None:
    found = find_candidates(text)
    assert [(c.name, c.aliases) for c in found] == [("Ernesto Vask", ["Ernessto Vask"])]


def test_across_outlets_the_misspelt_form_merges() -> None:
    one = extraction("a", "Ernesto Vask spoke.", [("Ernesto Vask", "person", [])])
    two = extraction("b", "Ernessto Vask spoke.", [("Ernessto Vask", "person", [])])
    for order in ([one, two], [two, one]):
        actors, _ = brief(order)
        # One person, named as the first-name lists spell it.
        assert [a.name for a in actors] == ["Ernesto Vask"] and actors[0].sources == [1, 2]


@pytest.mark.parametrize(
    "text",
    ["Hilary Roe spoke on Monday. Hillary Roe said no.",
     "Hillary Roe spoke on Monday. Hilary Roe said no."],
)  # fmt: skip
def test_of_two_listed_spellings_the_longer_names_the_person(text: str) -> None:
    # Both are first names of the lists: the longer, as the merge across outlets takes it.
    assert [c.name for c in find_candidates(text)] == ["Hillary Roe"]
