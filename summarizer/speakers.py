"""Who speaks each quotation: the reporting-verb rules first (a named speaker, a pronoun, a quote
that continues an attributed one), a title in quotation marks rejected as no speech, then the
source of the learned attribution whose content holds the quote (`ArticleView.attributions`),
and the model asked to choose among the article's actors only where neither gives a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import attribute, detect, ground, names
from .actors import find_actor, speaker_named
from .article_view import ArticleView
from .asking import Asker
from .errors import ExtractionError
from .names import Candidate
from .patterns import VERBS
from .types import Actor, Quote, QuoteAttribution, Rejected

NONE_OPTION = "none"
SPEAKER_MAX_TOKENS = 40
MAX_PASSAGE_CHARS = 1200
# The speaker question's window: the quote's sentences, at least this many before them (where the
# verb of saying and its subject are, often a paragraph earlier) and one after ("…," she said.),
# in the fixed block of sentences that holds them (article_view.block).
WINDOW_BEFORE = 3
WINDOW_AFTER = 1
# A learned attribution gives a quote its speaker when its content holds at least this share of
# the quote's characters.
LEARNED_COVER = 0.5
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_THING_PRONOUNS = {"it"}
_GROUP_PRONOUNS = {"they", "them"}
# A pronoun never refers to a name in the possessive ("Mr. Tribe's client ... he said").
_POSSESSIVE = re.compile(r"[\u2019']s?\b")
# Sources that name nobody: a relative pronoun, the first person (inside a quote), a conjunction.
_NO_SOURCE = {"who", "which", "that", "while", "i", "we", "you", "me", "us", "this", "what"}
# A source taken as a described speaker is a few words, no punctuation but an apostrophe.
_VERB = re.compile(rf"{VERBS}|is|was|are|were|be|been|has|have|had|does|did", re.IGNORECASE)
_NOUN_PHRASE = re.compile(r"[\w\u2019'%.-]+(?:\s[\w\u2019'%.-]+){0,5}")

# Words before a quotation that make it a name: "CBS's "Face the Nation"", "a broadcast of "Fox
# News Sunday"", "an interview on "Meet the Press"".
_NAMES_SOMETHING = re.compile(
    r"(?:[\u2019']s|\b(?:of|on|in|at|to|from|for|by|with|about|called|titled|named))$",
    re.IGNORECASE,
)


@dataclass
class Attribution:
    """The quotes with their speakers, the speakers that became actors on the way (none of the
    actors the step was given), and the quotations dropped, with why."""

    quotes: list[Quote] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


# The quote before, and whether its speaker is sure enough for a quote that continues it.
_Previous = tuple[detect.QuotedSpan, Quote, bool]


def attribute_quotes(
    view: ArticleView, actors: list[Actor], candidates: list[Candidate], asker: Asker
) -> Attribution:
    """Every quotation in the text with its speaker, in text order; `actors` is left as it is."""
    return _Attributing(view, candidates, asker, list(actors)).run()


@dataclass
class _Attributing:
    view: ArticleView
    candidates: list[Candidate]
    asker: Asker
    actors: list[Actor]  # the given actors, then the new ones as they are found
    found: Attribution = field(default_factory=Attribution)
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # by candidate

    def run(self) -> Attribution:
        text = self.view.text
        previous: _Previous | None = None
        found = detect.quotations(text)
        for mark in found.unclosed:
            reason = f"the quotation mark at character {mark.at} is never closed"
            self.found.rejected.append(Rejected(kind="quote", value=mark.text, reason=reason))
        for span in found.spans:
            sentence = self.view.sentence_of(span.start)
            hit = attribute.rule_speaker(text, span, sentence)
            speaker: Actor | None = None
            if hit and not hit.pronoun:
                speaker = self._speaker_named(hit.speaker, hit.start)
            elif hit and hit.pronoun:
                speaker = _pronoun_referent(self.actors, span, previous, text)
            elif previous and previous[2] and _continues(previous[0], span):
                speaker = find_actor(self.actors, previous[1].speaker)
            attribution: QuoteAttribution = "rule"
            if attribute.is_title(span.text) and not _set_off_as_speech(text, span, hit):
                self._reject(span, "a title or name in quotation marks, not speech")
                continue  # who speaks around it does not change
            if speaker is None:
                speaker = self._learned_speaker(span)
                attribution = "learned"
            if speaker is None:
                speaker = self._ask_speaker(span, sentence)
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
            self.found.quotes.append(quote)
            after_rule = bool(hit and hit.start > span.end)
            previous = (span, quote, after_rule or (previous is not None and attribution == "rule"))
        return self.found

    def _speaker_named(self, written: str, at: int | None = None) -> Actor | None:
        """The actor a speaker as written at `at` is, made an actor if it is none yet
        (`actors.speaker_named`)."""
        speaker, new = speaker_named(self.view, self.actors, self.candidates, written, at)
        if new and speaker is not None:
            self.actors.append(speaker)
            self.found.new_actors.append(speaker)
        return speaker

    def _learned_speaker(self, span: detect.QuotedSpan) -> Actor | None:
        """The actor the source of the learned attribution whose content holds the quote is:
        a name or a description as the rules' speakers are, a pronoun the nearest mention
        before it that the pronoun can refer to. None when no attribution holds the quote, it
        has no source, or its source is no actor."""
        source = _learned_source(self.view, span)
        if source is None:
            return None
        start, written = source
        pronoun = written.lower()
        if pronoun in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS:
            referent = _referent(self.actors, start, pronoun, self.view.text)
            if referent is None:
                named = self._last_named(start, pronoun)
                referent = self._speaker_named(named) if named else None
            return referent
        if pronoun in _NO_SOURCE or not any(c.isalpha() for c in written):
            return None  # "who", "I", "we": nobody the article names
        speaker = (
            self._speaker_named(written, start)
            if written[0].isupper() or _described(written)
            else None
        )
        if (
            speaker is None
            and not _described(written)
            and _NOUN_PHRASE.fullmatch(written)
            and not _VERB.fullmatch(pronoun.split()[-1])
            and pronoun.split()[0] not in _NO_SOURCE - {"this"} | _PERSON_PRONOUNS | _GROUP_PRONOUNS
        ):
            # "many commentators", "Ryan's office", "21 percent": a described speaker.
            speaker = self._speaker_named("the " + written, start)
        return speaker

    def _last_named(self, at: int, pronoun: str) -> str | None:
        """The candidate name (no actor yet) mentioned last before `at` that the pronoun can
        stand for."""
        fits = [
            (start, candidate.name)
            for candidate in self.candidates
            if pronoun in _GROUP_PRONOUNS
            or (names.guess_type(candidate) == "person") == (pronoun in _PERSON_PRONOUNS)
            for start, end in self._candidate_mentions(candidate)
            if end <= at
        ]
        return max(fits)[1] if fits else None

    def _candidate_mentions(self, candidate: Candidate) -> list[tuple[int, int]]:
        """Where the text names a candidate, found once per candidate."""
        if candidate.name not in self.mentions:
            found = ground.find_mentions(self.view.text, candidate.forms)
            self.mentions[candidate.name] = [(m.start, m.end) for m in found]
        return self.mentions[candidate.name]

    def _reject(self, span: detect.QuotedSpan, reason: str) -> None:
        self.found.rejected.append(Rejected(kind="quote", value=span.text, reason=reason))

    def _ask_speaker(
        self, span: detect.QuotedSpan, sentence: detect.Sentence | None
    ) -> Actor | None:
        """The model's choice among the actors and the passage's described speakers, or none
        (a title or a term in quotation marks)."""
        passage = _passage(self.view, span, sentence)
        options: dict[str, Actor | None] = {actor.name: actor for actor in self.actors}
        for described in attribute.find_descriptions(passage):
            if find_actor(self.actors, described) is None:
                options.setdefault(described, None)
        choices = [*options, NONE_OPTION]
        variables: dict[str, Any] = {
            "quote": {"text": span.text, "sentence": sentence.index if sentence else 0},
            "passage": passage,
            "candidates": choices,
        }
        if sentence:
            last = self.view.sentence_of(max(span.start, span.end - 1)) or sentence
            variables["window"] = self.view.block(
                sentence.index, last.index, WINDOW_BEFORE, WINDOW_AFTER
            )
            if self.view.long:
                variables["sentences"] = self.view.window(sentence)
        else:
            variables["window"] = []
        try:
            parsed = self.asker.ask(
                "speaker", speaker_schema(choices), SPEAKER_MAX_TOKENS, variables
            )
        except ExtractionError as exc:
            self.found.rejected.append(self.asker.gave_up("quote", span.text, exc))
            return None
        choice = parsed["speaker"]
        if choice == NONE_OPTION:
            self._reject(span, "the model found no speaker")
            return None
        chosen = options.get(choice)
        return chosen if chosen is not None else self._speaker_named("the " + choice)


def speaker_schema(choices: list[str]) -> dict[str, Any]:
    """The speaker question's answer: one of the choices."""
    return {
        "type": "object",
        "properties": {"speaker": {"type": "string", "enum": choices}},
        "required": ["speaker"],
        "additionalProperties": False,
    }


