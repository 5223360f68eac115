"""Per-article extraction, step by step: the article's actors, then who speaks each quotation,
then every statement (attribution, quoted or not) with its speaker, then the topic and the
actors' positions on it (the statements among their evidence), then the check that everything
is grounded.

The model is asked only what rules and the text cannot answer: a speaker where no rule names one
(speakers.py), the topic (topic.py), a stance the stance-word rules cannot read (stances.py), in
short questions that share the article as a prompt prefix llama.cpp evaluates once (asking.py).
Quotes themselves come from the text (detect.py), never from the model.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from . import names, schemas
from .actors import find_actors, fullest_description, shared_surnames
from .article_view import ArticleView
from .asking import OUTPUTS, Answer, Asker
from .errors import ExtractionError
from .fingerprint import package_sha256
from .generation import Backend
from .load import Article
from .prompting import PromptTemplate
from .speakers import attribute_quotes, referrer
from .stances import read_positions
from .statements import find_statements
from .topic import ask_topic
from .types import Actor, Extraction, Position, Quote, Rejected, Statement

__all__ = ["OUTPUTS", "Extractor", "Speech", "check_grounded", "find_speech"]


@dataclass
class Extractor:
    backend: Backend
    template: PromptTemplate
    max_attempts: int = 3
    on_event: Callable[[str], None] | None = None
    with_positions: bool = True  # `eval` on a quotes-only corpus skips them
    # The valid answers of this run by request key: a question asked again word for word (the
    # same passage in a syndicated copy) is answered once.
    answered: dict[str, Answer] = field(default_factory=dict, repr=False)

    def extract(self, article: Article) -> Extraction:
        view = ArticleView.of(article.text)
        asker = Asker(
            self.backend,
            self.template,
            article.meta.id,
            view.variables,
            max_attempts=self.max_attempts,
            on_event=self.on_event,
            answered=self.answered,
        )
        return _extract(article, view, asker, with_positions=self.with_positions)

    def cache_key(self, article: Article) -> str:
        """Everything that decides this article's extraction: its text, the model, the
        template, the sampling settings, the options, and every file of the installed package
        (code and data: rules, lexicons, schemas, decoding), so that no edit serves a stale
        entry."""
        backend = self.backend
        payload = {
            "text_sha256": article.meta.sha256,
            "model": backend.model_sha256 or backend.model_name,
            "template_sha256": self.template.sha256,
            "sampling": backend.sampling,
            "with_positions": self.with_positions,
            "max_attempts": self.max_attempts,
            "package": package_sha256(),
        }
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Speech:
    """An article's actors and who says what in it: what its positions are read from."""

    actors: list[Actor]
    quotes: list[Quote]
    statements: list[Statement]
    rejected: list[Rejected]


def find_speech(view: ArticleView, asker: Asker) -> Speech:
    """The actors, who speaks each quotation, then every statement (attribution, quoted or not)
    with its speaker: the statements' speakers join the actors."""
    candidates = names.find_candidates(view.text)
    found = find_actors(view.text, candidates, view)
    attributed = attribute_quotes(view, found, candidates, asker)
    actors = [*found, *attributed.new_actors]
    stated = find_statements(
        view, actors, candidates, attributed.quotes, referrer(view, candidates)
    )
    everyone, quotes, statements = shared_surnames(
        view.text, [*actors, *stated.new_actors], attributed.quotes, stated.statements
    )
    return Speech(
        actors=everyone,
        quotes=quotes,
        statements=statements,
        rejected=[*attributed.rejected, *stated.rejected],
    )


