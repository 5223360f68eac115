"""`summarizer eval`: extraction scored against hand-annotated gold (JSON Lines).

Gold format, one article a line (the format of PolNeAR's polnear-dev.jsonl, read as is):

    {"id": str, "text": str,
     "quotes": [{"speaker": str, "quote": str, "quote_type": "direct" | "mixed",
                 "quote_spans": [[start, end], ...], "speaker_is_pronoun": bool, ...}],
     "actors": [{"name": str, "type": str, "aliases": [str]}],  # optional
     "positions": [{"actor": str, "topic": str, "stance": str, "evidence": str}]  # optional
    }

A record whose text writes its quotation marks as typewriter pairs ('') is read as the loaders
read such an article, the marks curled (`curled_record`), with the quotes those marks hold added
from its attributions where the gold leaves them out.

Scoring (as the corpus README suggests): a predicted quote matches a gold quote when their
spans overlap substantially (at least half of the shorter one); predicted quotes that match only
a gold quote outside the scored types are ignored rather than counted wrong. A speaker is right
when it names the same person (word match on the name, `attribute.match_score`); gold speakers
that are pronouns, or only the cue word ("said", five in PolNeAR dev), are left out. Actors,
when the gold lists them, match by any of their names.
Positions, when the gold lists them (and `eval --positions` asks for them): a predicted position
is right when its actor holds a gold position in that article with the same stance, whatever the
topic; stance precision is right / predicted, stance recall (holder recall) is the share of gold
position holders given a right stance. A predicted actor names a gold actor when its name (else
one of its aliases) is one of the gold actor's forms, titles aside, else when it shares the most
name words with exactly one gold actor (`gold_actor`).

Event gold (`event_gold`: a folder of event files, the texts read from the corpus) adds, per
article: stances per issue (each predicted topic mapped to the gold issue whose label or alias it
shares the most words with, `issue_of`; topics that map to none are counted and listed), junk
(predicted actors that are no gold actor of the event), people split (a gold person named by two
or more predicted actors), both over the actor list only (actors of kind "named": a described
speaker, "an official", "the statement", is no entry of it), and the speakers of all quotes,
pronoun speakers included (the gold resolves them); and per event, from a briefing of its
articles, the stance disagreements shown against the gold's real ones: false and missed ones
listed (`score_briefing`).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .actors import find_actors
from .article_view import ArticleView
from .attribute import match_score, name_tokens
from .attribution import Attribution, kind_of
from .detect import curl_typewriter_quotes, shifted
from .errors import InputError, SummarizerError
from .event_gold import GoldEvent, article_records
from .extract import Extractor
from .load import Article, describe
from .merge import confirm_across
from .names import PRONOUN_SEXES, TITLE_WORDS, find_candidates, person_sex
from .patterns import NAME, VERBS
from .speakers import office_of, referrer
from .statements import is_fragment, is_sure, resolve_sources
from .types import Briefing, Extraction

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
    learned_speakers_scored: int = 0  # those the source of a learned attribution gave
    learned_speakers_right: int = 0
    gold_actors: int = 0
    predicted_actors: int = 0
    matched_actors: int = 0
    predicted_positions: int = 0
    right_positions: int = 0
    rule_positions: int = 0  # of the predicted positions, those a stance-word rule read
    rule_positions_right: int = 0
    gold_holders: int = 0
    found_holders: int = 0
    event_articles: int = 0  # articles scored against event gold: the counts below are theirs
    issue_right: int = 0  # predicted positions with a right stance on the issue their topic maps to
    unmatched_topics: int = 0  # predicted positions whose topic maps to no gold issue
    gold_issue_holders: int = 0  # gold (actor, issue) pairs
    found_issue_holders: int = 0
    listed_actors: int = 0  # predicted actors of the actor list (kind named; event gold only)
    junk_actors: int = 0  # of those, ones that are no gold actor of the event
    gold_people_found: int = 0  # gold persons named by a predicted actor
    split_people: int = 0  # of those, named by two or more predicted actors
    quote_speakers_scored: int = 0  # found gold quotes, pronoun speakers included
    quote_speakers_right: int = 0
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
            "speaker_accuracy_learned": ratio(
                self.learned_speakers_right, self.learned_speakers_scored
            ),
            "speaker_accuracy_model": ratio(
                self.speakers_right - self.rule_speakers_right - self.learned_speakers_right,
                self.speakers_scored - self.rule_speakers_scored - self.learned_speakers_scored,
            ),
            "actor_f1": actor_f1 if self.gold_actors else None,
            "stance_precision": ratio(self.right_positions, self.predicted_positions),
            "stance_precision_rules": ratio(self.rule_positions_right, self.rule_positions),
            "stance_precision_model": ratio(
                self.right_positions - self.rule_positions_right,
                self.predicted_positions - self.rule_positions,
            ),
            "stance_recall": ratio(self.found_holders, self.gold_holders),
            **(self._event_figures() if self.event_articles else {}),
            "model_calls": self.model_calls,
            "evaluated_tokens": self.evaluated_tokens,
            "seconds": round(self.seconds, 1),
        }

    def _event_figures(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "issue_precision": ratio(self.issue_right, self.predicted_positions),
            "issue_recall": ratio(self.found_issue_holders, self.gold_issue_holders),
            "unmatched_topics": self.unmatched_topics,
            "actor_junk_share": ratio(self.junk_actors, self.listed_actors),
            "people_split_share": ratio(self.split_people, self.gold_people_found),
            "quote_speaker_share": ratio(self.quote_speakers_right, self.quote_speakers_scored),
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
        records.append(curled_record(record))
    return records


def curled_record(record: dict[str, Any]) -> dict[str, Any]:
    """A gold record whose text has typewriter quotation marks ('') as the extractor reads it
    (`load` curls them: `detect.curl_typewriter_quotes`): the text curled, every span of its
    quotes and attributions moved with it, and the quotes its attributions mark with them
    added (`_typewriter_quotes`), since PolNeAR's quoted subset leaves them out. Any other
    record is returned as it is."""
    text, curled = curl_typewriter_quotes(record["text"])
    if not curled:
        return record

    def moved(item: dict[str, Any]) -> dict[str, Any]:
        return {
            key: [[shifted(s, curled), shifted(e, curled)] for s, e in value]
            if key.endswith("_spans")
            else value
            for key, value in item.items()
        }

    quotes = [moved(q) for q in record["quotes"]]
    attributions = [moved(a) for a in record.get("attributions", [])]
    opened = {shifted(at, curled) for at in curled}
    known = {json.dumps(q["quote_spans"]) for q in quotes}
    added = [
        q
        for q in _typewriter_quotes(text, attributions, opened)
        if json.dumps(q["quote_spans"]) not in known
    ]
    return {**record, "text": text, "quotes": quotes + added, "attributions": attributions}


_DOUBLE_MARK = re.compile(r'["\u201c\u201d]')
_QUOTE_TRIM = " \t\n\u00a0.,;:!?\u2014-"


def _typewriter_quotes(
    text: str, attributions: list[dict[str, Any]], opened: set[int] | None
) -> list[dict[str, Any]]:
    """The quoted subset of `attributions` where their marks were typewriter ones (`opened`:
    where those marks stand; None: any marks), made as PolNeAR's `quotes` are: an attribution
    whose content holds marks gives a quote of the stretches between them (the marks inside its
    content spans taken in pairs, in order), "direct" when nothing else of the content is left,
    its source as the speaker. Applied to the curly and straight marks of PolNeAR's other
    articles, the same pairing gives 5,539 of the corpus's 5,708 quotes (and 145 it does not
    hold), of the same type for all but one of them (`tests/test_evaluate.py`)."""
    found = []
    for attribution in attributions:
        spans = []
        for start, end in attribution["content_spans"]:
            marks = [m.start() for m in _DOUBLE_MARK.finditer(text, start, end)]
            spans += [[o, c + 1] for o, c in zip(marks[::2], marks[1::2], strict=False)]
        if not spans or (opened is not None and spans[0][0] not in opened):
            continue
        rest = "".join(text[s:e] for s, e in attribution["content_spans"])
        for s, e in spans:
            rest = rest.replace(text[s:e], "", 1)
        speaker = (attribution["source"] or "").strip(" \t\n\u00a0,;:") or None
        found.append(
            {
                "speaker": speaker,
                "quote": " ".join(text[s + 1 : e - 1] for s, e in spans),
                "quote_type": "mixed" if rest.strip(_QUOTE_TRIM) else "direct",
                "quote_spans": spans,
                "speaker_spans": attribution["source_spans"],
                "speaker_is_pronoun": (speaker or "").casefold() in _PRONOUN_SOURCES,
            }
        )
    return found


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


def _apposed_names(speaker: str) -> list[str]:
    """The full names a gold speaker gives in apposition after a description: "Another critic,
    Laurence H. Tribe" → "Laurence H. Tribe" (the head alone, "Another critic", names no one)."""
    parts = [p.strip() for p in speaker.split(",")[1:]]
    return [p for p in parts if len(p.split()) >= 2 and re.fullmatch(NAME, p)]


