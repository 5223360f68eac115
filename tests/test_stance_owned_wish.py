"""Session 34, issue 17: an actor named as the owner of a wish, a plan or a refusal to act
("Mr. Roe's demand to raise the top tax rates", "Gov. Doe's push to privatize the pension
fund") takes that side on the issue where the act names the article's topic, whoever leads the
clause; against it where the act undoes or fights it, or the owner refuses it. From the
"no evidence" holders of the BASIL tuning events (`bench/stance_funnel.py --list`), where such
owners had no position at all. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance, stance_cues
from summarizer.stances import _on_issue
from summarizer.types import Span


def _spans(text: str, actor: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(actor), text)]


def _stance(text: str, actor: str, topic: str) -> str | None:
    (sentence,) = sentences(text)
    return rule_stance(sentence, _spans(text, actor), [], [], on_issue=_on_issue(topic))


@pytest.mark.parametrize(
    ("text", "actor", "topic", "stance"),
    [
        (
            "Republicans may accede to Mr. Otto Roe\u2019s demand to raise the top tax rates.",
            "Otto Roe",
            "top tax rates",
            "supports",
        ),
        (
            "The union fought Gov. Jane Doe's push to partially privatize the pension fund.",
            "Jane Doe",
            "privatizing the pension fund",
            "supports",
        ),
        (
            "Jane Doe's own earlier call to release the audit was cited.",
            "Jane Doe",
            "release of the audit",
            "supports",
        ),
        (
            "Critics attacked Jane Doe's plan to repeal the zoning levy.",
            "Jane Doe",
            "zoning levy",
            "opposes",
        ),
        (
            "Few were impressed by Jane Doe's plan to close the county jail.",
            "Jane Doe",
            "county jail detention",
            "opposes",
        ),
        (
            "Jane Doe's refusal to raise the zoning levy angered the council.",
            "Jane Doe",
            "zoning levy",
            "opposes",
        ),
        (
            "The Senate Republicans' threat to filibuster the zoning bill angered Democrats.",
            "Senate Republicans",
            "zoning bill",
            "opposes",
        ),
        # A ban is an undoing (session 57), as closing the jail is: banning immigrants opposes
        # "Muslim immigration" (until then, no plain side).
        (
            "Critics pounced on Jane Doe's call to ban all Muslim immigrants from entering.",
            "Jane Doe",
            "Muslim immigration",
            "opposes",
        ),
        # The act is the topic itself: backing it.
        (
            "Critics pounced on Jane Doe's call to ban all Muslim immigrants from entering.",
            "Jane Doe",
            "Muslim ban",
            "supports",
        ),
        (
            "Acme's threat to filibuster every bill stalled the chamber.",
            "Acme",
            "filibuster",
            "supports",
        ),
    ],
)
def test_an_owned_wish_on_the_topic_says_the_side(
    text: str, actor: str, topic: str, stance: str
) -> None:
    assert _stance(text, actor, topic) == stance


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # An act on another matter.
        ("Jane Doe's plan to visit Ohio was announced on Monday.", "zoning levy"),
        # No topic known (the rules-only backend): no issue to read the act against.
        ("Jane Doe's plan to raise the zoning levy was announced.", "(no topic: rules only)"),
        # Not a possessive: someone else's plan, its author named after it.
        ("The plan to raise the zoning levy, Jane Doe said, was announced.", "zoning levy"),
        # A noun that is no wish.
        ("Jane Doe's attempts to raise the zoning levy were reported.", "zoning levy"),
    ],
)
def test_no_side_from_an_owned_wish_off_the_topic_or_without_one(text: str, topic: str) -> None:
    assert _stance(text, "Jane Doe", topic) is None


def test_an_owned_wish_makes_a_sentence_evidence_of_its_owner() -> None:
    text = "Lawmakers weighed Gov. Jane Doe's push to privatize the pension fund on Monday."
    (sentence,) = sentences(text)
    start, end = _spans(text, "Jane Doe")[0]
    assert stance_cues(sentence, [Span(start=start, end=end, text="Jane Doe")]) >= 2
    other = "Lawmakers weighed Gov. Jane Doe's report on the pension fund on Monday."
    (sentence,) = sentences(other)
    start, end = _spans(other, "Jane Doe")[0]
    assert stance_cues(sentence, [Span(start=start, end=end, text="Jane Doe")]) < 2


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Lawmakers noted Jane Doe's opposition to the zoning levy.", "opposes"),
        ("Jane Doe's strong support for the zoning levy has grown.", "supports"),
        ("The council overrode Jane Doe's veto of the zoning levy.", "opposes"),
        ("Jane Doe's endorsement of the zoning levy surprised many.", "supports"),
        ("Jane Doe's objections to the zoning levy were noted.", "opposes"),
        ("Aides described Jane Doe's demand for the zoning levy.", "supports"),
        # Support for undoing the topic is against it.
        ("Jane Doe's support for repealing the zoning levy grew.", "opposes"),
    ],
)
def test_a_side_as_a_noun_after_the_owner_says_it(text: str, stance: str) -> None:
    assert _stance(text, "Jane Doe", "zoning levy") == stance


@pytest.mark.parametrize(
    "text",
    [
        # A side no longer held, support received, its lack, another object.
        "Jane Doe's former support for the zoning levy was noted.",
        "Jane Doe's support from unions for the zoning levy grew.",
        "Jane Doe's lack of support for the zoning levy was noted.",
        "Jane Doe's criticism of the food was sharp.",
    ],
)
def test_no_side_as_a_noun_when_not_held_received_or_off_the_topic(text: str) -> None:
    assert _stance(text, "Jane Doe", "zoning levy") is None


def test_a_name_inside_another_actors_name_owns_nothing() -> None:
    # "Doe" inside "Mrs. Jane Doe", resolved to her husband too: hers, not his.
    text = "Mrs. Jane Doe's embrace of the zoning levy surprised many."
    (sentence,) = sentences(text)
    whole = _spans(text, "Mrs. Jane Doe")
    inner = [(text.index("Doe"), text.index("Doe") + 3)]
    on_issue = _on_issue("zoning levy")
    assert rule_stance(sentence, whole, [], [], on_issue=on_issue) == "supports"
    assert rule_stance(sentence, inner, whole, [], on_issue=on_issue) is None
