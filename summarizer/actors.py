"""The article's actors: the names it shows acting or speaking or names only beside a quote, and
the speakers it only describes ("an Elysee official", "the statement"), which are actors of kind
"described": they speak their quotes and statements but are no entry of the actor list."""

from __future__ import annotations

import bisect
import re
import sys

from . import attribute, ground, lexicon, names
from .article_view import ArticleView
from .types import Actor, ActorType

PROMINENT_MENTIONS = 8  # an entity named this often is an actor of the story
# The longest described speaker, in words, that may become a speaker of its own ("the Homeland
# Security Department official" may; "the former secretary of state and current Democratic
# nominee" is a description of someone the article names elsewhere).
DESCRIBED_WORDS = 5

_PERSON_WORDS = lexicon.used_by("roles", "person")
# A described speaker ends in one of these: "an Elysee official", "the statement" (not "the plan").
_ROLE_WORDS = {*lexicon.used_by("roles", "describes"), *lexicon.used_by("roles", "document")}
_DOCUMENT_WORDS = lexicon.used_by("roles", "document")

_ARTICLES = {"the", "a", "an", "another", "one"}


def find_actors(text: str, candidates: list[names.Candidate]) -> list[Actor]:
    """The candidates the article names as acting or speaking, or by a title, and those it
    names so often that they are what the story is about (NATO in a story about a NATO
    office, even where no sentence shows NATO acting). A mention inside another candidate's
    longer name ("Senate" in "Senate Democrats", "Senate Majority Leader Mitch McConnell")
    does not count towards that."""
    found = []
    actors = [actor_from(candidate, text) for candidate in candidates]
    spans = sorted((m.start, m.end) for actor in actors for m in actor.mentions)
    for candidate, actor in zip(candidates, actors, strict=True):
        mentions = [(m.start, m.end) for m in actor.mentions]
        if (
            _titled(candidate)
            or (candidate.roles and len(mentions) > 1)
            or names.acts(text, candidate, mentions)
            or sum(not _inside(span, spans) for span in mentions) >= PROMINENT_MENTIONS
        ):
            found.append(actor)
    return found


def _titled(candidate: names.Candidate) -> bool:
    """Whether the article gives the candidate a title ("Sen.", "Bishop"): a party or other
    descriptor alone ("Democrat Elizabeth Warren", "Rival Hillary Clinton") is none, so a
    person named once with a party and not shown acting ("in a tough race against Democrat
    Elizabeth Warren") is mentioned in passing, no actor; named again, they are one."""
    return any(
        any(word.lower() in names.TITLE_WORDS for word in role.split()) for role in candidate.roles
    )