def score(
    record: dict[str, Any],
    extraction: Extraction,
    quote_types: set[str],
    *,
    positions: bool | None = None,
) -> Score:
    """One article's extraction against its gold record. Positions are scored when the gold
    has them and `positions` is True, or (None) when the extraction has some: a JSON Lines
    gold's articles without a predicted position then leave its holders out of the recall,
    where event gold (`evaluate_events`, positions=True when they were asked) counts them."""
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
        by_learned = quote.attribution == "learned"
        result.rule_speakers_scored += by_rule
        result.learned_speakers_scored += by_learned
        head = _speaker_head(gold["speaker"])
        gold_names = [
            head,
            *_apposed_names(gold["speaker"]),
            *_gold_aliases(record, gold["speaker"]),
        ]
        if any(match_score(name, predicted, aliases.get(predicted, [])) for name in gold_names):
            result.speakers_right += 1
            result.rule_speakers_right += by_rule
            result.learned_speakers_right += by_learned
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
    if "event_actors" in record:
        _score_named_actors(record["actors"], record["event_actors"], extraction, result)
    elif "actors" in record:
        _score_actors(record["actors"], extraction, result)
    if "event_actors" in record:
        _score_event_article(record, extraction, result)
    if record.get("positions") and (
        positions if positions is not None else bool(extraction.positions)
    ):
        _score_positions(record, extraction, result)
    return result


