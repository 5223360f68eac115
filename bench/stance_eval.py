"""`summarizer eval GOLD --texts TEXTS --positions --per-article --json` on event gold, with the
model's answers kept on disk by request key (bench/stance_margins.py's CachedBackend), so that a
re-run after a change of the rules asks the model only the questions that changed:

    python bench/stance_eval.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl [--cache FILE]
    python bench/stance_eval.py tests/gold/seeds.jsonl [--cache FILE]

The scoring is `summarizer eval`'s own (`evaluate_events`, `evaluate`); the answers are the
default model's, as `summarizer eval` would get them with no cache (greedy decoding: the same
question gets the same answer). Prints the same JSON as `summarizer eval … --json`, with the
misses of each article. A script, not a test: it runs the real model on questions not cached.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_margins import CachedBackend

from summarizer import backends
from summarizer.evaluate import eval_json, evaluate, evaluate_events
from summarizer.event_gold import read_events
from summarizer.extract import Extractor
from summarizer.pipeline import build_briefing
from summarizer.prompting import load_template
from summarizer.settings import LlamaSettings

CACHE = Path.home() / ".cache" / "summarizer" / "stance-eval.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--texts", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--all-quotes", action="store_true")
    args = parser.parse_args()
    backend = CachedBackend(backends.create("llama", LlamaSettings.given()), args.cache)
    extractor = Extractor(backend=backend, template=load_template("default"))
    quote_types = {"direct", "mixed"} if args.all_quotes else {"direct"}
    result: dict[str, Any]
    if args.texts is None:
        total, articles = evaluate(args.gold, extractor, quote_types=quote_types)
        result = eval_json(total, articles, per_article=True)
    else:
        events = read_events(args.gold, args.texts)

        def make_briefing(extractions: list[Any]) -> Any:
            return build_briefing(extractions, [], extractor.backend, extractor.template, {})

        total, articles, events_total, _ = evaluate_events(
            events, extractor, quote_types=quote_types, make_briefing=make_briefing
        )
        result = {**eval_json(total, articles, per_article=True), "briefing": events_total.report()}
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
