"""Session 36, issue 17: a wish ("called for", "demanded", "praised") whose object is the topic
itself is support of the topic: "called for the swift release of the report" on "release of
the report". Before, a wish was read only where its object was a measure ("praised the plan"),
so where the topic named the act wished for no rule read it. The object's noun phrase must be
headed by the topic's head word: a wish for something the topic only names ("called for an
inquiry into the levy" on "the levy") is no side on it. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from summarizer.stances import _on_issue


def _stance(text: str, topic: str | None) -> str | None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer("Jane Doe", text)]
    return rule_stance(sentence, own, [], [], on_issue=_on_issue(topic) if topic else None)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Jane Doe called for the swift release of the audit.", "release of the harbour audit"),
        ("Jane Doe demanded the immediate public release of the audit.", "audit release"),
        ("Jane Doe called for the mayor's resignation.", "resignation of the mayor"),
        ("Jane Doe praised the decision on Monday.", "council decision on the toll"),
        ("Jane Doe has long called for ferry reform, aides said.", "ferry reform"),
    ],
)
def test_a_wish_for_the_topic_itself_supports_it(text: str, topic: str) -> None:
    assert _stance(text, topic) == "supports"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the wish's object only names the topic: its side is the object's, not the topic's
        ("Jane Doe called for an inquiry into the toll.", "the toll"),
        ("Jane Doe called for the release of the audit.", "harbour audit"),
        ("Jane Doe praised the mayor and the toll.", "the toll"),
        # praise of a person the topic names is no support of the person's cause
        ("Jane Doe praised Roe for what he has done.", "Mayor Tom Roe"),
        # another matter
        ("Jane Doe called for the swift release of the audit.", "ferry reform"),
    ],
)
def test_a_wish_for_something_else_is_no_side_on_the_topic(text: str, topic: str) -> None:
    assert _stance(text, topic) is None


def test_without_a_topic_a_wish_for_no_measure_is_read_as_before() -> None:
    assert _stance("Jane Doe called for the swift release of the audit.", None) is None


def test_a_wish_not_granted_is_no_support() -> None:
    assert _stance("Jane Doe has not called for the release of the audit.", "audit release") != (
        "supports"
    )
