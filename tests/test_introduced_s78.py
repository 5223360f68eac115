"""An introductory phrase opening a sentence is no part of its subject: the actor after its
comma leads the main clause however long the phrase ("In a sign of where things were headed,
Sen. Roe opposed the bill"), where the rules had left any mention with more than eight words of
its clause before it unread (session 78: a PolNeAR train senator's turn against a bill he had
co-sponsored, read from the apposition alone)."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a sign of where things were headed, Sen. Ada Lind opposed the levy.", "opposes"),
        (
            "In a statement released on Monday by her office, Sen. Ada Lind backed the levy.",
            "supports",
        ),
        (
            "In perhaps the clearest sign of where things stood, Sen. Ada Lind (R), a "
            "co-sponsor of the levy, reversed herself and opposed it.",
            "mixed",
        ),
    ],
)
def test_the_subject_after_an_introduction_leads(text: str, expected: str) -> None:
    assert stance(text, "Ada Lind") == expected


def test_a_long_subject_is_still_another_clause() -> None:
    text = "Some of the people who met the mayor in private last week say Ada Lind opposed it."
    assert stance(text, "Ada Lind") is None
