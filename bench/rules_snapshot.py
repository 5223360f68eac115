"""What the rules read on every text at hand, to show what a change of the rules changes.

    python bench/rules_snapshot.py take OUT.json [--limit N]   # about 5 minutes on 2 cores
    python bench/rules_snapshot.py diff BEFORE.json AFTER.json

`take` extracts each text with the rules backend (no model runs): PolNeAR train and dev, BASIL
dev's 150 articles (each with its event's `main_event` as topic, as bench/free_positions.py gives
it, so that the stance rules' check against the topic works) and the seeds. It writes, per text,
its quotes with their speakers, its statements with source, cue, speaker and content, its actors
and its positions, as lines of text. `diff` prints, per text, the lines one snapshot has more
times than the other (`-` before, `+` after), then the count of texts that changed. Read every
line of a diff before committing a change of the rules.

A script, not a test: its output holds the texts' words, so keep it out of the repository.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from free_positions import with_topic

from summarizer import backends
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction, Span

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
extract = importlib.import_module("summarizer.extract")


def texts() -> Iterator[tuple[str, str, str | None]]:
    """(key, text, topic or None) of every text at hand."""
    for name in ("polnear-train", "polnear-dev"):
        with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield record["id"], record["text"], None
    with (EVAL / "basil-dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            for article in event["articles"]:
                key = f"{event['event_id']}/{article['outlet']}"
                yield key, article["text"], event["main_event"]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path.read_text(encoding="utf-8"), None


def _span(text: str, spans: list[Span]) -> str:
    return " … ".join(" ".join(text[s.start : s.end].split()) for s in spans)


def lines_of(found: Extraction, text: str) -> list[str]:
    """What a reader of the rules' work sees, a line each."""
    out = [f"actor {a.name!r} {a.type} {a.kind} role={a.role!r}" for a in found.actors]
    out += [
        f"quote {q.speaker!r} ({q.attribution}) @{q.start}: {' '.join(q.text.split())[:90]}"
        for q in found.quotes
    ]
    out += [
        f"statement {s.speaker!r} src={_span(text, s.source)!r} cue={_span(text, s.cue)!r}"
        f" @{s.content[0].start}: {_span(text, s.content)[:90]}"
        for s in found.statements
    ]
    out += [
        f"position {p.actor!r} {p.stance} ({p.attribution}) on {p.topic!r}:"
        f" {' '.join(p.evidence.text.split())[:110]}"
        for p in found.positions
    ]
    out += [f"rejected {r.kind}: {r.value[:60]!r} ({r.reason[:60]})" for r in found.rejected]
    return out


def take(out: Path, limit: int | None) -> None:
    extractor = Extractor(backend=backends.create("rules"), template=load_template("default"))
    original = extract.read_positions
    snapshot: dict[str, list[str]] = {}
    try:
        for n, (key, text, topic) in enumerate(texts()):
            if limit is not None and n >= limit:
                break
            vars(extract)["read_positions"] = original if topic is None else with_topic(topic)
            article = Article(meta=describe(text, Path(key.replace("/", "-") + ".txt")), text=text)
            try:
                snapshot[key] = lines_of(extractor.extract(article), text)
            except Exception as error:  # a snapshot records every failure
                snapshot[key] = [f"error {type(error).__name__}: {error}"]
    finally:
        vars(extract)["read_positions"] = original
    out.write_text(json.dumps(snapshot, indent=0, ensure_ascii=False), encoding="utf-8")
    print(f"{len(snapshot)} texts -> {out}")


def diff(before: Path, after: Path) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    changed = 0
    for key in sorted(set(a) | set(b)):
        old, new = Counter(a.get(key, [])), Counter(b.get(key, []))
        gone, came = old - new, new - old
        if not gone and not came:
            continue
        changed += 1
        print(f"== {key}")
        for line in sorted(gone.elements()):
            print(f"  - {line}")
        for line in sorted(came.elements()):
            print(f"  + {line}")
    print(f"{changed} of {len(set(a) | set(b))} texts changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    taking = sub.add_parser("take")
    taking.add_argument("out", type=Path)
    taking.add_argument("--limit", type=int, default=None)
    diffing = sub.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "take":
        take(args.out, args.limit)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
