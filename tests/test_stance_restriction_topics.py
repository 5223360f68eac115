"""Session 59, issue 17: on a topic of restrictions ("abortion restrictions", "gun control"), a
ban is one of them when it bans what the topic names, or names nothing it bans: backing it is
support ("backed a ban on late-term abortion" and "backed the ban" had read as opposition; seen
beside a wrong reading of a PolNeAR train sample, every sixth article from the sixth). A ban on
another thing, or on any topic that is no restriction, reads as before. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Dan Smith backed a ban on late-term abortion.", "abortion restrictions", "supports"),
        ("Dan Smith opposed a ban on late-term abortion.", "abortion restrictions", "opposes"),
        ("Dan Smith backed the ban.", "gun control", "supports"),
        ("Dan Smith backed the ban.", "gun regulations", "supports"),
    ],
)
def test_a_ban_on_a_topic_of_restrictions_is_one_of_them(
    text: str, topic: str, expected: str
) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # a ban on what the topic is: against it, as before
        ("Dan Smith backed a ban on Muslim immigration.", "immigration", "opposes"),
        # a ban on another thing than the restricted one: no side read
        ("Dan Smith backed a ban on new taxes.", "abortion restrictions", None),
    ],
)
def test_other_bans_read_as_before(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected
