"""Actors named acting with others, in a sentence that a quotation inside a quotation closes,
or with and without their country (session 43: names the BASIL tuning events showed acting
that `actors.find_actors` missed, and the splits and joined speakers that finding them showed)."""

from __future__ import annotations

from pathlib import Path

from summarizer import backends
from summarizer.actors import find_actors
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.names import find_candidates
from summarizer.prompting import load_template


def actor_names(text: str) -> set[str]:
    return {a.name for a in find_actors(text, find_candidates(text))}


def test_names_joined_by_titles_of_courtesy_act_together() -> None:
    # "Mr. Lind and Mr. Roe released a joint statement": both act, the first one too (names of
    # one word, which the parser's subjects leave to the verbs of agency).
    text = (
        "The clerk wrote to Lind.\n\nOn Friday, Mr. Lind and Mr. Roe released a joint statement.\n"
    )
    assert {"Lind", "Roe"} <= actor_names(text)
    issued = "The clerk wrote to Lind.\n\nMr. Roe and Mr. Lind issued statements on Friday.\n"
    assert {"Lind", "Roe"} <= actor_names(issued)


def test_a_sentence_closing_two_quotation_marks_with_a_space_between_is_prose() -> None:
    # The sentence ends in a closing single mark, a space and a closing double one, as a
    # quotation inside a quotation closes. It is prose, not a heading, so its subject acts.
    text = (
        "The clerk wrote to two critics of the plan, Senators Otto Roe of Ohio and Ben Lind of "
        "Maine, both Democrats.\n\nOn Friday, Mr. Lind and Mr. Roe jointly complained that they "
        "had “long been worried about the reliance on \u2018hidden fees.\u2019 ”\n"
    )
    assert "Ben Lind" in actor_names(text)
    # A line with no full stop at its end is still a heading.
    heading = "Ben Lind joined Otto Roe on the levy\n\nThe levy passed.\n"
    assert "Ben Lind" not in actor_names(heading)


def test_a_body_that_issues_a_statement_acts() -> None:
    text = "The levy passed on Monday. Acme issued a statement on Tuesday calling it rushed.\n"
    assert "Acme" in actor_names(text)
    released = "The levy passed. Ferrico released a brief statement after the vote.\n"
    assert "Ferrico" in actor_names(released)
    # Released as anything else is no statement of its own.
    freed = "The levy passed. Ferrico released its prices after the vote.\n"
    assert "Ferrico" not in actor_names(freed)


def test_a_quotation_of_names_joined_as_authors_is_the_firsts_not_a_new_actor() -> None:
    # "Mr. Lind and Mr. Roe released a joint statement repeating that they had “…”": both are
    # actors, so the quotation goes to the first, as the joint statement does, and no actor
    # named by the whole list ("Mr. Lind and Mr. Roe", described) is made.
    text = (
        "The clerk wrote to two critics of the levy, Senators Otto Roe of Ohio and Ben Lind of "
        "Maine, both Democrats, that the plan was legal.\n\nOn Friday, Mr. Lind and Mr. Roe "
        "released a joint statement repeating that they had “long been concerned about the "
        "degree to which the levy has relied on \u2018hidden fees.\u2019 ”\n"
    )
    extractor = Extractor(backend=backends.create("rules"), template=load_template("default"))
    result = extractor.extract(Article(meta=describe(text, Path("joined.txt")), text=text))
    assert "Mr. Lind and Mr. Roe" not in {a.name for a in result.actors}
    assert [q.speaker for q in result.quotes] == ["Ben Lind"]


def test_a_national_bodys_name_without_its_country_is_the_same_body() -> None:
    # "the U.S. Harbour Service" and "a Harbour Service official": one body, not two actors.
    text = (
        "The U.S. Harbour Service issued a statement on Monday.\n\nA Harbour Service "
        "spokesman confirmed that the ferry was late.\n"
    )
    found = {c.name: c for c in find_candidates(text)}
    assert "Harbour Service" not in found
    assert "Harbour Service" in found["U.S. Harbour Service"].aliases
    # A name of one word is not folded so: "U.S. Steel" and "Steel" may be two things.
    steel = {c.name for c in find_candidates("U.S. Steel said on Monday. Acme Steel agreed.")}
    assert "U.S. Steel" in steel
