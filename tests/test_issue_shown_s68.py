"""Session 68: `summarizer eval --positions` on event gold scores the positions a briefing shows
where it shows them: right only when the gold gives the actor that stance, in that source, on the
gold issue that the name of the briefing's issue maps to. The per-article figures score each
article's own topic; a reader sees the briefing's issue."""

from __future__ import annotations

from summarizer.evaluate import score_briefing
from summarizer.types import BriefPosition, Span

from .test_event_gold import FOX, NYT, _actor, _briefing, _meta, tiny_event


def _shown(actor: str, topic: str, stance: str, source: int) -> BriefPosition:
    return BriefPosition(
        actor=actor, topic=topic, reported_topic=topic, stance=stance, source=source,
        evidence=Span(start=0, end=3, text="Roe"), attribution="rule",
    )  # fmt: skip


def test_positions_shown_are_scored_on_the_issue_they_are_filed_under() -> None:
    outlets = {_meta(FOX, "fox").sha256: "fox", _meta(NYT, "nyt").sha256: "nyt"}
    actors = [
        _actor("jane-roe", "Jane Roe"),
        _actor("smith", "Bob Smith"),
        _actor("council", "The council"),
    ]
    positions = [
        _shown("jane-roe", "the toll plan", "supports", 1),  # right
        _shown("smith", "the toll", "opposes", 1),  # right
        _shown("jane-roe", "the toll plan", "opposes", 1),  # wrong stance
        _shown("council", "weather", "opposes", 1),  # right stance, filed under no gold issue
        _shown("jane-roe", "the toll plan", "supports", 2),  # the other outlet reads her mixed
        _shown("nobody", "the toll plan", "supports", 1),  # no actor of the briefing
    ]
    briefing = _briefing([], actors).model_copy(update={"positions": positions})
    result = score_briefing(tiny_event(), briefing, outlets)
    assert (result.shown_on_issue, result.positions_shown) == (2, 6)
    assert result.figures()["issue_precision_shown"] == 0.333
    none = score_briefing(tiny_event(), _briefing([], actors), outlets)
    assert (none.positions_shown, none.figures()["issue_precision_shown"]) == (0, None)
