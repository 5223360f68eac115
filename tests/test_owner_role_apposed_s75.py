"""A statement's source that names a role by its holder's possessive, with a name set off after
it ("Ms. Pelosi's spokesman, Drew Hammill,", "Apple's chief executive, Tim Cook,"), is the
person so named, as "Her spokesman, Ada Lind," already was (session 74). Session 75: 25
statements of BASIL and PolNeAR had no speaker this way (BASIL tuning event 63's New York Times
article, a spokesman's post on Twitter), and two went to the owner (a candidate's former campaign
manager to the candidate)."""

from __future__ import annotations

from tests.test_statements_referring import _speakers


def test_a_persons_spokesman_named_after_a_comma_speaks() -> None:
    text = "Ada Roe spoke on Monday. Ms. Roe\u2019s spokesman, Otto Lind, said the levy was dead."
    found = _speakers(text, ("Ms. Roe\u2019s spokesman, Otto Lind,", "said", "the levy was dead."))
    assert found["the levy was dead."] == ("Otto Lind", "name")


def test_a_companys_chief_named_after_a_comma_speaks() -> None:
    text = "Acme\u2019s chief executive, Ada Lind, told reporters that the levy was a fraud."
    found = _speakers(
        text,
        ("Acme\u2019s chief executive, Ada Lind,", "told reporters", "that the levy was a fraud."),
    )
    assert found["that the levy was a fraud."] == ("Ada Lind", "name")


def test_the_owner_is_not_the_one_who_speaks() -> None:
    text = (
        "Otto Roe spoke on Monday. Mr. Roe\u2019s former campaign manager, Ada Lind, said "
        "the levy was dead."
    )
    found = _speakers(
        text, ("Mr. Roe\u2019s former campaign manager, Ada Lind,", "said", "the levy was dead.")
    )
    assert found["the levy was dead."] == ("Ada Lind", "name")


def test_a_role_with_no_name_after_it_stays_unnamed() -> None:
    text = "Ada Roe spoke on Monday. Ms. Roe\u2019s spokesman said the levy was dead."
    found = _speakers(text, ("Ms. Roe\u2019s spokesman", "said", "the levy was dead."))
    assert found["the levy was dead."][0] != "Ada Roe"
