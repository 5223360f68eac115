"""A hand audit of the stance rules' readings on text they were not written from.

    python bench/rule_audit.py sample SNAPSHOT.json --seed N [--n 60] [--judged FILE]
    python bench/rule_audit.py score FILE SNAPSHOT.json

`sample` draws N of the rules' positions on PolNeAR train texts at random from a snapshot
(`bench/rules_snapshot.py take`), leaving out those FILE already judges, and prints each with its
evidence sentence read from `../shared/eval/polnear-train.jsonl` (as `rules_snapshot.py`
reads it) and cut as the pipeline cuts it, then the JSON Lines to judge:
one record per reading (text id, actor, stance, a hash of its evidence as the snapshot writes
it), its sample named by the seed, and an empty verdict to set by hand: "right" (the sentence
shows the actor itself taking that side on what the stance word is about), "wrong" or
"unclear", with a note in the judge's own words. No article text goes into FILE.

`score` counts, by sample and in all, for every judged reading, whether a snapshot still reads
it (same text, actor, evidence and stance), reads the same evidence with another stance, or no
longer reads it: the precision of the readings kept, and what a change of the rules dropped, by
verdict. The judged file is `bench/rule_audit.jsonl` (session 40: samples s40-1 and s40-2 drawn
from session 39's snapshot by a first version of `sample`, s40-3 by this one with seed 42 after
the fixes the first two led to, s40-4 at that session's last rules; session 42: s42-1 with seed
4201 from the snapshot at 8ec04ee, s42-2 with seed 4202 after the fixes s42-1 led to, s42-3 with
seed 4203 at 961096c; session 43: s43-1 with seed 4301 at 953a635, s43-2 with seed 4302 at
11ca8ec; session 44: s44-1 with seed 4401 at c6755b2, s44-2 with seed 4402 at the session's last
rules; session 45: s45-1 with seed 4501 at 97bff57, s45-2 with seed 4502 from the same
snapshot, which drew the last 41 readings no sample had: the pool of PolNeAR train's rule
readings is now judged whole; session 61: s61-1 with seed 6101 and s61-2 with seed 6102 from the
snapshot at 97b7ab2, the 74 readings sessions 46 to 60 had added that no sample had judged;
s61-3 with seed 6103 from the snapshot at 1d1db55, the 21 readings session 61's rules added;
session 62: s62-1 with seed 6201 from the snapshot at de3a8ba, the 2 its rules added; session 75:
s75-1 with seed 7501 from a snapshot of its rules before allies were taken back out of the
described groups, the 7 readings no sample had judged; session 76: s76-1 with seed 76 at
7206c68, the 1 reading its campaign speakers added; s76-2 with seed 7602 from a snapshot of its
last rules, the 2 readings "the Obama administration" as a speaker added; session 77: s77-1,
with seed 7701 from a snapshot of its last rules, the 1 reading an acronym folded into its full
name renamed; session 78: s78-1, with seed 7801 from a snapshot of its last rules, the 16
readings its rules added; session 79: s79-1, with seed 7901 from a snapshot of its last rules,
the 20 readings its rules added).
A script, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_snapshot import texts as snapshot_texts

from summarizer.article_view import ArticleView

_POSITION = re.compile(
    r"position (?P<actor>'.*?'|\".*?\") (?P<stance>\w+) \(rule\) on (?:'.*?'|\".*?\"):"
    r" (?P<evidence>.*)$"
)


def readings(snapshot: dict[str, list[str]]) -> list[dict[str, str]]:
    """The rule positions of the PolNeAR train texts in a snapshot, as records to judge."""
    found = []
    for key, lines in snapshot.items():
        if not key.startswith("polnear/train/"):
            continue
        for line in lines:
            m = _POSITION.match(line)
            if m is None:
                continue
            found.append(
                {
                    "text": key,
                    "actor": m.group("actor")[1:-1],
                    "stance": m.group("stance"),
                    "evidence": hashlib.sha1(m.group("evidence").encode()).hexdigest()[:12],
                    "_prefix": m.group("evidence"),
                }
            )
    return found


def _key(record: dict[str, Any]) -> tuple[str, str, str]:
    return record["text"], record["actor"], record["evidence"]


def _sentence(text: str, prefix: str) -> str:
    """The evidence sentence whose first words the snapshot holds, whole: the sentence of the
    article's view there, as the pipeline cut it."""
    pattern = r"\s+".join(re.escape(w) for w in prefix.split()[:10])
    found = re.search(pattern, text)
    sentence = ArticleView.of(text).sentence_of(found.start()) if found else None
    return " ".join(sentence.text.split()) if sentence else prefix


def sample(snapshot_path: Path, seed: int, n: int, judged_path: Path | None) -> None:
    snapshot = json.loads(snapshot_path.read_text(encoding="utf-8"))
    judged = set()
    if judged_path is not None and judged_path.exists():
        for line in judged_path.read_text(encoding="utf-8").splitlines():
            judged.add(_key(json.loads(line)))
    pool = [r for r in readings(snapshot) if _key(r) not in judged]
    texts = {key: text for key, text, _ in snapshot_texts() if key.startswith("polnear/train/")}
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    for i, record in enumerate(chosen):
        sentence = _sentence(texts.get(record["text"], ""), record["_prefix"])
        print(f"{i} {record['actor']} | {record['stance']} :: {sentence}")
    print()
    for record in chosen:
        stub = {k: v for k, v in record.items() if not k.startswith("_")}
        record = {**stub, "sample": f"seed {seed}", "verdict": "", "note": ""}
        print(json.dumps(record, ensure_ascii=False))


def score(judged_path: Path, snapshot_path: Path) -> None:
    snapshot = json.loads(snapshot_path.read_text(encoding="utf-8"))
    now = {_key(r): r["stance"] for r in readings(snapshot)}
    records = [json.loads(line) for line in judged_path.read_text(encoding="utf-8").splitlines()]
    for sample in [*sorted({r["sample"] for r in records}), "all"]:
        counts: Counter[tuple[str, str]] = Counter()
        for record in records:
            if sample not in ("all", record["sample"]):
                continue
            stance = now.get(_key(record))
            held = "kept" if stance == record["stance"] else "dropped" if not stance else "changed"
            counts[(held, record["verdict"])] += 1
        print(f"sample {sample}:")
        for held in ("kept", "changed", "dropped"):
            row = "  ".join(f"{v} {counts[(held, v)]}" for v in ("right", "wrong", "unclear"))
            print(f"  {held:8} {row}")
        right, wrong = counts[("kept", "right")], counts[("kept", "wrong")]
        if right + wrong:
            print(
                f"  precision of the judged readings kept: {right} / {right + wrong}"
                f" ({right / (right + wrong):.3f}), unclear ones aside"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sampling = sub.add_parser("sample")
    sampling.add_argument("snapshot", type=Path)
    sampling.add_argument("--seed", type=int, required=True)
    sampling.add_argument("--n", type=int, default=60)
    sampling.add_argument("--judged", type=Path, default=None)
    scoring = sub.add_parser("score")
    scoring.add_argument("judged", type=Path)
    scoring.add_argument("snapshot", type=Path)
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.snapshot, args.seed, args.n, args.judged)
    else:
        score(args.judged, args.snapshot)


if __name__ == "__main__":
    main()
