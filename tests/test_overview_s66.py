"""Session 66: the overview of a briefing with no position and no remark shared across sources
said only "3 sources [1][2][3]." (free BASIL event 81, once its one false position was gone);
it now says that no position was read and names the actors most widely named, each with its
sources. Made-up actors."""

from __future__ import annotations

from summarizer import merge
from summarizer.types import BriefActor, Source


def _actor(name: str, refs: list[int], kind: str = "named") -> BriefActor:
    return BriefActor(
        id=name.lower(), name=name, type="person", kind=kind, roles=[], aliases=[],
        sources=refs, mentions=[],
    )  # fmt: skip


def _sources(refs: list[int]) -> list[Source]:
    return [Source(ref=r, id=str(r), file=f"{r}.txt", sha256="0" * 64) for r in refs]


def test_an_overview_with_no_position_names_who_the_sources_name_most() -> None:
    actors = [
        _actor("Ada Roe", [1, 2, 3]),
        _actor("Bo Lind", [1, 2]),
        _actor("Ed Pike", [3]),
        _actor("harbour officials", [1, 2], kind="described"),
    ]
    assert merge.write_overview(_sources([1, 2, 3]), actors, [], [], []) == [
        "3 sources [1][2][3]; no position on an issue was read.",
        "Named most: Ada Roe [1][2][3] and Bo Lind [1][2].",
    ]


def test_one_source_is_one_and_its_actors_are_named_in_order() -> None:
    actors = [_actor("Ada Roe", [1]), _actor("Bo Lind", [1])]
    assert merge.write_overview(_sources([1]), actors, [], [], []) == [
        "1 source [1]; no position on an issue was read.",
        "Named most: Ada Roe [1] and Bo Lind [1].",
    ]


def test_where_no_actor_is_named_by_two_sources_the_first_is_named() -> None:
    actors = [_actor("Ada Roe", [1]), _actor("Bo Lind", [2])]
    assert merge.write_overview(_sources([1, 2]), actors, [], [], []) == [
        "2 sources [1][2]; no position on an issue was read.",
        "Named most: Ada Roe [1].",
    ]
