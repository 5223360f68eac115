"""Session 53: a statement whose source is some of a body's members ("One of the conservative
members in the House") is not the body's; nor is one whose source the tagger ran from a
relative over its clause to the cue's subject ("…, which stalled as conservative members
said"), nor one whose source is a predicate ("[Roe has] not been shy about criticizing House
Speaker Tom Lind, saying"). A free BASIL event's briefing had filed all three under the House
or the Speaker, and a website's words ("… it says") under the House too. Made-up sentences; the
tagger's source, cue and content are given."""

from __future__ import annotations

import re

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution
from summarizer.speakers import referrer
from summarizer.statements import find_statements

OPENING = "The House voted on the toll plan on Tuesday. Speaker Tom Lind of Ohio spoke. "


def _speaker(text: str, source: str, cue: str, content: str) -> str | None:
    text = OPENING + text

    def span(part: str) -> tuple[int, int]:
        found = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)  # "it", not "website"
        assert found is not None
        return found.span()

    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Attribution((span(source),), (span(cue),), (span(content),), "indirect")
    ]
    candidates = names.find_candidates(text)
    actors = find_actors(text, candidates)
    assert {"House", "Tom Lind"} <= {a.name for a in actors}
    found = find_statements(view, actors, candidates, [], referrer(view, candidates))
    (statement,) = found.statements
    return statement.speaker


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # Some of a body's members are not the body.
        (
            "One of the conservative members in the House who wanted to delay the vote quickly "
            "indicated that the plan would not do.",
            "One of the conservative members in the House who wanted to delay the vote",
            "quickly indicated",
            "that the plan would not do",
        ),
        # A relative run over its clause is not the source: the plural after "as" is.
        (
            "The plan went to the House, which stalled as conservative members said they would "
            "not support it.",
            "which stalled as conservative members",
            "said",
            "they would not support it",
        ),
        # A predicate the tagger took for a source names no speaker.
        (
            "Ada Roe has not been shy about criticizing House Speaker Tom Lind of Ohio, saying "
            "that he should step down.",
            "not been shy about criticizing House Speaker Tom Lind of Ohio,",
            "saying",
            "that he should step down",
        ),
    ],
)
def test_a_source_that_is_not_the_body_or_person_it_names(
    text: str, source: str, cue: str, content: str
) -> None:
    assert _speaker(text, source, cue, content) is None


def test_the_body_itself_still_speaks() -> None:
    text = "The House, in a statement, said that it would vote again."
    assert _speaker(text, "The House", "said", "that it would vote again") == "House"


@pytest.mark.parametrize("source", ["It\u2019s worth", "It is"])
def test_an_impersonal_it_is_no_one(source: str) -> None:
    # Session 54: "It's worth noting that …" (PolNeAR dev) had been given to an organisation.
    text = f"The House voted. {source} noting that the plan was late."
    assert _speaker(text, source, "noting", "that the plan was late") is None


def test_it_after_a_persons_website_is_that_person() -> None:
    # "it" stands for the thing the sentence before owns, as the quote step reads it: the
    # website's words are its owner's, not the House's (a free BASIL event's briefing).
    text = (
        "Rep. Ada Roe says this about herself on her website: \u201cI grew up on a farm.\u201d "
        "\u201cMy mother worked two jobs,\u201d it says."
    )
    content = "\u201cMy mother worked two jobs,\u201d"
    assert _speaker(text, "it", "says", content) == "Ada Roe"


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # Session 54: the tagger started the source inside a relative clause set off by commas
        # ("CNN, which has enlisted Ms. Griffin to host … for the last decade, announced", free
        # BASIL event 51): the speaker is the name before "which", not one inside the clause.
        (
            "The House, which has kept Ada Roe as its counsel for the last decade, announced "
            "that she would no longer appear.",
            "Ada Roe as its counsel for the last decade,",
            "House",
        ),
        # The name before "which" in apposition to a person: she speaks ("Angelique Brunner, a
        # … spokeswoman for the EB-5 Investment Coalition, which is made up of investors and
        # developers, said", PolNeAR dev).
        (
            "Ada Roe, a developer and spokeswoman for the Harbour Coalition, which is made up of "
            "shippers and developers, announced that she would no longer appear.",
            "developers,",
            "Ada Roe",
        ),
        # A source after a clause that has closed is the source: "…, which passed Monday, Tom
        # Lind, a Democrat, announced".
        (
            "The toll plan, which passed on Monday, Tom Lind, its author, announced that she would "
            "no longer appear.",
            "Tom Lind, its author,",
            "Tom Lind",
        ),
    ],
)
def test_a_source_inside_a_relative_clause_is_the_name_before_it(
    text: str, source: str, speaker: str
) -> None:
    assert _speaker(text, source, "announced", "that she would no longer appear") == speaker
