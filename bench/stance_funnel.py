"""Where the gold holders of positions are lost, on event gold:

    python bench/stance_funnel.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        [--cache FILE] [--offline] [--list [--evidence]]

For every gold holder of an article (an actor with a gold position in it, as `summarizer eval
--positions` counts holders), the first step of the position pipeline where it is lost:

- no actor: no extracted actor names it (`evaluate.gold_actor`, as the scoring maps them),
  split into "named in the text" (one of its gold forms is written there) and "never named";
- no evidence: an actor names it, but none is among `stances._holders` (no sentence shows it
  speaking or taking a side), or its evidence is only quotations no rule reads (the model is
  shown none);
- rule: a stance rule reads it, right or wrong;
- cut: no rule reads it and the model is not asked (`MAX_POSITIONS` reached);
- not asked: the topic is a contest or a harm (`issues.contest`, `issues.harm`), on which the
  model is not asked;
- model: the model's answer, "unclear", under `STANCE_MIN_MARGIN` (with whether it would have
  been right) or kept, right or wrong.

The outcomes are those of the pipeline itself (`stances.read_positions`, `Positions.outcomes`
and the readings under the bar it keeps aside), not a copy of its steps. They are each
article's alone: a reading under the bar that another source of the event confirms
(`merge.confirm_across`, which the briefing and `bench/stance_eval.py` apply) is counted here as
under the bar.

Where several extracted actors name one gold holder, the best outcome counts. Also counts the
positions read for actors that hold no gold position, by rule and by model. The model's answers
come from `bench/stance_margins.py`'s cache (FILE); with `--offline` a question not cached is
answered as the rules-only backend does ("unclear", "none") and not stored. A script, not a test.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_margins import CachedBackend, prepare

from summarizer import backends
from summarizer.evaluate import _name_key, gold_actor
from summarizer.event_gold import article_records, read_events
from summarizer.generation import Generation, Request
from summarizer.settings import LlamaSettings
from summarizer.stances import read_positions
from summarizer.topic import ask_topic
from summarizer.types import Position

CACHE = Path.home() / ".cache" / "summarizer" / "stance-eval.json"
# Outcomes from worst to best: of several actors naming one gold holder, the best counts.
ORDER = [
    "no actor (never named)",
    "no actor (named in the text)",
    "no evidence",
    "cut by MAX_POSITIONS",
    "not asked (contest or harm)",
    "model error",
    "model unclear",
    "model under bar, would be wrong",
    "model under bar, would be right",
    "model kept, wrong",
    "rule, wrong",
    "model kept, right",
    "rule, right",
]


class OfflineBackend(CachedBackend):
    """The cache's answers; a question not in it is answered as the rules-only backend does,
    and not stored."""

    def generate(self, request: Request) -> Generation:
        key = request.key(self.sampling)
        if key in self.entries:
            return super().generate(request)
        return backends.create("rules").generate(request)


# The funnel's name for each outcome `stances.read_positions` gives a holder.
_OUTCOME = {
    "quotes only": "no evidence",
    "cut": "cut by MAX_POSITIONS",
    "not asked": "not asked (contest or harm)",
    "gave up": "model error",
    "unclear": "model unclear",
}


def funnel(
    record: dict[str, Any], backend: Any, *, evidence: bool = False
) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """Each gold holder's outcome (holder, outcome, detail), and the positions read for actors
    holding none in gold. The outcomes are the pipeline's own (`stances.read_positions`), so
    that the funnel counts what the briefing does. With `evidence`, a reading's detail ends
    with its evidence sentence, in double angle brackets."""
    view, asker, speech, found = prepare(record, backend)
    actors = speech.actors
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    event_actors = record["event_actors"]
    named = {a.name: gold_actor(a.name, a.aliases, event_actors) for a in actors}
    outcome: dict[str, tuple[str, str]] = {}

    def note(holder: str | None, what: str, detail: str) -> None:
        if holder is None or holder not in gold:
            return
        old = outcome.get(holder)
        if old is None or ORDER.index(what) > ORDER.index(old[0]):
            outcome[holder] = (what, detail)

    extra: Counter[str] = Counter()
    read = read_positions(
        view,
        actors,
        speech.quotes,
        lambda: ask_topic(asker),
        asker,
        statements=speech.statements,
    )
    shown = {p.actor: p for p in read.positions}
    holding = {a.name for a, _ in found.holders}
    # The holders, and the organisations that hold a position only through their spokesman's
    # (`stances._spoken_for`: "BuzzFeed's editor in chief, Ben Smith, tweeted …"), which no
    # sentence of their own shows.
    for actor in [a for a in actors if a.name in holding or a.name in read.outcomes]:
        holder = named[actor.name]
        want = gold.get(holder or "", set())
        how = read.outcomes.get(actor.name)
        position = shown.get(actor.name) or read.under_bar.get(actor.name)
        if how is None or position is None:
            note(holder, _OUTCOME.get(how or "", "no evidence"), actor.name)
            continue
        right = position.stance in want
        margin = position.confidence
        detail = f"{actor.name}: {position.stance}"
        if how != "rule":
            detail += f" ({margin if margin is None else round(margin, 2)})"
        if evidence:
            detail += _evidence(position)
        if how == "rule":
            note(holder, f"rule, {'right' if right else 'wrong'}", detail)
        elif how == "under bar":
            note(holder, f"model under bar, would be {'right' if right else 'wrong'}", detail)
            continue
        else:
            note(holder, f"model kept, {'right' if right else 'wrong'}", detail)
        if not want:
            extra[f"{how} {position.stance}"] += 1
    for actor in actors:
        if actor.name not in holding and actor.name not in read.outcomes:
            note(named[actor.name], "no evidence", actor.name)
    text = view.text.casefold()
    for holder in gold:
        if holder in outcome:
            continue
        gold_forms = next(a for a in event_actors if a["name"] == holder)
        forms = [gold_forms["name"], *gold_forms.get("aliases", [])]
        written = any(_name_key(f) and f.casefold() in text for f in forms)
        outcome[holder] = (f"no actor ({'named in the text' if written else 'never named'})", "")
    rows = [
        (f"{h} [{'/'.join(sorted(gold[h]))}]", what, detail)
        for h, (what, detail) in outcome.items()
    ]
    return rows, extra


def _evidence(position: Position) -> str:
    """A reading's evidence sentence on one line, for `--evidence`."""
    return f" <<{' '.join(position.evidence.text.split())}>>"


