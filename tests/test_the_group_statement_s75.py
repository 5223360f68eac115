"""A statement's source "the group", "the organization", "the company" (…) is the organisation
named last before it, as a learned quote's source already was (`speakers._the_body`), the
organisation being an actor or a name the article holds. Session 75: BASIL tuning event 91
(HuffPost) left "the organization has already harshly criticized …", after a spokesman for the
National Rifle Association, without a speaker; PolNeAR train left 17 statements of "the
company" and 9 of "the group" without one."""

from __future__ import annotations

from tests.test_statements_referring import _speakers


def test_the_company_is_the_company_named_before() -> None:
    text = "Acme Corp. lost a suit over the port levy last year. The company said it would appeal."
    found = _speakers(text, ("The company", "said", "it would appeal"))
    assert found["it would appeal"] == ("Acme Corp", "description")


def test_the_group_is_the_body_named_last() -> None:
    text = (
        "Acme Corp. met Otto Roe on Monday. The Harbour Workers Union denounced the levy. "
        "The group said the levy was a fraud."
    )
    found = _speakers(text, ("The group", "said", "the levy was a fraud."))
    assert found["the levy was a fraud."] == ("Harbour Workers Union", "description")


def test_the_group_is_no_body_named_long_before() -> None:
    text = (
        "The Harbour Workers Union denounced the port levy. Otto Roe met Ada Lind on Monday. "
        "They met again on Tuesday. The group said the levy was a fraud."
    )
    found = _speakers(text, ("The group", "said", "the levy was a fraud."))
    assert found["the levy was a fraud."][0] is None


def test_the_group_with_no_body_named_before_is_no_one() -> None:
    text = "Otto Roe met Ada Lind on Monday. The group said the levy was a fraud."
    found = _speakers(text, ("The group", "said", "the levy was a fraud."))
    assert found["the levy was a fraud."][0] is None
