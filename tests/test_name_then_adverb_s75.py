"""A statement's source the tagger runs on past a name into an adverb before the cue ("Cruz
gingerly said", "Putney later told", "Comey cannot say") is that name. Session 75: 9 such
statements of PolNeAR (6 train, 3 dev) had no speaker; "A Clinton ally", a noun in -ly, is
no name and an adverb."""

from __future__ import annotations

from tests.test_statements_referring import _speakers


def test_a_name_and_an_adverb_is_the_name() -> None:
    text = "Otto Roe spoke in Iowa on Monday. Roe gingerly said the levy was fair."
    found = _speakers(text, ("Roe gingerly", "said", "the levy was fair."))
    assert found["the levy was fair."] == ("Otto Roe", "name")


def test_a_name_and_later_is_the_name() -> None:
    text = "Otto Roe spoke in Iowa on Monday. Roe later told reporters the levy was fair."
    found = _speakers(text, ("Roe later", "told reporters", "the levy was fair."))
    assert found["the levy was fair."] == ("Otto Roe", "name")


def test_an_ally_is_no_adverb() -> None:
    text = "Otto Roe spoke in Iowa on Monday. A Roe ally said the levy was fair."
    found = _speakers(text, ("A Roe ally", "said", "the levy was fair."))
    assert found["the levy was fair."][0] != "Otto Roe"