def _score_positions(record: dict[str, Any], extraction: Extraction, result: Score) -> None:
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    gold_actors = record.get("event_actors") or record.get("actors") or []
    by_name = {a.name: a for a in extraction.actors}
    result.gold_holders = len(gold)
    found: set[str] = set()
    holders_of: dict[str, list[str]] = {}
    for position in extraction.positions:
        result.predicted_positions += 1
        by_rule = position.attribution == "rule"
        result.rule_positions += by_rule
        aliases = by_name[position.actor].aliases if position.actor in by_name else []
        holders = gold_holders(position.actor, aliases, gold, gold_actors)
        holders_of[position.actor] = holders
        if any(position.stance in gold.get(g, set()) for g in holders):
            result.right_positions += 1
            result.rule_positions_right += by_rule
            found.update(g for g in holders if position.stance in gold.get(g, set()))
        else:
            known = set().union(*(gold.get(g, set()) for g in holders))
            expected = "/".join(sorted(known)) or "no position"
            result.misses.append(
                f"stance of {position.actor!r}: got {position.stance}, gold {expected}"
                f" ({position.attribution})"
            )
    result.found_holders = len(found)
    if "issues" in record:
        _score_issues(record, extraction, holders_of, result)


def gold_holders(
    name: str, aliases: list[str], gold: dict[str, Any], gold_actors: list[dict[str, Any]]
) -> list[str]:
    """The gold holders (keys of `gold`) a predicted actor's position is scored against: the
    gold actor it names (`gold_actor`), else those of `gold` whose names it matches."""
    named = gold_actor(name, aliases, gold_actors) if gold_actors else None
    if named is not None:
        return [named]
    return [g for g in gold if match_score(g, name, aliases)]


def _score_issues(
    record: dict[str, Any],
    extraction: Extraction,
    holders_of: dict[str, list[str]],
    result: Score,
) -> None:
    """Stances per issue: each predicted position's topic mapped to a gold issue."""
    gold: dict[tuple[str, str], set[str]] = {}
    for position in record["positions"]:
        gold.setdefault((position["actor"], position["issue"]), set()).add(position["stance"])
    result.gold_issue_holders = len(gold)
    found: set[tuple[str, str]] = set()
    unmatched: dict[str, int] = {}
    for position in extraction.positions:
        issue = issue_of(position.topic, record["issues"])
        if issue is None:
            result.unmatched_topics += 1
            unmatched[position.topic] = unmatched.get(position.topic, 0) + 1
            continue
        right = [
            (g, issue)
            for g in holders_of.get(position.actor, [])
            if position.stance in gold.get((g, issue), set())
        ]
        if right:
            result.issue_right += 1
            found.update(right)
    result.found_issue_holders = len(found)
    for topic, count in unmatched.items():
        result.misses.append(f"topic matches no gold issue: {topic!r} ({count} position(s))")


_TOPIC_STOP = {
    "a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "with", "by", "at", "from",
    "over", "about", "its", "his", "her", "their", "this", "that", "as", "is", "are", "be",
    "into", "after", "before", "against",
}  # fmt: skip


def _topic_words(text: str) -> set[str]:
    words = set()
    for word in name_tokens(text.replace("\u2019", "'")):
        if word in _TOPIC_STOP or len(word) < 2:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return words


def issue_of(topic: str, issues: list[dict[str, Any]]) -> str | None:
    """The gold issue a predicted topic is about: the one whose label or an alias has the
    largest share of its words in the topic (at least half), ties going to the most shared
    words, then to the first issue; None when no issue reaches half."""
    words = _topic_words(topic)
    best: tuple[float, int] = (0.0, 0)
    chosen = None
    for issue in issues:
        for phrase in (issue["label"], *issue.get("aliases", [])):
            phrase_words = _topic_words(phrase)
            shared = len(words & phrase_words)
            if not shared:
                continue
            key = (shared / len(phrase_words), shared)
            if key > best:
                best, chosen = key, issue["id"]
    return chosen if best[0] >= 0.5 else None


def _name_key(name: str) -> str:
    """A name's words without accents, leading titles and articles: "Rep. Luis Gutiérrez" ->
    "luis gutierrez"."""
    plain = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    words = name_tokens("".join(c for c in plain if not unicodedata.combining(c)))
    while len(words) > 1 and (
        words[0] in TITLE_WORDS or f"{words[0]}." in TITLE_WORDS or words[0] in ("the", "a", "an")
    ):
        words = words[1:]
    return " ".join(words)


def gold_actor(name: str, aliases: list[str], actors: list[dict[str, Any]]) -> str | None:
    """The gold actor (canonical name) a predicted actor names: the one with the predicted name
    among its forms (as written, else titles and accents aside: "Mrs. Vask" is the gold form
    "Mrs. Vask"'s before it is any "Vask"'s), else with one of the predicted aliases, else the
    single one sharing the most name words with the predicted name (`match_score`) and no other
    first name; None for none."""
    written: dict[str, str] = {}
    forms: dict[str, str] = {}
    for actor in actors:
        for form in (actor["name"], *actor.get("aliases", [])):
            written.setdefault(" ".join(form.casefold().split()), actor["name"])
            forms.setdefault(_name_key(form), actor["name"])
    for candidate in (name, *aliases):
        exact = " ".join(candidate.casefold().split())
        if exact in written:
            return written[exact]
        key = _name_key(candidate)
        if key and key in forms:
            return forms[key]
    if not _name_key(name).strip() or set(name_tokens(name)) <= TITLE_WORDS:
        return None  # "president", "the": a title or a function word names no one
    given = _name_key(name).split()
    scores = [
        (match_score(name, a["name"], a.get("aliases", [])), a["name"])
        for a in actors
        if not _other_given_name(given, _name_key(a["name"]).split())
    ]
    best = max((score for score, _ in scores), default=0)
    winners = [n for score, n in scores if score == best]
    return winners[0] if best and len(winners) == 1 else None


