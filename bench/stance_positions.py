"""Every position read on event gold, with its evidence and the gold, to classify the false ones:

    python bench/stance_positions.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        [--cache FILE] [--offline] [--false]

For each article (`summarizer eval`'s extraction, the model's answers from
`bench/stance_margins.py`'s cache FILE; with `--offline` a question not cached is answered as
the rules-only backend does), each position: right or false (as `summarizer eval --positions`
scores it), the actor and the gold holder it names, the stance, who read it (rule, or model with
its margin), the evidence sentence, and the holder's gold stances with their issues. With
`--false`, only the false ones. A script, not a test: it prints the texts' sentences, so keep its
output out of the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_funnel import cached_arguments, cached_backend, gold_records

from summarizer.evaluate import gold_holders
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template


def rows(record: dict[str, Any], extractor: Extractor) -> list[str]:
    """One line block per position of the article's extraction."""
    article = Article(meta=describe(record["text"], Path(record["id"])), text=record["text"])
    extraction = extractor.extract(article)
    gold: dict[str, list[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], []).append(f"{position['stance']}@{position['issue']}")
    event_actors = record["event_actors"]
    by_name = {a.name: a for a in extraction.actors}
    out = []
    for position in extraction.positions:
        aliases = by_name[position.actor].aliases if position.actor in by_name else []
        holders = gold_holders(position.actor, aliases, gold, event_actors)
        known = [s for g in holders for s in gold.get(g, [])]
        right = any(s.split("@")[0] == position.stance for s in known)
        how: str = position.attribution
        if position.confidence is not None:
            how += f" {position.confidence:.2f}"
        out.append(
            f"{'RIGHT' if right else 'FALSE'} {record['id']} {position.actor!r} -> "
            f"{'/'.join(h for h in holders if h) or '-'}: {position.stance} ({how}) on "
            f"{position.topic!r}; "
            f"gold {', '.join(known) or 'no position'}\n    {position.evidence.text.strip()}"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cached_arguments(parser)
    parser.add_argument("--false", action="store_true", help="only the false positions")
    args = parser.parse_args()
    backend = cached_backend(args)
    extractor = Extractor(backend=backend, template=load_template("default"))
    right = total = 0
    for record in gold_records(args):
        for row in rows(record, extractor):
            total += 1
            right += row.startswith("RIGHT")
            if not args.false or row.startswith("FALSE"):
                print(row)
    print(f"\n{right} of {total} positions right")


if __name__ == "__main__":
    main()
