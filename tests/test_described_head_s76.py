"""A described speaker's kind comes from its head noun, the last word before a preposition: "a
spokesperson for Acme" is a person (session 76: the rules had typed "spokesperson for Google" and
"spokesman for Bernie Sanders" organisations, from the name after "for"); and "one of the
prosecutors for Otto Lind" is one of them, not Lind (session 76: a PolNeAR train statement)."""

from __future__ import annotations

from summarizer.actors import new_speaker
from summarizer.article_view import ArticleView
from summarizer.extract import find_speech
from tests.test_extract import Scripted
from tests.test_statements_referring import _speakers
from tests.test_steps import asker_for


def _actors(text: str) -> dict[str, str]:
    view = ArticleView.of(text)
    speech = find_speech(view, asker_for(view, Scripted()))
    return {a.name: a.type for a in speech.actors}


def test_a_spokesperson_for_a_company_is_a_person() -> None:
    text = "Tolls are sold by many firms. A spokesperson for Acme says the company cares."
    made = new_speaker(text, [], [], "A spokesperson for Acme", any_description=True)
    assert made is not None
    assert (made.name, made.type, made.kind) == ("spokesperson for Acme", "person", "described")


def test_an_official_of_a_body_is_a_person_and_a_report_of_one_is_not() -> None:
    text = "An official of the Acme union spoke. A report of the Acme union said the toll was high."
    official = new_speaker(text, [], [], "An official of the Acme union", any_description=True)
    report = new_speaker(text, [], [], "A report of the Acme union", any_description=True)
    assert official is not None and official.type == "person"
    assert report is not None and report.type == "organization"


def test_a_department_of_a_body_stays_an_organisation() -> None:
    text = (
        "The plan was sent to Dover. \u201cWe will look at it,\u201d said the Department of "
        "Roads and Tolls."
    )
    types = _actors(text)
    assert all(t != "person" for name, t in types.items() if "Department" in name)


def test_one_of_a_group_for_a_person_is_not_that_person() -> None:
    text = (
        "Otto Lind was charged last year. The Roe campaign said it would not comment. "
        "One of the prosecutors for Otto Lind said the two cases were different."
    )
    found = _speakers(
        text,
        ("The Roe campaign", "said", "it would not comment."),
        ("One of the prosecutors for Otto Lind", "said", "the two cases were different."),
    )
    assert found["the two cases were different."][0] != "Otto Lind"


def test_one_of_a_person_s_aides_named_after_it_is_that_aide() -> None:
    text = (
        "Otto Lind was charged last year. One of his aides, Ada Roe, said the two cases were "
        "different."
    )
    found = _speakers(text, ("One of his aides, Ada Roe,", "said", "the two cases were different."))
    assert found["the two cases were different."][0] == "Ada Roe"
