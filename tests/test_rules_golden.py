"""What the rules alone find, over the seeds and PolNeAR dev, against reviewed golden files.

No model runs: every question the rules leave open gets "no answer" (the `rules` backend). So a
change to a rule or a lexicon shows its whole effect at once, as a diff of every article:
quotes with their rule speakers, the actors, and the positions the stance rules read. The golden
files hold offsets and names, never the articles' text (PolNeAR's texts are read from
../shared at test time). After a deliberate rule change: `pytest tests/test_rules_golden.py
--update-rules`, and review the diff of tests/golden/rules/ like code.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends.rules import RulesOnlyBackend
from summarizer.evaluate import curled_record
from summarizer.extract import Extractor
from summarizer.load import Article, describe, read_article
from summarizer.prompting import load_template
from summarizer.types import Extraction

from .conftest import GOLDEN, ROOT, SEEDS

RULES = GOLDEN / "rules"
POLNEAR_DEV = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"


def seed_articles() -> list[Article]:
    return [read_article(path) for path in sorted(SEEDS.glob("*.txt"))]


def polnear_articles() -> list[Article]:
    lines = POLNEAR_DEV.read_text(encoding="utf-8").splitlines()
    records = [curled_record(json.loads(line)) for line in lines if line.strip()]
    return [Article(meta=describe(r["text"], Path(r["id"])), text=r["text"]) for r in records]


def summary(extraction: Extraction) -> dict[str, Any]:
    """An extraction as offsets and names: what the rules decided, without the text."""
    return {
        "id": extraction.article.id,
        "actors": sorted([a.name, a.type] for a in extraction.actors),
        "quotes": sorted([q.start, q.end, q.speaker, q.attribution] for q in extraction.quotes),
        "positions": sorted(
            [p.actor, p.stance, p.evidence.start, p.evidence.end, p.attribution]
            for p in extraction.positions
        ),
        "left_out": dict(sorted(Counter(r.reason for r in extraction.rejected).items())),
    }


def differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    found = []
    for part in ("actors", "quotes", "positions"):
        before = {json.dumps(item) for item in expected[part]}
        after = {json.dumps(item) for item in actual[part]}
        found += [f"{expected['id']}: - {part[:-1]} {item}" for item in sorted(before - after)]
        found += [f"{expected['id']}: + {part[:-1]} {item}" for item in sorted(after - before)]
    if expected["left_out"] != actual["left_out"]:
        found.append(f"{expected['id']}: ~ left out {expected['left_out']} -> {actual['left_out']}")
    return found


def run_rules(articles: list[Article]) -> list[dict[str, Any]]:
    extractor = Extractor(RulesOnlyBackend(), load_template("default"))
    return [summary(extractor.extract(article)) for article in articles]


@pytest.mark.parametrize("corpus", ["seeds", "polnear-dev"])
def test_the_rules_alone_find_what_the_golden_files_hold(
    corpus: str, request: pytest.FixtureRequest
) -> None:
    if corpus == "polnear-dev" and not POLNEAR_DEV.is_file():
        pytest.skip(f"{POLNEAR_DEV} is not here (the evaluation data lives in ../shared)")
    articles = seed_articles() if corpus == "seeds" else polnear_articles()
    actual = run_rules(articles)
    path = RULES / f"{corpus}.jsonl"
    if request.config.getoption("--update-rules"):
        RULES.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(a, ensure_ascii=False, sort_keys=True) for a in actual]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [e["id"] for e in expected] == [a["id"] for a in actual]
    diff = [line for e, a in zip(expected, actual, strict=True) for line in differences(e, a)]
    assert not diff, f"{len(diff)} differences from {path}:\n" + "\n".join(diff)


def test_a_rule_change_shows_every_difference_at_once() -> None:
    expected = run_rules(seed_articles()[:2])
    changed = json.loads(json.dumps(expected))
    changed[0]["quotes"].pop()
    changed[1]["positions"].append(["Somebody", "supports", 0, 10, "rule"])
    diff = [line for e, a in zip(changed, expected, strict=True) for line in differences(e, a)]
    assert len(diff) == 2
    assert diff[0].startswith(f"{expected[0]['id']}: + quote")
    assert diff[1].startswith(f"{expected[1]['id']}: - position")
