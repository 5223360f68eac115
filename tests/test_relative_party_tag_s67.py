"""Issue 17, session 67: a relative clause about an actor named in another's phrase is its own
after a party tag in parentheses too ("appeared with Sen. Ada Roe (R-Ky.), who offered her
support for …"), as right after the name: a free BASIL event's briefing (83) had no side for a
senator written so, whose support the sentence states. Made-up names and sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otto Lind appeared with Sen. Ada Roe (R-Ky.), who backs the toll bill.", "supports"),
        ("Otto Lind appeared with Gov. Ada Roe (R), who vetoed the toll bill.", "opposes"),
        ("Otto Lind appeared with Sen. Ada Roe, who backs the toll bill.", "supports"),
        # The clause of another named after the actor is not the actor's.
        ("Sen. Ada Roe (D-Ore.) met Otto Lind, who backs the toll bill.", None),
    ],
)
def test_a_relative_clause_after_a_party_tag_is_the_actors(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Roe", ("Otto Lind",), topic="the toll bill") == expected
