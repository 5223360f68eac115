"""Per-article extraction: prompt → generate → parse/validate (re-ask) → ground.

Two kinds of request, sharing the article as a prompt prefix that llama.cpp evaluates once:
one for the actors and their positions, and one short question per quotation that the rules
could not attribute. Quotes themselves come from the text (detect.py), never from the model.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from . import attribute, detect, ground, names, schemas
from .errors import ExtractionError
from .generation import Backend, Generation, Message, Request
from .load import Article
from .prompting import PromptTemplate
from .types import (
    EXTRACTION_VERSION,
    Actor,
    ActorType,
    Extraction,
    Position,
    Quote,
    Rejected,
    Span,
    SpeakerOut,
    StanceOut,
    TopicOut,
    Usage,
)

NONE_OPTION = "none"
TOPIC_MAX_TOKENS = 40
STANCE_MAX_TOKENS = 30
SPEAKER_MAX_TOKENS = 40
MAX_POSITIONS = 6
EVIDENCE_CHOICES = 3  # sentences shown for one actor's stance
LONG_ARTICLE_CHARS = 9000
LONG_ARTICLE_SENTENCES = 40
MAX_PASSAGE_CHARS = 1200
PROMINENT_MENTIONS = 8  # an entity named this often is an actor of the story

_PERSON_WORDS = {
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources",
    "minister", "diplomat", "aide", "adviser", "advisor", "analyst", "expert", "president",
    "leader", "chief", "secretary", "ambassador", "envoy", "senator", "lawmaker",
}  # fmt: skip


# "Related article: …", "Read also: …": a link to another story, not this one's reporting.
_LINK_TO_ANOTHER_STORY = re.compile(
    r"\s*(?:related(?:\s+(?:article|articles|story|stories|coverage))?|read\s+(?:also|more)|"
    r"see\s+also|more\s+on\s+this)\s*:",
    re.IGNORECASE,
)

_DOCUMENT_WORDS = {"report", "statement", "ruling", "article", "editorial", "paper", "study"}


@dataclass
class Extractor:
    backend: Backend
    template: PromptTemplate
    max_attempts: int = 3
    on_event: Callable[[str], None] | None = None
    with_positions: bool = True  # `eval` on a quotes-only corpus skips them

    def extract(self, article: Article) -> Extraction:
        return _Run(self, article).run()

    def cache_key(self, article: Article) -> str:
        """Everything that decides this article's extraction: its text, the model, the
        template, the output schemas, the sampling settings and the extraction code."""
        backend = self.backend
        payload = {
            "text_sha256": article.meta.sha256,
            "extraction_version": EXTRACTION_VERSION,
            "model": backend.model_sha256 or backend.model_name,
            "template_sha256": self.template.sha256,
            "schemas": _output_schemas(),
            "sampling": backend.sampling,
            "with_positions": self.with_positions,
            "max_attempts": self.max_attempts,
            "code": _code_sha256(),
        }
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.cache
def _output_schemas() -> dict[str, Any]:
    """The JSON Schemas of what the model writes, task by task (part of every cache key)."""
    return {task: model.model_json_schema() for task, model in OUTPUTS.items()}


# Words before a quotation that make it a name: "CBS's "Face the Nation"", "a broadcast of "Fox
# News Sunday"", "an interview on "Meet the Press"".
_NAMES_SOMETHING = re.compile(
    r"(?:[\u2019']s|\b(?:of|on|in|at|to|from|for|by|with|about|called|titled|named))$",
    re.IGNORECASE,
)


def _within(starts: list[int], low: int, length: int) -> slice:
    """The slice of a sorted list of offsets that fall in [low, low + length)."""
    return slice(bisect_left(starts, low), bisect_left(starts, low + length))


# The modules whose code decides what an extraction contains.
_EXTRACTION_MODULES = (
    "extract", "detect", "names", "attribute", "ground", "load", "prompting", "schemas", "types",
)  # fmt: skip


@functools.cache
def _code_sha256() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for module in _EXTRACTION_MODULES:
        digest.update((here / f"{module}.py").read_bytes())
    return digest.hexdigest()


@dataclass
class _Run:
    extractor: Extractor
    article: Article
    usage: Usage = field(default_factory=Usage)
    rejected: list[Rejected] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.article.text
        self.sentences = detect.sentences(self.text)
        self._sentence_starts = [s.start for s in self.sentences]
        # The article is the shared prompt prefix. A long article is shown in part: its opening
        # for the topic and stance questions, the neighbourhood of the quote for a speaker.
        self.long = len(self.text) > LONG_ARTICLE_CHARS
        shown = self.sentences[:LONG_ARTICLE_SENTENCES] if self.long else self.sentences
        self.variables: dict[str, Any] = {"sentences": shown}

    # --- generation with validation and re-ask --------------------------------------------

    def _label(self, task: str) -> str:
        template = self.extractor.template
        return f"template {template.name!r}, article {self.article.meta.id!r}, task {task}"

    def _call(self, request: Request) -> Generation:
        generation = self.extractor.backend.generate(request)
        self.usage.calls += 1
        self.usage.prompt_tokens += generation.prompt_tokens
        self.usage.evaluated_tokens += generation.evaluated_tokens
        self.usage.completion_tokens += generation.completion_tokens
        self.usage.seconds += generation.seconds
        return generation

    def ask(
        self,
        task: str,
        schema: dict[str, Any],
        max_tokens: int,
        variables: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Ask until the answer is valid JSON that passes both the request's JSON Schema
        (jsonschema) and the task's pydantic model, at most max_attempts times, feeding the
        specific problems back each time. Raises ExtractionError, carrying the attempts and the
        last raw output, when every attempt fails."""
        messages: list[Message] = self.extractor.template.messages(
            task, {**self.variables, **(variables or {})}
        )
        raw = ""
        problems: list[str] = []
        attempts = self.extractor.max_attempts
        for attempt in range(1, attempts + 1):
            self.usage.attempts += 1
            generation = self._call(Request(messages, schema, max_tokens, self._label(task)))
            raw = generation.text
            problems = _problems(generation, schema, OUTPUTS[task])
            if not problems:
                parsed: dict[str, Any] = json.loads(raw)
                return parsed
            if attempt < attempts:
                self._event(f"{self.article.meta.id}: re-asking {task} ({problems[0]})")
                messages = [
                    *messages[:2],
                    {"role": "assistant", "content": raw},
                    {
                        "role": "user",
                        "content": "Your answer has these problems:\n"
                        + "\n".join(f"- {p}" for p in problems[:8])
                        + "\nAnswer again with corrected JSON.",
                    },
                ]
        raise ExtractionError(
            f"{self._label(task)}: no valid answer after {attempts} attempts "
            f"(last problem: {problems[0]})",
            attempts=attempts,
            last_output=raw,
        )

    def _gave_up(
        self, kind: Literal["position", "quote"], value: str, exc: ExtractionError
    ) -> None:
        """One unanswerable question drops its item, reported with the attempts and the last
        raw output; the rest of the article stands."""
        self.rejected.append(
            Rejected(
                kind=kind,
                value=value,
                reason=f"{exc} (last output: {exc.last_output[:200]!r})",
            )
        )
        self._event(f"{self.article.meta.id}: gave up on a {kind}: {exc}")

    def _event(self, message: str) -> None:
        if self.extractor.on_event:
            self.extractor.on_event(message)

    # --- actors -------------------------------------------------------------------------------

    def actors(self) -> list[Actor]:
        """The candidates the article names as acting or speaking, or by a title, and those it
        names so often that they are what the story is about (NATO in a story about a NATO
        office, even where no sentence shows NATO acting)."""
        self.candidates = names.candidates(self.text)
        actors = []
        for candidate in self.candidates:
            actor = self._actor(candidate, names.guess_type(candidate))
            if (
                candidate.roles
                or names.acts(self.text, candidate)
                or len(actor.mentions) >= PROMINENT_MENTIONS
            ):
                actors.append(actor)
        return actors

    def _actor(self, candidate: names.Candidate, kind: ActorType) -> Actor:
        return Actor(
            name=candidate.name,
            type=kind,
            role="; ".join(candidate.roles) or None,
            aliases=candidate.aliases,
            mentions=ground.mentions(self.text, candidate.forms),
        )

    # --- positions ----------------------------------------------------------------------------

    def topic(self) -> str:
        parsed = self.ask("topic", schemas.grammar_schema("topic-output"), TOPIC_MAX_TOKENS)
        return str(parsed["topic"]).strip().rstrip(".")

    def positions(self, actors: list[Actor], quotes: list[Quote]) -> list[Position]:
        """One short question per actor: its stance on the topic, pointing at a sentence."""
        if not actors:
            return []
        try:
            topic = self.topic()
        except ExtractionError as exc:
            self._gave_up("position", "(topic)", exc)
            return []
        quoted = Counter(q.speaker for q in quotes)
        spoken = {
            (q.speaker, sentence.index)
            for q in quotes
            if (sentence := self._sentence_of(q.start)) is not None
        }
        # Every actor's mentions, sentence by sentence, found once (a long article has
        # thousands of sentences and mentions).
        here: dict[int, list[tuple[Actor, Span]]] = {}
        for a in actors:
            for m in a.mentions:
                if (sentence := self._sentence_of(m.start)) is not None:
                    here.setdefault(sentence.index, []).append((a, m))
        candidates = []
        for actor in actors:
            if names.is_media(actor.name):
                continue  # news outlets that report the story take no position in it
            # Only sentences that show the actor itself acting or speaking ("Japan has clarified
            # …"), never one that merely names it ("an office in Japan"), can be evidence.
            mentioned_in = [
                s
                for s in self.sentences
                if any(a is actor for a, _ in here.get(s.index, ()))
                and not _LINK_TO_ANOTHER_STORY.match(s.text)
                and self._shows_acting(actor, here, s, quotes)
            ]
            starts = [m.start for m in actor.mentions]  # in text order (ground.mentions)
            scored = [
                (
                    attribute.stance_cues(
                        s, actor.mentions[_within(starts, s.start, attribute.EARLY_CHARS)]
                    )
                    + 2 * ((actor.name, s.index) in spoken),
                    s,
                )
                for s in mentioned_in
            ]
            # Only an actor the article shows speaking or taking a side can hold a position.
            if not any(score >= 2 for score, _ in scored):
                continue
            best = sorted(scored, key=lambda pair: (-pair[0], pair[1].index))[:EVIDENCE_CHOICES]
            candidates.append((actor, [s for _, s in best]))
        candidates.sort(key=lambda c: (-quoted[c[0].name], -len(c[0].mentions), c[0].name))
        positions = []
        for actor, ranked in candidates[:MAX_POSITIONS]:
            by_rule = self._rule_position(actor, here, ranked, quotes, topic)
            if by_rule is not None:
                positions.append(by_rule)
                continue
            evidence = sorted(ranked, key=lambda s: s.index)
            schema = schemas.grammar_schema("stance-output")
            schema["properties"]["evidence"] = {
                "type": "integer",
                "enum": [s.index for s in evidence],
            }
            variables = {"actor": actor.name, "topic": topic, "mentioned_in": evidence}
            try:
                parsed = self.ask("stance", schema, STANCE_MAX_TOKENS, variables)
            except ExtractionError as exc:
                self._gave_up("position", actor.name, exc)
                continue
            if parsed["stance"] == "unclear":
                continue
            sentence = self.sentences[int(parsed["evidence"]) - 1]
            positions.append(
                Position(
                    actor=actor.name,
                    topic=topic,
                    stance=parsed["stance"],
                    evidence=Span(start=sentence.start, end=sentence.end, text=sentence.text),
                )
            )
        return positions

    @staticmethod
    def _in_sentence(
        actor: Actor,
        here: dict[int, list[tuple[Actor, Span]]],
        sentence: detect.Sentence,
        quotes: list[Quote],
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[str]]:
        """In one sentence: the actor's mentions, the other actors' mentions (from `here`, the
        actors' mentions by sentence index), and the quotations the actor speaks."""
        mentions = here.get(sentence.index, [])
        own = [(m.start, m.end) for a, m in mentions if a is actor]
        others = [(m.start, m.end) for a, m in mentions if a is not actor]
        inside = range(sentence.start, sentence.end)
        spoken = [q.text for q in quotes if q.speaker == actor.name and q.start in inside]
        return own, others, spoken

    def _shows_acting(
        self,
        actor: Actor,
        here: dict[int, list[tuple[Actor, Span]]],
        sentence: detect.Sentence,
        quotes: list[Quote],
    ) -> bool:
        own, others, spoken = self._in_sentence(actor, here, sentence, quotes)
        return bool(spoken or attribute.leading(sentence, own, others))

    def _rule_position(
        self,
        actor: Actor,
        here: dict[int, list[tuple[Actor, Span]]],
        sentences: list[detect.Sentence],
        quotes: list[Quote],
        topic: str,
    ) -> Position | None:
        """A position read by the stance-word rules from the best sentence that shows one."""
        for sentence in sentences:
            own, others, spoken = self._in_sentence(actor, here, sentence, quotes)
            stance = attribute.rule_stance(sentence, own, others, spoken)
            if stance is not None:
                return Position(
                    actor=actor.name,
                    topic=topic,
                    stance=stance,  # type: ignore[arg-type]  # one of the rule stances
                    evidence=Span(start=sentence.start, end=sentence.end, text=sentence.text),
                    attribution="rule",
                )
        return None

    @staticmethod
    def find_actor(actors: list[Actor], written: str) -> Actor | None:
        """The actor `written` names: exact name or alias first, else the one best word match."""
        for actor in actors:
            if written == actor.name or written in actor.aliases:
                return actor
        scored = [(attribute.match_score(written, a.name, a.aliases), a) for a in actors]
        scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])
        if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
            return None
        return scored[0][1]

    # --- quotes -------------------------------------------------------------------------------

    def quotes(self, actors: list[Actor]) -> list[Quote]:
        quotes: list[Quote] = []
        previous: tuple[detect.QuotedSpan, Quote, bool] | None = None  # span, quote, by AFTER rule
        found = detect.quotations(self.text)
        for mark in found.unclosed:
            reason = f"the quotation mark at character {mark.at} is never closed"
            self.rejected.append(Rejected(kind="quote", value=mark.text, reason=reason))
        for span in found.spans:
            sentence = self._sentence_of(span.start)
            hit = attribute.rule_speaker(self.text, span, sentence)
            speaker: Actor | None = None
            if hit and not hit.pronoun:
                speaker = self._actor_for(actors, hit.speaker)
            elif hit and hit.pronoun:
                speaker = self._pronoun_referent(actors, span, previous)
            elif previous and previous[2] and self._continues(previous[0], span):
                speaker = self.find_actor(actors, previous[1].speaker)
            attribution: Literal["rule", "model"] = "rule"
            if attribute.is_title(span.text) and not self._set_off_as_speech(span, hit):
                self.rejected.append(
                    Rejected(
                        kind="quote",
                        value=span.text,
                        reason="a title or name in quotation marks, not speech",
                    )
                )
                continue  # who speaks around it does not change
            if speaker is None:
                speaker = self._ask_speaker(actors, span, sentence)
                attribution = "model"
            if speaker is None:
                previous = None
                continue
            quote = Quote(
                speaker=speaker.name,
                text=span.text,
                start=span.start,
                end=span.end,
                attribution=attribution,
            )
            quotes.append(quote)
            after_rule = bool(hit and hit.start > span.end)
            previous = (span, quote, after_rule or (previous is not None and attribution == "rule"))
        return quotes

    def _set_off_as_speech(self, span: detect.QuotedSpan, hit: attribute.RuleHit | None) -> bool:
        """Whether quoted words stand as speech: attributed after them ("…," the band leader
        shouted) or introduced by a comma or colon (she said: "…"), not the object of a verb
        (told "Face the Nation") and not after a possessive or a preposition (on this weekend's
        broadcast of "Fox News Sunday," … said)."""
        end = span.start - 1  # the opening quotation mark
        while end and self.text[end - 1].isspace():
            end -= 1
        before = self.text[max(0, end - 20) : end]  # as much as the patterns below look at
        if hit is None or _NAMES_SOMETHING.search(before):
            return False
        return hit.start > span.end or before.endswith((",", ":"))

    def _sentence_of(self, offset: int) -> detect.Sentence | None:
        i = bisect_right(self._sentence_starts, offset) - 1  # sentences are in text order
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None

    def _continues(self, before: detect.QuotedSpan, span: detect.QuotedSpan) -> bool:
        """A second quotation right after an attributed one in the same paragraph."""
        return before.paragraph_start == span.paragraph_start and span.start - before.end < 80

    def _actor_for(self, actors: list[Actor], written: str) -> Actor | None:
        found = self.find_actor(actors, written)
        if found:
            return found
        words = written.split()
        if words and words[0].lower() in {"the", "a", "an", "another", "one"}:
            # A described speaker ("an Elysee official") becomes an actor of its own.
            name = " ".join(words[1:])
            found = self.find_actor(actors, name)
            if found:
                return found
            if len(words) > 2 and words[-1].lower() in _DOCUMENT_WORDS:
                # "the IMF report", "a White House statement": the organisation speaks.
                found = self.find_actor(actors, " ".join(words[1:-1]))
                if found:
                    return found
            kind: ActorType = "person" if words[-1].lower() in _PERSON_WORDS else "organization"
            found_mentions = ground.mentions(self.text, [name])
            if not found_mentions:
                return None
            actor = Actor(name=name, type=kind, mentions=found_mentions)
            actors.append(actor)
            return actor
        # A name the rule shows speaking ("…," said Hans Schellnhuber) is an actor even when
        # nothing else in the article shows it acting.
        scored = [
            (attribute.match_score(written, c.name, c.aliases), c)
            for c in self.candidates
            if c.name not in {a.name for a in actors}
        ]
        scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            actor = self._actor(scored[0][1], names.guess_type(scored[0][1]))
            actors.append(actor)
            return actor
        return None

    def _pronoun_referent(
        self,
        actors: list[Actor],
        span: detect.QuotedSpan,
        previous: tuple[detect.QuotedSpan, Quote, bool] | None,
    ) -> Actor | None:
        if previous and previous[0].paragraph_start == span.paragraph_start:
            return self.find_actor(actors, previous[1].speaker)
        people = [
            (mention.start, actor)
            for actor in actors
            if actor.type == "person"
            for mention in actor.mentions
            if mention.end <= span.start
        ]
        return max(people, key=lambda pair: pair[0])[1] if people else None

    def _ask_speaker(
        self, actors: list[Actor], span: detect.QuotedSpan, sentence: detect.Sentence | None
    ) -> Actor | None:
        passage_start = span.paragraph_start
        passage_end = span.paragraph_end
        if sentence and sentence.index >= 2:
            passage_start = min(passage_start, self.sentences[sentence.index - 2].start)
        if passage_end - passage_start > MAX_PASSAGE_CHARS and sentence:
            # A long paragraph (a transcript, a wall of text): the sentence before the quote
            # through the sentence after it.
            before = self.sentences[max(0, sentence.index - 2)]
            after = self.sentences[min(len(self.sentences) - 1, sentence.index)]
            passage_start = max(span.paragraph_start, before.start)
            passage_end = max(min(span.paragraph_end, after.end), span.end)
        passage = self.text[passage_start:passage_end]
        options = {actor.name: actor for actor in actors}
        for described in attribute.descriptions(passage):
            if self.find_actor(actors, described) is None:
                options.setdefault(described, None)  # type: ignore[arg-type]
        candidates = [*options, NONE_OPTION]
        schema = {
            "type": "object",
            "properties": {"speaker": {"type": "string", "enum": candidates}},
            "required": ["speaker"],
            "additionalProperties": False,
        }
        variables: dict[str, Any] = {
            "quote": {"text": span.text, "sentence": sentence.index if sentence else 0},
            "passage": passage,
            "candidates": candidates,
        }
        if self.long and sentence:
            # Fixed, overlapping windows: the quotes of one window share its prompt prefix.
            step = LONG_ARTICLE_SENTENCES - 10
            first = max(0, ((sentence.index - 1) // step) * step - 5)
            variables["sentences"] = self.sentences[first : first + LONG_ARTICLE_SENTENCES]
        try:
            parsed = self.ask("speaker", schema, SPEAKER_MAX_TOKENS, variables)
        except ExtractionError as exc:
            self._gave_up("quote", span.text, exc)
            return None
        choice = parsed["speaker"]
        if choice == NONE_OPTION:
            self.rejected.append(
                Rejected(kind="quote", value=span.text, reason="the model found no speaker")
            )
            return None
        if options.get(choice) is not None:
            return options[choice]
        return self._actor_for(actors, "the " + choice)

    # --- the whole article ------------------------------------------------------------------

    def run(self) -> Extraction:
        actors = self.actors()
        quotes = self.quotes(actors)
        positions = self.positions(actors, quotes) if self.extractor.with_positions else []
        extraction = Extraction(
            article=self.article.meta,
            actors=actors,
            positions=positions,
            quotes=quotes,
            rejected=self.rejected,
            usage=self.usage,
        )
        check_grounded(extraction, self.text)
        return extraction


OUTPUTS: dict[str, type[BaseModel]] = {
    "topic": TopicOut,
    "stance": StanceOut,
    "speaker": SpeakerOut,
}


def _problems(generation: Generation, schema: dict[str, Any], model: type[BaseModel]) -> list[str]:
    """What is wrong with an answer: cut off, not JSON, against the schema or the model."""
    if generation.finish_reason == "length":
        return ["the answer was cut off at the token limit: answer more briefly"]
    try:
        parsed = json.loads(generation.text)
    except json.JSONDecodeError as exc:
        return [f"the answer is not valid JSON: {exc.msg} at character {exc.pos}"]
    problems = schemas.validate_plain(schema, parsed)
    if problems:
        return problems
    try:
        model.model_validate(parsed)
    except ValidationError as exc:
        return [f"{'.'.join(map(str, e['loc'])) or '(top)'}: {e['msg']}" for e in exc.errors()]
    return []


def check_grounded(extraction: Extraction, text: str) -> None:
    """The invariants every extraction must hold before it may reach a briefing."""
    problems = schemas.validate("extraction", extraction.model_dump(mode="json"))
    spans = [(q.start, q.end) for q in extraction.quotes]
    spans += [(p.evidence.start, p.evidence.end) for p in extraction.positions]
    spans += [(m.start, m.end) for a in extraction.actors for m in a.mentions]
    if any(not 0 <= start < end <= len(text) for start, end in spans):
        problems.append("a span lies outside the article's text or is empty")
    names = {a.name for a in extraction.actors}
    for quote in extraction.quotes:
        if text[quote.start : quote.end] != quote.text:
            problems.append(f"quote at {quote.start} is not the article's text")
        if quote.speaker not in names:
            problems.append(f"quote speaker {quote.speaker!r} is not an actor")
    for position in extraction.positions:
        span = position.evidence
        if text[span.start : span.end] != span.text:
            problems.append(f"evidence of {position.actor!r} is not the article's text")
        if position.actor not in names:
            problems.append(f"position holder {position.actor!r} is not an actor")
    for actor in extraction.actors:
        if not actor.mentions:
            problems.append(f"actor {actor.name!r} is never mentioned")
        for mention in actor.mentions:
            if text[mention.start : mention.end] != mention.text:
                problems.append(f"a mention of {actor.name!r} is not the article's text")
    if problems:
        raise ExtractionError(
            f"{extraction.article.id}: grounding failed: " + "; ".join(problems[:5])
        )
