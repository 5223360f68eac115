from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import merge
from summarizer.ground import find_mentions
from summarizer.types import Actor, ArticleMeta, Extraction, Quote


def extraction(
    article_id: str, text: str, actors: list[tuple[str, str, list[str]]], quotes=()
) -> Extraction:  # type: ignore[no-untyped-def]
    built = [
        Actor(name=name, type=kind, aliases=aliases, mentions=find_mentions(text, [name, *aliases]))  # type: ignore[arg-type]
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


def _quotes_of_lind(first: str, second: str) -> list[list[int]]:
    """The sources of each quote of Otto Lind's, one saying `first`, another `second`."""
    a, b = (
        extraction(name, f'Lind said: "{said}"', [("Otto Lind", "person", ["Lind"])],
                   [("Otto Lind", said)])
        for name, said in (("a", first), ("b", second))
    )  # fmt: skip
    _, quotes = brief([a, b])
    return [q.sources for q in quotes]


def test_two_sentences_of_one_statement_are_two_remarks() -> None:
    # Each outlet quotes its own sentence of one statement: many words alike, none in a row.
    first = (
        "We need a council that can mend the roads and fix our harbour. People in Dover feel "
        "the mayor is not listening and now we must change that."
    )
    second = (
        "The mayor and the harbour board had their turn and they let us down. The council must "
        "now take on the roads with new people, new plans and a new way."
    )
    assert _quotes_of_lind(first, second) == [[1], [2]]


def test_two_remarks_sharing_three_words_and_little_else_are_two() -> None:
    # Three words in a row ("attacks and irresponsible") and "harbour plan": a tenth of the
    # shorter's words, though their words are alike enough by the fuzzy ratio.
    first = (
        "in Dover today, false attacks and irresponsible claims about a harbour plan can so "
        "frighten and sway people into changing their view of the harbour plan."
    )
    second = (
        "Instead of an honest talk about the real cost of the harbour plan, its foes have "
        "hijacked this talk through lies, personal attacks, and irresponsible reporting."
    )
    assert _quotes_of_lind(first, second) == [[1], [2]]


def test_one_remark_quoted_in_part_and_reworded_is_one() -> None:
    first = "Without the harbour police, it would have been a disaster, we had no defence at all,"
    second = "It would've been a disaster without them,"
    assert _quotes_of_lind(first, second) == [[1, 2]]


@settings(max_examples=25, deadline=None)
@given(st.permutations([A, B, C]))
def test_merge_does_not_depend_on_order(order: list[Extraction]) -> None:
    actors, quotes = brief(list(order))
    reference_actors, reference_quotes = brief([A, B, C])
    assert actors == reference_actors
    assert quotes == reference_quotes


def test_topic_wordings_of_one_issue_merge() -> None:
    merged = merge.merge_topics(
        ["NATO office in Japan", "NATO Japan office", "NATO Japan liaison office",
         "NATO office in Japan", "China-Russia joint patrols"]
    )  # fmt: skip
    assert merged["NATO Japan office"] == merged["NATO Japan liaison office"]
    assert merged["NATO Japan office"] == "NATO office in Japan"
    assert merged["China-Russia joint patrols"] == "China-Russia joint patrols"


def _with_positions(base: Extraction, topic: str, held: list[tuple[str, str, str]]) -> Extraction:
    from summarizer.types import Position, Span

    text_of = {m.text: m for a in base.actors for m in a.mentions}
    assert text_of
    positions = [
        Position(
            actor=actor,
            topic=topic,
            stance=stance,  # type: ignore[arg-type]
            evidence=Span(start=span.start, end=span.end, text=span.text),
        )
        for actor, stance, evidence in held
        for span in [text_of[evidence]]
    ]
    return base.model_copy(update={"positions": positions})


def test_positions_on_one_issue_worded_three_ways_share_one_issue() -> None:
    extractions = [
        _with_positions(A, "NATO Japan office", [("Emmanuel Macron", "opposes", "Macron")]),
        _with_positions(
            B,
            "Macron's stance on NATO in Asia",
            [("Emmanuel Macron", "opposes", "Macron"), ("NATO", "supports", "Nato")],
        ),
        _with_positions(C, "NATO liaison office in Japan", [("North Atlantic Treaty Organization",
                        "supports", "North Atlantic Treaty Organization")]),
    ]  # fmt: skip
    sources = merge.sources_of(extractions)
    _, index = merge.resolve_actors(extractions, sources)
    positions, issues = merge.merge_positions(extractions, sources, index)
    (issue,) = issues
    assert issue.sources == [1, 2, 3]
    assert set(issue.wordings) == {
        "NATO Japan office",
        "Macron's stance on NATO in Asia",
        "NATO liaison office in Japan",
    }
    assert {(p.issue, p.topic) for p in positions} == {(issue.id, issue.name)}
    assert {p.reported_topic for p in positions} == set(issue.wordings)


def _position(  # type: ignore[no-untyped-def]
    actor: str,
    stance: str,
    source: int,
    start: int = 0,
    read_by: str = "rule",
    confidence: float | None = None,
):
    from summarizer.types import BriefPosition, Span

    return BriefPosition(
        actor=actor, topic="the office", reported_topic="the office", stance=stance,  # type: ignore[arg-type]
        source=source, evidence=Span(start=start, end=start + 4, text="text"),
        attribution=read_by, confidence=confidence,  # type: ignore[arg-type]
    )  # fmt: skip


def test_findings_disagree_across_sources_and_cite_both_sides() -> None:
    positions = [
        _position("stoltenberg", "supports", 1),
        _position("stoltenberg", "opposes", 2),
        _position("macron", "opposes", 1),
        _position("macron", "opposes", 3),
        _position("kishida", "supports", 2),  # one source: neither agreement nor disagreement
    ]
    _, quotes = brief([A, B])
    agreements, disagreements, doubts = merge.compare_sources(positions, quotes)
    assert doubts == []
    stance = [f for f in disagreements if f.kind == "stance"]
    assert [(f.actor, [s.says for s in f.sides]) for f in stance] == [
        ("stoltenberg", ["opposes", "supports"])
    ]
    assert [(f.actor, f.sides[0].sources) for f in agreements] == [("macron", [1, 3])]
    (wording,) = [f for f in disagreements if f.kind == "wording"]
    assert sorted(s.says for s in wording.sides) == [
        "Geography is stubborn, no matter what",
        "geography is stubborn",
    ]
    for finding in disagreements:
        assert len({r for side in finding.sides for r in side.sources}) >= 2
        assert all(side.evidence for side in finding.sides)


BAR = merge.STANCE_MIN_MARGIN


@pytest.mark.parametrize(
    ("sides", "shown_as"),
    [
        # Two rule readings: a disagreement.
        ([("supports", 1, "rule", None), ("opposes", 2, "rule", None)], "disagreement"),
        # The model, sure, against the model, sure: a disagreement.
        ([("supports", 1, "model", BAR + 0.1), ("opposes", 2, "model", BAR)], "disagreement"),
        # One model reading against rule readings, however sure: a doubt to check.
        ([("opposes", 1, "rule", None), ("opposes", 3, "rule", None),
          ("supports", 2, "model", 0.99)], "doubt"),
        # Two sure model readings against a rule reading: both sides meet the bar.
        ([("opposes", 1, "rule", None), ("supports", 2, "model", 0.9),
          ("supports", 3, "model", 0.9)], "disagreement"),
        # A side under the bar, or whose margin is unknown (a server, an older recording).
        ([("supports", 1, "model", BAR - 0.01), ("opposes", 2, "model", 0.99)], "doubt"),
        ([("supports", 1, "model", None), ("opposes", 2, "model", 0.99)], "doubt"),
    ],
)  # fmt: skip
def test_a_disagreement_needs_evidence_that_meets_the_bar_on_every_side(
    sides: list[tuple[str, int, str, float | None]], shown_as: str
) -> None:
    positions = [
        _position("macron", stance, source, read_by=read_by, confidence=confidence)
        for stance, source, read_by, confidence in sides
    ]
    agreements, disagreements, doubts = merge.compare_sources(positions, [])
    assert agreements == []
    found = {"disagreement": disagreements, "doubt": doubts}
    (finding,) = found[shown_as]
    assert (disagreements if shown_as == "doubt" else doubts) == []
    assert sorted(s.says for s in finding.sides) == sorted({stance for stance, *_ in sides})
    by_model = [e for side in finding.sides for e in side.evidence if e.read_by == "model"]
    assert sorted(e.confidence or 0 for e in by_model) == sorted(
        c or 0 for _, _, read_by, c in sides if read_by == "model"
    )


def test_overview_names_an_evenly_split_actor_among_the_differences() -> None:
    from summarizer.types import BriefActor, Source

    positions = [
        _position("nato", "supports", 1),
        _position("nato", "opposes", 2),
        _position("macron", "opposes", 1),
        _position("macron", "opposes", 2),
        _position("macron", "supports", 3),
    ]
    actors = [
        BriefActor(
            id=i, name=n, type="person", roles=[], aliases=[], sources=[1, 2, 3], mentions=[]
        )
        for i, n in (("nato", "NATO"), ("macron", "Emmanuel Macron"))
    ]
    sources = [Source(ref=r, id=str(r), file=f"{r}.txt", sha256="0" * 64) for r in (1, 2, 3)]
    _, disagreements, _ = merge.compare_sources(positions, [])
    text = " ".join(merge.write_overview(sources, actors, positions, [], disagreements))
    # A 2-to-1 majority is reported as the actor's stance; a 1-to-1 split is no majority.
    assert "Emmanuel Macron opposes it" in text
    assert "NATO" not in text.split("The sources differ")[0]
    assert "The sources differ on the stance of Emmanuel Macron and NATO [1][2][3]." in text


def test_overview_sentences_each_cite_sources(golden_result) -> None:  # type: ignore[no-untyped-def]
    overview = golden_result.briefing.overview
    assert len(overview) >= 3
    refs = {s.ref for s in golden_result.briefing.sources}
    for sentence in overview:
        cited = {int(n) for n in re.findall(r"\[(\d+)\]", sentence)}
        assert cited and cited <= refs, sentence


@settings(max_examples=15, deadline=None)
@given(order=st.permutations(range(5)))
def test_the_whole_briefing_does_not_depend_on_article_order(golden_result, order) -> None:  # type: ignore[no-untyped-def]
    from summarizer.pipeline import build_briefing

    extractions = [golden_result.extractions[i] for i in order]
    provenance = golden_result.briefing.provenance

    class Backend:
        name, model_name, model_sha256 = provenance.backend, provenance.model, None
        sampling = provenance.sampling

    class Template:
        name, version, sha256 = "default", "2", provenance.prompt_sha256

    rebuilt = build_briefing(extractions, [], Backend(), Template(), {})  # type: ignore[arg-type]
    assert rebuilt.model_dump(exclude={"provenance"}) == golden_result.briefing.model_dump(
        exclude={"provenance"}
    )


def test_forms_of_one_persons_name_merge_across_outlets() -> None:
    one = extraction(
        "a",
        "Representative Adam B. Schiff spoke. William P. Barr and Mike Elliott did not.",
        [
            ("Adam B. Schiff", "person", ["Mr. Schiff"]),
            ("William P. Barr", "person", []),
            ("Mike Elliott", "person", []),
        ],
    )
    two = extraction(
        "b",
        "Adam Schiff spoke. Bill Barr and Michael Elliott did not. George H. W. Bush left.",
        [
            ("Adam Schiff", "person", []),
            ("Bill Barr", "person", []),
            ("Michael Elliott", "person", []),
            ("George H. W. Bush", "person", []),
        ],
    )
    three = extraction(
        "c",
        "Schiff spoke. George W. Bush left.",
        [("Schiff", "organization", []), ("George W. Bush", "person", [])],
    )
    actors, _ = brief([one, two, three])
    by_name = {a.name: a for a in actors}
    assert len(actors) == 5, [a.name for a in actors]
    schiff = next(a for a in actors if "Schiff" in a.name)
    assert schiff.sources == [1, 2, 3] and schiff.type == "person"
    assert {"George H. W. Bush", "George W. Bush"} <= set(by_name)


def test_an_organisations_single_word_is_not_taken_for_a_surname() -> None:
    one = extraction("a", "Paul Ryan met. NATO agreed.", [("Paul Ryan", "person", [])])
    two = extraction("b", "Ryan met. Treasury agreed.", [("Treasury", "organization", [])])
    actors, _ = brief([one, two])
    assert {a.name for a in actors} == {"Paul Ryan", "Treasury"}


def test_a_surname_alone_joins_its_person_past_honorifics_titles_and_suffixes() -> None:
    one = extraction(
        "a",
        "Joseph R. Biden Jr. spoke. James Clapper agreed.",
        [("Joseph R. Biden Jr.", "person", []), ("James Clapper", "person", [])],
    )
    two = extraction(
        "b",
        "Vice President Biden spoke. Mr. Clapper agreed.",
        [
            ("Biden", "person", ["Vice President Biden"]),
            ("Clapper", "person", ["Mr. Clapper"]),
        ],
    )
    actors, _ = brief([one, two])
    assert sorted(a.name for a in actors) == ["James Clapper", "Joseph R. Biden Jr."]


def test_a_hyphenated_surname_alone_joins_its_person() -> None:
    one = extraction("a", "Ammar Campa-Najjar spoke.", [("Ammar Campa-Najjar", "person", [])])
    two = extraction("b", "Campa-Najjar spoke.", [("Campa-Najjar", "organization", [])])
    actors, _ = brief([one, two])
    assert [(a.name, a.type, a.sources) for a in actors] == [
        ("Ammar Campa-Najjar", "person", [1, 2])
    ]


def _with_described(article_id: str, text: str, names: list[str]) -> Extraction:
    """An extraction naming Anna Berg, with the described speakers `names`."""
    made = extraction(article_id, text, [("Anna Berg", "person", [])])
    made.actors += [
        Actor(name=n, type="person", kind="described", mentions=find_mentions(text, [n]))
        for n in names
    ]
    return made


def test_described_speakers_are_no_actors_and_merge_only_when_they_say_whose() -> None:
    first = _with_described("a", "Anna Berg spoke. An Elysee official and an official said no.", [
        "Elysee official", "official",
    ])  # fmt: skip
    second = _with_described("b", "Anna Berg left. An Elysee official and an official agreed.", [
        "Elysee official", "official",
    ])  # fmt: skip
    actors, _ = brief([first, second])
    listed = [(a.name, a.kind, a.sources) for a in actors]
    assert listed[0] == ("Anna Berg", "named", [1, 2])  # the named ones first
    assert ("Elysee official", "described", [1, 2]) in listed
    assert ("official", "described", [1]) in listed and ("official", "described", [2]) in listed
    assert merge.write_headline(actors, []) == "Anna Berg"


def test_a_described_group_is_one_across_sources_whatever_its_case_and_apostrophe() -> None:
    # Session 48: "Federal prosecutors" opening one outlet's sentence, "federal prosecutors" in
    # another's; "Otto Pike's lawyers" with either apostrophe.
    curly = "Otto Pike\u2019s lawyers"

    first = _with_described(
        "a",
        f"Anna Berg spoke. Federal prosecutors and {curly} said no.",
        ["Federal prosecutors", curly],
    )
    second = _with_described(
        "b",
        "Anna Berg left. The federal prosecutors and Otto Pike's lawyers agreed.",
        ["federal prosecutors", "Otto Pike's lawyers"],
    )
    actors, _ = brief([first, second])
    listed = [(a.name, a.kind, a.sources) for a in actors]
    assert len(listed) == 3, listed
    assert ("Federal prosecutors", "described", [1, 2]) in listed
    assert [
        a.sources for a in actors if a.name.replace("\u2019", "'") == "Otto Pike's lawyers"
    ] == [[1, 2]]


def test_a_first_name_alone_joins_the_one_person_named_in_full_with_it() -> None:
    # "Seth" in one outlet, Seth Hutchinson (and Gov. Asa Hutchinson) in another; "Dick" is a
    # nickname of Richard. A first name two people share, or anyone's surname, joins no one.
    one = extraction(
        "a",
        "Gov. Asa Hutchinson and Seth Hutchinson spoke. Richard Blumenthal did too.",
        [
            ("Asa Hutchinson", "person", []),
            ("Seth Hutchinson", "person", []),
            ("Richard Blumenthal", "person", []),
            ("Richard Burr", "person", []),
        ],
    )
    two = extraction(
        "b",
        "Seth spoke. Dick voted. Asa left.",
        [("Seth", "organization", []), ("Dick", "person", []), ("Asa", "organization", [])],
    )
    actors, _ = brief([one, two])
    by_name = {a.name: a for a in actors}
    assert by_name["Seth Hutchinson"].sources == [1, 2]
    assert by_name["Asa Hutchinson"].sources == [1, 2]
    assert "Dick" in by_name  # Richard Blumenthal or Richard Burr: no one's for sure
    assert "Seth" not in by_name and "Asa" not in by_name


def test_a_surname_written_with_its_apostrophe_either_way_joins_its_person() -> None:
    one = extraction("a", "Beto O\u2019Rourke spoke.", [("Beto O\u2019Rourke", "person", [])])
    two = extraction("b", "O'Rourke spoke.", [("O'Rourke", "organization", [])])
    three = extraction("c", "Rourke spoke.", [("Rourke", "organization", [])])
    actors, _ = brief([one, two, three])
    assert [(a.name, a.sources) for a in actors] == [("Beto O\u2019Rourke", [1, 2, 3])]


def test_a_title_kept_in_an_alias_is_no_first_name() -> None:
    # "Treasury Secretary Jacob Lew" is an alias of Jacob Lew: the Treasury is not "Mr. Lew".
    one = extraction(
        "a",
        "Treasury Secretary Jacob Lew spoke.",
        [("Jacob Lew", "person", ["Treasury Secretary Jacob Lew"])],
    )
    two = extraction("b", "Treasury agreed.", [("Treasury", "organization", [])])
    actors, _ = brief([one, two])
    assert sorted(a.name for a in actors) == ["Jacob Lew", "Treasury"]


@pytest.mark.parametrize(
    ("first", "second", "shown_as"),
    [
        # Two questions: an apology for a remark, and a reading of a drive to remove him.
        ('Trump said: "I spoke too soon, that was wrong, and I am sorry."',
         'Trump tweeted on Friday: "They just want me out of office."', "doubt"),
        # Two questions that name the same people: backing one of two rivals, objecting to
        # the other (session 9, tuning event 82).
        ("Doe endorsed Max Roe on Wednesday over his rival, Ann Poe.",
         "Doe weighed a bid of her own because she objected to both Ann Poe and Lee Koe.", "doubt"),
        # One thing, two sides.
        ("Doe said on Friday that she backs the toll.",
         "Doe said on Monday that the toll would punish commuters.", "disagreement"),
    ],
)  # fmt: skip
def test_a_disagreement_needs_both_sides_to_speak_of_one_thing(
    first: str, second: str, shown_as: str
) -> None:
    from summarizer.types import Span

    positions = [
        _position("donald-trump" if "Trump" in text else "jane-doe", stance, source).model_copy(
            update={"evidence": Span(start=0, end=len(text), text=text)}
        )
        for text, stance, source in ((first, "mixed", 1), (second, "supports", 2))
    ]
    _, disagreements, doubts = merge.compare_sources(positions, [])
    found = {"disagreement": disagreements, "doubt": doubts}
    assert len(found[shown_as]) == 1
    assert (disagreements if shown_as == "doubt" else doubts) == []


def test_a_surname_written_with_and_without_its_accents_joins_its_person() -> None:
    one = extraction("a", "Jane Dóe spoke.", [("Jane Dóe", "person", [])])
    two = extraction("b", "Doe spoke.", [("Doe", "person", [])])
    actors, _ = brief([one, two])
    assert [(a.name, a.sources) for a in actors] == [("Jane Dóe", [1, 2])]


def test_an_actors_roles_are_listed_once_across_sources() -> None:
    one = extraction("a", "Rep. Otto Pike spoke.", [("Otto Pike", "person", [])])
    two = extraction("b", "Congressman Otto Pike spoke.", [("Otto Pike", "person", [])])
    one.actors[0].role, two.actors[0].role = "Rep.; Congressman", "Congressman; Representative"
    (pike,), _ = brief([one, two])
    assert pike.roles == ["Congressman", "Rep.", "Representative"]


def test_a_source_on_both_sides_is_no_difference_between_sources() -> None:
    # Source 1 reads the actor mixed and opposed; source 3 opposed: 1 and 3 agree on "opposes".
    positions = [
        _position("aclu", "mixed", 1, start=0),
        _position("aclu", "opposes", 1, start=40),
        _position("aclu", "opposes", 3),
    ]
    agreements, disagreements, doubts = merge.compare_sources(positions, [])
    assert disagreements == [] and agreements == []
    assert [[s.says for s in f.sides] for f in doubts] == [["mixed", "opposes"]]
    # Source 2 reporting only "mixed" differs from source 3: a disagreement.
    positions.append(_position("aclu", "mixed", 2))
    _, disagreements, _ = merge.compare_sources(positions, [])
    assert [[s.sources for s in f.sides] for f in disagreements] == [[[1, 2], [1, 3]]]


def test_a_companys_legal_name_is_the_company_but_never_a_person_of_its_name() -> None:
    # "Wal-Mart Stores Inc" in one source is the "Wal-Mart" of all three (BASIL event 80's
    # briefing listed both); "Roe Corp" is no person Ada Roe, nor "Eurasia Group" (no legal
    # form) the region.
    text = "Acme-Mart Stores Inc. said. Acme-Mart said. Ada Roe said. Roe Corp. said. Eurasia said."
    extractions = [
        extraction("a", text, [("Acme-Mart", "organization", []),
                               ("Ada Roe", "person", ["Roe"])]),
        extraction("b", text, [("Acme-Mart Stores Inc", "organization", []),
                               ("Roe Corp", "organization", []),
                               ("Eurasia", "organization", [])]),
        extraction("c", text, [("Acme-Mart", "organization", []),
                               ("Eurasia Group", "organization", [])]),
    ]  # fmt: skip
    actors, _ = merge.resolve_actors(extractions, merge.sources_of(extractions))
    groups = sorted(sorted([*a.aliases, a.name]) for a in actors)
    assert ["Acme-Mart", "Acme-Mart Stores Inc"] in groups
    assert not any("Roe Corp" in g and "Ada Roe" in g for g in groups)
    assert not any("Eurasia" in g and "Eurasia Group" in g for g in groups)
