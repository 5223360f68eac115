"""The agent of a passive verb or a received noun of stance takes the side (session 50): "the
levy was condemned by the Orvale Chamber of Commerce", "drew sharp criticism from Senator Ada
Lind", "won the backing of Mayor Bo Dunn". Such an agent acts, so it is an actor; a negation
("was not endorsed by"), a modal ("will be supported by") or a name that only qualifies the
agent ("applauded by Wall Street critics") leaves it unread, and violence is no side."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from tests.test_stances_objects import positions

LEAD = "The county unveiled a toll on the Orvale bridge on Monday.\n\n"


def test_the_agent_of_a_passive_verb_of_stance_takes_its_side() -> None:
    read = positions(
        LEAD + "The toll has been condemned by the Orvale Chamber of Commerce. The toll was "
        "roundly criticized by Councilman Mo Diaz. The toll was endorsed by the Orvale Drivers "
        "Club."
    )
    assert read == {
        "Orvale Chamber of Commerce": "opposes",
        "Mo Diaz": "opposes",
        "Orvale Drivers Club": "supports",
    }


def test_the_source_of_a_received_noun_of_stance_takes_its_side() -> None:
    read = positions(
        LEAD + "The toll drew sharp criticism from Senator Ada Lind. The toll has won the "
        "backing of Mayor Bo Dunn. The toll faced fierce opposition from the Teamsters Union. "
        "Already facing objections from truckers and Dover Freight Lines, the county went on."
    )
    assert read == {
        "Ada Lind": "opposes",
        "Bo Dunn": "supports",
        "Teamsters Union": "opposes",
        "Dover Freight Lines": "opposes",  # listed after others
    }


def test_a_negated_possible_or_violent_act_is_no_side() -> None:
    read = positions(
        LEAD + "The toll was not endorsed by Representative Dee Voss. The toll plan was never "
        "endorsed by Governor Cal Rhee. The toll will not be supported by Senator Ida Bell. "
        "Roe is best suited to draw support from Teamsters Local 9. A toll collector was "
        "attacked by Ed Fry."
    )
    assert read == {}


def test_a_name_that_only_qualifies_the_agent_takes_no_side() -> None:
    read = positions(
        LEAD + "The toll has been applauded by Orvale Club critics. The toll was warmly welcomed "
        "by Dover City allies."
    )
    assert read == {}


@pytest.mark.parametrize(
    ("text", "agent", "expected"),
    [
        ("The toll plan was warmly praised by Kay Lund.", "Kay Lund", "supports"),
        ("The mayor was praised by Kay Lund.", "Kay Lund", None),  # praise of another thing
        ("The toll plan drew praise from Kay Lund.", "Kay Lund", "supports"),
    ],
)
def test_praise_is_a_side_only_where_its_subject_names_the_issue(
    text: str, agent: str, expected: str | None
) -> None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer(agent, text)]
    assert rule_stance(sentence, own, [], [], on_issue=lambda words: "toll" in words) == expected
