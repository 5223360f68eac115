"""The actor lists the rules find on BASIL events with no hand gold, to judge by hand:

    python bench/free_actors.py 50 52 60 [--texts ../shared/eval/basil-dev.jsonl]

Each article of the given events is extracted with the rules backend (no model runs); printed,
per article, each actor of the list (kind "named") with its type, role, aliases and number of
mentions, and per event the actors of the briefing of its articles (`merge.resolve_actors`).
Read them for junk (a place, a document, a phrase taken for a name) and for people split
across entries or typed an organization; compare two versions of the code with `diff`.

A script, not a test: keep its output out of the repository. Only the events with neither
hand gold nor a place among the held-out sets are accepted (`basil_quotes.refused`); with no
event given, every such event of the texts.
Exit codes: 0 done; 2 bad arguments (a refused event, an unreadable texts file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from basil_quotes import TEXTS, open_events, refused

from summarizer import backends, merge
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=int, nargs="*", help="BASIL event numbers (all free ones)")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    args = parser.parse_args(argv)
    events = open_events(args.texts, args.events, every=True)
    if isinstance(events, str):
        print(f"error: {events}", file=sys.stderr)
        return 2
    extractor = Extractor(backend=backends.create("rules"), template=load_template("default"))
    for number, event in sorted(events.items()):
        if refused(number):
            continue  # with no event given: only the free ones
        print(f"== {number}: {event['main_event']}")
        extractions = []
        for article in event["articles"]:
            text = article["text"]
            name = f"{number}-{article['outlet']}.txt"
            found = extractor.extract(Article(meta=describe(text, Path(name)), text=text))
            extractions.append(found)
            for actor in found.actors:
                if actor.kind == "named":
                    print(
                        f"  [{article['outlet']}] {actor.name!r} {actor.type} role={actor.role!r}"
                        f" aliases={actor.aliases} mentions={len(actor.mentions)}"
                    )
        actors, _ = merge.resolve_actors(extractions, merge.sources_of(extractions))
        named = [f"{a.name} ({a.type})" for a in actors if a.kind == "named"]
        print(f"  briefing: {'; '.join(named)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
