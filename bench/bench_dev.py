"""Benchmark: `summarizer eval` over a gold set (PolNeAR dev by default), two designs side by
side on one machine, article by article, so that both see the same load.

    python bench/bench_dev.py [GOLD] [--prompt NAME] [--compare NAME] [--stride N] [--limit N]
                              [--model PATH] [--json FILE]

For each article the two designs (this one, `--prompt`, default the default template; and the
one compared against, `--compare`, default `whole-article`, the design before passages) extract
in turn, the order alternating from one article to the next. Each design has its own loaded copy
of the same model file, so that each keeps its own saved prompt prefixes, as in a run of its own.
Per design: quote precision / recall / F1, speaker accuracy (rules, learned and model apart), model
calls, evaluated prompt tokens by kind of question, model seconds and wall seconds. The ratios
come last, each on a line of its own.

A script, not a test: wall times vary with the machine and its load; token counts do not.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench_seeds import PURPOSES, TIMES, Accounting, peak_gib

from summarizer.backends.llama import LlamaBackend
from summarizer.evaluate import Score, read_gold, score
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.modelfile import resolve
from summarizer.prompting import load_template
from summarizer.settings import LlamaSettings

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
QUOTE_TYPES = {"direct"}


class Design:
    def __init__(self, model: Path, prompt: str | None) -> None:
        backend = LlamaBackend(model)
        backend.ready()
        self.accounting = Accounting(backend)
        self.extractor = Extractor(self.accounting, load_template(prompt))  # type: ignore[arg-type]
        self.name = self.extractor.template.name
        self.total = Score(article="total")
        self.wall = 0.0

    def run(self, record: dict[str, Any]) -> Score:
        article = Article(meta=describe(record["text"], Path(record["id"])), text=record["text"])
        started = time.perf_counter()
        extraction = self.extractor.extract(article)
        seconds = time.perf_counter() - started
        result = score(record, extraction, QUOTE_TYPES)
        result.seconds = seconds
        self.total.add(result)
        self.wall += seconds
        return result

    def by_purpose(self) -> dict[str, int]:
        requests = self.accounting.requests
        return {p: sum(r[2] for r in requests if r[1] == p) for p in PURPOSES}

    def model_seconds(self) -> float:
        return sum(r[3] for r in self.accounting.requests)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", type=Path, default=DEV)
    parser.add_argument("--prompt", default=None)
    parser.add_argument("--compare", default="whole-article")
    parser.add_argument("--stride", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    records = read_gold(args.gold)[:: args.stride][: args.limit]
    model = resolve(LlamaSettings.given(args.model).model)
    this, other = Design(model, args.prompt), Design(model, args.compare)
    idle = {this.name: 0, other.name: 0}
    started = time.perf_counter()
    for number, record in enumerate(records):
        order = (this, other) if number % 2 == 0 else (other, this)
        for design in order:
            result = design.run(record)
            idle[design.name] += result.model_calls == 0
            print(
                f"  {record['id']} {design.name}: {result.seconds:.1f}s, "
                f"{result.model_calls} calls, {result.evaluated_tokens} tok",
                file=sys.stderr,
                flush=True,
            )
    elapsed = time.perf_counter() - started

    print(f"{args.gold.name}: {len(records)} articles (stride {args.stride}), {elapsed:.0f}s")
    print(
        "| design | quote P | quote R | quote F1 | speakers | rules | learned | model | calls "
        "| evaluated tok | topic | speakers | stances | model s | wall s | no model |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    summary: dict[str, Any] = {"gold": str(args.gold), "articles": len(records), "designs": {}}
    for design in (other, this):
        f = design.total.figures()
        by = design.by_purpose()
        print(
            f"| {design.name} | {f['quote_precision']} | {f['quote_recall']} | {f['quote_f1']} "
            f"| {f['speaker_accuracy']} | {f['speaker_accuracy_rules']} "
            f"| {f['speaker_accuracy_learned']} | {f['speaker_accuracy_model']} "
            f"| {f['model_calls']} | {f['evaluated_tokens']} "
            f"| {by['topic']} | {by['speaker']} | {by['stance']} "
            f"| {design.model_seconds():.0f} | {design.wall:.0f} "
            f"| {idle[design.name]} of {len(records)} |"
        )
        summary["designs"][design.name] = {
            **f,
            "by_purpose": by,
            "counts": design.total.counts(),
            "model_seconds": round(design.model_seconds(), 1),
            "wall_seconds": round(design.wall, 1),
            "articles_without_model": idle[design.name],
        }
    tokens = other.total.evaluated_tokens / max(this.total.evaluated_tokens, 1)
    print(f"{tokens:.2f}{TIMES} fewer evaluated tokens than the {other.name} design")
    print(f"{other.wall / max(this.wall, 1e-9):.2f}{TIMES} faster than the {other.name} design")
    print(f"peak resident memory (both models loaded): {peak_gib():.2f} GiB")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
