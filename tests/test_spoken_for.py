"""Issue 17, session 47: an organisation takes the side a rule reads for its spokesman or chief,
where the evidence names the person by that role of it ("BuzzFeed's editor in chief, Ben Smith,
later tweeted that “we stand by our reporting”", BASIL 52). Made-up articles."""

from __future__ import annotations

import pytest

from tests.test_stances_objects import positions

OPENING = (
    "The harbour levy passed on Friday. Acme Corporation runs the port. Ada Roe spoke later.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Acme Corporation's chief executive, Ada Roe, said: \u201cWe oppose the harbour "
            "levy.\u201d",
            "opposes",
        ),
        ("Acme Corporation spokeswoman Ada Roe criticized the harbour levy.", "opposes"),
        ("Ada Roe, a spokeswoman for Acme Corporation, criticized the harbour levy.", "opposes"),
        ("Acme Corporation Editor-in-Chief Ada Roe criticized the harbour levy.", "opposes"),
        # Another role, or no role of the organisation's: her own side only.
        (
            "Acme Corporation's founder, Ada Roe, said: \u201cWe oppose the harbour levy.\u201d",
            None,
        ),
        ("Ada Roe, who once sued Acme Corporation, criticized the harbour levy.", None),
        ("Ada Roe criticized the harbour levy, and Acme Corporation said nothing.", None),
    ],
)
def test_an_organisation_takes_the_side_of_its_spokesman(sentence: str, side: str | None) -> None:
    read = positions(OPENING + sentence)
    assert read.get("Ada Roe") == "opposes"
    assert read.get("Acme Corporation") == side


@pytest.mark.parametrize(
    ("before", "role", "side"),
    [
        # Session 53: the chief named under a bare role right after the sentence that names the
        # organisation, and no other ("… faced pressure from Walmart …. CEO Doug McMillon called
        # on the governor to veto the bill", BASIL 65).
        ("The mayor faced pressure from Acme Corporation over the levy.", "CEO", "opposes"),
        ("The mayor faced pressure from Acme Corporation over the levy.", "The CEO,", "opposes"),
        # Two organisations before it: whose chief, the text does not say.
        ("The mayor faced pressure from Acme Corporation and Orvale Bank over it.", "CEO", None),
        # Session 54: a name before the role says whose chief she is, and it is another's.
        ("The mayor faced pressure from Acme Corporation over the levy.", "Zenbo CEO", None),
    ],
)
def test_a_chief_under_a_bare_role_speaks_for_the_organisation_named_before(
    before: str, role: str, side: str | None
) -> None:
    text = (
        "The harbour levy passed on Friday. Orvale Bank lends to the port.\n\n"
        f"{before} {role} Ada Roe criticized the harbour levy.\n"
    )
    read = positions(text)
    assert read.get("Ada Roe") == "opposes"
    assert read.get("Acme Corporation") == side
