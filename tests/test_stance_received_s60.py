"""Session 60, issue 17: a side received by the issue from its agent, in the forms the rules did
not read: "has the backing of", "came under fire from", "was met with resistance from". A
person who has someone's support is backed as a person, not on the issue. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Harbor toll plan has the support of Dan Smith.", "supports"),
        ("The Harbor toll plan had the full backing of Dan Smith.", "supports"),
        ("The Harbor toll plan came under fire from Dan Smith.", "opposes"),
        ("The Harbor toll plan came under attack from Dan Smith.", "opposes"),
        ("The Harbor toll plan was met with resistance from Dan Smith.", "opposes"),
        ("The Harbor toll plan met with swift pushback from Dan Smith.", "opposes"),
    ],
)
def test_a_side_received_from_the_actor(text: str, side: str) -> None:
    assert _stance(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe has the support of Dan Smith.",  # a person backed, no side on the issue
        "The Harbor toll plan had the effect of angering Dan Smith.",
        "The Harbor toll plan has the support of most voters, Dan Smith said.",
    ],
)
def test_no_side_received(text: str) -> None:
    assert _stance(text) is None