def _extract(
    article: Article, view: ArticleView, asker: Asker, *, with_positions: bool
) -> Extraction:
    # Before the positions: an actor's statements (reported speech, quoted or not) are evidence
    # of its side, and their speakers can hold positions.
    speech = find_speech(view, asker)
    rejected = list(speech.rejected)
    positions: list[Position] = []
    under_bar: list[Position] = []
    if with_positions and speech.actors:
        read = read_positions(
            view,
            speech.actors,
            speech.quotes,
            lambda: ask_topic(asker),
            asker,
            statements=speech.statements,
        )
        positions = read.positions
        under_bar = list(read.under_bar.values())
        rejected += read.rejected
    # A speaker described only in a statement left out ("NATO leaders have sparked a debate",
    # under the bar) speaks nowhere and holds nothing: no actor.
    kept = {q.speaker for q in speech.quotes} | {s.speaker for s in speech.statements}
    kept |= {p.actor for p in (*positions, *under_bar)}
    extraction = Extraction(
        article=article.meta,
        actors=[a for a in speech.actors if a.kind == "named" or a.name in kept],
        positions=positions,
        quotes=speech.quotes,
        statements=speech.statements,
        rejected=rejected,
        under_bar=under_bar,
        usage=asker.usage,
    )
    extraction = _described_fully(extraction)
    check_grounded(extraction, view.text)
    return extraction


def _described_fully(extraction: Extraction) -> Extraction:
    """Each described speaker named by the most specific description its statements give of
    it (`actors.fullest_description`): "official" (its first source, "An official stated") is
    "French official" where a later statement of it reads "A French official, who declined to
    be identified, stated"; the name given before is kept as an alias."""
    names_taken = {a.name.casefold() for a in extraction.actors}
    renamed: dict[str, str] = {}
    for actor in (a for a in extraction.actors if a.kind == "described"):
        written = [
            " ".join(span.text for span in statement.source)
            for statement in extraction.statements
            if statement.speaker == actor.name and statement.resolved_by == "description"
        ]
        if (fuller := fullest_description(actor.name, written, names_taken)) is not None:
            renamed[actor.name] = fuller
    if not renamed:
        return extraction

    def name(old: str) -> str:
        return renamed.get(old, old)

    return extraction.model_copy(
        update={
            "actors": [
                a.model_copy(update={"name": name(a.name), "aliases": [*a.aliases, a.name]})
                if a.name in renamed
                else a
                for a in extraction.actors
            ],
            "quotes": [
                q.model_copy(update={"speaker": name(q.speaker)}) for q in extraction.quotes
            ],
            "statements": [
                s.model_copy(update={"speaker": name(s.speaker)}) if s.speaker else s
                for s in extraction.statements
            ],
            "positions": [
                p.model_copy(update={"actor": name(p.actor)}) for p in extraction.positions
            ],
            "under_bar": [
                p.model_copy(update={"actor": name(p.actor)}) for p in extraction.under_bar
            ],
            "rejected": [
                r.model_copy(update={"value": name(r.value)}) if r.kind == "position" else r
                for r in extraction.rejected
            ],
        }
    )


def check_grounded(extraction: Extraction, text: str) -> None:
    """The invariants every extraction must hold before it may reach a briefing."""
    problems = schemas.validate("extraction", extraction.model_dump(mode="json"))
    spans = [(q.start, q.end) for q in extraction.quotes]
    spans += [
        (p.evidence.start, p.evidence.end) for p in (*extraction.positions, *extraction.under_bar)
    ]
    spans += [(m.start, m.end) for a in extraction.actors for m in a.mentions]
    statement_spans = [
        span for s in extraction.statements for span in (*s.source, *s.cue, *s.content)
    ]
    spans += [(span.start, span.end) for span in statement_spans]
    if any(not 0 <= start < end <= len(text) for start, end in spans):
        problems.append("a span lies outside the article's text or is empty")
    actor_names = {a.name for a in extraction.actors}
    for quote in extraction.quotes:
        if text[quote.start : quote.end] != quote.text:
            problems.append(f"quote at {quote.start} is not the article's text")
        if quote.speaker not in actor_names:
            problems.append(f"quote speaker {quote.speaker!r} is not an actor")
    for position in (*extraction.positions, *extraction.under_bar):
        span = position.evidence
        if text[span.start : span.end] != span.text:
            problems.append(f"evidence of {position.actor!r} is not the article's text")
        if position.actor not in actor_names:
            problems.append(f"position holder {position.actor!r} is not an actor")
    for span in statement_spans:
        if text[span.start : span.end] != span.text:
            problems.append(f"a statement's span at {span.start} is not the article's text")
    for statement in extraction.statements:
        if statement.speaker is not None and statement.speaker not in actor_names:
            problems.append(f"statement speaker {statement.speaker!r} is not an actor")
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
