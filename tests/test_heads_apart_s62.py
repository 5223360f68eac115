"""Session 62, issue 17: a body named by one word of `org_words` ("House", since session 61 the
bare form of the House of Representatives) was given every whole word "house" of the text as
its mention: the "House" of "the White House" and of "in-house" (tuning event 75, where a
statement whose source was "the White House" went to the House of Representatives), so the
House "acted" wherever the White House did (tuning events 95 and 98, where the House was an
actor for that alone). A mention of one word written in lower case is none of a name whose
every form is capitalised, nor is a mention of one word of `org_words` that ends another
candidate's longer name; and a speaker written as another candidate's name that begins or
ends with a body's shorter name ("the White House", "House Democrats") is that candidate, not
the body word matching finds. Made-up texts; three cases fail at cd617d2 (the mentions, and the
speakers written "the White House" and "House Democrats"), the others are controls."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors, speaker_named
from summarizer.article_view import ArticleView
from summarizer.extract import find_speech
from tests.test_steps import rule_sides

_OPENING = "The toll plan will start in the Senate.\n\n"
_CHAMBER = "The toll plan passed the House of Representatives on Friday. "


def _mentions(text: str, name: str) -> list[str]:
    actors = find_actors(text, names.find_candidates(text))
    return [text[m.start : m.end] for a in actors if a.name == name for m in a.mentions]


def test_the_white_house_and_in_house_are_no_mentions_of_the_house() -> None:
    text = (
        _CHAMBER + "The White House said it would sign the plan. Acme's in-house lawyers "
        "reviewed it, and the House will vote again in May."
    )
    assert _mentions(text, "House of Representatives") == ["House of Representatives", "House"]


def test_the_house_acts_only_where_it_is_named() -> None:
    text = (
        "The toll plan is before Congress. Aides in the House of Representatives met on "
        "Friday. Officials at the White House have warned that the plan would fail."
    )
    actors = find_actors(text, names.find_candidates(text))
    assert "House of Representatives" not in [a.name for a in actors]


def test_a_name_no_body_word_ends_keeps_its_mentions() -> None:
    text = (
        "Alongside BLM, the Acme Policy Center urged a vote on the toll plan. BLM said on "
        "Friday that it opposes the plan."
    )
    assert _mentions(text, "BLM") == ["BLM", "BLM"]


def _speakers(text: str) -> dict[str, str | None]:
    speech = find_speech(ArticleView.of(text), None)  # type: ignore[arg-type]  # the rules
    return {" ".join(s.text for s in st.source): st.speaker for st in speech.statements}


def test_a_source_written_the_white_house_is_not_the_house() -> None:
    text = (
        _CHAMBER + "Roe called it a way to keep the plan out of the White House, saying, "
        "\u201cIt is a mistake for Democrats.\u201d"
    )
    assert _speakers(text).get("the White House") != "House of Representatives"


@pytest.mark.parametrize(
    ("text", "actor", "written", "named"),
    [
        (
            _CHAMBER + "The House met again. Roe left for the White House.",
            "House of Representatives",
            "the White House",
            "White House",
        ),
        (
            "Democrats back the toll plan. House Democrats met on Friday.",
            "Democrats",
            "House Democrats",
            "House Democrats",
        ),
        (
            _CHAMBER + "The House met again.",
            "House of Representatives",
            "The House",
            "House of Representatives",
        ),
    ],
)
def test_a_speaker_written_as_another_name_is_that_name(
    text: str, actor: str, written: str, named: str
) -> None:
    candidates = names.find_candidates(text)
    actors = [a for a in find_actors(text, candidates) if a.name == actor]
    assert actors
    speaker, _ = speaker_named(ArticleView.of(text), actors, candidates, written)
    assert speaker is not None and speaker.name == named


def test_the_house_by_its_short_name_is_the_house() -> None:
    text = _CHAMBER + "The House said on Friday that it would vote again in May."
    assert _speakers(text)["The House"] == "House of Representatives"


# An agent named late in its sentence (tuning events 74 and 98: a bill that passed the House of
# Representatives, a law that broke down in the House after it passed in the Senate, past the
# first 60 characters) made no evidence: only the mentions near the sentence's start were
# looked at for an agent, a measure's sponsor or an owner's wish. Failed at a75f196.
@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        (
            "That is why last year's toll law went nowhere in the House after it passed in "
            "the Senate in June.",
            "Senate",
        ),
        (
            "After months of talks between the mayor and the harbor pilots over costs and "
            "delays, the toll plan finally passed the House of Representatives on Friday.",
            "House of Representatives",
        ),
    ],
)
def test_an_agent_named_late_is_evidence(text: str, chamber: str) -> None:
    assert rule_sides(_OPENING + text, "the toll plan").get(chamber) == "supports"


# A chamber that passed the plan backs it, as one that passed the bill does ("passed the toll
# plan", "passed a new version of the toll plan"); a measure with more words before its noun is
# still read for what it is about ("passed a sweeping bipartisan immigration reform bill" backs
# no toll plan: free BASIL event 83, read in the rules snapshot). All three failed at
# c882c51 (the last read "supports": the old words took the object into the stance word).
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The House of Representatives passed the toll plan last week.", "supports"),
        ("The House of Representatives passed a new version of the toll plan.", "supports"),
        ("The House of Representatives passed a sweeping bipartisan immigration bill.", None),
    ],
)
def test_a_chamber_that_passed_the_plan(text: str, side: str | None) -> None:
    sides = rule_sides(_OPENING + text, "the toll plan")
    assert sides.get("House of Representatives") == side
