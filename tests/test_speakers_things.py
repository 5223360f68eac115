"""A learned source that is a thing, not someone who can speak (a post, a website, a broadcast
segment, an event): its owner speaks where the text says whose it is, else the model is asked;
"the company" is the body named last before it, an actor yet or not."""

from __future__ import annotations

from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution
from tests.test_extract import Scripted
from tests.test_speakers_learned import attribute, quote_span, span, view_with


def learned(text: str, source: str, content_from: str) -> ArticleView:
    end = quote_span(text)[1]
    return view_with(
        text,
        Attribution(
            source=(span(text, source),),
            cue=((0, 1),),
            content=((span(text, content_from)[0], end + 1),),
            kind="mixed",
        ),
    )


def test_a_post_speaks_for_the_one_whose_post_the_sentence_makes_it() -> None:
    text = (
        "Mayor Jane Doe met the Acme Corporation on Monday.\n\n"
        "Doe made her first Facebook post of the week on Tuesday, and in it the plan was "
        '"a disaster for every family in the state."'
    )
    view = learned(text, "Facebook post", "the plan")
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Jane Doe", "learned")]


def test_a_plural_possessive_website_speaks_for_its_owner() -> None:
    text = (
        "Mayor Jane Doe met the AcmeWorks on Monday.\n\n"
        "On Tuesday, AcmeWorks\u2019 website put the plan down as "
        '"a disaster for every family in the state."'
    )
    view = learned(text, "AcmeWorks\u2019 website", "the plan")
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("AcmeWorks", "learned")]


def test_it_after_his_website_is_the_website_s_owner() -> None:
    text = (
        "Rep. Otto Berg met the Acme Corporation in the House on Monday.\n\n"
        'Berg writes of his early years on his website: "Born in Ohio, Otto moved west."\n\n'
        '"His mother worked many jobs," it says.'
    )
    end = text.rindex('"', 0, text.index("it says"))
    view = view_with(
        text,
        Attribution(
            source=((text.index(" it says") + 1, text.index(" it says") + 3),),
            cue=(span(text, " says"),),
            content=((span(text, '"His mother')[0], end + 1),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    learned_quotes = [(q.speaker, q.attribution) for q in found.quotes if q.attribution != "rule"]
    assert learned_quotes == [("Otto Berg", "learned")]


def test_an_event_with_no_owner_names_no_speaker_and_the_model_is_asked() -> None:
    text = (
        "Mayor Jane Doe met the Acme Corporation on Monday.\n\n"
        "The bombing at the mall shook the state on Tuesday, with the plan now "
        '"a disaster for every family in the state."'
    )
    view = learned(text, "The bombing", "the plan")
    backend = Scripted({"speaker": "Jane Doe"})
    found = attribute(view, backend)
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Jane Doe", "model")]
    assert len(backend.requests) == 1


def test_the_company_is_the_body_named_last_though_no_actor() -> None:
    text = (
        "Mayor Jane Doe met the State Department on Monday.\n\n"
        "Last year, Orbis lost a lawsuit, and then, in a statement by the company, the ruling was "
        '"a blow to every user."'
    )
    view = learned(text, "the company", "the ruling")
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Orbis", "learned")]


def test_the_and_a_word_of_a_body_s_name_is_that_body_named_last_before() -> None:
    text = (
        "Mayor Jane Doe was taken to the Acme Valley Hospital Center on Monday.\n\n"
        "In a statement on Tuesday, the hospital put her state as "
        '"stable but serious."\n\n'
        "Doe had been treated at the Berg County Hospital in 2010."
    )
    view = learned(text, "the hospital", "her state")
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [
        ("Acme Valley Hospital Center", "learned")
    ]
