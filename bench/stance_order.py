"""Which actors to ask the model about first, on event gold:

    python bench/stance_order.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        [--cache FILE] [--offline]

The model is asked the stance of at most MAX_POSITIONS actors an article that no rule reads
(`stances.read_positions`); the rest are cut. For each candidate order of those actors, the
script counts, over the articles, the actors asked and how many of them hold a gold position
(as `summarizer eval --positions` maps actors to gold holders), and the gold holders cut: what
the order changes, at the same cost. No model answer is needed (the topic question's answer
comes from the cache, as in `bench/stance_funnel.py`). A script, not a test.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_funnel import cached_arguments, per_article
from stance_margins import prepare

from summarizer import stance_rules, stances
from summarizer.evaluate import gold_holders
from summarizer.topic import ask_topic

# What an order sorts by, for one actor no rule reads (smaller first).
Key = Callable[[dict[str, Any]], tuple[Any, ...]]

ORDERS: dict[str, Key] = {
    "now (quoted, reported, mentions)": lambda h: (h["rank"],),
    "named before described": lambda h: (h["kind"] != "named", h["rank"]),
    "speaks (quoted or reported) first": lambda h: (not h["speaks"], h["rank"]),
    "own words in best sentence first": lambda h: (not h["own_best"], h["rank"]),
    "most mentions first": lambda h: (-h["mentions"], h["rank"]),
    "quoted + reported": lambda h: (-(h["quoted"] + h["reported"]), h["rank"]),
    "named, then quoted + reported": lambda h: (
        h["kind"] != "named",
        -(h["quoted"] + h["reported"]),
        h["rank"],
    ),
    "best evidence score first": lambda h: (-h["best"], h["rank"]),
}


def candidates(record: dict[str, Any], backend: Any) -> list[dict[str, Any]]:
    """The actors of an article that no rule reads, in today's order, with what an order may
    read of them, and the gold holders each names."""
    _, asker, speech, found = prepare(record, backend)
    if not found.holders:
        return []
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    topic = ask_topic(asker)
    quoted = Counter(q.speaker for q in speech.quotes)
    left = []
    for rank, (actor, ranked) in enumerate(found.holders):
        if stances._rule_position(actor, found.here, ranked, speech.quotes, topic, found.said):
            continue
        said = found.said.get(actor.name)
        best = ranked[0]
        _, _, spoken = stances._in_sentence(actor, found.here, best, speech.quotes, said)
        named = gold_holders(actor.name, actor.aliases, gold, record["event_actors"])
        left.append(
            {
                "actor": actor.name,
                "rank": rank,
                "kind": actor.kind,
                "quoted": quoted[actor.name],
                "reported": len(said.sentences) if said else 0,
                "speaks": bool(quoted[actor.name] or said),
                "own_best": bool(spoken or (said and best.index in said.sentences)),
                "mentions": len(actor.mentions),
                "best": stance_rules.stance_cues(best, actor.mentions),
                "holds": sorted(g for g in named if g in gold),
            }
        )
    return left


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cached_arguments(parser)
    args = parser.parse_args()
    articles = per_article(args, candidates)
    print(f"{sum(map(len, articles))} actors no rule reads, in {len(articles)} articles; "
          f"{sum(len(a) > stances.MAX_POSITIONS for a in articles)} articles with more than "
          f"{stances.MAX_POSITIONS}")  # fmt: skip
    print(f"{'order':40} {'asked':>5} {'holding':>7} {'holders asked':>13} {'holders cut':>11}")
    for name, key in ORDERS.items():
        asked = holding = holders_asked = holders_cut = 0
        for left in articles:
            ordered = sorted(left, key=key)
            chosen = ordered[: stances.MAX_POSITIONS]
            rest = ordered[stances.MAX_POSITIONS :]
            asked += len(chosen)
            holding += sum(bool(h["holds"]) for h in chosen)
            got = {g for h in chosen for g in h["holds"]}
            holders_asked += len(got)
            holders_cut += len({g for h in rest for g in h["holds"]} - got)
        print(f"{name:40} {asked:5} {holding:7} {holders_asked:13} {holders_cut:11}")


if __name__ == "__main__":
    main()
