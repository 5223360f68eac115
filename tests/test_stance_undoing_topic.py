"""Session 60, issue 17: on a topic that is the undoing of a thing ("Obamacare repeal", "the
repeal of the estate tax", "repealing the levy"), a side on the thing undone is the other side
on the topic ("opposes the Harbor levy" supports "the Harbor levy repeal"; a PolNeAR train
sample had "opposition to Obamacare" opposing "Obamacare repeal"), and backing an undoing of
that same thing is backing the topic. A side on the undoing itself, or on another thing, reads
as before. Made-up sentences."""

from __future__ import annotations

import pytest

from summarizer.issues import topic_match
from tests.test_stance_phrasings import _stance

_UNDOING_TOPICS = ["the Harbor levy repeal", "the repeal of the Harbor levy", "repealing the levy"]


@pytest.mark.parametrize("topic", _UNDOING_TOPICS)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dan Smith opposes the Harbor levy.", "supports"),
        ("Dan Smith voiced his opposition to the Harbor levy.", "supports"),
        ("Dan Smith criticized the levy, calling it a burden.", "supports"),
        ("Dan Smith defended the Harbor levy.", "opposes"),
        ("Dan Smith supports the levy.", "opposes"),
        ("Dan Smith backs ending the Harbor levy.", "supports"),
        ("Dan Smith called for scrapping the levy.", "supports"),
        ("Dan Smith opposes ending the levy.", "opposes"),
    ],
)
def test_a_side_on_the_thing_undone_is_the_other_side_on_its_undoing(
    topic: str, text: str, side: str
) -> None:
    assert _stance(text, topic=topic) == side


@pytest.mark.parametrize("topic", _UNDOING_TOPICS)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dan Smith opposes the repeal of the Harbor levy.", "opposes"),
        ("Dan Smith backed the levy repeal.", "supports"),
        ("Dan Smith vowed to repeal the levy.", "supports"),
    ],
)
def test_a_side_on_the_undoing_itself_is_as_written(topic: str, text: str, side: str) -> None:
    assert _stance(text, topic=topic) == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dan Smith opposes the Harbor levy.", "opposes"),
        ("Dan Smith backs ending the Harbor levy.", "opposes"),
        ("Dan Smith opposes the repeal of the Harbor levy.", "supports"),
    ],
)
def test_on_the_thing_itself_sides_are_as_before(text: str, side: str) -> None:
    assert _stance(text, topic="the Harbor levy") == side


@pytest.mark.parametrize(
    ("topic", "undone"),
    [
        ("Obamacare repeal", True),
        ("the repeal of Obamacare", True),
        ("repealing Obamacare", True),
        ("the rollback of Obamacare", True),
        ("Obamacare", False),
        ("a ban on Obamacare", False),  # a restriction: `_RESTRICTING_HEADS`, not an undoing
        ("the withdrawal of Obamacare", False),  # "withdrawal of troops": no undoing head
    ],
)
def test_which_topics_undo_a_thing(topic: str, undone: bool) -> None:
    words = topic_match(topic)
    assert words is not None
    assert words.undoes("Obamacare") is undone
    assert not words.undoes("the Obamacare repeal")
