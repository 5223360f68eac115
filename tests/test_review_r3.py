"""Reviewer R3, session 9: defects found in the session's merged change, each shown by a made-up
sentence ("Doe", "Roe", "Acme"). A plain test is fixed on branch review-r3 (it failed on main at
f15a2c0); a strict xfail shows a defect left for the lead."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negated or past noun of stance says no side now.
        ("Doe has not been a supporter of the bill.", None),
        ("Doe had never been a critic of the plan.", None),
        ("Doe is hardly a supporter of the bill.", None),
        ("Doe, a former critic of the plan, spoke first.", None),
        ("Doe, an erstwhile supporter of the bill, spoke first.", None),
        # Not negated: the side stands.
        ("Doe has long been a supporter of the bill.", "supports"),
        ("Doe is clearly a critic of the plan.", "opposes"),
        ("Doe, a longtime critic of the plan, spoke first.", "opposes"),
    ],
)
def test_a_negated_or_former_noun_of_stance_says_no_side(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected
