"""Quote speakers checked against BASIL's own `quotes` field, on events with no hand gold:

    python bench/basil_quotes.py 50 52 60 [--texts ../shared/eval/basil-dev.jsonl]
        [--backend rules|llama] [--cache FILE] [--list] [--json]

BASIL marks, in each article, some quotations of the event's main entities with a coarse
speaker ("Donald Trump", "Romney campaign", "plaintiffs") and the quotation's start and end in
the article text. Each article of the given events is extracted (`Extractor.extract`, the rules
backend by default, so no model runs; `--backend llama` asks the default model, with its answers
kept on disk by request key where `--cache FILE` is given, as bench/stance_eval.py does), and
each BASIL quote that one of our quotes overlaps (at least half of the shorter span, as
`summarizer eval` matches quotes) is found; its speaker is right when our quote's speaker names
the same one: `summarizer eval`'s name match (`attribute.match_score`: "Trump" for "Donald
Trump"), else any name word the two share, a title, a function word or an organisation's
generic word ("campaign", "office") aside ("Romney campaign" for "Mitt Romney"; "plaintiffs"
for "the plaintiffs"). Printed: BASIL quotes, found, right, share right (of found), and by
how our speaker was attributed (rule, learned, model); `--list` adds each miss (event, outlet,
BASIL's speaker, ours, how, the quote's first words).

Events with a gold file in tests/gold/basil, and the events being annotated, are refused: they
are scored with hand gold by `summarizer eval`, and some of them are held out.
Exit codes: 0 done; 2 bad arguments (an unknown or refused event, an unreadable texts file).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from summarizer import backends
from summarizer.attribute import match_score, name_tokens
from summarizer.errors import SummarizerError
from summarizer.extract import Extractor
from summarizer.generation import Backend
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "basil"
TEXTS = ROOT.parent / "shared" / "eval" / "basil-dev.jsonl"
# Events being annotated (held out, no gold file yet): none now.
ANNOTATING: set[int] = set()
OVERLAP = 0.5
# Words that name no one by themselves: an organisation's generic words, titles, articles.
_GENERIC = {
    "the", "a", "an", "of", "and", "campaign", "campaigns", "office", "administration",
    "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "staff", "team", "lawyer",
    "lawyers", "attorney", "attorneys", "president", "senator", "sen", "rep", "gov", "mr", "mrs",
    "ms", "dr", "former", "jr", "sr",
}  # fmt: skip
WAYS = ("rule", "learned", "model")


@dataclass(frozen=True)
class Miss:
    event: str
    outlet: str
    basil: str
    ours: str
    how: str
    quote: str

    def line(self) -> str:
        return (
            f"{self.event}/{self.outlet}: {self.quote[:50]!r}: BASIL {self.basil!r}, "
            f"ours {self.ours!r} (by {self.how})"
        )


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """At least half of the shorter span shared, as `summarizer eval` matches quotes."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= OVERLAP * min(a[1] - a[0], b[1] - b[0])


def _words(name: str) -> set[str]:
    return {w for w in name_tokens(name) if w not in _GENERIC and not w.isdigit()}


def same_speaker(basil: str, ours: str, aliases: list[str]) -> bool:
    """Whether our speaker (with its aliases) names BASIL's: eval's name match, else a shared
    name word (generic words aside)."""
    if match_score(basil, ours, aliases) or any(match_score(basil, alias, []) for alias in aliases):
        return True
    wanted = _words(basil)
    return any(wanted & _words(name) for name in (ours, *aliases))


