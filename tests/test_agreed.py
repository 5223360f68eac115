"""A model stance reading under the bar is shown only where another source's model reading
gives the same actor the same stance (stances.AGREED_MIN_MARGIN, merge.corroborate): in the
briefing, marked as such, never the ground of a disagreement, and scored as the briefing
shows it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer import merge
from summarizer.evaluate import evaluate_events
from summarizer.extract import Extractor
from summarizer.pipeline import brief
from summarizer.prompting import load_template
from summarizer.stances import AGREED_MIN_MARGIN, STANCE_MIN_MARGIN
from summarizer.types import Actor, ArticleMeta, Extraction, Position, Span

from .test_doubts import TOLL, Chooser
from .test_event_gold import FOX, NYT, tiny_event

# Two outlets where no rule reads Jane Doe's side: only the model does.
PLAIN_A = (
    "Title: Toll vote delayed\n\n"
    "Jane Doe urged residents to read the proposal again.\n\n"
    "The council will vote in May.\n"
)
PLAIN_B = (
    "Title: Bridge toll back on the agenda\n\n"
    "Jane Doe asked the council to hear the commuters first.\n\n"
    "A vote is expected in May.\n"
)
UNSURE = (AGREED_MIN_MARGIN + STANCE_MIN_MARGIN) / 2


def _brief(tmp_path: Path, margin: float, *texts: str) -> Any:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    extractor = Extractor(Chooser(margin), load_template("default"))
    return brief([folder], extractor, out_dir=tmp_path / "out")


def _doe(positions: list[Any]) -> list[Any]:
    return [p for p in positions if p.actor in ("Jane Doe", "jane-doe")]


def test_an_unsure_reading_is_kept_aside_not_shown_alone(tmp_path: Path) -> None:
    result = _brief(tmp_path, UNSURE, PLAIN_A)
    (extraction,) = result.extractions
    assert _doe(extraction.positions) == []
    (aside,) = _doe(extraction.unsure)
    assert (aside.stance, aside.attribution, aside.confidence) == ("supports", "model", UNSURE)
    (dropped,) = [r for r in extraction.rejected if r.kind == "position"]
    assert "kept aside as unsure" in dropped.reason
    assert _doe(result.briefing.positions) == []  # one source: nothing confirms it


def test_under_the_least_margin_nothing_is_kept_aside(tmp_path: Path) -> None:
    result = _brief(tmp_path, AGREED_MIN_MARGIN - 0.01, PLAIN_A, PLAIN_B)
    assert all(e.unsure == [] for e in result.extractions)
    assert _doe(result.briefing.positions) == []
    (dropped, _) = [r for e in result.extractions for r in e.rejected if r.kind == "position"]
    assert "unclear" in dropped.reason and "kept aside" not in dropped.reason


def test_two_sources_that_agree_show_both_readings(tmp_path: Path) -> None:
    result = _brief(tmp_path, UNSURE, PLAIN_A, PLAIN_B)
    briefing = result.briefing
    shown = _doe(briefing.positions)
    assert [(p.source, p.stance, p.agreed_by) for p in shown] == [
        (1, "supports", [2]),
        (2, "supports", [1]),
    ]
    assert all(p.attribution == "model" and p.confidence == UNSURE for p in shown)
    assert briefing.rejected.get("position", 0) == 0  # no longer left out
    (agreement,) = [f for f in briefing.agreements if f.actor == "jane-doe"]
    assert [e.agreed_by for e in agreement.sides[0].evidence] == [[2], [1]]
    assert briefing.disagreements == [] and briefing.doubts == []
    markdown = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    assert "▲ supports†" in markdown and "shown as [2] agrees" in markdown
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    assert "supports†" in html and "another source agrees" in html
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    assert [p["agreed_by"] for p in data["positions"] if p["actor"] == "jane-doe"] == [[2], [1]]


def test_a_rule_reading_elsewhere_confirms_no_unsure_reading(tmp_path: Path) -> None:
    # TOLL: a rule reads Jane Doe opposing; PLAIN_A: the model reads her supporting, unsure.
    result = _brief(tmp_path, UNSURE, TOLL, PLAIN_A)
    shown = _doe(result.briefing.positions)
    assert [(p.stance, p.attribution) for p in shown] == [("opposes", "rule")]
    assert result.briefing.doubts == [] and result.briefing.disagreements == []


def _meta(name: str) -> ArticleMeta:
    return ArticleMeta(id=name, file=f"{name}.txt", sha256=name * 64, chars=100)


def _extraction(name: str, kept: list[Position], unsure: list[Position]) -> Extraction:
    doe = Actor(name="Jane Doe", type="person", mentions=[Span(start=0, end=8, text="Jane Doe")])
    return Extraction(article=_meta(name), actors=[doe], positions=kept, quotes=[], unsure=unsure)


def _reading(stance: str, margin: float | None, by: str = "model") -> Position:
    evidence = Span(start=0, end=20, text="Jane Doe said a word")
    return Position(
        actor="Jane Doe",
        topic="the toll",
        stance=stance,  # type: ignore[arg-type]
        evidence=evidence,
        attribution=by,  # type: ignore[arg-type]
        confidence=margin,
    )


@pytest.mark.parametrize(
    ("other_kept", "other_unsure", "moved"),
    [
        ([], [("supports", 0.5)], True),  # two unsure readings agree
        ([("supports", 0.9)], [], True),  # a sure reading elsewhere agrees
        ([], [("opposes", 0.5)], False),  # the other source differs
        ([("opposes", 0.9)], [], False),
        ([("supports", None)], [], False),  # a margin unknown confirms nothing
    ],
)
def test_what_confirms_an_unsure_reading(
    other_kept: list[tuple[str, float | None]],
    other_unsure: list[tuple[str, float]],
    moved: bool,
) -> None:
    a = _extraction("a", [], [_reading("supports", 0.5)])
    b = _extraction(
        "b",
        [_reading(s, m) for s, m in other_kept],
        [_reading(s, m) for s, m in other_unsure],
    )
    confirmed_a = next(e for e in merge.confirmed([a, b]) if e.article.id == "a")
    assert bool(confirmed_a.positions) == moved
    assert bool(confirmed_a.unsure) != moved
    # The same whatever the order of the sources.
    again = next(e for e in merge.confirmed([b, a]) if e.article.id == "a")
    assert again.positions == confirmed_a.positions


class _Given:
    """An extractor that returns prepared extractions, by the article's text."""

    with_positions = True

    def __init__(self, by_text: dict[str, Extraction]) -> None:
        self.by_text = by_text

    def extract(self, article: Any) -> Extraction:
        given = self.by_text[article.text]
        return given.model_copy(update={"article": article.meta})


