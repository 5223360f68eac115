"""Session 60, issue 17: the one who leads a group named by its side ("Opponents of the plan, led
by Roe, vowed …") shares the group's side, as a member listed after "including" does. A group
with no side in its name, or not in the plural, gives none. And a noun of stance in apposition
before the name ("The chief sponsor of the plan, Roe, said …") says its side, as one after it
does, with the issue as a possessive too ("The plan's chief sponsor, Roe, …"); so does a group
named by its side that includes the actor ("Critics of the plan include Roe and Doe", "Among
the bill's supporters are …"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Opponents of the Harbor toll plan, led by Dan Smith, vowed to fight on.", "opposes"),
        ("Backers of the Harbor toll plan, headed by Dan Smith, rallied on Monday.", "supports"),
    ],
)
def test_the_leader_of_a_group_shares_its_side(text: str, side: str) -> None:
    assert _stance(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "A group led by Dan Smith met on Monday about the Harbor toll plan.",
        "The committee, led by Dan Smith, met on Monday about the Harbor toll plan.",
    ],
)
def test_a_group_with_no_side_gives_its_leader_none(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The chief sponsor of the Harbor toll plan, Dan Smith, spoke on Monday.", "supports"),
        ("A longtime critic of the Harbor toll plan, Dan Smith, spoke on Monday.", "opposes"),
        (
            "The bill drew fire; a fierce opponent of the Harbor toll plan, Senator Dan Smith, "
            "spoke first.",
            "opposes",
        ),
    ],
)
def test_a_noun_of_stance_in_apposition_before_the_name(text: str, side: str) -> None:
    assert _stance(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "The wife of a critic of the Harbor toll plan, Dan Smith, spoke on Monday.",
        "The chief sponsor of the Harbor toll plan, Ann Roe, spoke with Dan Smith on Monday.",
        "A critic of Ann Roe, Dan Smith, spoke on the Harbor toll plan.",
    ],
)
def test_no_apposition_of_the_actor_before_it(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Harbor toll plan\u2019s most vocal critic, Dan Smith, spoke.", "opposes"),
        ("The Harbor toll plan\u2019s chief sponsor, Dan Smith, spoke.", "supports"),
        ("Critics of the Harbor toll plan include Dan Smith and Ann Roe.", "opposes"),
        ("Critics of the Harbor toll plan include Ann Roe, Bo Lind and Dan Smith.", "opposes"),
        ("Supporters of the Harbor toll plan include Dan Smith.", "supports"),
        ("Among the Harbor toll plan\u2019s critics is Dan Smith.", "opposes"),
        ("Among the Harbor toll plan\u2019s supporters are Ann Roe and Dan Smith.", "supports"),
    ],
)
def test_a_group_or_apposition_that_owns_or_includes_the_actor(text: str, side: str) -> None:
    assert _stance(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe\u2019s chief critic, Dan Smith, spoke on the Harbor toll plan.",
        "The panel includes Dan Smith and Ann Roe.",
        "Critics of Ann Roe include Dan Smith.",
    ],
)
def test_no_group_side_for_the_actor(text: str) -> None:
    assert _stance(text) is None
