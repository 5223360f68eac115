""" "The group", "the organization" name back the body the text introduced as such, though its
name stands after a preposition: called by that noun in apposition ("pushed by the Ohio Policy
Center, a conservative group that …") or named as the one a spokesman or a leader serves ("a
spokesman for the Ohio Rifle Club"). Not a place ("held in the Ohio Civic Center") (session 77:
BASIL tuning events 88 and 91 had such statements with no speaker)."""

from __future__ import annotations

from tests.test_statements_referring import _speakers


def test_a_body_called_by_the_noun_in_apposition() -> None:
    text = (
        "The Ohio Policy Center has backed the levy since May. On Monday the levy was pushed by "
        "the Ohio Policy Center, a conservative group that opposes new taxes. The group says "
        "the levy clarifies the law."
    )
    found = _speakers(text, ("The group", "says", "the levy clarifies the law."))
    assert found["the levy clarifies the law."][0] == "Ohio Policy Center"


def test_a_body_a_spokesman_serves() -> None:
    text = (
        "The Ohio Rifle Club has fought the levy for years. On Monday, a spokesman for the Ohio "
        "Rifle Club did not respond. But the organization has criticized the governor."
    )
    found = _speakers(text, ("the organization", "has criticized", "the governor."))
    assert found["the governor."][0] == "Ohio Rifle Club"


def test_a_place_after_a_preposition_is_no_body_named_back() -> None:
    text = (
        "The rally was held in the Ohio Civic Center on Monday. The group said the levy was unfair."
    )
    found = _speakers(text, ("The group", "said", "the levy was unfair."))
    assert found["the levy was unfair."][0] != "Ohio Civic Center"
