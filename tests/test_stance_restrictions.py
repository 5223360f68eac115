"""Session 58, issue 17: a restriction, a limit or a curb on a thing is a move against it, as a
ban is: opposing "restrictions on abortion" backs abortion (wrong at f702f49). Seen in a PolNeAR
train sample read on the model's own topics, every sixth article from the second: "Kaine has
opposed defunding Planned Parenthood and restrictions on abortion", read as opposition to
"Abortion", which it still is: the undoing read is the first object's, another thing's. Made-up
sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


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
