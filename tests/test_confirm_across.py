"""Issue 17, session 47: a model reading under the bar is shown where another source's reading
of the same actor on the same issue, also under the bar, agrees (`merge.confirm_across`), and
marked so in the briefing. Made-up articles."""

from __future__ import annotations

import pytest

from summarizer import merge, render
from summarizer.backends.rules import RulesOnlyBackend
from summarizer.pipeline import build_briefing
from summarizer.prompting import load_template
from summarizer.stances import CONFIRM_MARGIN, STANCE_MIN_MARGIN
from summarizer.types import Extraction, Position, Span
from tests.test_merge import extraction

TOPIC = "the harbour levy"


def _article(n: int, sentence: str) -> tuple[Extraction, str]:
    text = f"Harbour news {n}.\n\n{sentence}"
    return extraction(f"a{n}", text, [("Ada Roe", "person", ["Roe"])]), text


def _reading(text: str, sentence: str, stance: str, margin: float | None) -> Position:
    start = text.index(sentence)
    return Position(
        actor="Ada Roe",
        topic=TOPIC,
        stance=stance,  # type: ignore[arg-type]
        evidence=Span(start=start, end=start + len(sentence), text=sentence),
        attribution="model" if margin is not None else "rule",
        confidence=margin,
    )


SENTENCES = [
    "Roe spoke about the harbour levy at the docks.",
    "Ada Roe met dock workers about the harbour levy.",
    "Roe toured the harbour with the levy's planners.",
]


def _three(readings: list[tuple[str, float | None, bool]]) -> list[Extraction]:
    """Three articles; each reading (stance, margin or None for a rule's, shown) of its own."""
    built = []
    for n, (sentence, (stance, margin, shown)) in enumerate(
        zip(SENTENCES, readings, strict=True), start=1
    ):
        base, text = _article(n, sentence)
        position = _reading(text, sentence, stance, margin)
        field = "positions" if shown else "under_bar"
        built.append(base.model_copy(update={field: [position]}))
    return built


def _shown(extractions: list[Extraction]) -> list[tuple[str, str, list[int]]]:
    return [
        (e.article.id, p.stance, len(p.agreed_by))
        for e in merge.confirm_across(extractions)
        for p in e.positions
    ]


def test_two_sources_reading_an_actor_alike_under_the_bar_confirm_each_other() -> None:
    extractions = _three(
        [("opposes", 0.5, False), ("opposes", 0.4, False), ("supports", 0.6, False)]
    )
    assert _shown(extractions) == [("a1", "opposes", 1), ("a2", "opposes", 1)]
    confirmed = merge.confirm_across(extractions)
    assert confirmed[0].positions[0].agreed_by == [extractions[1].article.sha256]
    assert confirmed[0].under_bar == []
    assert confirmed[2].under_bar == extractions[2].under_bar  # unconfirmed: still aside


@pytest.mark.parametrize(
    "readings",
    [
        # One of the two under the margin a confirmation needs.
        [("opposes", 0.5, False), ("opposes", CONFIRM_MARGIN - 0.01, False), ("mixed", 0.5, False)],
        # Sides that differ confirm nothing.
        [("opposes", 0.5, False), ("supports", 0.5, False), ("mixed", 0.5, False)],
        # A shown reading of the actor on the issue takes the other side: it outweighs them.
        [("opposes", 0.5, False), ("opposes", 0.5, False), ("supports", None, True)],
        [("opposes", 0.5, False), ("opposes", 0.5, False), ("supports", STANCE_MIN_MARGIN, True)],
    ],
)
def test_no_confirmation_without_two_agreeing_readings_unopposed(
    readings: list[tuple[str, float | None, bool]],
) -> None:
    assert all(agreed == 0 for _, _, agreed in _shown(_three(readings)))


def test_a_source_confirms_nothing_of_its_own() -> None:
    base, text = _article(1, SENTENCES[0] + " " + SENTENCES[1])
    readings = [_reading(text, s, "opposes", 0.5) for s in SENTENCES[:2]]
    other, _ = _article(2, SENTENCES[2])
    assert merge.confirm_across([base.model_copy(update={"under_bar": readings}), other]) == [
        base.model_copy(update={"under_bar": readings}),
        other,
    ]


def test_the_briefing_shows_a_confirmed_reading_and_says_why() -> None:
    extractions = _three(
        [("opposes", 0.5, False), ("opposes", 0.4, False), ("supports", 0.6, False)]
    )
    briefing = build_briefing(extractions, [], RulesOnlyBackend(), load_template("default"), {})
    shown = sorted((p.source, p.stance, p.agreed_by) for p in briefing.positions)
    assert shown == [(1, "opposes", [2]), (2, "opposes", [1])]
    # Two readings under the bar agree: no disagreement rests on them.
    assert briefing.disagreements == []
    markdown = render.markdown(briefing)
    assert "(read by the model, unsure alone; [2] reads it alike)" in markdown
    assert "(unsure alone; [1] reads it alike)" in render.html(briefing, {})


@pytest.mark.parametrize("margin", [None, STANCE_MIN_MARGIN])
def test_a_position_another_source_shows_confirms_a_reading_alike(margin: float | None) -> None:
    # A rule's reading, or the model's over the bar, in source 3: the one reading under the bar
    # that agrees with it is shown; the one that does not stays aside.
    extractions = _three(
        [("opposes", 0.5, False), ("supports", 0.5, False), ("opposes", margin, True)]
    )
    confirmed = merge.confirm_across(extractions)
    assert [p.agreed_by for p in confirmed[0].positions] == [[extractions[2].article.sha256]]
    assert confirmed[1].positions == [] and confirmed[1].under_bar == extractions[1].under_bar
