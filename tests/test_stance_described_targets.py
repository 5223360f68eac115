"""Session 58, issue 17, from a PolNeAR train sample read on the model's own topics (every
sixth article from the second; wrong at f702f49). Opposition to another actor named with
words that describe them ("castigated Republican presidential candidate Donald Trump") is a
side on that actor, as opposition to the bare name is: none on a topic that does not show
them owning or doing what it is about. A restriction, a limit or a curb on a thing is a move
against it, as a ban is: opposing "restrictions on abortion" backs abortion. Made-up names and
sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance
from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        (
            "Mayor Ada Roe castigated Republican presidential candidate Bo Lind for his words.",
            "harbour tolls",
            None,
        ),
        ("Mayor Ada Roe criticized former Governor Bo Lind on Monday.", "harbour tolls", None),
        # a topic that shows him owning what it is about: a side on it, as with the bare name
        (
            "Mayor Ada Roe castigated Republican presidential candidate Bo Lind for his words.",
            "Bo Lind's campaign",
            "opposes",
        ),
        # in a race, backing a described candidate is a side, as before
        (
            "Mayor Ada Roe endorsed former Governor Bo Lind on Monday.",
            "the mayoral race",
            "supports",
        ),
    ],
)
def test_opposing_a_described_actor_is_a_side_on_them(
    sentence: str, topic: str, side: str | None
) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, topic).get("Ada Roe") == side


@pytest.mark.parametrize(
    ("text", "topic", "side"),
    [
        ("Dan Smith has opposed restrictions on abortion.", "abortion", "supports"),
        ("Dan Smith backs new limits on logging in the valley.", "logging", "opposes"),
        ("Dan Smith called for curbs on harbour tolls.", "harbour tolls", "opposes"),
        # the restriction is the topic: a side on it, as written
        ("Dan Smith has opposed restrictions on abortion.", "abortion restrictions", "opposes"),
        # a restriction on a thing the topic is no head of: a plain side, as before
        ("Dan Smith has opposed restrictions on guns.", "gun control", "opposes"),
    ],
)
def test_a_restriction_is_a_move_against_what_it_restricts(
    text: str, topic: str, side: str
) -> None:
    assert _stance(text, topic=topic) == side
