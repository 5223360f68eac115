"""Session 35, issue 17: support of a measure is the measure's side on the issue only where the
measure is the topic. Where its purpose acts on the topic ("introduced legislation to end
birthright citizenship"), the purpose's act says the side: against where it undoes or holds
the topic back, for where it makes or furthers it, and none where it says neither ("a bill to
deal with the issue of …"). Found on a free BASIL event's briefing, where a senator who wants
birthright citizenship ended was shown supporting it. Made-up sentences."""

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
    ("text", "topic", "stance"),
    [
        # The purpose undoes or holds back the topic: against it.
        ("Jane Doe introduced legislation to end the toll credit.", "toll credit", "opposes"),
        ("Jane Doe unveiled a plan to curb the toll credit.", "toll credit", "opposes"),
        ("Jane Doe proposed legislation to limit the toll credit.", "toll credit", "opposes"),
        ("Jane Doe backs a bill to restrict the toll credit.", "toll credit", "opposes"),
        # The purpose makes or furthers it: for it.
        ("Jane Doe introduced a bill to protect the toll credit.", "toll credit", "supports"),
        ("Jane Doe backed the plan to expand the toll credit.", "toll credit", "supports"),
        # The purpose's act is the topic's own word: for it.
        ("Jane Doe introduced a bill to ban plastic straws.", "ban on plastic straws", "supports"),
        # The purpose says no side on the topic.
        ("Jane Doe introduced a bill to address the toll credit.", "toll credit", None),
        (
            "Sen. Jane Doe, R-Ore., announced she will be introducing legislation \u201cto deal "
            "with the issue of the toll credit for drivers from other states\u201d on Monday.",
            "toll credit",
            None,
        ),
        # The measure itself is the topic: its support is support, whatever its purpose.
        ("Jane Doe introduced the toll bill to end the ferry fare.", "toll bill", "supports"),
        # A purpose on another matter leaves the measure's support as it was.
        ("Jane Doe introduced a bill to end the ferry fare.", "toll credit", "supports"),
    ],
)
def test_a_measures_purpose_says_the_side(text: str, topic: str, stance: str | None) -> None:
    assert _stance(text, topic) == stance


def test_without_a_topic_support_of_the_measure_is_read_as_before() -> None:
    assert _stance("Jane Doe introduced legislation to end the toll credit.", None) == "supports"


def test_a_purpose_on_a_topic_sharing_a_word_but_not_its_head_is_not_read() -> None:
    # "gun violence" shares "gun" with "gun control", but is not it: the plan's support stands.
    text = "Jane Doe will embrace a comprehensive plan to reduce gun violence."
    assert _stance(text, "gun control") == "supports"
    # On "gun violence" itself, a harm no one sides with, the plan against it is what is backed
    # (session 45; it read "opposes" gun violence before, against the gold of tuning event 91).
    assert _stance(text, "gun violence") == "supports"
