"""A lawsuit against a thing opposes it (session 50): "filed a lawsuit challenging the toll",
"filed suit against it", "sued the county over it"; being sued ("faces a lawsuit over") is no
side."""

from __future__ import annotations

from tests.test_stances_objects import positions

LEAD = "The county unveiled a toll plan for the Orvale bridge on Monday.\n\n"


def test_who_sues_over_a_thing_opposes_it() -> None:
    read = positions(
        LEAD + "The Orvale Drivers Club filed a lawsuit challenging the toll plan. Ada Lind filed "
        "suit against the toll plan. Bo Dunn sued the county over the toll plan. Cal Rhee faces "
        "a lawsuit over the toll plan."
    )
    assert read == {"Orvale Drivers Club": "opposes", "Ada Lind": "opposes", "Bo Dunn": "opposes"}
