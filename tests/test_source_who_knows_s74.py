"""An unnamed source tied to someone it knows of ("One person familiar with Mr. Lind's
testimony", "a person close to Mr. Lind", "people with knowledge of his plans") is not that
someone: before, the statement went to the person named inside the description. One who
speaks for someone ("a lawyer for Mr. Lind") still speaks for them."""

import pytest

from summarizer.actors import find_speaker
from summarizer.types import Actor
from tests.test_statements_referring import _speakers

_BEFORE = "Otto Lind met the county prosecutors on Monday. "
_CONTENT = "that Mr. Lind never named the mayor"


@pytest.mark.parametrize(
    "source",
    [
        "One person familiar with Mr. Lind\u2019s account to the prosecutors",
        "A person close to Mr. Lind",
        "People with knowledge of Mr. Lind\u2019s plans",
        "An official briefed on Mr. Lind\u2019s meeting",
    ],
)
def test_a_source_who_knows_of_a_person_is_not_that_person(source: str) -> None:
    text = _BEFORE + f"{source} said {_CONTENT}."
    found = _speakers(text, (source, "said", _CONTENT))
    assert found[_CONTENT][0] != "Otto Lind"


@pytest.mark.parametrize("source", ["A lawyer for Mr. Lind", "Mr. Lind"])
def test_one_who_speaks_for_a_person_or_the_person_still_is_that_person(source: str) -> None:
    text = _BEFORE + f"{source} said {_CONTENT}."
    found = _speakers(text, (source, "said", _CONTENT))
    assert found[_CONTENT][0] == "Otto Lind"


def test_a_source_that_is_an_actor_of_its_own_stays_its_own_speaker() -> None:
    source = Actor(name="Source familiar with the ad", type="person", kind="described")
    lind = Actor(name="Otto Lind", type="person", aliases=["Mr. Lind"])
    assert find_speaker([lind, source], "Source familiar with the ad") is source
    assert find_speaker([lind, source], "A source familiar with Mr. Lind") is None
