"""Issue 17, session 64: the one a topic calls on to go ("Trump's call for Obama's resignation")
is the target of a move against them, and no one backs a move against themselves: a model
reading that they support it is no position. A topic's head phrase ends at "at" too, so that
"Massacre at the White House" is a harm, on which the model is not asked (a free BASIL event's
briefing showed "Obama supports" under that topic). Made-up names and sentences."""

from __future__ import annotations

import pytest

from summarizer import issues, names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.stances import read_positions
from summarizer.types import Span, Statement
from tests.test_extract import Scripted
from tests.test_steps import asker_for


@pytest.mark.parametrize(
    ("topic", "target"),
    [
        ("Acme's call for Ann Roe's resignation over the toll plan", {"ann", "roe"}),
        ("calls for Mayor Roe's ouster", {"roe"}),
        ("Acme's call for a toll", set()),
    ],
)
def test_a_call_for_someone_to_go_is_a_move_against_them(topic: str, target: set[str]) -> None:
    words = issues.topic_match(topic)
    assert words is not None and set(words.target) == target


@pytest.mark.parametrize(
    ("topic", "harm"),
    [
        ("Massacre at the White House", True),
        ("shooting at a nightclub", True),
        ("rally at the harbour", False),
    ],
)
def test_a_head_phrase_ends_at_at(topic: str, harm: bool) -> None:
    assert issues.harm(topic) is harm


_TEXT = (
    "Mayor Ann Roe spoke at the harbour on Monday. "
    "Roe said the port had a busy year and thanked her staff. "
    "Dan Smith spoke at the same event."
)


def _span(part: str) -> Span:
    start = _TEXT.index(part, _TEXT.index("Roe said"))
    return Span(start=start, end=start + len(part), text=part)


@pytest.mark.parametrize(
    ("topic", "stance", "kept"),
    [
        # The target said to back the call for her own going: no position, and why.
        ("Dan Smith's call for Ann Roe's resignation", "supports", False),
        ("impeachment of Mayor Ann Roe", "supports", False),
        # Against it, or a topic that is no move against her: the model's reading stands.
        ("Dan Smith's call for Ann Roe's resignation", "opposes", True),
        ("the harbour budget", "supports", True),
    ],
)
def test_no_one_backs_a_move_against_themselves(topic: str, stance: str, kept: bool) -> None:
    view = ArticleView.of(_TEXT)
    actors = [a for a in find_actors(_TEXT, names.find_candidates(_TEXT)) if a.name == "Ann Roe"]
    backend = Scripted({"evidence": 2, "stance": stance})
    said = Statement(
        speaker="Ann Roe",
        resolved_by="name",
        source=[_span("Roe")],
        cue=[_span("said")],
        content=[_span("the port had a busy year")],
        kind="indirect",
        quote=False,
        confidence=1.0,
    )
    asker = asker_for(view, backend)
    read = read_positions(view, actors, [], lambda: topic, asker, statements=[said])
    assert len(backend.requests) == 1  # the model was asked
    assert [(p.actor, p.stance) for p in read.positions] == ([("Ann Roe", stance)] if kept else [])
    if not kept:
        (rejected,) = read.rejected
        assert rejected.value == "Ann Roe" and "move against" in rejected.reason