def _passage(view: ArticleView, span: detect.QuotedSpan, sentence: detect.Sentence | None) -> str:
    """The text the speaker question shows: the quote's paragraph from two sentences before it,
    or in a long paragraph (a transcript, a wall of text) the sentence before the quote through
    the sentence after it."""
    sentences = view.sentences
    passage_start = span.paragraph_start
    passage_end = span.paragraph_end
    if sentence and sentence.index >= 2:
        passage_start = min(passage_start, sentences[sentence.index - 2].start)
    if passage_end - passage_start > MAX_PASSAGE_CHARS and sentence:
        before = sentences[max(0, sentence.index - 2)]
        after = sentences[min(len(sentences) - 1, sentence.index)]
        passage_start = max(span.paragraph_start, before.start)
        passage_end = max(min(span.paragraph_end, after.end), span.end)
    return view.text[passage_start:passage_end]


def _set_off_as_speech(text: str, span: detect.QuotedSpan, hit: attribute.RuleHit | None) -> bool:
    """Whether quoted words stand as speech: attributed after them ("…," the band leader
    shouted) or introduced by a comma or colon (she said: "…"), not the object of a verb
    (told "Face the Nation") and not after a possessive or a preposition (on this weekend's
    broadcast of "Fox News Sunday," … said)."""
    end = span.start - 1  # the opening quotation mark
    while end and text[end - 1].isspace():
        end -= 1
    before = text[max(0, end - 20) : end]  # as much as the patterns below look at
    if hit is None or _NAMES_SOMETHING.search(before):
        return False
    return hit.start > span.end or before.endswith((",", ":"))


