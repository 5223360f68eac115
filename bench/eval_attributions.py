"""Attributions (every source, cue and content, quoted or not) scored against PolNeAR gold:

    python bench/eval_attributions.py --gold /work/shared/eval/polnear-dev.jsonl \
        [--model DIR] [--stride N] [--json] [--per-article] [--limit N]

Prints content precision/recall/F1 by overlap and by exact span, source accuracy on matched
contents, the same split by kind (direct, mixed, indirect), the model's load time and the time per
article. `--model DIR` scores model files other than the shipped ones (as written by
`python -m summarizer.attribution.train --out DIR`); `--stride N` scores every Nth article, the
part `train --hold-out N` leaves out. A script, not a test: the timings vary with
the machine.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from summarizer.attribution import Attributor
from summarizer.attribution.model import DATA
from summarizer.evaluate import KINDS, evaluate_attributions, read_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--model", type=Path, default=DATA, help="folder of the model files")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--per-article", action="store_true", help="list each article's misses")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--stride", type=int, default=1, help="every Nth article")
    args = parser.parse_args()

    records = read_gold(args.gold)[:: args.stride][: args.limit]
    began = time.perf_counter()
    attributor = Attributor(args.model)
    load_seconds = time.perf_counter() - began
    began = time.perf_counter()
    total, per_article = evaluate_attributions(records, attributor)
    seconds = time.perf_counter() - began
    figures = total.figures()
    figures["articles"] = len(records)
    figures["load_seconds"] = round(load_seconds, 3)
    figures["seconds_per_article"] = round(seconds / max(len(records), 1), 3)
    if args.json:
        if args.per_article:
            figures["per_article"] = {s.article: s.misses for s in per_article}
        print(json.dumps(figures, indent=2))
        return
    if args.per_article:
        for article in per_article:
            print(f"== {article.article}: {len(article.misses)} misses")
            for miss in article.misses:
                print(f"   {miss}")
    print(
        f"{len(records)} articles; model loaded in {load_seconds:.3f} s;"
        f" {figures['seconds_per_article']:.3f} s per article"
    )
    header = (
        f"{'':9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'exactF1':>8} {'source':>7}"
    )
    print(header)
    rows = [("all", figures), *((kind, figures["by_kind"][kind]) for kind in KINDS)]
    for name, row in rows:
        print(
            f"{name:9} {row['gold']:>5} {row['predicted']:>5} {_fmt(row['content_precision'])}"
            f" {_fmt(row['content_recall'])} {_fmt(row['content_f1'])}"
            f" {_fmt(row['exact_f1']):>8} {_fmt(row['source_accuracy']):>7}"
        )


def _fmt(value: object) -> str:
    return f"{value:>6.3f}" if isinstance(value, float) else f"{'-':>6}"


if __name__ == "__main__":
    main()
