"""Session 58, issue 17: an actor that is the subject of a relative clause whose verb's object
is the noun before it ("the establishment that Dan Smith rails against") takes a side on that
noun, none on a topic it is not (from a PolNeAR train sample read on the model's own topics,
wrong at c10d269). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Lee was part of the establishment that Dan Smith routinely rails against.",
        "The establishment that Dan Smith rails against has failed again.",
        "The governor, whom Dan Smith criticized last week, signed it.",
        "The union, which Dan Smith supports, held a rally.",
        "These are the programs that Dan Smith has long opposed: schools and roads.",
    ],
)
def test_the_object_before_the_relative_is_another_thing(text: str) -> None:
    assert _stance(text, topic="the Harbor toll plan") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun before the relative is the topic: the side is on it
        ("The toll plan, which Dan Smith opposes, passed.", "opposes"),
        ("It is a toll plan that Dan Smith strongly supports.", "supports"),
        # the verb has an object of its own: the relative is no object's
        (
            "The council, which Dan Smith chairs, heard that Dan Smith opposes the toll plan.",
            "opposes",
        ),
        ("It was the day that Dan Smith came out against the toll plan.", "opposes"),
    ],
)
def test_the_side_stands_where_the_object_is_the_topic_or_after_the_verb(
    text: str, expected: str
) -> None:
    assert _stance(text, topic="the Harbor toll plan") == expected
