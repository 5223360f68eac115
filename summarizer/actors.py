"""The article's actors: the names it shows acting or speaking, and the speakers it describes
("an Elysee official") or names only beside a quote."""

from __future__ import annotations

from . import attribute, ground, lexicon, names
from .types import Actor, ActorType

PROMINENT_MENTIONS = 8  # an entity named this often is an actor of the story

_PERSON_WORDS = lexicon.used_by("roles", "person")
_DOCUMENT_WORDS = lexicon.used_by("roles", "document")

_ARTICLES = {"the", "a", "an", "another", "one"}


def find_actors(text: str, candidates: list[names.Candidate]) -> list[Actor]:
    """The candidates the article names as acting or speaking, or by a title, and those it
    names so often that they are what the story is about (NATO in a story about a NATO
    office, even where no sentence shows NATO acting)."""
    found = []
    for candidate in candidates:
        actor = actor_from(candidate, text)
        if (
            candidate.roles
            or names.acts(text, candidate, [(m.start, m.end) for m in actor.mentions])
            or len(actor.mentions) >= PROMINENT_MENTIONS
        ):
            found.append(actor)
    return found


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


def new_speaker(
    text: str, actors: list[Actor], candidates: list[names.Candidate], written: str
) -> Actor | None:
    """A speaker that is none of `actors` becomes an actor of its own: a described speaker the
    text mentions, or a candidate name the rule shows speaking ("…," said Hans Schellnhuber) even
    where nothing else in the article shows it acting. None when it is neither. Call it only
    when `find_speaker` found no actor."""
    words = written.split()
    if _is_described(written):
        name = " ".join(words[1:])
        kind: ActorType = "person" if words[-1].lower() in _PERSON_WORDS else "organization"
        found_mentions = ground.find_mentions(text, [name])
        if not found_mentions:
            return None
        country = names.government_of(name)  # "the Chinese government" is China
        if country:
            return Actor(name=country, type="country", aliases=[name], mentions=found_mentions)
        return Actor(name=name, type=kind, mentions=found_mentions)
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


def _is_described(written: str) -> bool:
    words = written.split()
    return bool(words) and words[0].lower() in _ARTICLES
