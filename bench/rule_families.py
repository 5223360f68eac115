"""Which rule read each rule position, and what a gate could read of it, to table right and
wrong per family and per feature:

    python bench/rule_families.py gold /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        --cache FILE [--offline]
    python bench/rule_families.py free 51 53 60 [--judged notes/p1-free-judged.tsv]

`gold`: the rule positions of event gold, each scored as `bench/stance_positions.py` scores it
(RIGHT when the stance is one of the holder's gold stances). `free`: the rule positions of BASIL
events with no gold (rules backend, the event's `main_event` as topic, as
`bench/free_positions.py`), scored from a file of hand verdicts (tab-separated: event, outlet,
actor, stance, verdict RIGHT or FALSE, why); a position not judged there is "?".

One tab-separated line a position: sample, event, outlet, actor, stance, verdict, then the
features: the rule's family (`stance_rules.RuleReading`); whose words ("own" for a quotation or
reported words, "writer" else); the class of the first stance word after the actor ("deed":
block, veto, sign, vote, introduce, propose, sponsor; "attitude": an adjective or a noun of
stance; "verb" else); what follows that word ("actor": another actor's name or a possessive
name, "measure": a word of `stance_objects.txt`, "topic": a word of the topic, "other"); a
negation, a hedge ("appears ready to", "would") before it; the words between the actor and it.
No sentence of the texts is printed, only the stance word itself. Then the counts per feature.
Exit codes: 0 done; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from summarizer import backends, issues, lexicon, stance_rules, stances
from summarizer.detect import Sentence
from summarizer.evaluate import gold_holders
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.patterns import MIXED, NEGATION, NO_COMMENT, OPPOSE, SUPPORT
from summarizer.prompting import load_template

extract = importlib.import_module("summarizer.extract")

DEED = re.compile(
    r"^(?:block|veto|sign|vot|introduc|re-?introduc|propos|sponsor|filibuster|submit|unveil|"
    r"draft|pass)",
    re.IGNORECASE,
)
ATTITUDE = re.compile(
    r"^(?:support|opposition|critic\w*|backing|praise|condemnation|concerns?|angry|furious|"
    r"disappointed|outraged|dismayed|supportive|opposed\s+to|in\s+favou?r|skeptic\w*|"
    r"(?:un)?acceptable|(?:in)?effective|great|good|bad|awful|terrible)$",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(?:appears?|appeared|seems?|seemed|ready|likely|would|could|might|may|expected)\b",
    re.IGNORECASE,
)
# Verbs of wanting, asking and praising: their object is often no issue ("praised the
# coalition", "sought to counter the accusations", "called for tightening its grip").
SOFT = re.compile(
    r"^(?:want|wants|wanted|wanting|seek|seeks|sought|seeking|call(?:s|ed|ing)?\s+for|"
    r"prais\w*|laud\w*|favou?rs?|favou?red)$",
    re.IGNORECASE,
)
MEASURES = frozenset(lexicon.words("stance_objects"))
NAME_NEXT = re.compile(
    r"\s*(?:(?:the|a|an|against|on|at|with|for|of|to)\s+)*(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*"
    r"(?:[\u2019']s\b)?"
)
POSSESSIVE_NAME = re.compile(
    r"\s*(?:(?:the|a|an|against|on|at|with|for|of|to)\s+)*(?:[A-Z][\w.-]*\s+){0,4}"
    r"[A-Z][\w.-]*[\u2019']s\b"
)

Reading = tuple[
    stance_rules.RuleReading,
    Sentence,
    list[tuple[int, int]],
    list[tuple[int, int]],
    list[str],
    list[str],
]


def features(reading: Reading, topic: str) -> dict[str, str]:
    """What a gate could read of one rule reading."""
    found, sentence, own, others, spoken, reported = reading
    family = found.family
    own_words = family in ("quote", "reported")
    if family == "quote":
        text, at = " ".join(spoken), 0
        rel_others: list[tuple[int, int]] = []
    elif family == "reported":
        text, at = " ".join(reported), 0
        rel_others = []
    else:
        text = sentence.text
        at = min((e - sentence.start for _, e in own), default=0)
        rel_others = [(s - sentence.start, e - sentence.start) for s, e in others]
    cues = [
        m
        for p in (OPPOSE, SUPPORT, MIXED, NO_COMMENT)
        for m in p.finditer(text)
        if m.start() >= at
        or family.startswith("noun")
        or family in ("measure-agent", "passive-agent")  # its word comes before the actor
    ]
    if not cues:
        return {
            "family": family,
            "words": "own" if own_words else "writer",
            "cue": "-",
            "class": "none",
            "object": "none",
            "negated": "no",
            "hedge": "no",
            "gap": "-",
            "issue": "-",
            "soft": "-",
        }
    cue = min(cues, key=lambda m: m.start())
    word = cue.group().lower()
    tail = text[cue.end() : cue.end() + 80]
    kind = "deed" if DEED.match(word) else "attitude" if ATTITUDE.search(word) else "verb"
    stems = issues.topic_stems(topic) if not topic.startswith("(") else set()
    head = re.findall(r"[\w-]+", tail)[:6]
    named = NAME_NEXT.match(tail) and not any(w.lower().rstrip("s") in MEASURES for w in head[:3])
    if (
        any(s <= cue.end() + 4 and e > cue.end() for s, e in rel_others)
        or POSSESSIVE_NAME.match(tail)
        or named
    ):
        obj = "actor"
    elif any(w.lower() in MEASURES or w.lower().removesuffix("s") in MEASURES for w in head):
        obj = "measure"
    elif stems and stems & issues.topic_stems(" ".join(head)):
        obj = "topic"
    else:
        obj = "other"
    clause = re.split(r"[.;:!?\u201c\u201d\"]|,\s+(?:but|and|while|who|which)\b", tail)[0]
    words = re.findall(r"[\w-]+", clause)[:10]
    on_issue = stances._on_issue(topic)
    if obj == "actor":
        issue = "actor"
    elif any(w.lower() in MEASURES or w.lower().removesuffix("s") in MEASURES for w in words) or (
        on_issue is not None and words and on_issue(" ".join(words))
    ):
        issue = "yes"
    else:
        issue = "no"
    soft = "soft" if SOFT.match(word) else "plain"
    before = text[max(at, 0) : cue.start()] if cue.start() >= at else ""
    gap = len(before.split())
    return {
        "family": family,
        "words": "own" if own_words else "writer",
        "cue": word,
        "class": kind,
        "object": obj,
        "negated": "yes" if NEGATION.search(text[: cue.start()]) else "no",
        "hedge": "yes" if HEDGE.search(before) else "no",
        "gap": "0-2" if gap <= 2 else "3-6" if gap <= 6 else "7+",
        "issue": issue,
        "soft": soft,
    }


class Recorder:
    """Wraps `stance_rules.rule_reading` and `stances._rule_position` to keep the reading that
    made each rule position, by (actor, evidence start)."""

    def __init__(self) -> None:
        self.made: dict[tuple[str, int], Reading] = {}
        self._last: list[Reading] = []
        self._reading: Callable[..., Any] = stance_rules.rule_reading
        self._position: Callable[..., Any] = vars(stances)["_rule_position"]

    def __enter__(self) -> Recorder:
        def reading(
            sentence: Sentence,
            own: Any,
            others: Any,
            spoken: Any,
            reported: Any = (),
            *args: Any,
            **kwargs: Any,
        ) -> Any:
            found = self._reading(sentence, own, others, spoken, reported, *args, **kwargs)
            if found is not None:
                self._last.append(
                    (found, sentence, list(own), list(others), list(spoken), list(reported))
                )
            return found

        def position(actor: Any, *args: Any, **kwargs: Any) -> Any:
            self._last.clear()
            made = self._position(actor, *args, **kwargs)
            if made is not None and self._last:
                self.made[(made.actor, made.evidence.start)] = self._last[-1]
            return made

        stance_rules.rule_reading = reading  # type: ignore[assignment]
        vars(stances)["_rule_position"] = position
        return self

    def __exit__(self, *exc: object) -> None:
        stance_rules.rule_reading = self._reading  # type: ignore[assignment]
        vars(stances)["_rule_position"] = self._position


def gold_rows(args: argparse.Namespace) -> Iterator[list[str]]:
    from stance_funnel import cached_backend, gold_records

    extractor = Extractor(backend=cached_backend(args), template=load_template("default"))
    for record in gold_records(args):
        with Recorder() as rec:
            article = Article(
                meta=describe(record["text"], Path(record["id"])), text=record["text"]
            )
            extraction = extractor.extract(article)
        gold: dict[str, list[str]] = {}
        for p in record["positions"]:
            gold.setdefault(p["actor"], []).append(p["stance"])
        by_name = {a.name: a for a in extraction.actors}
        event, outlet = record["id"].split("/")[1:3]
        for p in extraction.positions:
            if p.attribution != "rule":
                continue
            aliases = by_name[p.actor].aliases if p.actor in by_name else []
            holders = gold_holders(p.actor, aliases, gold, record["event_actors"])
            right = any(s == p.stance for h in holders for s in gold.get(h, []))
            f = features(rec.made[(p.actor, p.evidence.start)], p.topic)
            yield [
                "tune",
                event,
                outlet,
                p.actor,
                p.stance,
                "RIGHT" if right else "FALSE",
                *f.values(),
            ]


def free_rows(args: argparse.Namespace) -> Iterator[list[str]]:
    from basil_quotes import TEXTS, open_events
    from free_positions import with_topic

    events = open_events(args.texts or TEXTS, args.events)
    if isinstance(events, str):
        print(f"error: {events}", file=sys.stderr)
        raise SystemExit(2)
    judged: dict[tuple[str, str, str, str], str] = {}
    if args.judged:
        for line in args.judged.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) >= 5 and cells[0].isdigit():
                judged[(cells[0], cells[1], cells[2], cells[3])] = cells[4]
    extractor = Extractor(backend=backends.create("rules"), template=load_template("default"))
    original = extract.read_positions
    try:
        for event in events.values():
            vars(extract)["read_positions"] = with_topic(event["main_event"])
            number = event["event_id"].split("/")[1]
            for article in event["articles"]:
                text = article["text"]
                with Recorder() as rec:
                    name = Path(f"{number}-{article['outlet']}.txt")
                    found = extractor.extract(Article(meta=describe(text, name), text=text))
                for p in found.positions:
                    f = features(rec.made[(p.actor, p.evidence.start)], p.topic)
                    verdict = judged.get((number, article["outlet"], p.actor, p.stance), "?")
                    yield [
                        "free",
                        number,
                        article["outlet"],
                        p.actor,
                        p.stance,
                        verdict,
                        *f.values(),
                    ]
    finally:
        vars(extract)["read_positions"] = original


FEATURES = ["family", "words", "class", "object", "negated", "hedge", "gap", "issue", "soft"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="sample", required=True)
    g = sub.add_parser("gold")
    g.add_argument("gold", type=Path)
    g.add_argument("--texts", type=Path, required=True)
    g.add_argument("--cache", type=Path, default=None)
    g.add_argument("--offline", action="store_true")
    f = sub.add_parser("free")
    f.add_argument("events", type=int, nargs="+")
    f.add_argument("--texts", type=Path, default=None)
    f.add_argument("--judged", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.sample == "gold" and args.cache is None:
        parser.error("gold needs --cache FILE")
    rows = list(gold_rows(args) if args.sample == "gold" else free_rows(args))
    header = [
        "sample",
        "event",
        "outlet",
        "actor",
        "stance",
        "verdict",
        "family",
        "words",
        "cue",
        "class",
        "object",
        "negated",
        "hedge",
        "gap",
        "issue",
        "soft",
    ]
    print("\t".join(header))
    for row in rows:
        print("\t".join(row))
    counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        for feature in FEATURES:
            counts[feature][(cells[feature], cells["verdict"])] += 1
    for feature in FEATURES:
        values = sorted({v for v, _ in counts[feature]})
        parts = [
            f"{v} {counts[feature][(v, 'RIGHT')]}/"
            f"{counts[feature][(v, 'RIGHT')] + counts[feature][(v, 'FALSE')]}"
            for v in values
        ]
        print(f"# {feature}: " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
