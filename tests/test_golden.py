"""The seed briefing, replayed from recorded real-model outputs, against reviewed golden files."""

from __future__ import annotations

import json

import pytest

from summarizer.backends.replay import ReplayMiss
from summarizer.extract import Extractor
from summarizer.generation import Request
from summarizer.load import read_article
from summarizer.prompting import load_template

from .conftest import GOLDEN, SEEDS, stable_briefing, stable_extraction


def test_extractions_match_golden(golden_result) -> None:
    assert len(golden_result.extractions) == 5
    for extraction in golden_result.extractions:
        expected = json.loads(
            (GOLDEN / "extractions" / f"{extraction.article.id}.json").read_text(encoding="utf-8")
        )
        assert stable_extraction(extraction) == expected, extraction.article.id


def test_briefing_matches_golden(golden_result) -> None:
    expected = json.loads((GOLDEN / "briefing.json").read_text(encoding="utf-8"))
    assert stable_briefing(golden_result) == expected


def test_every_quote_is_an_exact_span_of_its_article(golden_result) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    sources = {s.ref: s.id for s in golden_result.briefing.sources}
    quotes = [v for q in golden_result.briefing.quotes for v in q.variants]
    assert quotes
    for variant in quotes:
        assert texts[sources[variant.source]][variant.start : variant.end] == variant.text
    for position in golden_result.briefing.positions:
        text = texts[sources[position.source]]
        assert text[position.evidence.start : position.evidence.end] == position.evidence.text


def test_key_people_appear_once_each(golden_result) -> None:
    names = [a.name for a in golden_result.briefing.actors]
    for surname in ("Macron", "Stoltenberg", "Kishida"):
        assert sum(surname in n for n in names) == 1, (surname, names)


def test_replay_refuses_a_prompt_it_has_not_recorded(replay) -> None:
    request = Request(
        messages=[{"role": "user", "content": "something never asked"}],
        schema={"type": "object"},
        max_tokens=10,
        label="template 'default', article 'x', task topic",
    )
    with pytest.raises(ReplayMiss, match="article 'x'"):
        replay.generate(request)


def test_a_changed_template_is_not_answered_from_the_recordings(replay, tmp_path) -> None:
    source = load_template("default").source.replace("main issue", "central issue")
    changed = tmp_path / "changed.j2"
    changed.write_text(source, encoding="utf-8")
    extractor = Extractor(replay, load_template(str(changed)))
    with pytest.raises(ReplayMiss, match="000_563b04466e7df62f"):
        extractor.extract(read_article(SEEDS / "000_563b04466e7df62f.txt"))


def test_golden_diff_names_missing_extra_and_changed_items(golden_result) -> None:
    from summarizer.golden import compare

    extraction = golden_result.extractions[0]
    expected = stable_extraction(extraction)
    assert compare(expected, extraction) == []
    dropped_actor = expected["actors"].pop()
    dropped_quote = expected["quotes"].pop(0)
    expected["quotes"][0]["speaker"] = "Somebody Else"
    expected["actors"].append({"name": "Invented Person", "type": "person"})
    diff = compare(expected, extraction)
    assert f"+ actor {dropped_actor['name']!r}" in diff
    assert "- actor 'Invented Person'" in diff
    assert any(line.startswith("+ quote") and dropped_quote["text"][:20] in line for line in diff)
    assert any("speaker 'Somebody Else' ->" in line for line in diff)


def test_the_seed_briefing_merges_what_the_outlets_share(golden_result) -> None:  # type: ignore[no-untyped-def]
    """Issue 4's bar, on the replayed real-model run: each key actor once, each shared remark
    once with the wording of every outlet that carries it, disagreements citing both sides."""
    briefing = golden_result.briefing
    names = [a.name for a in briefing.actors]
    for actor in ("Emmanuel Macron", "Jens Stoltenberg", "Fumio Kishida", "NATO", "China", "Japan"):
        assert names.count(actor) == 1, actor
    assert not any("Kishida" in n for n in names if n != "Fumio Kishida")
    for words in ("geography is stubborn", "security is"):
        shared = [q for q in briefing.quotes if any(words in v.text.casefold() for v in q.variants)]
        assert len(shared) == 1, words
        assert shared[0].sources == [1, 2] and len(shared[0].variants) == 2
    assert briefing.disagreements
    for finding in briefing.disagreements:
        assert len({r for side in finding.sides for r in side.sources}) >= 2
        assert len(finding.sides) >= 2


def test_a_replay_that_keeps_going_lists_every_miss_of_the_run(tmp_path) -> None:
    from summarizer.backends.replay import ReplayBackend

    from .conftest import RECORDINGS

    source = load_template("default").source.replace("main issue", "central issue")
    changed = tmp_path / "changed.j2"
    changed.write_text(source, encoding="utf-8")
    replay = ReplayBackend(RECORDINGS, keep_going=True)
    extractor = Extractor(replay, load_template(str(changed)))
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for path in seeds:
        extractor.extract(read_article(path))  # goes on past each miss
    assert len(replay.misses) >= 2
    with pytest.raises(ReplayMiss) as caught:
        replay.check()
    for path in seeds:
        assert path.stem in str(caught.value)
    assert str(len(replay.misses)) in str(caught.value)
