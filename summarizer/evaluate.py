"""`summarizer eval`: extraction scored against hand-annotated gold (JSON Lines).

Gold format, one article a line (the format of PolNeAR's polnear-dev.jsonl, read as is):

    {"id": str, "text": str,
     "quotes": [{"speaker": str, "quote": str, "quote_type": "direct" | "mixed",
                 "quote_spans": [[start, end], ...], "speaker_is_pronoun": bool, ...}],
     "actors": [{"name": str, "type": str, "aliases": [str]}],  # optional
     "positions": [{"actor": str, "topic": str, "stance": str, "evidence": str}]  # optional
    }

Scoring (as the corpus README suggests): a predicted quote matches a gold quote when their
spans overlap substantially (at least half of the shorter one); predicted quotes that match only
a gold quote outside the scored types are ignored rather than counted wrong. A speaker is right
when it names the same person (word match on the name, `attribute.match_score`); gold speakers
that are pronouns, or only the cue word ("said", five in PolNeAR dev), are left out. Actors,
when the gold lists them, match by any of their names.
Positions, when the gold lists them (and `eval --positions` asks for them): a predicted position
is right when its actor holds a gold position in that article with the same stance (topics are
worded too freely to compare); stance precision is right / predicted, stance recall is the
share of gold position holders given a right stance.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .attribute import match_score
from .errors import InputError, SummarizerError
from .extract import Extractor
from .load import Article, describe
from .names import TITLE_WORDS
from .patterns import VERBS
from .types import Extraction

OVERLAP = 0.5


@dataclass
class Score:
    article: str
    gold_quotes: int = 0
    predicted_quotes: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    speakers_scored: int = 0
    speakers_right: int = 0
    rule_speakers_scored: int = 0  # of the scored speakers, those a reporting-verb rule chose
    rule_speakers_right: int = 0
    gold_actors: int = 0
    predicted_actors: int = 0
    matched_actors: int = 0
    predicted_positions: int = 0
    right_positions: int = 0
    gold_holders: int = 0
    found_holders: int = 0
    model_calls: int = 0  # what the model was asked: calls, and the prompt tokens it evaluated
    evaluated_tokens: int = 0
    seconds: float = 0.0
    error: str | None = None
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (*_COUNTS, "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        precision = ratio(self.matched_predicted, self.predicted_quotes)
        recall = ratio(self.matched_gold, self.gold_quotes)
        f1 = (
            round(2 * precision * recall / (precision + recall), 3)
            if precision and recall
            else None
        )
        actor_p = ratio(self.matched_actors, self.predicted_actors)
        actor_r = ratio(self.matched_actors, self.gold_actors)
        actor_f1 = (
            round(2 * actor_p * actor_r / (actor_p + actor_r), 3) if actor_p and actor_r else None
        )
        return {
            "quote_precision": precision,
            "quote_recall": recall,
            "quote_f1": f1,
            "speaker_accuracy": ratio(self.speakers_right, self.speakers_scored),
            "speaker_accuracy_rules": ratio(self.rule_speakers_right, self.rule_speakers_scored),
            "speaker_accuracy_model": ratio(
                self.speakers_right - self.rule_speakers_right,
                self.speakers_scored - self.rule_speakers_scored,
            ),
            "actor_f1": actor_f1 if self.gold_actors else None,
            "stance_precision": ratio(self.right_positions, self.predicted_positions),
            "stance_recall": ratio(self.found_holders, self.gold_holders),
            "model_calls": self.model_calls,
            "evaluated_tokens": self.evaluated_tokens,
            "seconds": round(self.seconds, 1),
        }

    def counts(self) -> dict[str, int]:
        """The counts behind the figures, so that runs over parts of a set can be added up."""
        return {name: getattr(self, name) for name in _COUNTS}


# The integer fields of a Score: every count, in field order.
_COUNTS = tuple(f.name for f in fields(Score) if f.type == "int")


def read_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"gold file {path} does not exist")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            _ = record["id"], record["text"], record["quotes"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}:{number}: not a gold record (needs id, text and quotes): {exc}"
            ) from exc
        records.append(record)
    return records


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= OVERLAP * min(a[1] - a[0], b[1] - b[0])


def _speaker_head(speaker: str) -> str:
    """ "Flynn, a top Trump surrogate" → "Flynn", "a narrator in the Clinton ad" → "a narrator",
    "Mr. Morgan of the Sierra Club" → "Morgan": the name or description before any apposition
    or place, without a title."""
    head = re.split(r",| who | whose |\(| in the | at the | of the ", speaker)[0].strip()
    words = head.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words = words[1:]  # "Mr. Morgan" names the same person as "Peter Morgan"
    return " ".join(words)


def score(record: dict[str, Any], extraction: Extraction, quote_types: set[str]) -> Score:
    result = Score(article=record["id"])
    scored = [q for q in record["quotes"] if q.get("quote_type", "direct") in quote_types]
    ignored = [q for q in record["quotes"] if q not in scored]
    aliases = {a.name: a.aliases for a in extraction.actors}
    result.gold_quotes = len(scored)
    matched_predictions = set()
    for gold in scored:
        spans = [tuple(s) for s in gold["quote_spans"]]
        hits = [
            i for i, q in enumerate(extraction.quotes)
            if any(_overlap((q.start, q.end), span) for span in spans)
        ]  # fmt: skip
        if not hits:
            result.misses.append(f"missed quote: {gold['quote'][:60]!r}")
            continue
        result.matched_gold += 1
        matched_predictions.update(hits)
        if gold.get("speaker_is_pronoun") or not gold.get("speaker"):
            continue
        if re.fullmatch(VERBS, gold["speaker"].strip(), re.IGNORECASE):
            continue  # a span that holds the cue word ("said"), not a speaker: nothing to match
        result.speakers_scored += 1
        quote = extraction.quotes[hits[0]]
        predicted = quote.speaker
        by_rule = quote.attribution == "rule"
        result.rule_speakers_scored += by_rule
        head = _speaker_head(gold["speaker"])
        gold_names = [head, *_gold_aliases(record, gold["speaker"])]
        if any(match_score(name, predicted, aliases.get(predicted, [])) for name in gold_names):
            result.speakers_right += 1
            result.rule_speakers_right += by_rule
        else:
            result.misses.append(
                f"speaker of {gold['quote'][:40]!r}: gold {gold['speaker']!r}, got {predicted!r}"
                f" (by {quote.attribution})"
            )
    for i, quote in enumerate(extraction.quotes):
        if i in matched_predictions:
            continue
        if any(
            _overlap((quote.start, quote.end), tuple(span))
            for gold in ignored
            for span in gold["quote_spans"]
        ):
            continue
        result.predicted_quotes += 1
        result.misses.append(f"extra quote: {quote.text[:60]!r} (by {quote.attribution})")
    result.predicted_quotes += len(matched_predictions)
    result.matched_predicted = len(matched_predictions)
    result.model_calls = extraction.usage.calls
    result.evaluated_tokens = extraction.usage.evaluated_tokens
    if "actors" in record:
        _score_actors(record["actors"], extraction, result)
    if record.get("positions") and extraction.positions:
        _score_positions(record, extraction, result)
    return result


def _score_positions(record: dict[str, Any], extraction: Extraction, result: Score) -> None:
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    aliases = {a.name: a.aliases for a in extraction.actors}
    result.gold_holders = len(gold)
    found: set[str] = set()
    for position in extraction.positions:
        result.predicted_positions += 1
        holders = [
            g for g in gold if match_score(g, position.actor, aliases.get(position.actor, []))
        ]
        if any(position.stance in gold[g] for g in holders):
            result.right_positions += 1
            found.update(g for g in holders if position.stance in gold[g])
        else:
            expected = "/".join(sorted(set().union(*(gold[g] for g in holders)))) or "no position"
            result.misses.append(
                f"stance of {position.actor!r}: got {position.stance}, gold {expected}"
            )
    result.found_holders = len(found)


def _gold_aliases(record: dict[str, Any], speaker: str) -> list[str]:
    for actor in record.get("actors", []):
        if actor["name"] == speaker:
            return [actor["name"], *actor.get("aliases", [])]
    return []


def _score_actors(gold: list[dict[str, Any]], extraction: Extraction, result: Score) -> None:
    result.gold_actors = len(gold)
    result.predicted_actors = len(extraction.actors)
    used: set[str] = set()
    for actor in gold:
        names = [actor["name"], *actor.get("aliases", [])]
        for predicted in extraction.actors:
            if predicted.name in used:
                continue
            forms = {f.casefold() for f in (predicted.name, *predicted.aliases)}
            if (
                any(n.casefold() in forms for n in names)
                or match_score(actor["name"], predicted.name, predicted.aliases) >= 2
            ):
                used.add(predicted.name)
                result.matched_actors += 1
                break
        else:
            result.misses.append(f"missed actor: {actor['name']!r}")
    for predicted in extraction.actors:
        if predicted.name not in used:
            result.misses.append(f"extra actor: {predicted.name!r}")


def evaluate(
    gold_path: Path,
    extractor: Extractor,
    *,
    quote_types: set[str],
    limit: int | None = None,
    stride: int = 1,
    offset: int = 0,
    on_article: Any = None,
) -> tuple[Score, list[Score]]:
    records = read_gold(gold_path)[offset::stride][:limit]
    total = Score(article="total")
    per_article = []
    for record in records:
        article = Article(meta=describe(record["text"], Path(record["id"])), text=record["text"])
        started = time.perf_counter()
        try:
            extraction = extractor.extract(article)
        except SummarizerError as exc:
            extraction = Extraction(article=article.meta, actors=[], positions=[], quotes=[])
            article_score = score(record, extraction, quote_types)
            article_score.error = str(exc)
        else:
            article_score = score(record, extraction, quote_types)
        article_score.seconds = time.perf_counter() - started
        total.add(article_score)
        per_article.append(article_score)
        if on_article:
            on_article(article_score)
    return total, per_article
