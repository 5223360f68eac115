"""Kinds of junk in the actor list that new stories showed (BASIL's free events, judged by
hand): each rejected by a rule for a class of words or a construction, tested on made-up
sentences, with the actors beside them kept."""

from __future__ import annotations

from summarizer.actors import find_actors
from summarizer.names import find_candidates, names_a_thing


def actor_names(text: str) -> set[str]:
    return {a.name for a in find_actors(text, find_candidates(text))}


def test_a_text_a_program_or_a_doctrine_is_no_actor() -> None:
    text = (
        "Otto Roe argued that the Constitution says nothing about ferries. "
        "\u201cI know what the Koran says,\u201d Jane Doe told reporters. "
        "Medicaid would pay for the clinics, the Acme Council said. "
        "Radical Socialism promises everything, Roe said. "
        "The Clean Harbors Act requires a permit, the council added."
    )
    found = actor_names(text)
    assert {"Otto Roe", "Jane Doe", "Acme Council"} <= found
    assert not found & {"Constitution", "Koran", "Medicaid", "Radical Socialism"}
    assert "Clean Harbors Act" not in found


def test_an_organisation_named_after_a_text_or_faith_stays() -> None:
    text = (
        "The Constitution Party endorsed Otto Roe on Monday. "
        "The Nation of Islam said it would march. "
        "Medicare Rights Center said the change would hurt patients."
    )
    found = actor_names(text)
    assert {"Constitution Party", "Nation of Islam", "Medicare Rights Center"} <= found
    assert not names_a_thing("Bill")  # a first name, not a measure
    assert names_a_thing("U.S. Constitution")
