"""Session 57, issue 17: opposition to, or support of, people named by a kind ("lambasted
American politicians", "denounced the mainstream media", "rails against the establishment",
"backs American adversaries") is a side on them, none on a topic the clause does not name
(from readings of PolNeAR train articles on the model's own topics, wrong at 3eccd60); nor is
refusing to ban something ("refused to ban all the country's athletes"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _TOPIC, _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith discussed his theories and lambasted American politicians.",
        "Dan Smith derided and insulted \u201cthe professional left\u201d in press conferences.",
        "Dan Smith has been the most aggressive in denouncing the mainstream media.",
        "Dan Smith routinely rails against the establishment.",
        "Dan Smith backs American adversaries around the world.",
    ],
)
def test_a_side_on_people_of_a_kind_is_none_on_the_topic(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # The clause names the topic: read as before.
        ("Dan Smith lambasted politicians for backing the Harbor toll plan.", _TOPIC, "opposes"),
        ("Dan Smith criticized the media over the Harbor toll plan.", _TOPIC, "opposes"),
        # The topic is about them.
        ("Dan Smith denounced the mainstream media.", "Smith\u2019s attacks on the media",
         "opposes"),
        # No kind of people: a measure.
        ("Dan Smith lambasted the Harbor toll plan.", _TOPIC, "opposes"),
    ],
)  # fmt: skip
def test_a_side_on_people_of_a_kind_where_the_topic_is_named(
    text: str, topic: str, expected: str
) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dan Smith refused to ban all the town\u2019s boats from the race.", None),
        ("Dan Smith refused to ban the Harbor toll plan.", None),
        # Refusing a side's verb is read as before.
        ("Dan Smith refused to back the Harbor toll plan.", "opposes"),
        ("Dan Smith refused to sign the Harbor toll plan.", "opposes"),
    ],
)
def test_refusing_to_ban_is_no_plain_side(text: str, expected: str | None) -> None:
    assert _stance(text) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # A measure whose words name another subject than the topic's: a side on it, none on
        # the topic.
        ("Dan Smith, who signed a gun-control bill as governor, lost the race.", _TOPIC, None),
        ("Dan Smith signed the immigration bill on Monday.", "gun control", None),
        ("Dan Smith backed a transit bill last year.", _TOPIC, None),
        # The measure's words name the topic, or say nothing of its subject: read as before.
        ("Dan Smith backed the Harbor bill last year.", _TOPIC, "supports"),
        ("Dan Smith signed the religious freedom bill on Monday.",
         "Indiana\u2019s religious freedom law", "supports"),
        ("Dan Smith signed the bill on Monday.", "gun control", "supports"),
        ("Dan Smith signed the revised bill on Monday.", "gun control", "supports"),
        ("Dan Smith opposed the Senate bill.", "gun control", "opposes"),
        ("Dan Smith signed the $1 trillion bill.", "gun control", "supports"),
        ("Dan Smith blocked the bill because of its poison pills.", "Zika funding bill",
         "opposes"),
        ("Dan Smith vowed to block all Democratic-backed legislation.", "the Harbor toll plan",
         "opposes"),
        ("Dan Smith approved the budget reconciliation bill.", "budget reconciliation",
         "supports"),
    ],
)  # fmt: skip
def test_a_measure_on_another_subject(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected
