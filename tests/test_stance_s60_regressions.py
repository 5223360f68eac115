"""Session 60, issue 17: three readings the session's first rules took or gave on the tuning
events, mended before they landed: "no other evidence … that Roe himself objected" is no act of
Roe's (once "himself" let the name lead its clause); "controlled by Republicans, many of whom
oppose" keeps Republicans an actor (once "by" of "led by" was skipped as a list's opener); and a
bare plural of measures enacted ("has enacted measures across the country to restrict voter
access") is no support of the issue's measure. Made-up sentences."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from tests.test_stance_phrasings import _stance
from tests.test_steps import rule_sides


def test_no_evidence_that_the_actor_acted_is_no_act() -> None:
    text = (
        "But there is no other evidence in the e-mails that Dan Smith himself objected to the "
        "Harbor toll plan."
    )
    assert _stance(text) is None


def test_the_agent_of_a_passive_stays_an_actor() -> None:
    text = (
        "The toll plan will start in the Senate. The House is controlled by Republicans, many "
        "of whom oppose new tolls."
    )
    assert "Republicans" in [a.name for a in find_actors(text, names.find_candidates(text))]
    assert rule_sides(text, "new tolls") == {"Republicans": "opposes"}


def test_measures_enacted_in_general_are_no_side() -> None:
    text = "Dan Smith has enacted measures across the country to restrict toll access."
    assert _stance(text) is None


def test_a_name_before_family_or_ally_modifies_it() -> None:
    # "Members of the Trump family long ago soured on Lewandowski" gave Donald Trump the side
    # in the rules snapshot: "family" was read as an adverb, by its "-ly"
    for text in (
        "Members of the Smith family long ago soured on the Harbor toll plan.",
        "A Smith ally opposed the Harbor toll plan.",
    ):
        assert _stance(text, actor="Smith") is None
    assert _stance("Smith quickly opposed the Harbor toll plan.", actor="Smith") == "opposes"
    # an adverb in "-ally" stays one ("officially", "generally")
    assert _stance("Smith officially endorsed the Harbor toll plan.", actor="Smith") == "supports"