def _other_given_name(a: list[str], b: list[str]) -> bool:
    """Whether two full names have different first names ("Jim Smith", "Bob Smith"); an
    initial agrees with any name it may stand for."""
    if len(a) < 2 or len(b) < 2 or a[0] == b[0]:
        return False
    initial = (len(a[0]) == 1 and b[0].startswith(a[0])) or (
        len(b[0]) == 1 and a[0].startswith(b[0])
    )
    return not initial


def _score_event_article(record: dict[str, Any], extraction: Extraction, result: Score) -> None:
    """Junk actors, people split and the speakers of every quote, against event gold."""
    result.event_articles = 1
    gold_actors = record["event_actors"]
    persons = {a["name"] for a in gold_actors if a["type"] == "person"}
    named: dict[str, list[str]] = {}
    for actor in extraction.actors:
        if actor.kind != "named":
            continue  # a described speaker ("an official") is no entry of the actor list
        result.listed_actors += 1
        match = gold_actor(actor.name, actor.aliases, gold_actors)
        if match is None:
            result.junk_actors += 1
            result.misses.append(f"junk actor: {actor.name!r} ({actor.type})")
        else:
            named.setdefault(match, []).append(actor.name)
    people = {g: names for g, names in named.items() if g in persons}
    result.gold_people_found = len(people)
    for person, names in people.items():
        if len(names) > 1:
            result.split_people += 1
            result.misses.append(f"split: {person!r} is {', '.join(map(repr, names))}")
    by_name = {a.name: a for a in extraction.actors}
    for gold in record["quotes"]:
        spans = [tuple(s) for s in gold["quote_spans"]]
        hits = [
            q for q in extraction.quotes
            if any(_overlap((q.start, q.end), span) for span in spans)
        ]  # fmt: skip
        if not hits or not gold.get("speaker"):
            continue
        result.quote_speakers_scored += 1
        predicted = hits[0].speaker
        entry = by_name.get(predicted)
        said = gold_actor(predicted, entry.aliases if entry else [], gold_actors)
        if said == gold["speaker"]:
            result.quote_speakers_right += 1
            continue
        listed = f"speaker of {gold['quote'][:40]!r}:"
        if not any(miss.startswith(listed) for miss in result.misses):
            pronoun = " (a pronoun)" if gold.get("speaker_is_pronoun") else ""
            result.misses.append(f"{listed} gold {gold['speaker']!r}{pronoun}, got {predicted!r}")


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


@dataclass
class EventScore:
    """A briefing of an event's articles against the event's gold."""

    event: str
    gold_disagreements: int = 0
    shown: int = 0  # stance disagreements the briefing shows
    real: int = 0  # of those, ones the gold has (same actor and issue)
    topics: int = 0  # distinct topics of the briefing's positions
    issues: int = 0  # the gold's issues
    people: int = 0  # gold persons named by the briefing's actors
    split: int = 0  # of those, named by two or more briefing actors
    positions_shown: int = 0  # positions the briefing shows
    # of those, with the stance the gold gives their actor in their source on the gold issue
    # that the name of the briefing's issue they are filed under maps to
    shown_on_issue: int = 0
    error: str | None = None
    false: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    splits: list[str] = field(default_factory=list)

    def add(self, other: EventScore) -> None:
        for name in _EVENT_COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("false", "missed", "splits"):
            getattr(self, name).extend(f"{other.event}: {line}" for line in getattr(other, name))

    def figures(self) -> dict[str, Any]:
        return {
            "disagreements_gold": self.gold_disagreements,
            "disagreements_shown": self.shown,
            "disagreements_false": self.shown - self.real,
            "disagreements_missed": len(self.missed),
            "people_split_share": round(self.split / self.people, 3) if self.people else None,
            "topics": self.topics,
            "issues": self.issues,
            "positions_shown": self.positions_shown,
            "issue_precision_shown": (
                round(self.shown_on_issue / self.positions_shown, 3)
                if self.positions_shown
                else None
            ),
        }

    def report(self) -> dict[str, Any]:
        """The figures with the disagreements shown falsely, those missed and the split people."""
        return {**self.figures(), "false": self.false, "missed": self.missed, "splits": self.splits}


def eval_json(total: Score, articles: list[Score], per_article: bool) -> dict[str, Any]:
    """`eval --json`: the figures and counts, and each article's figures (with its misses and
    error with `per_article`)."""
    return {
        "total": total.figures(),
        "counts": total.counts(),
        "articles": {
            a.article: {
                **a.figures(),
                **({"misses": a.misses, "error": a.error} if per_article else {}),
            }
            for a in articles
        },
    }


_EVENT_COUNTS = tuple(f.name for f in fields(EventScore) if f.type == "int")


