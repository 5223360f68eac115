"""Session 61, issue 17: a subject of several names joined by "and" whose last name has "the"
or a few describing words before it ("The Acme Club and the National Rifle Association
opposed …", "the city's Chamber of Commerce and Arkansas-based data services company Acxiom all
urged …": tuning event 65, where the Little Rock Chamber of Commerce was a gold holder and no
actor). Each name of the subject acts and takes its side; "both" and "all" after a name are no
noun it modifies; a name after "aides to" is not joined. And the agent of a passive or a noun
of stance named as one of a group ("criticized by business groups such as the Acme
Federation", "opposition from gun rights groups, including the National Rifle Association":
tuning event 91, where that read nothing). Made-up sentences; the first three cases and the
group's failed at 465d05e, the others are controls that pass before and after."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from tests.test_steps import rule_sides

_OPENING = "The toll plan will start in the Senate.\n\n"


def test_a_name_joined_to_a_described_one_acts() -> None:
    text = (
        _OPENING + "Little Rock\u2019s mayor, the city\u2019s Chamber of Commerce and "
        "Arkansas-based data services company Acxiom all urged the governor to reject the toll "
        "plan in recent days."
    )
    actors = [a.name for a in find_actors(text, names.find_candidates(text))]
    assert "Chamber of Commerce" in actors
    assert rule_sides(text, "the toll plan") == {
        "Chamber of Commerce": "opposes",
        "Acxiom": "opposes",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Club and the National Rifle Association opposed the toll plan.",
        "The Acme Club and the National Rifle Association both opposed the toll plan.",
        "The mayor\u2019s office, the Acme Club and Orbis Corp. all opposed the toll plan.",
    ],
)
def test_each_name_of_the_subject_takes_its_side(text: str) -> None:
    assert rule_sides(_OPENING + text, "the toll plan").get("Acme Club") == "opposes"


def test_a_name_after_aides_to_is_not_joined() -> None:
    text = _OPENING + "The Acme Club and aides to Orbis Corp. opposed the toll plan."
    assert "Orbis Corp" not in rule_sides(text, "the toll plan")


@pytest.mark.parametrize(
    ("text", "agent", "stance"),
    [
        (
            "The toll plan was criticized by business groups such as the Acme Retail Federation.",
            "Acme Retail Federation",
            "opposes",
        ),
        (
            "The toll plan won support from unions like Acme Workers United.",
            "Acme Workers United",
            "supports",
        ),
        (
            "The toll plan drew fierce opposition from civic groups, including the Harbor "
            "League, last week.",
            "Harbor League",
            "opposes",
        ),
    ],
)
def test_an_agent_named_as_one_of_a_group(text: str, agent: str, stance: str) -> None:
    assert rule_sides(_OPENING + text, "the toll plan").get(agent) == stance


def test_states_listed_as_one_subject_are_their_voters() -> None:
    # audit s61-3: "Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush"
    # read as the states' support at 9a75b38 (the lists of fe1f7f0), not at 465d05e
    text = (
        _OPENING + "Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all "
        "supported the toll plan."
    )
    assert rule_sides(text, "the toll plan") == {}
