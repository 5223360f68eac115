"""Session 59, issue 17: opposing a thing called too weak ("criticized her state's lax gun
laws") is a side for a tighter one on a topic of restrictions that names it, and no plain side
elsewhere (a PolNeAR train sample, every sixth article from the sixth, read "Martha Allen …
criticized her state's lax gun laws" as opposition to "gun control"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Dan Smith criticized her state\u2019s lax gun laws.", "gun control", "supports"),
        ("Dan Smith criticized the weak toll plan.", "the toll plan", None),
        # not called weak: read as before
        ("Dan Smith criticized the toll plan.", "the toll plan", "opposes"),
    ],
)
def test_a_thing_called_too_weak(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected
