"""A promise is a wish, and a lawsuit against a thing opposes it (session 50): "vowed to
repeal the toll" opposes it, "pledged to pass the toll" supports it, the act promised saying
the side; a promise of anything else ("vowed to stay in the race", "pledged $5 million") takes
no side, and "vowed never to support" opposes. "Filed a lawsuit challenging the toll", "filed
suit against it", "sued the county over it" oppose it; being sued is no side."""

from __future__ import annotations

import pytest

from tests.test_stances_objects import positions

LEAD = "The county unveiled a toll plan for the Orvale bridge on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The act promised says the side; a promise of anything else takes none.
        (
            "Ada Lind pledged to repeal the toll plan. Bo Dunn promised to pass the toll plan. "
            "Cal Rhee vowed never to support the toll plan. Dee Voss vowed to stay in the race. "
            "Ed Fry promised to release his tax returns. Al Gray pledged $5 million to the "
            "campaign.",
            {"Ada Lind": "opposes", "Bo Dunn": "supports", "Cal Rhee": "opposes"},
        ),
        # Who sues over a thing opposes it; who is sued takes no side.
        (
            "The Orvale Drivers Club filed a lawsuit challenging the toll plan. Ada Lind filed "
            "suit against the toll plan. Bo Dunn sued the county over the toll plan. Cal Rhee "
            "faces a lawsuit over the toll plan.",
            {"Orvale Drivers Club": "opposes", "Ada Lind": "opposes", "Bo Dunn": "opposes"},
        ),
    ],
)
def test_a_promise_or_a_lawsuit_says_the_side(text: str, expected: dict[str, str]) -> None:
    assert positions(LEAD + text) == expected
