"""News outlets named without a media word ("The Hill", "The Atlantic"): one actor whose name
keeps its article, decided once at the name step, so that the actor, speaker and stance steps
agree that it is an outlet, never a holder. Sentences are made up ("Doe", "Roe"); none is an
article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import merge, names
from summarizer.actors import find_actors
from summarizer.backends.rules import RulesOnlyBackend
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction


def extract(text: str) -> Extraction:
    article = Article(meta=describe(text, Path("outlet.txt")), text=text)
    return Extractor(RulesOnlyBackend(), load_template("default")).extract(article)


def actors_of(text: str) -> dict[str, list[str]]:
    """The article's actors, each with the texts of its mentions."""
    found = find_actors(text, names.find_candidates(text))
    return {a.name: [m.text for m in a.mentions] for a in found}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Senator John Doe backs the farm bill, according to The Hill.\n\n"
            "The Hill supports the farm bill, an editor said. Doe told the Hill so.\n",
            "The Hill",
        ),
        (
            "The Atlantic reported that Doe backs the bill. The Atlantic urged a vote.",
            "The Atlantic",
        ),
        ("Jane Roe wrote in The Economist. The Economist supports the bill.", "The Economist"),
    ],
)
def test_an_outlet_named_with_the_is_one_actor_with_its_article_and_no_holder(
    text: str, outlet: str
) -> None:
    found = actors_of(text)
    bare = outlet.removeprefix("The ")
    assert outlet in found and bare not in found
    assert len(found[outlet]) == text.casefold().count(outlet.casefold())
    extraction = extract(text)
    assert outlet in {a.name for a in extraction.actors}
    assert not {outlet, bare} & {p.actor for p in extraction.positions}


def test_an_outlet_is_not_named_inside_a_longer_name() -> None:
    text = "The Atlantic reported that The Atlantic Council backs the bill. The Atlantic said so."
    found = actors_of(text)
    assert found["The Atlantic"] == ["The Atlantic", "The Atlantic"]  # not in "… Council"


def test_the_speaker_and_stance_steps_agree_that_an_outlet_is_one() -> None:
    text = (
        "Senator John Doe backs the farm bill, The Hill reported on Monday.\n\n"
        "\u201cWe stand by our story,\u201d The Hill said in a statement.\n\n"
        "The Hill supports the farm bill.\n"
    )
    extraction = extract(text)
    speakers = {q.speaker for q in extraction.quotes} | {
        s.speaker for s in extraction.statements if s.speaker
    }
    assert "The Hill" in speakers and "Hill" not in speakers
    holders = {p.actor for p in extraction.positions}
    # One decision, on the name every step sees: what is an outlet holds no position.
    for actor in extraction.actors:
        if actor.name in speakers and names.is_media(actor.name):
            assert actor.name not in holders
    assert names.is_media("The Hill") and "John Doe" in holders


def test_a_person_named_hill_is_a_person_apart_from_the_outlet() -> None:
    text = (
        "Farm bill vote\n\nRep. French Hill said he backs the farm bill, The Hill reported.\n\n"
        "Hill spoke on Monday. The Hill reported it first.\n"
    )
    found = actors_of(text)
    assert found["French Hill"] == ["Rep. French Hill", "Hill"]  # not "Hill" of "The Hill"
    assert found["The Hill"] == ["The Hill", "The Hill"]
    extraction = extract(text)
    person = next(a for a in extraction.actors if a.name == "French Hill")
    assert person.type == "person" and not names.is_media(person.name)
    assert ("French Hill", "supports") in {(p.actor, p.stance) for p in extraction.positions}


def test_across_articles_the_outlet_is_one_actor_and_the_person_another() -> None:
    texts = [
        "Farm bill vote\n\nSenator John Doe backs the farm bill, The Hill reported.\n",
        "Farm bill vote\n\nRep. French Hill said he backs the farm bill. Hill spoke on Monday.\n",
        "Farm bill vote\n\nSenator John Doe backs the farm bill, according to the Hill.\n",
    ]
    extractions = [extract(text) for text in texts]
    for i, extraction in enumerate(extractions):
        extraction.article.id = f"a{i}"
    actors, _ = merge.resolve_actors(extractions, merge.sources_of(extractions))
    by_name = {a.name: a for a in actors}
    assert by_name["The Hill"].sources == [1, 3] and by_name["The Hill"].aliases == []
    assert by_name["French Hill"].sources == [2] and by_name["French Hill"].type == "person"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Former Mexican President Vicente Fox said he opposes the wall.", "Vicente Fox"),
        (
            "Michael Bloomberg said he supports the bill. Bloomberg spoke on Monday.",
            "Michael Bloomberg",
        ),
    ],
)
def test_a_person_whose_name_holds_a_word_of_outlets_names_is_no_outlet(
    text: str, person: str
) -> None:
    extraction = extract(text)
    actor = next(a for a in extraction.actors if a.name == person)
    assert actor.type == "person" and not names.is_outlet(actor.name, actor.type)
    assert person in {p.actor for p in extraction.positions}


def test_an_outlets_name_shaped_as_a_persons_is_an_outlet() -> None:
    text = (
        "Fox Business reported that Doe backs the bill. The Toronto Star said Fox Business erred."
    )
    found = {c.name: names.guess_type(c) for c in names.find_candidates(text)}
    assert found["Fox Business"] == "organization" and found["Toronto Star"] == "organization"
    assert names.is_outlet("Fox Business", found["Fox Business"])
    # An outlet's person named with it is a person: "Fox News' Bret Baier".
    assert names.guess_type(names.Candidate(name="Fox News\u2019 Bret Baier")) == "person"
