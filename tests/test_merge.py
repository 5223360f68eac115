from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import merge
from summarizer.ground import mentions
from summarizer.types import Actor, ArticleMeta, Extraction, Quote


def extraction(
    article_id: str, text: str, actors: list[tuple[str, str, list[str]]], quotes=()
) -> Extraction:  # type: ignore[no-untyped-def]
    built = [
        Actor(name=name, type=kind, aliases=aliases, mentions=mentions(text, [name, *aliases]))  # type: ignore[arg-type]
        for name, kind, aliases in actors
    ]
    return Extraction(
        article=ArticleMeta(
            id=article_id,
            file=f"{article_id}.txt",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            chars=len(text),
        ),
        actors=built,
        positions=[],
        quotes=[
            Quote(
                speaker=s,
                text=q,
                start=text.index(q),
                end=text.index(q) + len(q),
                attribution="rule",
            )
            for s, q in quotes
        ],
    )


A = extraction(
    "a",
    'Japanese Prime Minister Kishida Fumio spoke. Macron said "geography is stubborn". NATO met.',
    [
        ("Kishida Fumio", "person", ["Kishida"]),
        ("Emmanuel Macron", "person", ["Macron"]),
        ("NATO", "organization", []),
    ],
    [("Emmanuel Macron", "geography is stubborn")],
)
B = extraction(
    "b",
    'Fumio Kishida and Emmanuel Macron met Nato. Macron: "Geography is stubborn, no matter what".',
    [
        ("Fumio Kishida", "person", []),
        ("Emmanuel Macron", "person", ["Macron"]),
        ("NATO", "organization", ["Nato"]),
    ],
    [("Emmanuel Macron", "Geography is stubborn, no matter what")],
)
C = extraction(
    "c",
    "Brigitte Macron visited. Macron waved. North Atlantic Treaty Organization officials agreed.",
    [
        ("Brigitte Macron", "person", ["Macron"]),
        ("North Atlantic Treaty Organization", "organization", []),
    ],
)


def brief(extractions: list[Extraction]) -> tuple[list, list]:  # type: ignore[type-arg]
    sources = merge.sources_of(extractions)
    actors, index = merge.resolve_actors(extractions, sources)
    return actors, merge.align_quotes(extractions, sources, index)


def test_name_order_and_case_variants_merge() -> None:
    actors, _ = brief([A, B])
    names = sorted(a.name for a in actors)
    assert names == ["Emmanuel Macron", "Fumio Kishida", "NATO"] or names == [
        "Emmanuel Macron",
        "Kishida Fumio",
        "NATO",
    ]
    nato = next(a for a in actors if a.name == "NATO")
    assert nato.sources == [1, 2] and "Nato" in nato.aliases


def test_people_sharing_a_surname_are_not_merged() -> None:
    actors, _ = brief([A, B, C])
    macrons = sorted(a.name for a in actors if "Macron" in a.name)
    assert macrons == ["Brigitte Macron", "Emmanuel Macron"]


def test_acronym_joins_the_full_name() -> None:
    actors, _ = brief([A, C])
    nato = [a for a in actors if a.name in ("NATO", "North Atlantic Treaty Organization")]
    assert len(nato) == 1 and nato[0].sources == [1, 2]


def test_same_remark_in_two_wordings_is_one_quote() -> None:
    _, quotes = brief([A, B])
    (quote,) = quotes
    assert quote.sources == [1, 2]
    assert {v.text for v in quote.variants} == {
        "geography is stubborn",
        "Geography is stubborn, no matter what",
    }


@settings(max_examples=25, deadline=None)
@given(st.permutations([A, B, C]))
def test_merge_does_not_depend_on_order(order: list[Extraction]) -> None:
    actors, quotes = brief(list(order))
    reference_actors, reference_quotes = brief([A, B, C])
    assert actors == reference_actors
    assert quotes == reference_quotes