def score_briefing(event: GoldEvent, briefing: Briefing, outlet_of: dict[str, str]) -> EventScore:
    """The stance disagreements a briefing of the event shows against the gold's: one is real
    when the gold has a disagreement of the same actor on the same issue (its topic mapped with
    `issue_of`), else false; gold ones not shown are missed. Also the gold persons the briefing
    splits across actors, and how many of the positions it shows are right on the issue it
    files them under (`_shown_on_issue`). `outlet_of` maps an article's sha256 to its outlet."""
    result = EventScore(event=event.id, issues=len(event.issues))
    result.gold_disagreements = len(event.disagreements)
    result.topics = len({p.topic for p in briefing.positions})
    outlets = {s.ref: outlet_of.get(s.sha256, s.id) for s in briefing.sources}
    actors = {a.id: a for a in briefing.actors}
    named = {
        a.id: gold_actor(a.name, a.aliases, event.actors)
        for a in briefing.actors
        if a.kind == "named"
    }
    persons = {a["name"] for a in event.actors if a["type"] == "person"}
    by_person: dict[str, list[str]] = {}
    for actor_id, match in named.items():
        if match is not None and match in persons:
            by_person.setdefault(match, []).append(actors[actor_id].name)
    result.people = len(by_person)
    for person, names in sorted(by_person.items()):
        if len(names) > 1:
            result.split += 1
            result.splits.append(f"{person!r} is {', '.join(map(repr, names))}")
    result.positions_shown = len(briefing.positions)
    result.shown_on_issue = _shown_on_issue(event, briefing, outlets)
    shown: set[tuple[str, str]] = set()
    for finding in briefing.disagreements:
        if finding.kind != "stance":
            continue
        result.shown += 1
        actor = named.get(finding.actor)
        issue = issue_of(finding.topic, event.issues)
        said = "; ".join(
            f"{side.says} ({', '.join(outlets.get(ref, str(ref)) for ref in side.sources)})"
            for side in finding.sides
        )
        name = actors[finding.actor].name if finding.actor in actors else finding.actor
        real = (
            any(d["actor"] == actor and d["issue"] == issue for d in event.disagreements)
            and (actor, issue) not in shown
        )
        if real and actor is not None and issue is not None:
            result.real += 1
            shown.add((actor, issue))
            continue
        why = (
            "the actor is no gold actor" if actor is None
            else "the topic matches no gold issue" if issue is None
            else "the gold has no disagreement there"
        )  # fmt: skip
        result.false.append(f"{name!r} on {finding.topic!r}: {said} ({why})")
    for disagreement in event.disagreements:
        if (disagreement["actor"], disagreement["issue"]) not in shown:
            stances = ", ".join(f"{o} {s}" for o, s in sorted(disagreement["stances"].items()))
            result.missed.append(f"{disagreement['actor']!r} on {disagreement['issue']}: {stances}")
    return result


def _shown_on_issue(event: GoldEvent, briefing: Briefing, outlets: dict[int, str]) -> int:
    """The positions a briefing shows that are right where it shows them: the gold gives their
    actor (`gold_actor`, a described one too) their stance in their source on the gold issue
    that the name of the briefing's issue maps to (`issue_of`). A side right on another issue
    than the one it is filed under is not: the reader sees it under that one."""
    gold: dict[tuple[str, str], dict[str, set[str]]] = {}
    for article in event.gold["articles"]:
        for position in article["positions"]:
            by_issue = gold.setdefault((article["outlet"], position["actor"]), {})
            by_issue.setdefault(position["issue"], set()).add(position["stance"])
    actors = {a.id: gold_actor(a.name, a.aliases, event.actors) for a in briefing.actors}
    right = 0
    for position in briefing.positions:
        actor = actors.get(position.actor)
        issue = issue_of(position.topic, event.issues)
        if actor is None or issue is None:
            continue
        held = gold.get((outlets.get(position.source, ""), actor), {})
        right += position.stance in held.get(issue, set())
    return right


def _score_article(
    record: dict[str, Any],
    extractor: Extractor,
    quote_types: set[str],
    positions: bool | None = None,
) -> tuple[Score, Extraction | None]:
    extraction, error, seconds = _extract_article(record, extractor)
    article_score = _scored(record, extraction, error, quote_types, positions=positions)
    article_score.seconds = seconds
    return article_score, extraction


def _extract_article(
    record: dict[str, Any], extractor: Extractor
) -> tuple[Extraction | None, str | None, float]:
    """The article's extraction, or None with the error that stopped it; and the seconds."""
    article = Article(meta=describe(record["text"], Path(record["id"])), text=record["text"])
    started = time.perf_counter()
    try:
        extraction = extractor.extract(article)
    except SummarizerError as exc:
        return None, str(exc), time.perf_counter() - started
    return extraction, None, time.perf_counter() - started


def _scored(
    record: dict[str, Any],
    extraction: Extraction | None,
    error: str | None,
    quote_types: set[str],
    *,
    positions: bool | None,
) -> Score:
    if extraction is None:
        meta = describe(record["text"], Path(record["id"]))
        empty = Extraction(article=meta, actors=[], positions=[], quotes=[])
        article_score = score(record, empty, quote_types, positions=positions)
        article_score.error = error
        return article_score
    return score(record, extraction, quote_types, positions=positions)


def _score_named_actors(
    gold: list[dict[str, Any]],
    event_actors: list[dict[str, Any]],
    extraction: Extraction,
    result: Score,
) -> None:
    """Actor F1 against event gold: the article's gold actors each named by a predicted actor
    (`gold_actor` over the event's actors); a predicted actor that names none of the article's,
    or one already named, is extra."""
    result.gold_actors = len(gold)
    result.predicted_actors = len(extraction.actors)
    here = {actor["name"] for actor in gold}
    named: set[str] = set()
    for predicted in extraction.actors:
        match = gold_actor(predicted.name, predicted.aliases, event_actors)
        if match is not None and match in here and match not in named:
            named.add(match)
        else:
            result.misses.append(f"extra actor: {predicted.name!r}")
    result.matched_actors = len(named)
    result.misses += [f"missed actor: {a['name']!r}" for a in gold if a["name"] not in named]