T = TypeVar("T")


def cached_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the benches that read event gold with cached model answers."""
    parser.add_argument("gold", type=Path)
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--offline", action="store_true", help="never run the model")


def cached_backend(args: argparse.Namespace) -> CachedBackend:
    """The model's answers kept in `args.cache`, the model loaded only for a question not
    cached (its sampling settings make the keys); with `--offline`, the cache alone."""
    llama = backends.create("llama", LlamaSettings.given())
    return (OfflineBackend if args.offline else CachedBackend)(llama, args.cache)


def gold_records(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    """Every article record of the gold events in `args` (`args.gold`, `args.texts`)."""
    for event in read_events(args.gold, args.texts):
        yield from article_records(event)


def per_article(args: argparse.Namespace, read: Callable[[dict[str, Any], Any], T]) -> list[T]:
    """`read(record, backend)` for every article record of the gold events in `args`, with the
    cached backend of `cached_backend`."""
    backend = cached_backend(args)
    return [read(record, backend) for record in gold_records(args)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cached_arguments(parser)
    parser.add_argument("--list", action="store_true", help="each gold holder's outcome")
    parser.add_argument(
        "--evidence", action="store_true", help="with --list, each reading's evidence sentence"
    )
    args = parser.parse_args()
    backend = cached_backend(args)
    counts: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for record in gold_records(args):
        rows, more = funnel(record, backend, evidence=args.evidence)
        extra += more
        for holder, what, detail in rows:
            counts[what] += 1
            if args.list:
                print(f"{record['id']:16} {what:34} {holder:40} {detail}")
    total = sum(counts.values())
    print(f"\n{total} gold holders (actor with a gold position, per article)")
    for what in reversed(ORDER):
        print(f"{counts[what]:5}  {what}")
    found = counts["rule, right"] + counts["model kept, right"]
    print(f"found {found} of {total}; positions for actors holding none in gold: {dict(extra)}")


if __name__ == "__main__":
    main()