@pytest.mark.parametrize("agrees", [True, False])
def test_event_scores_count_the_readings_the_briefing_shows(agrees: bool) -> None:
    def extraction(text: str, stance: str) -> Extraction:
        start = text.index("Roe")
        roe = Actor(
            name="Jane Roe", type="person", mentions=[Span(start=start, end=start + 3, text="Roe")]
        )
        sentence = text[: text.index(".") + 1]
        evidence = Span(start=0, end=len(sentence), text=sentence)
        reading = Position(
            actor="Jane Roe",
            topic="the toll",
            stance=stance,  # type: ignore[arg-type]
            evidence=evidence,
            attribution="model",
            confidence=0.5,
        )
        meta = _meta("x")
        return Extraction(article=meta, actors=[roe], positions=[], quotes=[], unsure=[reading])

    given = _Given(
        {
            FOX: extraction(FOX, "supports"),
            NYT: extraction(NYT, "supports" if agrees else "opposes"),
        }
    )
    total, per_article, _, _ = evaluate_events(
        [tiny_event()],
        given,
        quote_types={"direct"},  # type: ignore[arg-type]
    )
    assert total.predicted_positions == (2 if agrees else 0)
    fox = next(s for s in per_article if s.article == "tiny/1/fox")
    # The fox reading is right (the gold has Roe supporting there); nyt's is wrong (mixed).
    assert (fox.predicted_positions, fox.right_positions) == ((1, 1) if agrees else (0, 0))
