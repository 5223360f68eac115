"""Position gold of whole events: one JSON file an event (`tests/gold/basil/54.json`), holding
the event's issues, its actors with every form of their names, and per article (outlet) the
actors named, the positions taken (actor, issue, stance, evidence spans), the direct quotes and
their speakers, and the real cross-outlet disagreements. The files hold offsets only: the texts
are read from the corpus they were annotated on (BASIL's JSON Lines, `{"event_id", "articles":
[{"outlet", "text", ...}]}` a line), never copied.

`read_events` loads and checks a folder of such files (or one file) against the texts;
`article_records` expands an event into per-article gold records in the form `summarizer eval`
scores (`{"id": "basil/54/fox", "text", "quotes", "actors", "positions", ...}`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

STANCES = ("supports", "opposes", "mixed", "neutral")
BASES = ("quote", "statement", "deed", "description")
ACTOR_TYPES = ("person", "organization", "country", "other")
OPENING_MARKS = '"\u201c'
CLOSING_MARKS = '"\u201d'


@dataclass(frozen=True)
class GoldEvent:
    id: str
    path: Path
    gold: dict[str, Any]
    texts: dict[str, str]  # outlet -> the article's text

    @property
    def issues(self) -> list[dict[str, Any]]:
        return list(self.gold["issues"])

    @property
    def actors(self) -> list[dict[str, Any]]:
        return list(self.gold["actors"])

    @property
    def disagreements(self) -> list[dict[str, Any]]:
        return list(self.gold["disagreements"])


def event_files(path: Path) -> list[Path]:
    """The event files of a gold folder (`*.json`, in event number order), or the one file."""
    if path.is_dir():
        files = sorted(path.glob("*.json"), key=_number_first)
        if not files:
            raise InputError(f"gold folder {path} holds no event files (*.json)")
        return files
    if path.is_file():
        return [path]
    raise InputError(f"gold path {path} does not exist")


def is_event_gold(path: Path) -> bool:
    """Whether `path` is event gold (a folder of event files, or a `.json` file) rather than
    a JSON Lines file of articles."""
    return path.is_dir() or path.suffix.lower() == ".json"


def _number_first(path: Path) -> tuple[int, str]:
    digits = re.match(r"\d+", path.stem)
    return (int(digits.group()) if digits else 1 << 30, path.stem)


def read_texts(path: Path) -> dict[str, dict[str, str]]:
    """event id -> outlet -> text, from a JSON Lines file of events (BASIL's format)."""
    if not path.is_file():
        raise InputError(f"texts file {path} does not exist")
    texts: dict[str, dict[str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            texts[record["event_id"]] = {a["outlet"]: a["text"] for a in record["articles"]}
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}:{number}: not an event with articles (needs event_id, articles with "
                f"outlet and text): {exc}"
            ) from exc
    return texts


def read_events(gold: Path, texts: Path) -> list[GoldEvent]:
    """The events of `gold` (a folder of event files or one), checked against their texts."""
    corpus = read_texts(texts)
    events = []
    for path in event_files(gold):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: not JSON: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("event_id"), str):
            raise InputError(f"{path}: not an event gold file (needs event_id)")
        if data["event_id"] not in corpus:
            raise InputError(f"{path}: event {data['event_id']} is not in {texts}")
        found = problems(data, corpus[data["event_id"]])
        if found:
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise InputError(f"{path}: {found[0]}{more}")
        events.append(GoldEvent(data["event_id"], path, data, corpus[data["event_id"]]))
    return events


def problems(gold: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """What is wrong with an event's gold, given its articles' texts (outlet -> text): every
    name and issue defined, stances and types from their lists, spans inside their article,
    quote spans inside quotation marks. Empty when it is sound."""
    try:
        return _problems(gold, texts)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return [f"malformed: {type(exc).__name__} {exc}"]


def _problems(gold: dict[str, Any], texts: dict[str, str]) -> list[str]:
    found: list[str] = []
    issues = [issue["id"] for issue in gold["issues"]]
    names = [actor["name"] for actor in gold["actors"]]
    for label, values in (("issue id", issues), ("actor name", names)):
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            found.append(f"{label} defined twice: {', '.join(repeated)}")
    for actor in gold["actors"]:
        if actor["type"] not in ACTOR_TYPES:
            found.append(
                f"actor {actor['name']!r}: type {actor['type']!r} is not one of {ACTOR_TYPES}"
            )
        if not all(isinstance(a, str) and a for a in actor.get("aliases", [])):
            found.append(f"actor {actor['name']!r}: an alias that is not a name")
    outlets = [article["outlet"] for article in gold["articles"]]
    for article in gold["articles"]:
        outlet = article["outlet"]
        where = f"{gold['event_id']}/{outlet}"
        if outlet not in texts:
            found.append(f"{where}: no such article in the texts")
            continue
        text = texts[outlet]
        named = set(article["actors"])
        found += [f"{where}: actor {n!r} is not defined" for n in sorted(named - set(names))]
        for position in article["positions"]:
            what = f"{where}: position of {position['actor']!r}"
            if position["actor"] not in named:
                found.append(f"{what}: the actor is not among the article's actors")
            if position["issue"] not in issues:
                found.append(f"{what}: issue {position['issue']!r} is not defined")
            if position["stance"] not in STANCES:
                found.append(f"{what}: stance {position['stance']!r} is not one of {STANCES}")
            if position.get("basis") not in BASES:
                found.append(f"{what}: basis {position.get('basis')!r} is not one of {BASES}")
            if not position["evidence_spans"]:
                found.append(f"{what}: no evidence span")
            found += [f"{what}: {p}" for p in _span_problems(text, position["evidence_spans"])]
        for quote in article["quotes"]:
            what = f"{where}: quote of {quote['speaker']!r}"
            if quote["speaker"] not in named:
                found.append(f"{what}: the speaker is not among the article's actors")
            if not quote["quote_spans"]:
                found.append(f"{what}: no span")
            spans = _span_problems(text, quote["quote_spans"])
            found += [f"{what}: {p}" for p in spans]
            if not spans:
                found += [
                    f"{what}: [{start}, {end}] is not inside quotation marks"
                    for start, end in quote["quote_spans"]
                    if not inside_marks(text, start, end)
                ]
    for disagreement in gold["disagreements"]:
        what = f"disagreement on {disagreement['actor']!r}"
        if disagreement["actor"] not in names:
            found.append(f"{what}: the actor is not defined")
        if disagreement["issue"] not in issues:
            found.append(f"{what}: issue {disagreement['issue']!r} is not defined")
        stances = disagreement["stances"]
        if set(stances) - set(outlets) or not set(stances.values()) <= set(STANCES):
            found.append(f"{what}: stances by outlet must name the event's outlets and stances")
        if len(set(stances.values())) < 2:
            found.append(f"{what}: needs two outlets with different stances")
    return found


def _span_problems(text: str, spans: list[list[int]]) -> list[str]:
    return [
        f"span {span} is not inside the article (0 to {len(text)})"
        for span in spans
        if len(span) != 2 or not 0 <= span[0] < span[1] <= len(text)
    ]


def inside_marks(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the text inside a pair of quotation marks: an opening mark
    just before it and a closing one just after, or the end of a paragraph when the quotation
    goes on in the next one (which then opens with a mark, the usual style)."""
    if start == 0 or text[start - 1] not in OPENING_MARKS:
        return False
    if end < len(text) and text[end] in CLOSING_MARKS:
        return True
    return text[end : end + 1] == "\n" and text[end:].lstrip()[:1] in OPENING_MARKS


def article_records(event: GoldEvent) -> list[dict[str, Any]]:
    """An event's gold as per-article records (`{"id": "basil/54/fox", "text", "quotes",
    "actors", "positions", ...}`), each with the event's issues and all its actors (for
    telling an actor of another article of the event from junk)."""
    actors = {actor["name"]: actor for actor in event.actors}
    records = []
    for article in event.gold["articles"]:
        outlet = article["outlet"]
        text = event.texts[outlet]
        records.append(
            {
                "id": f"{event.id}/{outlet}",
                "event": event.id,
                "outlet": outlet,
                "text": text,
                "quotes": [
                    {
                        "speaker": quote["speaker"],
                        "quote": " … ".join(text[s:e] for s, e in quote["quote_spans"]),
                        "quote_type": "direct",
                        "quote_spans": [list(span) for span in quote["quote_spans"]],
                        "speaker_is_pronoun": bool(quote.get("speaker_is_pronoun")),
                    }
                    for quote in article["quotes"]
                ],
                "actors": [_actor(actors[name]) for name in article["actors"]],
                "positions": [
                    {
                        "actor": p["actor"],
                        "issue": p["issue"],
                        "stance": p["stance"],
                        "evidence_spans": [list(span) for span in p["evidence_spans"]],
                    }
                    for p in article["positions"]
                ],
                "issues": event.issues,
                "event_actors": [_actor(actor) for actor in event.actors],
            }
        )
    return records


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {"name": actor["name"], "type": actor["type"], "aliases": list(actor.get("aliases", []))}
