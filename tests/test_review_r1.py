"""Reviewer R1 (session 8): defects found in the change since 887c429, each shown by a test
that failed before its fix. Sentences are made up ("Doe", "Roe", "Acme"); none is an
article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.backends.rules import RulesOnlyBackend
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from tests.test_stance import stance


@pytest.mark.parametrize(
    "quote",
    [
        "I think Roe should apologize to the committee.",  # a name, not "she", is the subject
        "I think everyone should apologize.",
        "I hope the senator apologizes.",
    ],
)
def test_a_change_of_mind_asked_of_another_is_not_the_speakers(quote: str) -> None:
    # stance_rules._OWN_SUBJECT left out only he/she/they/you/it as another subject.
    assert stance("Doe said so.", "Doe", spoken=(quote,)) is None


@pytest.mark.parametrize(
    "quote",
    [
        "I have learned a great deal from this process.",
        "It means a great deal to me.",
        "There is a great deal at stake.",
    ],
)
def test_a_great_deal_as_a_quantity_judges_no_measure(quote: str) -> None:
    # lexicon stance_words.tsv: only "a great deal of/about/more/less" is left out.
    assert stance("Doe said so.", "Doe", spoken=(quote,)) is None


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # NOT_PLAIN_BEFORE reads "on Gov. Roe to" as asking another since d187960; the lexicon's
        # "call(?:s|ed|ing)? on … to veto" and "urge … to reject" (the asker's side) now read
        # the same words ("Gov.", "U.N."), as "called on Roe to veto the bill" did.
        ("Doe called on Gov. Roe to veto the bill.", "Doe", ("Gov. Roe",), "opposes"),
        ("Doe urged the U.N. to reject the plan.", "Doe", (), "opposes"),
        # _PASSIVE: "dissatisfied" is an attitude (lexicon: oppose), not a participle done to Doe.
        ("Doe is dissatisfied.", "Doe", (), "opposes"),
    ],
)  # fmt: skip
def test_sides_kept(text: str, actor: str, others: tuple[str, ...], expected: str) -> None:
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # The clause's words stop before another actor's name: "want" then ends them, with its
        # object (the other actor) after; "(?!\s*$)" read it as "want" with no object. Since
        # session 10 a wish is read only when its object is a measure (stance_words.tsv "wish":
        # wishes' readings were right 5 of 15 times on free events): another actor asked to act
        # is left to the model, unless the act asked passes a measure (review R4, session 10),
        # past a verb of saying too since session 56.
        ("Doe wants Roe to sign the bill.", "Doe", ("Roe",), "supports"),
        ("Doe said he wants Acme to pass the bill.", "Doe", ("Acme",), "supports"),
        ("Doe wants Acme\u2019s plan passed.", "Doe", ("Acme",), "supports"),
    ],
)  # fmt: skip
def test_wanting_what_another_actor_does(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # "on" in NOT_PLAIN_BEFORE is any preposition: here the actor's own act, not another
        # asked; the words it spans now take periods and possessives.
        ("Doe went on Mr. Roe's show to oppose the plan.", "Doe", ("Mr. Roe",), "opposes"),
        ("Doe relied on Roe\u2019s staff to oppose the plan.", "Doe", ("Roe",), "opposes"),
        # "reasonable(?!\s+\w)": a plain judgment followed by any word is no longer read.
        ("Doe said the request is reasonable and fair-minded.", "Doe", (), "supports"),
        # _QUOTE_OPENS ends the clause at the colon, also when the quotation closes and the
        # clause goes on with the actor's own act.
        ("Doe said: \u201cWe will see,\u201d and voted to block the bill.", "Doe", (), "opposes"),
    ],
)  # fmt: skip
def test_sides_lost_by_the_change(
    text: str, actor: str, others: tuple[str, ...], expected: str
) -> None:
    assert stance(text, actor, others) == expected


def test_an_outlet_named_with_the_is_no_holder() -> None:
    # lexicon media_names.txt holds "the hill": the actor's name keeps its article ("The
    # Hill", names.find_candidates), so names.is_media is True of it (tests/test_outlets.py).
    text = (
        "Farm bill vote\n\nSenator John Doe backs the farm bill, according to The Hill.\n\n"
        "The Hill supports the farm bill, an editor said.\n"
    )
    article = Article(meta=describe(text, Path("hill.txt")), text=text)
    extraction = Extractor(RulesOnlyBackend(), load_template("default")).extract(article)
    assert "Hill" not in {p.actor for p in extraction.positions}


def test_a_person_named_hill_still_holds_a_position() -> None:
    text = "Farm bill vote\n\nSenator Jane Hill backs the farm bill. Hill spoke on Monday.\n"
    article = Article(meta=describe(text, Path("hill.txt")), text=text)
    extraction = Extractor(RulesOnlyBackend(), load_template("default")).extract(article)
    assert "Jane Hill" in {p.actor for p in extraction.positions}
