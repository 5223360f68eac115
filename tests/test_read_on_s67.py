"""Session 67: a position filed under an issue whose name shares no topic word with the topic
its source read it on says so ("supports on birthright citizenship (read on “immigration”)"):
the stance is one on that wording, which the issue's name may not mean (a free BASIL event's
briefing showed a senator's support "of birthright citizenship" that its outlet had read on
"immigration", for a bill to end it). A wording of the same thing says nothing more. Made-up
wordings on the recorded seed briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import render
from summarizer.types import Briefing, BriefPosition, Span

GOLDEN = Path(__file__).parent / "golden" / "briefing.json"


def _position(topic: str, worded: str) -> BriefPosition:
    return BriefPosition(
        actor="doe", topic=topic, reported_topic=worded, stance="supports",
        source=1, evidence=Span(start=0, end=4, text="toll"), attribution="rule",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("topic", "worded", "shown"),
    [
        ("birthright citizenship", "immigration", "immigration"),
        ("government", "United States Senate", "United States Senate"),
        ("NATO Liaison Office in Japan", "NATO office in Japan", None),
        ("the harbour toll", "harbour tolls", None),  # one stem: "toll" and "tolls"
        ("the harbour toll", "the harbour toll", None),
        ("the harbour toll", "", None),
    ],
)
def test_a_wording_that_shares_no_word_with_its_issue_is_shown(
    topic: str, worded: str, shown: str | None
) -> None:
    assert render.read_on(_position(topic, worded)) == shown


def test_the_briefing_shows_it_for_that_position_alone() -> None:
    briefing = Briefing.model_validate_json(GOLDEN.read_text(encoding="utf-8"))
    first = briefing.positions[0]
    changed = first.model_copy(update={"reported_topic": "Pacific security"})
    briefing = briefing.model_copy(update={"positions": [changed, *briefing.positions[1:]]})
    markdown = render.markdown(briefing)
    assert markdown.count("(read on \u201cPacific security\u201d)") == 1
    assert markdown.count("(read on ") == 1