def score_article(
    event: str, article: dict[str, Any], extraction: Extraction, totals: Counter[str]
) -> list[Miss]:
    """Count one article's BASIL quotes found and right into `totals`; its misses."""
    aliases = {a.name: a.aliases for a in extraction.actors}
    misses = []
    for gold in article.get("quotes", []):
        totals["basil_quotes"] += 1
        span = (gold["start"], gold["end"])
        hits = [q for q in extraction.quotes if overlaps((q.start, q.end), span)]
        if not hits:
            continue
        quote = max(hits, key=lambda q: min(q.end, span[1]) - max(q.start, span[0]))
        totals["found"] += 1
        totals[f"found_{quote.attribution}"] += 1
        if same_speaker(gold["speaker"], quote.speaker, aliases.get(quote.speaker, [])):
            totals["right"] += 1
            totals[f"right_{quote.attribution}"] += 1
        else:
            misses.append(
                Miss(
                    event=event,
                    outlet=article.get("outlet", "?"),
                    basil=gold["speaker"],
                    ours=quote.speaker,
                    how=quote.attribution,
                    quote=gold.get("text", ""),
                )
            )
    return misses


def read_events(path: Path, wanted: list[int]) -> dict[int, dict[str, Any]]:
    events = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            number = int(re.sub(r"\D", "", record["event_id"].split("/")[-1]) or -1)
            if number in wanted:
                events[number] = record
    return events


def refused(number: int) -> str | None:
    if number in ANNOTATING:
        return "it is being annotated (held out)"
    if (GOLD / f"{number}.json").exists():
        return "it has hand gold (score it with `summarizer eval`; some such events are held out)"
    return None


def open_events(path: Path, numbers: list[int], *, every: bool = False) -> dict[int, Any] | str:
    """The events `numbers` of the texts at `path` (with none given and `every`, every event of
    the texts: BASIL dev numbers them 50 … 99), or the error to print when one of them is
    refused or the texts cannot be read."""
    for number in numbers:
        if why := refused(number):
            return f"event {number} is refused: {why}"
    try:
        return read_events(path, numbers or (list(range(100)) if every else []))
    except (OSError, ValueError, KeyError) as exc:
        return f"cannot read {path}: {exc}"


def open_backend(name: str, cache: Path | None) -> Backend:
    settings = backends.settings_for(name, {})
    backend = backends.create(name, settings)
    if cache is not None:
        from stance_margins import CachedBackend

        return CachedBackend(backend, cache)  # type: ignore[return-value]
    return backend


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=int, nargs="+", help="BASIL event numbers (50 52 …)")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--backend", default="rules", help="rules (default), llama, …")
    parser.add_argument("--cache", type=Path, default=None, help="model answers kept on disk")
    parser.add_argument("--list", action="store_true", help="list each miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    events = open_events(args.texts, args.events)
    if isinstance(events, str):
        print(f"error: {events}", file=sys.stderr)
        return 2
    unknown = sorted(set(args.events) - set(events))
    if unknown:
        print(f"error: no such event in {args.texts}: {unknown}", file=sys.stderr)
        return 2
    try:
        backend = open_backend(args.backend, args.cache)
    except (SummarizerError, KeyError, ValueError, OSError) as exc:
        print(f"error: backend {args.backend!r}: {exc}", file=sys.stderr)
        return 2
    extractor = Extractor(backend=backend, template=load_template(None), with_positions=False)
    totals: Counter[str] = Counter()
    misses: list[Miss] = []
    for number in args.events:
        record = events[number]
        for i, article in enumerate(record["articles"]):
            name = f"{record['event_id']}/{article.get('outlet', i)}"
            meta = describe(article["text"], Path(name))
            extraction = extractor.extract(Article(meta=meta, text=article["text"]))
            misses += score_article(record["event_id"], article, extraction, totals)
    figures = _figures(totals, len(args.events))
    if args.json:
        listed = {"misses": [m.line() for m in misses]} if args.list else {}
        print(json.dumps({**figures, **listed}, indent=2))
        return 0
    if args.list:
        for miss in misses:
            print(miss.line())
    for key, value in figures.items():
        print(f"{key:24} {value}")
    return 0


def _figures(totals: Counter[str], events: int) -> dict[str, Any]:
    found = totals["found"]
    return {
        "events": events,
        "basil_quotes": totals["basil_quotes"],
        "found": found,
        "right": totals["right"],
        "share": round(totals["right"] / found, 3) if found else None,
        **{f"right_{way}": f"{totals[f'right_{way}']} / {totals[f'found_{way}']}" for way in WAYS},
    }


if __name__ == "__main__":
    sys.exit(main())
