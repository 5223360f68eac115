"""A statement's source the tagger opens inside a phrase before the subject ("[Speaking in]
the port town of Dover Bay, Roe [said]") is the name after the phrase's comma; and a noun of
others' words right after "despite" or "amid" ("voted despite calls for her to step aside") is
no cue of a statement of the one before it. Session 75: BASIL tuning event 65 (Fox News) had
the first without a speaker; event 57 (HuffPost) gave the second to a justice."""

from __future__ import annotations

from tests.test_statements_referring import _speakers


def test_a_name_after_a_phrase_the_source_opens_in_speaks() -> None:
    text = (
        "Gov. Ada Roe met the press on Monday. At a news conference in the port town of Dover "
        "Bay, Roe said she wants the right balance."
    )
    found = _speakers(
        text, ("the port town of Dover Bay, Roe", "said", "she wants the right balance.")
    )
    assert found["she wants the right balance."] == ("Ada Roe", "name")


def test_a_source_after_its_cue_keeps_its_first_piece() -> None:
    text = "Ada Roe met the press. According to aides in the room, Roe wants the levy dropped."
    found = _speakers(text, ("aides in the room, Roe", "According to", "Roe wants the levy"))
    assert found["Roe wants the levy"][0] != "Ada Roe"


def test_calls_after_despite_are_no_statement_of_the_subject() -> None:
    text = "Ada Roe and Otto Lind took part in the vote despite calls for them to step aside."
    found = _speakers(text, ("Ada Roe and Otto Lind", "calls for", "them to step aside."))
    assert "them to step aside." not in found


def test_calls_as_a_verb_stay_a_statement() -> None:
    text = "Ada Roe calls for the port levy to be dropped."
    found = _speakers(text, ("Ada Roe", "calls for", "the port levy to be dropped."))
    assert found["the port levy to be dropped."] == ("Ada Roe", "name")
