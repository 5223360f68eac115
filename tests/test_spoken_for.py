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
    "sentence",
    [
        "Acme Corporation's chief executive, Ada Roe, said: \u201cWe oppose the harbour "
        "levy.\u201d",
        "Acme Corporation spokeswoman Ada Roe criticized the harbour levy.",
        "Ada Roe, a spokeswoman for Acme Corporation, criticized the harbour levy.",
        "Acme Corporation Editor-in-Chief Ada Roe criticized the harbour levy.",
    ],
)
def test_an_organisation_takes_the_side_of_its_spokesman(sentence: str) -> None:
    read = positions(OPENING + sentence)
    assert read.get("Ada Roe") == "opposes"
    assert read.get("Acme Corporation") == "opposes"


@pytest.mark.parametrize(
    "sentence",
    [
        # Another role, or no role of the organisation's: her own side.
        "Acme Corporation's founder, Ada Roe, said: \u201cWe oppose the harbour levy.\u201d",
        "Ada Roe, who once sued Acme Corporation, criticized the harbour levy.",
        "Ada Roe criticized the harbour levy, and Acme Corporation said nothing.",
    ],
)
def test_no_side_for_the_organisation_without_a_speaking_role(sentence: str) -> None:
    read = positions(OPENING + sentence)
    assert read.get("Ada Roe") == "opposes"
    assert read.get("Acme Corporation") is None
