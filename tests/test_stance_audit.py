"""Issue 17, session 40: the employer named before a person's role led the clause in the
person's place ("BuzzFeed spokesman Matt Mittenthal doubled down", in a BASIL story), so that no
side of the person's was read. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # An employer before the role: the person leads the clause.
        ("Orbis spokesman Otto Roe rejected the harbour levy.", ("Orbis",), "opposes"),
        ("In a statement, Orbis spokesman Otto Roe rejected the levy.", ("Orbis",), "opposes"),
        ("Orbis chief executive Otto Roe rejected the harbour levy.", ("Orbis",), "opposes"),
        (
            "Harbour Board Minority Leader Otto Roe rejected the levy.",
            ("Harbour Board",),
            "opposes",
        ),
        ("Orbis's chief executive Otto Roe rejected the levy.", ("Orbis",), "opposes"),
        # A possessive alone may own a place: "Ohio's Hamilton".
        ("Orbis's Otto Roe rejected the harbour levy.", ("Orbis",), None),
        # Not another actor's act with the person its object.
        ("Ada Lind told adviser Otto Roe she rejected the harbour levy.", ("Ada Lind",), None),
        ("Ada Lind met adviser Otto Roe and rejected the harbour levy.", ("Ada Lind",), None),
        ("Ada Lind praised chairman Otto Roe and rejected the levy.", ("Ada Lind",), None),
    ],
)
def test_an_employer_named_before_the_role_leads_no_clause(
    text: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert _stance(text, "Otto Roe", others) == expected
