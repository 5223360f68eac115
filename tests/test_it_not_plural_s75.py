"""An "it" never stands for actors named by a plural: a party's members ("Democrats", "House
Republicans") or a group described by a plural common noun ("critics"). Session 75: on BASIL
tuning event 52 (Fox News) an "it" that stood for the special counsel's office went to the
Democrats named before; on PolNeAR train an "it" meant for the Islamic State went to the
Republicans."""

from __future__ import annotations

from tests.test_statements_referring import _speakers


def test_it_is_not_a_party_plural() -> None:
    text = (
        "Democrats had called for hearings on the port levy on Monday. "
        "It gave no further word on its objection."
    )
    found = _speakers(
        text,
        ("Democrats", "had called for", "hearings on the port levy"),
        ("It", "gave no further word on", "its objection"),
    )
    assert found["hearings on the port levy"][0] == "Democrats"  # control
    assert found["its objection"][0] != "Democrats"


def test_it_passes_over_a_plural_to_a_body_named_before() -> None:
    text = (
        "The Acme Group filed its appeal against the port levy on Monday. "
        "Senate Republicans had called for hearings on the levy. "
        "It said the ruling was wrong."
    )
    found = _speakers(
        text,
        ("Senate Republicans", "had called for", "hearings on the levy"),
        ("It", "said", "the ruling was wrong"),
    )
    assert found["hearings on the levy"][0] == "Senate Republicans"  # control
    assert found["the ruling was wrong"][0] == "Acme Group"


def test_it_still_stands_for_one_body() -> None:
    text = (
        "The Acme Group filed its appeal against the port levy on Monday. "
        "It said the ruling was wrong."
    )
    found = _speakers(text, ("It", "said", "the ruling was wrong"))
    assert found["the ruling was wrong"][0] == "Acme Group"
