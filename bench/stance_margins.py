"""How the model's choice margin on a stance relates to being right, on gold:

    python bench/stance_margins.py tests/gold/seeds.jsonl [more gold ...] [--json]
        [--cache FILE] [--backend llama|replay] [--replay FILE]

For every actor the extraction lets hold a position in a gold article (`stances._holders`, with
the article's statements as `extract.py` finds them before the positions), the
model is asked the stance question, even where a rule reads the stance (so that there are more
readings to measure), and its answer is scored against the article's gold: right when the actor
holds a gold position in that article with that stance (as `summarizer eval --positions` scores
a position). Prints each reading, then, by margin band, how many readings are right, and for
each candidate bar the precision and the count of the model readings kept above it: of all
readings, and of those no rule makes (the ones the pipeline asks the model for).

Gold is JSON Lines (`tests/gold/seeds.jsonl`) or a BASIL event file
(`tests/gold/basil/<n>.json`, whose texts are read from `../shared/eval/basil-dev.jsonl`).
The model's answers are cached in FILE (default `~/.cache/summarizer/stance-margins.json`), by
request key, so that a second run costs no model time. A script, not a test: it runs the real
model.
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer import backends
from summarizer.article_view import ArticleView
from summarizer.asking import Asker
from summarizer.attribute import match_score
from summarizer.backends.replay import recorded, replayed
from summarizer.evaluate import read_gold
from summarizer.extract import Speech, find_speech
from summarizer.generation import Backend, Generation, Request
from summarizer.prompting import load_template
from summarizer.settings import LlamaSettings, ReplaySettings
from summarizer.stances import (
    EVIDENCE_CHOICES,
    Holders,
    _rule_position,
    find_holders,
)
from summarizer.topic import ask_topic

BASIL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "basil-dev.jsonl"
BANDS = [0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01]
BARS = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]


class CachedBackend:
    """A backend's answers kept on disk by request key, as a recording keeps them
    (`replay.recorded`; an older cache holds text and margins alone)."""

    name = "cached"
    constrains_output = True
    cacheable = False
    concurrency = 1

    def __init__(self, inner: Backend, path: Path) -> None:
        self.inner = inner
        self.path = path
        self.model_name = inner.model_name
        self.model_sha256 = inner.model_sha256
        self.entries: dict[str, Any] = (
            json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        )

    @property
    def sampling(self) -> dict[str, Any]:
        return self.inner.sampling

    def ready(self) -> None:
        pass  # the model loads on the first answer not in the cache

    def generate(self, request: Request) -> Generation:
        key = request.key(self.sampling)
        if key not in self.entries:
            self.inner.ready()
            self.entries[key] = recorded(self.inner.generate(request))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.entries), encoding="utf-8")
        return replayed(self.entries[key])


@dataclass
class Reading:
    article: str
    actor: str
    stance: str  # "unclear" too
    margin: float | None
    gold: list[str]  # the actor's gold stances in the article; empty: it holds none
    rule: str | None  # what a rule reads, where one does

    @property
    def right(self) -> bool:
        return self.stance in self.gold


def gold_articles(path: Path) -> list[dict[str, Any]]:
    """Articles with `id`, `text` and `positions` ({actor, stance}), from either gold format."""
    if path.suffix == ".jsonl":
        return [r for r in read_gold(path) if r.get("positions") is not None]
    event = json.loads(path.read_text(encoding="utf-8"))
    texts = {}
    for line in BASIL.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["event_id"] == event["event_id"]:
            texts = {a["outlet"]: a for a in record["articles"]}
    aliases = {a["name"]: a.get("aliases", []) for a in event["actors"]}
    articles = []
    for article in event["articles"]:
        record = texts[article["outlet"]]
        articles.append(
            {
                "id": f"{event['event_id']}/{article['outlet']}",
                "text": record["text"],
                "positions": article["positions"],
                "aliases": aliases,
            }
        )
    return articles


def prepare(record: dict[str, Any], backend: Backend) -> tuple[ArticleView, Asker, Speech, Holders]:
    """A gold article read as extract.py reads it up to the positions: its actors, quotes and
    statements (statements before positions), and the actors that can hold one."""
    view = ArticleView.of(record["text"])
    asker = Asker(backend, load_template("default"), record["id"], view.variables)
    speech = find_speech(view, asker)
    return view, asker, speech, find_holders(view, speech.actors, speech.quotes, speech.statements)


def read(record: dict[str, Any], backend: Backend) -> list[Reading]:
    _, asker, speech, found = prepare(record, backend)
    quotes = speech.quotes
    here, said, holders = found.here, found.said, found.holders
    if not holders:
        return []
    topic = ask_topic(asker)
    gold_aliases: dict[str, list[str]] = record.get("aliases", {})
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    readings = []
    for actor, ranked in holders:
        by_rule = _rule_position(actor, here, ranked, quotes, topic, said)
        shown = ranked[:EVIDENCE_CHOICES]  # as the pipeline shows them
        answer = asker.answer(
            "stance",
            _stance_schema(shown),
            30,
            {"actor": actor.name, "topic": topic, "mentioned_in": sorted(shown, key=_index)},
        )
        held = [
            g
            for g in gold
            if match_score(g, actor.name, actor.aliases)
            or any(match_score(a, actor.name, actor.aliases) for a in gold_aliases.get(g, []))
        ]
        readings.append(
            Reading(
                article=record["id"],
                actor=actor.name,
                stance=answer.parsed["stance"],
                margin=(answer.margins or {}).get("stance"),
                gold=sorted({s for g in held for s in gold[g]}),
                rule=by_rule.stance if by_rule else None,
            )
        )
    return readings


def _index(sentence: Any) -> int:
    return int(sentence.index)


def _stance_schema(ranked: list[Any]) -> dict[str, Any]:
    from summarizer.stances import stance_schema

    return stance_schema(sorted(s.index for s in ranked))


def _above_bars(readings: list[Reading]) -> list[dict[str, Any]]:
    """For each bar, the readings whose margin reaches it, how many are right, and precision."""
    rows = []
    for bar in BARS:
        kept = [r for r in readings if r.margin >= bar]  # type: ignore[operator]
        right = sum(r.right for r in kept)
        rows.append(
            {"bar": bar, "kept": len(kept), "right": right,
             "precision": round(right / len(kept), 3) if kept else None}
        )  # fmt: skip
    return rows


def table(readings: list[Reading]) -> dict[str, Any]:
    """Right readings by margin band, and precision above each bar."""
    sided = [r for r in readings if r.stance != "unclear" and r.margin is not None]
    bands = []
    for low, high in itertools.pairwise(BANDS):
        inside = [r for r in sided if low <= r.margin < high]  # type: ignore[operator]
        bands.append(
            {"band": f"[{low:.2f}, {min(high, 1.0):.2f}]", "readings": len(inside),
             "right": sum(r.right for r in inside)}
        )  # fmt: skip
    left = [r for r in sided if r.rule is None]  # what the pipeline asks the model
    bars, bars_left = _above_bars(sided), _above_bars(left)
    return {
        "readings": len(readings),
        "unclear": sum(r.stance == "unclear" for r in readings),
        "bands": bands,
        "bars": bars,
        "left_to_the_model": len(left),
        "bars_left_to_the_model": bars_left,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "summarizer"
                        / "stance-margins.json")  # fmt: skip
    parser.add_argument("--backend", choices=["llama", "replay"], default="llama")
    parser.add_argument("--replay", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    inner = (
        backends.create("llama", LlamaSettings.given())
        if args.backend == "llama"
        else backends.create("replay", ReplaySettings(path=args.replay))
    )
    backend = CachedBackend(inner, args.cache)
    readings: list[Reading] = []
    for path in args.gold:
        for record in gold_articles(path):
            readings += read(record, backend)
    result = table(readings)
    if args.json:
        print(json.dumps({**result, "each": [r.__dict__ for r in readings]}, indent=1))
        return
    for r in readings:
        margin = "   n/a" if r.margin is None else f"{r.margin:6.3f}"
        mark = "right" if r.right else "WRONG"
        print(f"{margin}  {mark}  {r.stance:9} gold {'/'.join(r.gold) or '-':16} "
              f"rule {r.rule or '-':9} {r.actor} ({r.article})")  # fmt: skip
    print(f"\n{result['readings']} readings, {result['unclear']} unclear")
    print("margin band      readings  right")
    for b in result["bands"]:
        print(f"{b['band']:16} {b['readings']:8} {b['right']:6}")
    print("      all readings              readings no rule makes (the model's in the pipeline)")
    print("bar   kept  right  precision    kept  right  precision")
    for b, c in zip(result["bars"], result["bars_left_to_the_model"], strict=True):
        print(
            f"{b['bar']:<5} {b['kept']:4} {b['right']:6}  {b['precision']!s:9}    "
            f"{c['kept']:4} {c['right']:6}  {c['precision']}"
        )


if __name__ == "__main__":
    main()