_LONGEST_NAME = 200  # characters: a mention holding another starts at most this far before it


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a longer span of `spans` (sorted) holds `span`."""
    start, end = span
    low = bisect.bisect_left(spans, (start - _LONGEST_NAME, 0))
    high = bisect.bisect_right(spans, (start, sys.maxsize))
    return any(end <= e and (s, e) != span for s, e in spans[low:high])


def actor_from(candidate: names.Candidate, text: str) -> Actor:
    """The actor a candidate name is, with its mentions in the text."""
    return Actor(
        name=candidate.name,
        type=names.guess_type(candidate),
        role="; ".join(candidate.roles) or None,
        aliases=candidate.aliases,
        mentions=ground.find_mentions(text, candidate.forms),
    )


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


def find_speaker(actors: list[Actor], written: str) -> Actor | None:
    """The actor a speaker as written names: by name, or a described speaker ("an Elysee
    official") by its description, or the organisation of a document that speaks ("the IMF
    report")."""
    found = find_actor(actors, written)
    if found or not _is_described(written):
        return found
    words = written.split()
    found = find_actor(actors, " ".join(words[1:]))
    if found is None and len(words) > 2 and words[-1].lower() in _DOCUMENT_WORDS:
        found = find_actor(actors, " ".join(words[1:-1]))
    country = names.government_of(" ".join(words[1:]))
    if found is None and country:
        found = next((a for a in actors if a.name == country and a.type == "country"), None)
    return found


def speaker_named(
    view: ArticleView,
    actors: list[Actor],
    candidates: list[names.Candidate],
    written: str,
    at: int | None = None,
    *,
    any_description: bool = False,
) -> tuple[Actor | None, bool]:
    """The actor a speaker as written is (`find_speaker`), else a new one (`new_speaker`), and
    whether it is new (the caller adds it to its actors). A speaker becomes a new actor only
    when it is a name the article's candidates hold or a speaker the article describes ("an
    official", "the statement": kind "described") in at most DESCRIBED_WORDS words, and not a
    single word opening its sentence at `at` ("Scholars", "Polls") unless an acronym or the
    surname of a full name the article holds ("Dean" for Howard Dean). Used by
    the quote and the statement steps alike."""
    written = _trimmed(written)
    speaker = find_speaker(actors, written)
    words = written.split()
    if speaker is not None or not words or names.is_party_tag(written):
        return speaker, False  # "R-Utah" after a name: no speaker of its own
    sentence = view.sentence_of(at) if at is not None else None
    opening = sentence is not None and at is not None and not view.text[sentence.start : at].strip()
    if (_is_described(written) and len(words) > DESCRIBED_WORDS) or (
        len(words) == 1
        and opening
        and not written.isupper()
        and not any(
            len(c.name.split()) > 1 and attribute.match_score(written, c.name, c.aliases)
            for c in candidates
        )
    ):
        return None, False
    if (
        at is not None
        and not _POSSESSIVE.search(written)
        and _after_preposition(view.text, written, at)
    ):
        # "also on Fox News defended", "Jenky, of Peoria, said" (but "on Donald Trump's claim"
        # that "…": the claim's owner speaks).
        return None, False
    speaker = new_speaker(view.text, actors, candidates, written, any_description=any_description)
    return speaker, speaker is not None


_POSSESSIVE = re.compile(r"\w[\u2019']s?(?:\s|$)")
# A speaker written right after one of these is its object, never a speaker of its own ("on Fox
# News", "of Peoria", "support for DREAMers"); "according to", "by", "from" name speakers.
_OBJECT_PREPOSITIONS = lexicon.words("prepositions") - {"to", "by", "from", "as"}


def _after_preposition(text: str, written: str, at: int) -> bool:
    """Whether the speaker `written` at `at` (or just after it) is written after a preposition
    ("also on Fox News defended his budget", where the taggers' source is "News"): the name
    is taken back over the capitalised words right before it."""
    found = text.find(written, at, at + len(written) + 200)
    start = found if found >= 0 else at
    before = _WORD_BEFORE.search(text, max(0, start - 100), start)
    return before is not None and before.group(1).lower() in _OBJECT_PREPOSITIONS


# The word before a name, over the capitalised words right before it ("on" before "Fox News").
# A capitalised word ends in no full stop ("Monday." before a name ends its sentence) but an
# initial's ("Thomas E. Perez").
_WORD_BEFORE = re.compile(r"(?<!\S)(\S+)\s+(?:(?:[A-Z](?:[\w\u2019'-]|\.(?=\w))*|[A-Z]\.)\s+)*$")


def new_speaker(
    text: str,
    actors: list[Actor],
    candidates: list[names.Candidate],
    written: str,
    *,
    any_description: bool = False,
) -> Actor | None:
    """A speaker that is none of `actors` becomes an actor of its own: a described speaker the
    text mentions (kind "described": the speaker of its quotes and statements, no entry of the
    article's actor list), or a candidate name the rule shows speaking ("…," said Hans
    Schellnhuber) even where nothing else in the article shows it acting. None when it is
    neither. Call it only when `find_speaker` found no actor."""
    words = written.split()
    if _is_described(written) and len(words) > 1:
        # "the official", "an Elysee official", "the statement": a described speaker; "the
        # Government Accountability Office", "the S.E.C.": a name, as the article's candidates
        # hold it; "the plan", "the trains", "the AARP pushed", "Akin's ad": no speaker.
        name = " ".join(words[1:])
        country = names.government_of(name)  # "the Chinese government" is China
        if country:
            # With the country's own forms where the article names it ("China", "Beijing").
            named = next((c for c in candidates if c.name == country), None)
            forms = [name, *(named.forms if named else [])]
            found_mentions = ground.find_mentions(text, forms)
            if not any(m.text.casefold() == name.casefold() for m in found_mentions):
                return None
            aliases = [name, *(named.aliases if named else [])]
            return Actor(name=country, type="country", aliases=aliases, mentions=found_mentions)
        if words[-1].lower() not in _ROLE_WORDS and not any_description:
            if not all(w[:1].isupper() for w in words[1:]):
                return None
            written = name
        else:
            kind: ActorType = "person" if words[-1].lower() in _PERSON_WORDS else "organization"
            found_mentions = ground.find_mentions(text, [name])
            if not found_mentions:
                return None
            return Actor(name=name, type=kind, kind="described", mentions=found_mentions)
    known = {a.name for a in actors}
    scored = [
        (attribute.match_score(written, c.name, c.aliases), c)
        for c in candidates
        if c.name not in known
    ]
    scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return actor_from(scored[0][1], text)
    return None


_SAYING = lexicon.words("saying_verbs")
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def _trimmed(written: str) -> str:
    """A speaker as written without a verb of saying or a reflexive pronoun a rule left at its
    end: "The writers acknowledge" (that …) is "The writers", "Trump himself" is "Trump"."""
    words = written.split()
    while len(words) > 1 and (words[-1].lower() in _SAYING or words[-1].lower() in _REFLEXIVES):
        words = words[:-1]
    return " ".join(words) if len(words) < len(written.split()) else written


def _is_described(written: str) -> bool:
    words = written.split()
    return bool(words) and words[0].lower() in _ARTICLES