def evaluate_events(
    events: list[GoldEvent],
    extractor: Extractor,
    *,
    quote_types: set[str],
    make_briefing: Callable[[list[Extraction]], Briefing] | None = None,
    on_article: Any = None,
    on_event: Any = None,
) -> tuple[Score, list[Score], EventScore, list[EventScore]]:
    """Score each event's articles against its gold (as `evaluate` does, with the event parts),
    and, given `make_briefing` (extractions -> briefing, as `summarizer brief` builds it), the
    briefing of each event's articles (`score_briefing`)."""
    total = Score(article="total")
    per_article = []
    events_total = EventScore(event="total")
    per_event = []
    for event in events:
        records = article_records(event)
        extracted = [_extract_article(record, extractor) for record in records]
        # What the briefing shows of each article: its positions with those another article's
        # reading confirms (`merge.confirm_across`).
        confirmed = iter(confirm_across([e for e, _, _ in extracted if e is not None]))
        extractions = []
        outlet_of = {}
        for record, (extraction, error, seconds) in zip(records, extracted, strict=True):
            if extraction is not None:
                extraction = next(confirmed)
            article_score = _scored(
                record, extraction, error, quote_types, positions=extractor.with_positions
            )
            article_score.seconds = seconds
            total.add(article_score)
            per_article.append(article_score)
            if on_article:
                on_article(article_score)
            if extraction is not None:
                extractions.append(extraction)
                outlet_of[extraction.article.sha256] = record["outlet"]
        if make_briefing is None:
            continue
        if extractions:
            event_score = score_briefing(event, make_briefing(extractions), outlet_of)
        else:
            event_score = EventScore(event=event.id, error="no article of the event succeeded")
        events_total.add(event_score)
        per_event.append(event_score)
        if on_event:
            on_event(event_score)
    return total, per_article, events_total, per_event


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
        article_score, _ = _score_article(record, extractor, quote_types)
        total.add(article_score)
        per_article.append(article_score)
        if on_article:
            on_article(article_score)
    return total, per_article


# Attributions (PolNeAR's `attributions`: every source, cue and content, quoted or not).

KINDS = ("direct", "mixed", "indirect")
_ATTRIBUTION_COUNTS = (
    "gold",
    "predicted",
    "matched_gold",
    "matched_predicted",
    "exact_gold",
    "exact_predicted",
    "shown",
    "shown_right",
    "sources_scored",
    "sources_right",
    "pronouns_scored",
    "pronouns_right",
    "descriptions_scored",
    "descriptions_right",
)
_PRONOUN_SOURCES = {
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "their",
    "its", "who", "which", "that",
}  # fmt: skip
# Pronouns that refer to a person: their gold referent is a name, not "the campaign".
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "who", "whom", "i"}
_RELATIVE_SOURCES = {"who", "whom", "which", "that"}
# A name right before a relative pronoun: capitalised words (initials, "Jr.", "de" between
# them), then a comma or a space.
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w\u2019'.-]*)(?:\s+(?:[A-Z][\w\u2019'.-]*|de|van|von|al|bin))*)[\s,]*$"
)
_SPAN_TRIM = " \t\n\u00a0.,;:!?\"'\u201c\u201d\u2018\u2019()"

SpanList = list[tuple[int, int]] | tuple[tuple[int, int], ...]
# The actor a predicted source resolves to: its name and aliases.
Speaker = tuple[str, list[str]]


@dataclass
class AttributionScore:
    """Counts behind the attribution figures, in total and by kind (`direct`, `mixed`,
    `indirect`: gold counts by the gold content's kind, predicted counts by the predicted
    one's)."""

    article: str
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k: dict.fromkeys(_ATTRIBUTION_COUNTS, 0) for k in KINDS}
    )
    misses: list[str] = field(default_factory=list)

    def add(self, other: AttributionScore) -> None:
        for kind in KINDS:
            for name in _ATTRIBUTION_COUNTS:
                self.counts[kind][name] += other.counts[kind][name]

    def total(self) -> dict[str, int]:
        return {name: sum(self.counts[k][name] for k in KINDS) for name in _ATTRIBUTION_COUNTS}

    def figures(self) -> dict[str, Any]:
        result: dict[str, Any] = dict(_attribution_figures(self.total()))
        result["by_kind"] = {kind: _attribution_figures(self.counts[kind]) for kind in KINDS}
        return result


def _attribution_figures(counts: dict[str, int]) -> dict[str, float | int | None]:
    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    def f1(p: float | None, r: float | None) -> float | None:
        return round(2 * p * r / (p + r), 3) if p and r else None

    precision = ratio(counts["matched_predicted"], counts["predicted"])
    recall = ratio(counts["matched_gold"], counts["gold"])
    exact_p = ratio(counts["exact_predicted"], counts["predicted"])
    exact_r = ratio(counts["exact_gold"], counts["gold"])
    return {
        "gold": counts["gold"],
        "predicted": counts["predicted"],
        "content_precision": precision,
        "content_recall": recall,
        "content_f1": f1(precision, recall),
        "exact_precision": exact_p,
        "exact_recall": exact_r,
        "exact_f1": f1(exact_p, exact_r),
        "source_accuracy": ratio(counts["sources_right"], counts["sources_scored"]),
        "sources_scored": counts["sources_scored"],
        "pronoun_accuracy": ratio(counts["pronouns_right"], counts["pronouns_scored"]),
        "pronouns_scored": counts["pronouns_scored"],
        "description_accuracy": ratio(counts["descriptions_right"], counts["descriptions_scored"]),
        "descriptions_scored": counts["descriptions_scored"],
        "shown": counts["shown"],
        "shown_precision": ratio(counts["shown_right"], counts["shown"]),
    }


