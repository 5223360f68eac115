"""Would the model's stance question catch the stance rules' false readings? On event gold:

    python bench/stance_rule_check.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        [--cache FILE] [--offline]

For every position a rule reads (as `stances.read_positions` reads them), the model's stance
question (`stances.ask_reading`) is asked of the rule's evidence sentence alone, its answer
cached as in `bench/stance_funnel.py`; each line is one rule reading as JSON (the article, the
actor, the rule's stance, whether it is right as `summarizer eval --positions` scores it, and
the model's stance and margin), and the last line counts the right and the false readings the
model disagrees with. A script, not a test: its lines hold the texts' evidence positions only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_funnel import cached_arguments, per_article
from stance_margins import prepare

from summarizer import stances
from summarizer.errors import ExtractionError
from summarizer.evaluate import gold_holders
from summarizer.topic import ask_topic


def read(record: dict[str, Any], backend: Any) -> list[dict[str, Any]]:
    """One row per rule reading of the article."""
    view, asker, speech, found = prepare(record, backend)
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    rows: list[dict[str, Any]] = []
    if not found.holders:
        return rows
    topic = ask_topic(asker)
    for actor, ranked in found.holders:
        named = gold_holders(actor.name, actor.aliases, gold, record["event_actors"])
        want = {stance for g in named for stance in gold.get(g, set())}
        rule = stances._rule_position(actor, found.here, ranked, speech.quotes, topic, found.said)
        if rule is None:
            continue
        evidence = next(s for s in view.sentences if s.start == rule.evidence.start)
        try:
            reading = stances.ask_reading(view, actor, [evidence], topic, asker)
            model = (
                ("unclear", None)
                if reading is None
                else (
                    reading.position.stance,
                    reading.position.confidence,
                )
            )
        except ExtractionError:
            model = ("error", None)
        row = {
            "article": record["id"],
            "actor": actor.name,
            "rule": rule.stance,
            "right": rule.stance in want,
            "model": model[0],
            "margin": model[1],
        }
        print(json.dumps(row), flush=True)
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cached_arguments(parser)
    args = parser.parse_args()
    rows = [row for article in per_article(args, read) for row in article]
    right = [row for row in rows if row["right"]]
    false = [row for row in rows if not row["right"]]
    print(
        f"{len(rows)} rule readings: the model disagrees with "
        f"{sum(r['model'] != r['rule'] for r in right)} of {len(right)} right ones and "
        f"{sum(r['model'] != r['rule'] for r in false)} of {len(false)} false ones"
    )


if __name__ == "__main__":
    main()
