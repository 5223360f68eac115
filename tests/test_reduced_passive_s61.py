"""Session 61, issue 17: the agent of a participle of stance after a comma with no auxiliary
("The toll plan, backed by the Acme Club, goes to a vote", tuning event 74's "measure embraced
by House Democrats" in kind) takes that side on the noun before it, where that noun is the
issue or a measure; not on a person ("Ada Roe, backed by the Acme Club, spoke"). Made-up
sentences; the first cases failed at 465d05e, the others are controls."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The toll plan, backed by the Acme Club, goes to a vote.", "supports"),
        ("The toll plan, opposed by the Acme Club, goes to a vote.", "opposes"),
        ("The bill, criticized by the Acme Club, goes to a vote.", "opposes"),
    ],
)
def test_the_agent_of_a_participle_after_its_measure(text: str, stance: str) -> None:
    assert _stance(text, actor="Acme Club", topic="the toll plan") == stance


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roe, backed by the Acme Club, spoke on Friday.",
        "The mayor, praised by the Acme Club for her speech, spoke on Friday.",
    ],
)
def test_no_side_on_the_issue_from_a_participle_after_a_person(text: str) -> None:
    assert _stance(text, actor="Acme Club", topic="the toll plan") is None


def test_the_passive_with_its_auxiliary_as_before() -> None:
    text = "The toll plan was backed by the Acme Club."
    assert _stance(text, actor="Acme Club", topic="the toll plan") == "supports"