def _shared(a: SpanList, b: SpanList) -> int:
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a for bs, be in b)


def _size(spans: SpanList) -> int:
    return sum(end - start for start, end in spans)


def spans_overlap(a: SpanList, b: SpanList) -> bool:
    """Whether two span lists share at least half of the shorter one (OVERLAP)."""
    shared = _shared(a, b)
    return shared > 0 and shared >= OVERLAP * min(_size(a), _size(b))


def _trimmed(text: str, spans: SpanList) -> set[tuple[int, int]]:
    """The spans without spaces and punctuation at their ends, for an exact comparison."""
    result = set()
    for start, end in spans:
        while start < end and text[start] in _SPAN_TRIM:
            start += 1
        while end > start and text[end - 1] in _SPAN_TRIM:
            end -= 1
        if start < end:
            result.add((start, end))
    return result


def _spans_text(text: str, spans: SpanList) -> str:
    return " … ".join(text[s:e] for s, e in spans)


def score_attributions(
    record: dict[str, Any],
    predicted: list[Attribution],
    speakers: list[Speaker | None] | None = None,
) -> AttributionScore:
    """Score predicted attributions against a gold record's `attributions`; `speakers`, when
    given, are the actors the predicted sources resolve to (`statements.resolve_sources`).

    Contents are paired one to one, best overlap first; a pair counts when the two share at
    least half of the shorter (`spans_overlap`), and counts as exact when their spans are the
    same once spaces and punctuation at the ends are set aside. For each pair the source is
    right when it overlaps the gold source the same way, or names the same person
    (`match_score` on the gold source's head, against the source as written and the actor it
    resolves to); a gold attribution without a source is right when none is predicted. A gold
    source that is a pronoun (PolNeAR does not resolve them) is right when the predicted
    source resolves to the same person as the gold's nearest named source before it (for he,
    she, who: a capitalised name, not "The …"; a relative "who", "which" right after a name:
    that name); where the gold has no such name, when the spans overlap. Those pairs are also
    counted apart (`pronouns_scored`, `pronouns_right`). Gold attributions without a content
    span are left out.
    """
    text = record["text"]
    result = AttributionScore(article=record["id"])
    gold = [a for a in record.get("attributions", []) if a["content_spans"]]
    gold_kinds = [kind_of(text, [tuple(s) for s in a["content_spans"]]) for a in gold]
    for kind in gold_kinds:
        result.counts[kind]["gold"] += 1
    for attribution in predicted:
        result.counts[attribution.kind]["predicted"] += 1
    pairs = []
    for g, attribution in enumerate(gold):
        gold_spans = [tuple(s) for s in attribution["content_spans"]]
        for p, guess in enumerate(predicted):
            if spans_overlap(gold_spans, guess.content):
                shared = _shared(gold_spans, guess.content)
                pairs.append((shared / max(_size(gold_spans), _size(guess.content)), g, p))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    right_predicted: set[int] = set()  # matched, with the source right
    for _, g, p in sorted(pairs, key=lambda pair: (-pair[0], pair[1], pair[2])):
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        attribution, guess = gold[g], predicted[p]
        kind = gold_kinds[g]
        counts = result.counts[kind]
        counts["matched_gold"] += 1
        result.counts[guess.kind]["matched_predicted"] += 1
        exact = _trimmed(text, [tuple(s) for s in attribution["content_spans"]]) == _trimmed(
            text, guess.content
        )
        counts["exact_gold"] += exact
        result.counts[guess.kind]["exact_predicted"] += exact
        counts["sources_scored"] += 1
        speaker = speakers[p] if speakers is not None else None
        referent = gold_referent(record.get("attributions", []), attribution, text)
        if referent is not None:
            counts["pronouns_scored"] += 1
            right = _names_same(referent, text, guess, speaker)
            counts["pronouns_right"] += right
        else:
            right = _source_right(text, attribution, guess, speaker)
            meant = described_referent(record.get("attributions", []), attribution)
            if meant is not None:
                counts["descriptions_scored"] += 1
                counts["descriptions_right"] += _names_same(meant, text, guess, speaker)
        if right:
            counts["sources_right"] += 1
            right_predicted.add(p)
        else:
            result.misses.append(
                f"source of {attribution['content'][:40]!r}: gold {attribution['source']!r}"
                + (f" ({referent!r})" if referent else "")
                + f", got {_spans_text(text, guess.source)!r}"
                + (f" ({speaker[0]!r})" if speaker else "")
            )
    for g, attribution in enumerate(gold):
        if g not in used_gold:
            result.misses.append(
                f"missed {gold_kinds[g]}: {attribution['source']!r} {attribution['cue']!r}"
                f" {attribution['content'][:60]!r}"
            )
    for p, guess in enumerate(predicted):
        if (
            speakers is not None
            and speakers[p] is not None
            and is_sure(guess)
            and not is_fragment(text, guess)
        ):
            result.counts[guess.kind]["shown"] += 1
            result.counts[guess.kind]["shown_right"] += p in right_predicted
        if p not in used_predicted:
            result.misses.append(
                f"extra {guess.kind}: {_spans_text(text, guess.source)!r}"
                f" {_spans_text(text, guess.cue)!r} {_spans_text(text, guess.content)[:60]!r}"
            )
    return result


