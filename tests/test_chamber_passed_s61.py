"""Session 61, issue 17: a chamber that passed a measure backs it ("the bill passed the House
of Representatives on Friday", "after it passed in the Senate", "was passed by the Senate":
tuning events 74 and 98, where the House of Representatives and the Senate were gold holders
that no rule read), and "House of Representatives" is one name, not a title with no name
after it (it was no actor at all). Not a measure's name nor the issue before "passed" ("Roe
passed the Senate exam"), nor a negated, possible or caused passing ("to help get the plan
passed in Congress"). The chamber after "passed" is its object, not a subject whose clause
follows; "House" and "House of Representatives" are one body. And a measure passed "over the
objections of" or "over veto threats from" someone it opposes. Made-up sentences, read from
the rules snapshot's changes; the first cases failed at 465d05e, the others are controls."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from tests.test_steps import rule_sides

_OPENING = "The toll plan will start in the Senate.\n\n"


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        (
            "The toll plan passed the House of Representatives on Friday.",
            "House of Representatives",
        ),
        ("The bill stalled in the House after it passed in the Senate in June.", "Senate"),
        ("The toll plan was passed by the Senate on Friday.", "Senate"),
    ],
)
def test_a_chamber_that_passed_the_measure_backs_it(text: str, chamber: str) -> None:
    assert rule_sides(_OPENING + text, "the toll plan").get(chamber) == "supports"


@pytest.mark.parametrize(
    "name",
    ["House of Representatives", "U.S. House of Representatives", "Virginia House of Delegates"],
)
def test_a_chamber_named_with_a_title_word_is_an_actor(name: str) -> None:
    text = f"The {name} voted against the toll plan on Friday."
    assert [a.name for a in find_actors(text, names.find_candidates(text))] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roe passed the Senate exam on Friday.",
        "The toll plan has not passed the Senate.",
        "The toll plan could pass the Senate next week.",
    ],
)
def test_no_chamber_side(text: str) -> None:
    assert "Senate" not in rule_sides(_OPENING + text, "the toll plan")


def test_house_and_house_of_representatives_are_one() -> None:
    text = (
        _OPENING + "The House of Representatives on Friday approved the toll plan. The House "
        "approved the plan 234-193."
    )
    assert rule_sides(text, "the toll plan") == {"House of Representatives": "supports"}


def test_passed_over_objections() -> None:
    text = _OPENING + "The toll plan passed the House again over veto threats from the White House."
    assert rule_sides(text, "the toll plan") == {"House": "supports", "White House": "opposes"}
    text = _OPENING + "The toll plan passed over the strong objections of the Acme Club."
    assert rule_sides(text, "the toll plan") == {"Acme Club": "opposes"}


def test_a_passing_caused_is_no_side() -> None:
    text = (
        _OPENING + "Ada Roe said she wants a partner to help get the toll plan passed in Congress."
    )
    assert "Congress" not in rule_sides(text, "the toll plan")
