"""Issue 17, session 67: a side in a race is a side on one candidate, and the position names
that candidate as its issue: "Otto Roe's withdrawal" where the sentence speaks of quitting (the
nearest person named before those words, else the actor itself), else "Ada Lind's candidacy"
for the one the side is taken on. A free BASIL event's briefing had shown "FreedomWorks supports
House majority leader race" where it backed one candidate, and a group "supports" the race from
a sentence that names no one it backed. Made-up names and sentences."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.stances import read_positions
from tests.test_extract import Scripted
from tests.test_steps import asker_for

RACE = "Senate race in Utah"


def rule_positions(text: str, topic: str = RACE) -> list[tuple[str, str, str]]:
    """The positions the rules read in `text` on `topic`: (actor, stance, issue)."""
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    backend = Scripted(*[{"evidence": 2, "stance": "neutral"}] * len(actors))
    read = read_positions(view, actors, [], lambda: topic, asker_for(view, backend))
    return [(p.actor, p.stance, p.topic) for p in read.positions if p.attribution == "rule"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Asking another to quit: a side on that person's withdrawal.
        (
            "Mayor Ada Lind called on State Sen. Otto Roe to give up his bid on Monday.",
            [("Ada Lind", "supports", "Otto Roe\u2019s withdrawal")],
        ),
        # The nearest person named before the words of quitting, not a rival named earlier.
        (
            "Ada Lind, who is in a close race against Democrat Otto Roe, was the first senator "
            "to call on Dan Pike to withdraw from the race. Pike declined.",
            [("Ada Lind", "supports", "Dan Pike\u2019s withdrawal")],
        ),
        # Refusing to quit, with no one else named: a side on one's own withdrawal.
        (
            "State Sen. Otto Roe spoke in Provo. Roe rebuffed calls on Monday to step aside.",
            [("Otto Roe", "opposes", "Otto Roe\u2019s withdrawal")],
        ),
        # Backing or criticising someone in the race: a side on that person's candidacy.
        (
            "Senator Dan Pike endorsed Ada Lind on Tuesday. Lind thanked him.",
            [("Dan Pike", "supports", "Ada Lind\u2019s candidacy")],
        ),
        (
            "Senator Dan Pike criticized Ada Lind\u2019s campaign as reckless on Tuesday. "
            "Lind did not respond.",
            [("Dan Pike", "opposes", "Ada Lind\u2019s candidacy")],
        ),
        # Words that describe the candidate between: the candidate named after them.
        (
            "Bo Lind spoke on Monday. Mayor Ada Roe endorsed Republican mayoral candidate Bo Lind.",
            [("Ada Roe", "supports", "Bo Lind\u2019s candidacy")],
        ),
        # A person named after the word of support, whom the article does not show acting,
        # titles left out.
        (
            "Bo Lind won on Tuesday. Ms. Roe had endorsed Gov. Ed Pike of Ohio.",
            [("Roe", "supports", "Ed Pike\u2019s candidacy")],
        ),
        ("Bo Lind won on Tuesday. Ms. Roe had endorsed the Tea Party Express.", []),
        # A candidate described, not named: the description.
        (
            "Bo Lind spoke on Monday. Mayor Ada Roe supports the bid of her deputy.",
            [("Ada Roe", "supports", "the candidacy of her deputy")],
        ),
        (
            "Bo Lind spoke on Monday. Mayor Ada Roe endorsed the former senator on Monday.",
            [("Ada Roe", "supports", "the candidacy of the former senator")],
        ),
    ],
)
def test_a_side_in_a_race_names_its_candidate(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rule_positions(text) == expected


def test_no_side_in_a_race_without_a_candidate() -> None:
    """The votes a group gave are no side on anyone the sentence names as a candidate: an
    organisation cannot be the one who quits, and the one ousted is named as an owner."""
    text = (
        "The Liberty Fund, which backs insurgents, gave the energy and the votes for Mr. "
        "Roe\u2019s ouster. Otto Roe lost."
    )
    assert rule_positions(text) == []


def test_a_question_keeps_its_topic() -> None:
    """Outside a race the topic is the article's, as before."""
    text = "Mayor Ada Lind called on the council to reject the toll plan on Monday."
    assert rule_positions(text, "the toll plan") == [("Ada Lind", "opposes", "the toll plan")]
