"""Session 29, issue 17: an actor's own decision or plan to act says its side by the act
("announced her decision to veto the bill"; "defended his decision to veto it" is no support
of the bill), and in reported words "would" after the speaker's pronoun is "will" told later
("said she would veto the bill"), not a hedge; endorsing in a race names no one ("would
endorse in this year's contest"), and what a poll's share says is no side of the actor's
("45 percent of voters said they would vote for …"). From a tuning event's briefing, where
the governor who vetoed the bill had no position, and the snapshot of the 1,079 texts.
Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance


def _stance(text: str, actor: str) -> str | None:
    (sentence,) = sentences(text)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(actor), text)]
    return rule_stance(sentence, spans, [], [])


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Gov. Jane Doe announced her decision to veto the zoning bill on Monday.", "opposes"),
        ("Gov. Jane Doe explained her decision to veto the zoning bill.", "opposes"),
        ("Gov. Jane Doe defended her decision to veto the zoning bill.", "opposes"),
        ("Acme announced its plan to block the merger.", "opposes"),
        ("Acme announced its decision to back the merger.", "supports"),
        ("Gov. Jane Doe said she would veto the zoning bill.", "opposes"),
        ("Gov. Jane Doe said she would sign the zoning bill.", "supports"),
        ("Gov. Jane Doe said she would not sign the zoning bill.", "opposes"),
        ("Jane Doe, who won 45 percent of the vote, said she would back the levy.", "supports"),
    ],
)
def test_an_own_decision_or_a_told_will_says_the_side(text: str, stance: str) -> None:
    actor = "Acme" if text.startswith("Acme") else "Jane Doe"
    assert _stance(text, actor) == stance


@pytest.mark.parametrize(
    "text",
    [
        # Hedged or conditional: no plain side.
        "Gov. Jane Doe said she would consider vetoing the zoning bill.",
        "Gov. Jane Doe said she would likely veto the zoning bill.",
        "Gov. Jane Doe said she would veto the zoning bill if it reached her desk.",
        # A poll's share says it, not the actor.
        "When Jane Doe is matched against Otto Roe, 45 percent of voters said they would vote"
        " for the mayor.",
        # Told of a side to come, no one named.
        "Jane Doe said she would endorse in this year's mayoral race.",
        # Against a decision to act: against the act, not plainly for or against the bill.
        "Gov. Jane Doe criticized the council's decision to veto the zoning bill.",
        "Gov. Jane Doe criticized the decision to veto the zoning bill.",
    ],
)
def test_a_hedge_a_condition_or_opposing_a_decision_says_no_plain_side(text: str) -> None:
    assert _stance(text, "Jane Doe") is None
