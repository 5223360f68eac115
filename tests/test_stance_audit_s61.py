"""Session 61, issue 17: rule readings of a hand audit of PolNeAR train (sample s61-1 of
`bench/rule_audit.jsonl`, readings no earlier sample had judged) that gave an actor a side it
does not take: money "spent supporting" the actor by a new subject after ", and a trio of PACs"
or after a clause "And, while" the actor opens; super PACs "that will make the case for" the
actor it has; a heckler or questions rebuffed; poll numbers the actor is not happy with. And a
side "has since" turned, a change of mind (mixed), as "but then" was (samples s40-1 and s45-2
judged past sides since given up wrong). Each first case read a side at 465d05e (or the one
side for a turn); the others are controls that read the same before and after. Made-up
sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith spoke on Monday, and a trio of PACs have spent $513,000 supporting him.",
        "And, while Dan Smith boasts that he has no super PAC, a trio of PACs have in fact "
        "reported spending $513,000 supporting him.",
        "Dan Smith spoke on Monday, and the leader of the union backed the Harbor toll plan.",
        "Dan Smith also has a conglomerate of well-funded super PACs that will be able to make "
        "the case for him between now and March.",
        "At a rally, Dan Smith rebuffed a Republican heckler trying to ask him about the Harbor "
        "toll plan.",
        "Dan Smith rebuffed reporters\u2019 questions about the Harbor toll plan.",
        "Dan Smith said he is not happy with those numbers.",
    ],
)
def test_no_side_of_the_actor(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the measure's own clause says what is backed
        ("Dan Smith supports measures that would repeal the Harbor toll plan.", "opposes"),
        ("Dan Smith opposes efforts that would delay the Harbor toll plan.", "supports"),
        # a time, not a new subject: the act is the actor's
        ("Dan Smith backed the Harbor toll plan, and a week later signed it.", "supports"),
        ("Dan Smith rebuffed the Harbor toll plan.", "opposes"),
        ("Dan Smith is not happy with the Harbor toll plan.", "opposes"),
    ],
)
def test_the_actors_side_still_read(text: str, stance: str) -> None:
    assert _stance(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith once backed the Harbor toll plan but has since come out against it.",
        "Dan Smith opposed the Harbor toll plan at first, but has since endorsed it.",
        "Dan Smith backed the Harbor toll plan, but had since voted against it.",
    ],
)
def test_a_side_since_turned_is_mixed(text: str) -> None:
    assert _stance(text) == "mixed"


def test_no_turn_since_keeps_the_side() -> None:
    assert _stance("Dan Smith backed the Harbor toll plan but has since been quiet.") == "supports"
