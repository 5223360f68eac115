"""A learned source that is a thing, not someone who can speak (a post, a website, a broadcast
segment, an event): its owner speaks where the text says whose it is, else the model is asked;
"the company" is the body named last before it, an actor yet or not."""

from __future__ import annotations

import pytest

from summarizer import api, backends
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution
from summarizer.types import Actor, Span
from tests.test_apposed_speakers import extracted
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


@pytest.mark.parametrize(
    ("text", "source", "content_from", "speaker"),
    [
        pytest.param(
            "Mayor Jane Doe met the Acme Corporation on Monday.\n\n"
            "Doe made her first Facebook post of the week on Tuesday, and in it the plan was "
            '"a disaster for every family in the state."',
            "Facebook post", "the plan", "Jane Doe",
            id="a post speaks for the one whose post the sentence makes it",
        ),
        pytest.param(
            "Mayor Jane Doe met the AcmeWorks on Monday.\n\n"
            "On Tuesday, AcmeWorks\u2019 website put the plan down as "
            '"a disaster for every family in the state."',
            "AcmeWorks\u2019 website", "the plan", "AcmeWorks",
            id="a plural possessive website speaks for its owner",
        ),
        pytest.param(
            "Mayor Jane Doe met the State Department on Monday.\n\n"
            "Last year, Orbis lost a lawsuit, and then, in a statement by the company, the ruling "
            'was "a blow to every user."',
            "the company", "the ruling", "Orbis",
            id="the company is the body named last though no actor",
        ),
        pytest.param(
            "Mayor Jane Doe was taken to the Acme Valley Hospital Center on Monday.\n\n"
            "In a statement on Tuesday, the hospital put her state as "
            '"stable but serious."\n\n'
            "Doe had been treated at the Berg County Hospital in 2010.",
            "the hospital", "her state", "Acme Valley Hospital Center",
            id="the and a word of a body's name is that body named last before",
        ),
    ],
)  # fmt: skip
def test_a_things_owner_or_the_body_named_last_speaks(
    text: str, source: str, content_from: str, speaker: str
) -> None:
    found = attribute(learned(text, source, content_from), Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [(speaker, "learned")]


def test_a_possessive_in_the_opening_phrase_is_the_subjects_after_it() -> None:
    """ "On his website, Vask has posted …. "…," it now says": the website is Vask's, the
    subject right after the phrase, though the subject rule passes over a person the
    pronoun's own sentence names after it."""
    text = (
        "Otto Vask said on Monday that he would run. Ada Lind said she was glad. "
        'On his website, Vask has posted a long note. "This is your movement," it now says.'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Otto Vask"]


def test_a_possessive_in_the_main_clause_is_not_the_next_clauses_subject() -> None:
    """ "Vask has updated his website, Dan Roe noted": the website is in no opening phrase, so
    the name after the comma is no owner of it (the subject rule reads the "his")."""
    text = (
        "Otto Vask said on Monday that he would run. Dan Roe said he was glad. "
        'Vask has updated his website, Dan Roe noted. "This is your movement," it now says.'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Otto Vask"]


def test_the_last_resort_referent_of_a_he_or_she_is_of_that_sex() -> None:
    # The quote step's last resort for a pronoun no rule or ranker resolves is the person
    # named last before it; not one the article shows to be of the other sex ("Hampton
    # student Lena Vask … called him "…". "Savage," she said": not Sanders).
    from summarizer.speakers import _referent

    text = "Lena Vask spoke first on Monday. Then Dan Roe took the stage. She said more."
    vask = Actor(name="Lena Vask", type="person", mentions=[_at(text, "Lena Vask")])
    roe = Actor(name="Dan Roe", type="person", mentions=[_at(text, "Dan Roe")])
    at = text.index("She said")
    assert _referent([vask, roe], at, "she", text) is vask
    assert _referent([vask, roe], at, "he", text) is roe


def _at(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def test_a_she_said_no_rule_resolves_is_no_man_named_in_the_quotation() -> None:
    # "“The kind of plan that Dan has put forth would fail,” she said": no subject and no
    # ranked referent; the last resorts (the person named last, a name no actor holds yet) are
    # of the pronoun's sex, so not Dan Roe, whose first name is a man's.
    text = (
        "Dan Roe wants to cut taxes. It has become a major issue in the campaign, with Lena "
        "Vask lambasting Roe's plan.\n\n"
        "\u201cThe kind of plan that Dan has put forth would fail,\u201d she said in the debate."
    )
    extraction = api.extract(text, name="a.txt", backend=backends.create("rules"))
    assert [q.speaker for q in extraction.quotes] == ["Lena Vask"]


def test_a_source_written_as_its_owners_possessive_is_the_owner() -> None:
    # "Mr. Berg's view of the state was grim - towns "left behind by the mills"" (curly marks in
    # the text): the tagger's source is "Berg's" (the "Mr." before it left out); the speaker is
    # Otto Berg, not an actor "Berg's", nor Mrs. Berg, named as "Berg" too.
    text = (
        "Gov. Otto Berg spoke on Monday. Mrs. Berg, who wore red, waved to the crowd. Mrs. "
        "Berg said she was proud.\n\n"
        "Mr. Berg\u2019s view of the state was grim \u2014 towns \u201cleft behind by the "
        "mills.\u201d"
    )
    view = view_with(
        text,
        Attribution(
            source=(span(text, "Berg\u2019s"),),
            cue=(span(text, "view"),),
            content=((span(text, " of the state")[0] + 1, len(text)),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Otto Berg", "learned")]


def test_a_she_said_after_an_organisations_quote_is_not_the_organisation() -> None:
    # The quotation before is the newspaper's (the source of "according to"); "she said" in the
    # same paragraph is no organisation's: the subject the sentences give, Lena Vask.
    text = (
        "Lena Vask spoke in Ohio on Monday.\n\n"
        "In 2007, Vask faulted the board for its \u201csecrecy,\u201d according to the Daily "
        "Ledger. \u201cWe know about the secret meetings,\u201d she said."
    )
    view = view_with(
        text,
        Attribution(
            source=(span(text, "the Daily Ledger"),),
            cue=(span(text, "according to"),),
            content=((span(text, "Vask faulted")[0], span(text, "secrecy")[1] + 2),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    assert [q.speaker for q in found.quotes if q.text.startswith("We know")] == ["Lena Vask"]


def test_a_quotation_according_to_a_newspaper_is_the_one_the_sentence_has_speak() -> None:
    # "Vask faulted the board for its “secrecy,” according to the Daily Ledger": the
    # attribution that holds the quotation best is the newspaper's, which only relays; the one
    # its content opens with names the speaker, Lena Vask.
    text = (
        "Lena Vask spoke in Ohio on Monday.\n\n"
        "In 2007, Vask faulted the board for its \u201csecrecy,\u201d according to the Daily "
        "Ledger."
    )
    opening = span(text, "the board")[0]
    view = view_with(
        text,
        Attribution(
            source=((span(text, "Vask faulted")[0], span(text, "Vask faulted")[0] + 4),),
            cue=(span(text, "faulted"),),
            content=((opening, span(text, "its")[1] + 2),),
            kind="indirect",
        ),
        Attribution(
            source=(span(text, "the Daily Ledger"),),
            cue=(span(text, "according to"),),
            content=((opening, span(text, "secrecy")[1] + 2),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Lena Vask", "learned")]


def test_a_she_said_after_a_woman_described_is_hers() -> None:
    # "said the woman" makes a described speaker "woman" (typed as no person); the "she said"
    # after it in the same paragraph is still hers, not the woman named before.
    text = (
        '"We love it here," said Dora Lind, 39, a waitress.\n\n'
        'At a store nearby, a cashier was shaken. "Some came in angry," said the woman, who did '
        'not want to be named. "Too much hate," she said.'
    )
    extraction = api.extract(text, name="a.txt", backend=backends.create("rules"))
    assert [q.speaker for q in extraction.quotes] == ["Dora Lind", "woman", "woman"]
