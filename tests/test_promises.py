"""A promise is a wish (session 50): "vowed to repeal the toll" opposes it, "pledged to pass the
toll" supports it, the act promised saying the side; a promise of anything else ("vowed to stay
in the race", "pledged $5 million") takes no side, and "vowed never to support" opposes."""

from __future__ import annotations

from tests.test_stances_objects import positions

LEAD = "The county unveiled a toll plan for the Orvale bridge on Monday.\n\n"


def test_the_act_promised_says_the_side() -> None:
    read = positions(
        LEAD + "Ada Lind pledged to repeal the toll plan. Bo Dunn promised to pass the toll plan. "
        "Cal Rhee vowed never to support the toll plan. Dee Voss vowed to stay in the race. "
        "Ed Fry promised to release his tax returns. Al Gray pledged $5 million to the campaign."
    )
    assert read == {"Ada Lind": "opposes", "Bo Dunn": "supports", "Cal Rhee": "opposes"}
