"""A "he" or "she" never stands for a group named with a word of every member ("Every Senate
Republican", "All House Democrats"). Session 75: BASIL tuning event 76 (Fox News) gave a
statement of Harry Reid's, "“…,” he said in a statement", to "Every Senate Republican", whose
letter was quoted just before."""

from __future__ import annotations

from tests.test_quote_speakers import tagged_speakers
from tests.test_statements_referring import _speakers

_TEXT = (
    "Every Senate Republican put a name to a pledge to stall the port levy.\n\n"
    "The caucus mailed the pledge to Senate Majority Leader Otto Reid on Monday, "
    "telling him that no bill would move.\n\n"
    "\u201cWe cannot agree to put any matter above the budget,\u201d they wrote. "
    "\u201cA stable economy should be our top priority.\u201d\n\n"
    "\u201cThis strategy is very cynical,\u201d he said in a statement."
)


def test_he_is_not_every_member_of_a_group() -> None:
    assert tagged_speakers(_TEXT) == ["Every Senate Republican"] * 2 + ["Otto Reid"]
    found = _speakers(
        _TEXT,
        ("Every Senate Republican", "put a name to a pledge", "to stall the port levy"),
        ("he", "said in a statement", "\u201cThis strategy is very cynical,\u201d"),
    )
    assert found["to stall the port levy"][0] == "Every Senate Republican"  # control
    assert found["\u201cThis strategy is very cynical,\u201d"][0] != "Every Senate Republican"


def test_she_after_a_person_still_stands_for_her() -> None:
    text = (
        "Senate Majority Leader Ada Reid warned the senators on Monday. "
        "It was a hard blow, she said in a statement."
    )
    found = _speakers(text, ("she", "said in a statement", "It was a hard blow,"))
    assert found["It was a hard blow,"] == ("Ada Reid", "pronoun")
