"""Session 68: a briefing's overview said "Republicans is divided on it" and "Republicans supports
it" (free BASIL events 60 and 53): a holder named by a plural takes a plural verb, in the
overview and in the Markdown list of agreements. Made-up actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import merge, render
from summarizer.names import plural_actor, stance_verb
from summarizer.types import BriefActor, Briefing, BriefPosition, Finding, Side, Source, Span

GOLDEN = Path(__file__).parent / "golden" / "briefing.json"


@pytest.mark.parametrize(
    ("name", "actor_type", "plural"),
    [
        ("Republicans", "organization", True),
        ("Senate Democrats", "organization", True),
        ("Liberals", "organization", True),
        ("critics", "organization", True),
        ("Harbour board officials", "person", True),  # a described group typed a person
        ("Fox News", "organization", False),
        ("United Nations", "organization", False),
        ("Congress", "organization", False),
        ("United States", "country", False),
        ("Ada Williams", "person", False),
        ("Every Senate Republican", "organization", False),
        ("the news", "organization", False),
    ],
)
def test_a_plural_name(name: str, actor_type: str, plural: bool) -> None:
    assert plural_actor(name, actor_type) is plural


def test_stance_verbs_agree() -> None:
    assert stance_verb("supports", plural=False) == "supports"
    assert stance_verb("supports", plural=True) == "support"
    assert stance_verb("opposes", plural=True) == "oppose"
    assert stance_verb("mixed", plural=False) == "is divided on"
    assert stance_verb("mixed", plural=True) == "are divided on"
    assert stance_verb("neutral", plural=True) == "take no side on"
    assert stance_verb("unclear", plural=True) == "unclear"


def _actor(name: str, refs: list[int]) -> BriefActor:
    return BriefActor(
        id=name.lower().replace(" ", "-"), name=name, type="organization", roles=[],
        aliases=[], sources=refs, mentions=[],
    )  # fmt: skip


def _position(actor: BriefActor, stance: str, source: int) -> BriefPosition:
    return BriefPosition(
        actor=actor.id, topic="the harbour toll", reported_topic="the harbour toll",
        stance=stance, source=source, evidence=Span(start=0, end=4, text="toll"),
        attribution="rule",
    )  # fmt: skip


def _sources(refs: list[int]) -> list[Source]:
    return [Source(ref=r, id=str(r), file=f"{r}.txt", sha256="0" * 64) for r in refs]


def test_the_overview_gives_a_plural_holder_a_plural_verb() -> None:
    party, board = _actor("Harbour Democrats", [1, 2]), _actor("Port Authority", [1])
    positions = [
        _position(party, "mixed", 1),
        _position(party, "mixed", 2),
        _position(board, "supports", 1),
    ]
    overview = merge.write_overview(_sources([1, 2]), [party, board], positions, [], [])
    assert "Harbour Democrats are divided on it [1][2]." in overview
    assert "Port Authority supports it [1]." in overview


def test_the_markdown_agreements_give_a_plural_holder_a_plural_verb() -> None:
    party, board = _actor("Harbour Democrats", [1, 2]), _actor("Port Authority", [1, 2])
    agreements = [
        Finding(
            kind="stance",
            actor=actor.id,
            topic="the harbour toll",
            sides=[Side(says=stance, sources=[1, 2], evidence=[])],
        )
        for actor, stance in ((party, "opposes"), (board, "neutral"))
    ]
    briefing = Briefing.model_validate_json(GOLDEN.read_text(encoding="utf-8"))
    briefing = briefing.model_copy(
        update={"actors": [*briefing.actors, party, board], "agreements": agreements}
    )
    markdown = render.markdown(briefing)
    assert "- **Harbour Democrats** oppose the harbour toll [1][2]." in markdown
    assert "- **Port Authority** takes no side on the harbour toll [1][2]." in markdown
