"""A stance word whose object is the undoing of the issue says the other side on the issue
(session 24): opposing a plan to end the levy is backing the levy; backing its repeal is
opposing it. Only where the thing undone names the issue down to its head word, the undoing
does not, and a topic is known. Likewise a call for someone to go (resign, step aside, drop
out) backs the going where the topic names it and moves against the one asked where the topic
names them. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.issues import topic_match
from summarizer.stance_rules import rule_stance
from summarizer.stances import _on_issue


def _stance(text: str, topic: str) -> str | None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer("Jane Doe", text)]
    return rule_stance(sentence, own, [], [], on_issue=_on_issue(topic) if topic else None)


@pytest.mark.parametrize(
    ("text", "topic", "stance"),
    [
        (
            "Senator Jane Doe opposed Acme's plan to end the county levy.",
            "the county levy",
            "supports",
        ),
        (
            "Senator Jane Doe fiercely opposes the repeal of the county levy.",
            "county levy",
            "supports",
        ),
        (
            "Senator Jane Doe criticized the move to scrap the harbor tunnel.",
            "harbor tunnel",
            "supports",
        ),
        (
            "Senator Jane Doe backed Acme's plan to end the county levy.",
            "the county levy",
            "opposes",
        ),
        (
            "Senator Jane Doe supports the elimination of the county levy.",
            "the county levy",
            "opposes",
        ),
        (
            "Senator Jane Doe praised the order ending the county levy.",
            "the county levy",
            "opposes",
        ),
        ("Senator Jane Doe backed a bill to repeal the county levy.", "the county levy", "opposes"),
    ],
)
def test_a_side_on_the_undoing_of_the_issue_is_the_other_side_on_it(
    text: str, topic: str, stance: str
) -> None:
    assert _stance(text, topic) == stance


@pytest.mark.parametrize(
    ("text", "topic", "stance"),
    [
        # The undoing is the issue itself: the side on it stands.
        (
            "Senator Jane Doe opposed Acme's plan to end the county levy.",
            "plan to end the levy",
            "opposes",
        ),
        (
            "Senator Jane Doe supports the repeal of the county levy.",
            "repeal of the county levy",
            "supports",
        ),
        # The thing undone shares a word with the issue but is another thing.
        ("Senator Jane Doe opposes the repeal of the estate tax.", "tax reform", "opposes"),
        # No topic known (the rules-only backend): read as before.
        ("Senator Jane Doe opposed Acme's plan to end the county levy.", "", "opposes"),
        # A plain side on the issue, no undoing.
        ("Senator Jane Doe opposed the county levy.", "the county levy", "opposes"),
    ],
)
def test_a_side_stands_where_the_undoing_is_not_of_the_issue(
    text: str, topic: str, stance: str
) -> None:
    assert _stance(text, topic) == stance


def test_a_denied_opposition_to_an_undoing_says_no_side() -> None:
    assert _stance("Senator Jane Doe did not oppose ending the county levy.", "county levy") is None


@pytest.mark.parametrize(
    ("topic", "head"),
    [
        ("birthright citizenship", "citizenship"),
        ("Impeachment of President Trump", "impeachment"),
        ("tax cuts for the rich", "cuts"),
        ("Trump vs. Obama", "trump"),
    ],
)
def test_a_topic_is_headed_by_the_last_word_of_its_first_phrase(topic: str, head: str) -> None:
    words = topic_match(topic)
    assert words is not None
    assert words.headed(f"the {head}")
    assert not words.headed("the weather")


@pytest.mark.parametrize(
    ("text", "topic", "stance"),
    [
        # The going is the issue: a call for it backs it, however the going is worded.
        (
            "Senator Jane Doe called for Governor Ann Lee to resign.",
            "calls for Lee to resign",
            "supports",
        ),
        ("Senator Jane Doe urged Governor Ann Lee to step aside.", "Lee's resignation", "supports"),
        (
            "Senator Jane Doe called for the resignation of Governor Ann Lee.",
            "whether Lee should quit",
            "supports",
        ),
        # The one asked to go is the issue: a move against them.
        (
            "Senator Jane Doe called on Governor Ann Lee to resign.",
            "Governor Lee's record",
            "opposes",
        ),
        (
            "Senator Jane Doe urged Governor Ann Lee to step aside.",
            "Governor Lee's record",
            "opposes",
        ),
        # Neither: a call on someone to go is no side (session 57; until then support), a call
        # for a resignation is against.
        ("Senator Jane Doe called on Governor Ann Lee to resign.", "the county levy", None),
        (
            "Senator Jane Doe called for the resignation of Governor Ann Lee.",
            "the county levy",
            "opposes",
        ),
    ],
)
def test_a_call_for_someone_to_go_is_read_by_what_the_issue_names(
    text: str, topic: str, stance: str | None
) -> None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer("Jane Doe", text)]
    others = [(m.start(), m.end()) for m in re.finditer("Ann Lee", text)]
    assert rule_stance(sentence, own, others, [], on_issue=_on_issue(topic)) == stance
