"""Quote speakers the reporting-verb rules name by a pronoun or a document: "he said" is the
person the sentences before make the subject, a letter speaks for those who wrote it."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.speakers import Attribution, attribute_quotes
from tests.test_extract import Scripted
from tests.test_steps import asker_for


def speakers(text: str) -> list[str]:
    view = ArticleView.of(text)
    view.__dict__["attributions"] = []  # the rules alone, not the taggers
    candidates = names.find_candidates(text)
    actors = find_actors(text, candidates)
    found: Attribution = attribute_quotes(
        view, actors, candidates, asker_for(view, Scripted({"speaker": "none"}))
    )
    return [q.speaker for q in found.quotes]


def test_he_said_is_the_subject_of_the_sentence_before_not_its_object() -> None:
    text = (
        "Senator Chris Coons of Delaware slammed Senator Mitch McConnell on Monday for "
        "refusing to negotiate.\n\n"
        '"This senseless shutdown is hurting millions of Americans," he said.'
    )
    assert speakers(text) == ["Chris Coons"]


def test_a_pronoun_before_the_quote_refers_to_a_name_before_the_pronoun() -> None:
    text = (
        "Senator Marco Rubio praised the deal on Monday.\n\n"
        'He said President Donald Trump made "a very reasonable offer" to the Democrats.'
    )
    assert speakers(text) == ["Marco Rubio"]


def test_a_sentence_opening_with_the_pronoun_is_passed_over() -> None:
    text = (
        "Senator Barry Rand later issued a statement on Friday.\n\n"
        "He said the group opposes the cuts that Senator Paul Smith wants. "
        '"We are fighting proposals to cut benefits," he said.'
    )
    assert speakers(text) == ["Barry Rand"]


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = (
        "Members of the group called for Senator Ada Lind to stand strong, when Senator Otto "
        "Berg suggested a deal.\n\n"
        '"The negotiations will continue," he said.'
    )
    assert speakers(text) == ["Otto Berg"]
