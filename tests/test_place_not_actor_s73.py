"""A name right after "in" or "near" is a place, not one who acts: "a clinic in Dover Kisco,
New York, said" names no actor "Dover Kisco" (the person it looked like). Invented names."""

from __future__ import annotations

from summarizer.actors import find_actors
from summarizer.names import find_candidates


def _actors(text: str) -> list[str]:
    return [a.name for a in find_actors(text, find_candidates(text))]


def test_a_town_after_in_before_said_is_no_actor() -> None:
    text = (
        "Dr. Ada Lind, an internist and chairwoman of medicine at the Dover Kisco Medical Group"
        " in Dover Kisco, New York, said the former governor is in fine health."
    )
    assert _actors(text) == ["Ada Lind"]


def test_the_same_name_acting_elsewhere_stays_an_actor() -> None:
    # Control: a person named like the town who acts elsewhere in the text is still one.
    text = (
        "Voters in Dover Kisco, Ohio, met on Monday. Later, Dover Kisco, a local pastor, said the"
        " vote was fair."
    )
    assert "Dover Kisco" in _actors(text)
