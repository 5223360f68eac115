"""Session 63: "he" and "she" never stand for an organisation named by a plural ("Dover
Democrats", "the United Nations"), a group; the pronoun step had given a surrogate's "she
said" to a state party whose statement came just before it (PolNeAR train). An organisation
with a name in "-ss" ("Congress"), or one that opens with a first name (a surname in "-s"), is
not taken for a plural. Made-up texts."""

from __future__ import annotations

from summarizer import referents
from summarizer.article_view import ArticleView
from tests.test_referents import _actor


def _candidates(text: str, kinds: dict[str, str], said: list[str], pronoun: str) -> list[str]:
    actors = {name: _actor(text, name, kind) for name, kind in kinds.items()}
    spoke = [(text.index(name), actors[name]) for name in said]
    at = text.index(pronoun)
    found = referents.candidates(ArticleView.of(text), list(actors.values()), spoke, "she", at)
    return [a.name for a, _ in referents.fitting("she", found)]


TEXT = (
    "Ada Roe, a surrogate for the mayor, spoke to the crowd in Dover on Friday. "
    "Dover Democrats said they would back the toll plan at the convention. "
    "\u201cIt is going to be a long fight,\u201d she said."
)


def test_she_is_never_a_body_named_by_a_plural() -> None:
    kinds = {"Ada Roe": "person", "Dover Democrats": "organization"}
    found = _candidates(TEXT, kinds, ["Ada Roe", "Dover Democrats"], "she said")
    assert found == ["Ada Roe"]


def test_a_body_named_in_ss_is_no_plural() -> None:
    assert not referents._plural_body(_actor(TEXT, "Dover Congress", "organization"))
    assert referents._plural_body(_actor(TEXT, "Dover Democrats", "organization"))
    assert not referents._plural_body(_actor(TEXT, "Ada Roe", "person"))
    # A person's name in "-s", typed an organisation, is no plural.
    assert not referents._plural_body(_actor(TEXT, "Ada Jane Rhodes", "organization"))