def _continues(before: detect.QuotedSpan, span: detect.QuotedSpan) -> bool:
    """A second quotation right after an attributed one in the same paragraph."""
    return before.paragraph_start == span.paragraph_start and span.start - before.end < 80


def _pronoun_referent(
    actors: list[Actor], span: detect.QuotedSpan, previous: _Previous | None, text: str
) -> Actor | None:
    """Who "he", "she" or "they" is: the speaker of the quote before in the same paragraph,
    else the person named last before the quote."""
    if previous and previous[0].paragraph_start == span.paragraph_start:
        return find_actor(actors, previous[1].speaker)
    return _referent(actors, span.start, "he", text)


def _learned_source(view: ArticleView, span: detect.QuotedSpan) -> tuple[int, str] | None:
    """Where the source of the learned attribution that holds the quote starts, and its words
    (its first span, without a trailing apposition): the attribution whose content shares the
    most of the quote's characters, at least LEARNED_COVER of them, the innermost on a tie."""
    best: tuple[int, int, tuple[int, int]] | None = None
    for found in view.attributions:
        shared = sum(max(0, min(e, span.end) - max(s, span.start)) for s, e in found.content)
        if not found.source or shared < LEARNED_COVER * (span.end - span.start):
            continue
        size = sum(e - s for s, e in found.content)
        if best is None or (shared, -size) > best[:2]:
            best = (shared, -size, found.source[0])
    source = best[2] if best else _nearby_source(view, span)
    if source is None:
        return None
    start, end = source
    written = view.text[start:end].split(",")[0].strip()
    if written and _described(written):
        # "a 52-count civil complaint filed by the SEC": the description up to its head noun
        # (the article and the word after it are kept whole).
        first, _, rest = written.partition(" ")
        second, _, rest = rest.partition(" ")
        written = f"{first} {second}" + _DESCRIPTION_TAIL.split(f" {rest}", maxsplit=1)[0]
        written = written.strip()
    return (start, written) if written else None


def _nearby_source(view: ArticleView, span: detect.QuotedSpan) -> tuple[int, int] | None:
    """The source of the attribution whose cue is nearest before the quote, in the quote's
    sentence or the one before it (in the paragraph before, where the quote opens its own):
    speech that goes on past what the tagger marked as its content."""
    sentence = view.sentence_of(span.start)
    if sentence is None:
        return None
    first = view.sentences[max(0, sentence.index - 2)].start  # index is 1-based
    before = [
        (found.cue[0][0], found.source[0])
        for found in view.attributions
        if found.source and first <= found.cue[0][0] < span.start
    ]
    return max(before)[1] if before else None


# Where a described source's head ends: a preposition, a relative pronoun, a participle.
_DESCRIPTION_TAIL = re.compile(
    r"\s+(?:of|for|in|at|from|with|on|to|by|who|that|which|whose|\w+ed)\b|\s*[(\u2014-]\s"
)


def _described(written: str) -> bool:
    return written.split()[0].lower() in {"a", "an", "the", "another", "one"}


def _referent(actors: list[Actor], at: int, pronoun: str, text: str) -> Actor | None:
    """The actor a pronoun at `at` refers to: the one named last before it that it can stand
    for (he or she a person, it an organisation or a country, they either), not where the name
    is a possessive ("Mr. Tribe's client")."""
    fits = [
        (mention.start, actor)
        for actor in actors
        if pronoun in _GROUP_PRONOUNS or (actor.type == "person") == (pronoun in _PERSON_PRONOUNS)
        for mention in actor.mentions
        if mention.end <= at and not _POSSESSIVE.match(text, mention.end)
    ]
    return max(fits, key=lambda pair: pair[0])[1] if fits else None
