"""The positions the stance rules read on BASIL events with no hand gold, to judge by hand:

    python bench/free_positions.py 50 52 60 [--texts ../shared/eval/basil-dev.jsonl]

Each article of the given events is extracted with the rules backend (no model runs), with the
event's own `main_event` as every article's topic (the rules-only backend has none), so that the
rules' check of a plan against the topic works as with the model's topic. Printed, per event:
each position the rules read, its actor, stance and evidence sentence. Judge each by hand (right,
or false: off the event's issue, a wrong side, a holder that is no actor); session 7 read the
rules' readings of 22 such events this way (README, "Stances on new text").

A script, not a test: it prints the texts' sentences, so keep its output out of the repository.
Events with a gold file in tests/gold/basil are refused (they are scored with `summarizer eval`,
and some are held out). Exit codes: 0 done; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from basil_quotes import TEXTS, open_events

from summarizer import backends
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.stances import Positions

# The module, not the function `summarizer.extract` the package exports under its name.
extract = importlib.import_module("summarizer.extract")
# The pipeline's own step, kept before any caller puts `with_topic`'s in its place.
_READ_POSITIONS: Callable[..., Positions] = extract.read_positions


def with_topic(topic: str) -> Callable[..., Positions]:
    """`stances.read_positions` with `topic` in place of the model's topic question. It wraps
    the pipeline's own step, never one `with_topic` made before: until session 36 it wrapped
    whatever stood in the module, so each event after the first was read with the first's
    topic (the innermost wrapper's), in this script and in bench/rules_snapshot.py."""
    read = _READ_POSITIONS

    def read_positions(*args: Any, **kwargs: Any) -> Positions:
        view, actors, quotes, _ask, asker = args
        return read(view, actors, quotes, lambda: topic, asker, **kwargs)

    return read_positions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=int, nargs="+", help="BASIL event numbers (50 52 …)")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    args = parser.parse_args(argv)
    events = open_events(args.texts, args.events)
    if isinstance(events, str):
        print(f"error: {events}", file=sys.stderr)
        return 2
    extractor = Extractor(backend=backends.create("rules"), template=load_template("default"))
    original = extract.read_positions
    try:
        for event in events.values():
            print(f"== {event['event_id']}: {event['main_event']}")
            vars(extract)["read_positions"] = with_topic(event["main_event"])
            for article in event["articles"]:
                name = f"{event['event_id'].split('/')[1]}-{article['outlet']}.txt"
                text = article["text"]
                found = extractor.extract(Article(meta=describe(text, Path(name)), text=text))
                for p in found.positions:
                    evidence = " ".join(p.evidence.text.split())
                    print(f"  [{article['outlet']}] {p.actor!r}: {p.stance} :: {evidence}")
    finally:
        vars(extract)["read_positions"] = original
    return 0


if __name__ == "__main__":
    sys.exit(main())
