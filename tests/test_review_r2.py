"""Reviewer R2's findings on the quote-speaker change (speakers-h6) and the later sentence
rules, on made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_attribute import speaker


@pytest.mark.parametrize(
    "text",
    [
        # A new clause after the set-off "said X," has its own subject, who speaks.
        'The plan failed, said Jane Doe, and Otto Roe called it "a disaster."',
        'The plan failed, said Jane Doe, while Otto Roe called it "a disaster."',
        'Turnout was low, said Doe, the Acme spokeswoman, but the mayor called it "a triumph."',
        'Turnout was low, said Doe, the Acme spokeswoman, as the mayor called it "a triumph."',
    ],
)
def test_said_x_set_off_gives_no_speaker_to_a_quote_of_another_clause(text: str) -> None:
    assert speaker(text) != "Jane Doe" and speaker(text) != "Doe"


def test_said_x_set_off_in_its_own_clause_still_speaks() -> None:
    text = "Her remarks, said Jane Doe, the Acme spokeswoman, are \u201cquite fair.\u201d"
    assert speaker(text) == "Jane Doe"