def described_referent(gold: list[dict[str, Any]], attribution: dict[str, Any]) -> str | None:
    """For a gold source that is a definite description by an office ("the senator", "The
    presumptive Republican presidential nominee": `speakers.office_of`), the person it refers
    back to as the pronoun sources' referent is found (`gold_referent`): the nearest named
    gold source before it, a capitalised name not opening with "The"; else None. (Its source
    is scored as written, by span; this is the person meant, counted apart.)"""
    written = (attribution["source"] or "").strip()
    if office_of(written) is None or not attribution["source_spans"]:
        return None
    return _named_before(gold, attribution["source_spans"][0][0], person=True)


def _source_right(
    text: str, gold: dict[str, Any], guess: Attribution, speaker: Speaker | None
) -> bool:
    gold_spans = [tuple(s) for s in gold["source_spans"]]
    if not gold_spans:
        return not guess.source
    if not guess.source:
        return False
    if spans_overlap(gold_spans, guess.source):
        return True
    written = gold["source"].strip()
    if written.lower() in _PRONOUN_SOURCES:
        return False
    return _names_same(written, text, guess, speaker)


def _names_same(written: str, text: str, guess: Attribution, speaker: Speaker | None) -> bool:
    """Whether the predicted source, as written or as the actor it resolves to, names the
    person the gold source `written` names."""
    head = _speaker_head(written)
    if speaker is not None and match_score(head, speaker[0], speaker[1]):
        return True
    return bool(guess.source) and bool(match_score(head, _spans_text(text, guess.source), []))


def gold_referent(
    gold: list[dict[str, Any]], attribution: dict[str, Any], text: str = ""
) -> str | None:
    """For a gold source that is a pronoun: a relative ("who", "which", "that") right after a
    name is that name ("Attorney General Jane Q. Roe, who told the panel": Roe); else the
    nearest named gold source before it (for a person's pronoun, a capitalised name that does
    not start with "The"), else None."""
    written = (attribution["source"] or "").strip().lower()
    if written not in _PRONOUN_SOURCES or not attribution["source_spans"]:
        return None
    at = attribution["source_spans"][0][0]
    if written in _RELATIVE_SOURCES and text:
        named = _NAME_BEFORE.search(text[max(0, at - 80) : at])
        if named:
            return _speaker_head(named.group(1))
    return _named_before(
        gold, at, person=written in _PERSON_PRONOUNS, sex=PRONOUN_SEXES.get(written), text=text
    )


def _named_before(
    gold: list[dict[str, Any]], at: int, *, person: bool, sex: str | None = None, text: str = ""
) -> str | None:
    """The nearest named gold source before offset `at`: a capitalised name, for a `person`
    not one starting with "The", and not one of the other `sex` where the text shows its sex;
    None where there is none."""
    before = sorted(
        (a for a in gold if a["source_spans"] and a["source_spans"][0][0] < at),
        key=lambda a: -a["source_spans"][0][0],
    )
    for other in before:
        head = _speaker_head((other["source"] or "").strip())
        if not head or head.lower() in _PRONOUN_SOURCES or not head[0].isupper():
            continue
        if person and head.split()[0].lower() in {"the", "a", "an"}:
            continue
        if sex and _sex_shown(head, text) not in (None, sex):
            continue  # "Ada Roe said …. He added": not Ada Roe
        return head
    return None


def _sex_shown(head: str, text: str) -> str | None:
    """The sex a gold source's name shows ("M", "F"): by its first name or honorific
    (`names.person_sex`), else, for a surname alone, by the first names and honorifics the
    article writes it with ("Roe" after "Ada Roe" and "Ms. Roe"), where they agree."""
    words = head.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return person_sex(head)
    shown = {
        person_sex(found.group(0))
        for found in re.finditer(rf"\b[A-Z][\w.]*\s+{re.escape(words[0])}\b", text)
    } - {None}
    return shown.pop() if len(shown) == 1 else None


def resolved_attributions(text: str) -> tuple[list[Attribution], list[Speaker | None]]:
    """The shipped model's attributions of `text` with the actors their sources resolve to,
    as the extraction's statement step resolves them (actors from the rules, no model)."""
    view = ArticleView.of(text)
    candidates = find_candidates(text)
    actors = find_actors(text, candidates, view)
    resolved = resolve_sources(view, actors, candidates, referrer=referrer(view, candidates))
    return [r.attribution for r in resolved], [
        (r.speaker.name, list(r.speaker.aliases)) if r.speaker else None for r in resolved
    ]


def evaluate_attributions(
    records: list[dict[str, Any]],
    find: Callable[[str], list[Attribution]] | None = None,
    resolve: Callable[[str], tuple[list[Attribution], list[Speaker | None]]] | None = None,
) -> tuple[AttributionScore, list[AttributionScore]]:
    """Score `find` (text -> attributions), or `resolve` (text -> attributions and the actors
    their sources resolve to), over gold records with `attributions`."""
    total = AttributionScore(article="total")
    per_article = []
    for record in records:
        if resolve is not None:
            found, speakers = resolve(record["text"])
            article_score = score_attributions(record, found, speakers)
        else:
            assert find is not None, "evaluate_attributions needs find or resolve"
            article_score = score_attributions(record, find(record["text"]))
        total.add(article_score)
        per_article.append(article_score)
    return total, per_article
