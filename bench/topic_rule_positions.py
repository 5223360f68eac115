"""The positions the stance rules read on PolNeAR articles with the model's own topic, to judge by
hand (session 24):

    python bench/topic_rule_positions.py OUT.json [--split train] [--start 1] [--stride 3]
        [--cache FILE] [--sample 80] [--seed 2424]

Each article (every `stride`-th of the split from `start`) is extracted with the rules, and only
the topic question is put to the default model (its answers kept on disk by request key in
`--cache`, as bench/stance_eval.py keeps them, so a re-run asks nothing); every other question
gets the rules-only backend's answer. So the rules read each article as they do in a briefing,
with the model's topic, where a rules-only run has none (`summarizer --backend rules`). Written
to OUT: every rule position (article, topic, actor, stance, evidence sentence). Printed: how many,
and with `--sample N`, N of them drawn at random with `--seed`, to judge by hand against the
topic as worded (README, "Stances on new text", session 24: 80 of 240, seed 2424).

A script, not a test: it prints the texts' sentences, so keep its output out of the repository.
Exit codes: 0 done; 2 bad arguments (an unreadable split).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_margins import CachedBackend

from summarizer import api, backends
from summarizer.backends.rules import RulesOnlyBackend
from summarizer.errors import InputError
from summarizer.evaluate import read_gold
from summarizer.generation import Generation, Request

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
CACHE = Path.home() / ".cache" / "summarizer" / "topic-rules.json"


class TopicOnly(RulesOnlyBackend):
    """The rules-only backend, but the topic question goes to the default model (cached)."""

    name = "topic-only"

    def __init__(self, cache: Path) -> None:
        self.model = CachedBackend(backends.create("llama"), cache)
        self.model_name = self.model.model_name

    def generate(self, request: Request) -> Generation:
        if "topic" in request.schema.get("properties", {}):
            return self.model.generate(request)
        return super().generate(request)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--start", type=int, default=1)
    parser.add_argument("--stride", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2424)
    args = parser.parse_args(argv)
    path = EVAL / f"polnear-{args.split}.jsonl"
    try:
        records = read_gold(path)
    except (InputError, OSError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    backend = TopicOnly(args.cache)
    found: list[dict[str, Any]] = []
    chosen = records[args.start :: args.stride]
    for record in chosen:
        extraction = api.extract(record["text"], name=record["id"] + ".txt", backend=backend)
        found += [
            {
                "id": record["id"],
                "topic": p.topic,
                "actor": p.actor,
                "stance": p.stance,
                "evidence": p.evidence.text,
            }
            for p in extraction.positions
        ]
    args.out.write_text(json.dumps(found, indent=0, ensure_ascii=False), encoding="utf-8")
    articles = len({p["id"] for p in found})
    print(f"{len(found)} rule positions in {articles} of {len(chosen)}")
    if args.sample:
        drawn = random.Random(args.seed).sample(found, min(args.sample, len(found)))
        for n, p in enumerate(drawn, 1):
            print(f"{n}. [{p['topic']}] {p['actor']} {p['stance'].upper()}: {p['evidence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
