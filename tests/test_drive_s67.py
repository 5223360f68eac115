"""Session 67: a name that ends in "Drive" names a thing, a product or a road ("Zenbo Drive",
"Harbour Drive"), no actor, and a company's mentions are not taken for it (BASIL event 62's
Fox News article had made a person of a file service named so and given it the words "a
spokesperson for" the company said). A person whose first name opens it stays one. Made-up
names and sentences."""

from __future__ import annotations

from summarizer import names
from tests.test_actors_junk import actor_names


def test_a_drive_is_no_actor() -> None:
    text = (
        "Files in Zenbo Drive can be searched, the report says. A spokesperson for Zenbo says "
        "the company cares about its users. Harbour Drive was closed on Monday, Otto Roe said."
    )
    found = actor_names(text)
    assert "Otto Roe" in found
    assert not found & {"Zenbo Drive", "Harbour Drive"}
    assert names.names_a_thing("Zenbo Drive")


def test_a_person_named_so_stays_one() -> None:
    assert not names.names_a_thing("Steve Drive")
