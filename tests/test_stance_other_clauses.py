"""Session 59, issue 17: words that are another's than the actor's who opens the sentence, from
wrong readings of a PolNeAR train sample (every sixth article from the sixth, on the model's own
topics). Made-up sentences.

- a subordinate clause that opens the sentence ("While critics argue that …, President Obama
  has deemed certain releases a reasonable trade-off"): the main clause after its comma has
  another subject, unless a pronoun or a possessive opens it;
- a clause whose subject is "there" ("— and even then there's no guarantee that the next class
  of Democratic senators will all support …"), and a guarantee, like a guess, before a name;
- a possessive before a word of stance with a name between ("Palin's Trump endorsement")."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance
from tests.test_steps import rule_sides

_TOPIC = "the toll plan"


@pytest.mark.parametrize(
    "text",
    [
        "While Dan Smith says little about it, the mayor has called the plan a mistake.",
        "While Dan Smith stayed quiet, the mayor has opposed the toll plan.",
        "Although Dan Smith was away, the council backed the toll plan.",
    ],
)
def test_the_main_clause_after_a_subordinate_one_is_another_s(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Although Dan Smith backed the toll plan at first, he voted against it.", "supports"),
        ("While Dan Smith has long doubted it, he now opposes the toll plan.", "opposes"),
        ("While in office, Dan Smith backed the toll plan.", "supports"),
    ],
)
def test_the_actor_s_own_main_clause_still_reads(text: str, expected: str) -> None:
    assert _stance(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith would need more votes to pass it \u2014 and even then there\u2019s no "
        "guarantee that the council will back the toll plan.",
        "Dan Smith asked for time, but there is support for the toll plan.",
    ],
)
def test_a_clause_of_there_is_no_one_s_side(text: str) -> None:
    assert _stance(text) is None


def test_a_guarantee_before_a_name_is_no_act() -> None:
    assert rule_sides("There is no guarantee that Dan Smith will back the toll plan.", _TOPIC) == {}


def test_a_possessive_with_a_name_between_owns_the_word() -> None:
    text = "Dan Smith responded to Ada Roe\u2019s Trump endorsement with one line."
    assert _stance(text, topic="Donald Trump") is None
    assert _stance("Dan Smith welcomed the Trump endorsement.", topic="Donald Trump") == (
        "supports"
    )
