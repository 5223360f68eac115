"""A document that speaks ("The letter said", "The article said") speaks for the author its
introduction names, where that introduction calls it by another form: several letters ("In
separate yet matching letters mailed on May 2, Otto Lind told …"), or a news story the quote
calls "the article" ("Acme News published the story …"). Invented names throughout."""

from __future__ import annotations

import pytest

from tests.test_quote_speakers import tagged_speakers


@pytest.mark.parametrize(
    "text",
    [
        "In separate yet matching letters mailed on Oct. 2, 2011, Assistant Attorney General Otto"
        " Lind told two senators that the agency had briefed them. The letter said the panels"
        " had been briefed \u201cmany times over the years.\u201d",
        "In letters sent on May 2, Otto Lind told two senators that the agency had briefed them."
        " The letter said the panels had been briefed \u201cmany times over the years.\u201d",
    ],
)
def test_a_letter_among_letters_introduced_with_their_writer(text: str) -> None:
    assert tagged_speakers(text) == ["Otto Lind"]


def test_the_article_a_news_outlet_published_as_its_story() -> None:
    text = (
        "Acme News published the story on Monday, citing two officials who said Ada Roe had"
        " misled the panel. The article said that her testimony \u201cmarks a new low for the"
        " county board.\u201d"
    )
    assert tagged_speakers(text) == ["Acme News"]


def test_a_letter_of_another_noun_stays_unauthored() -> None:
    # Control: a memo introduced with its writer is no author of "the letter".
    text = (
        "In a memo sent on May 2, Otto Lind told the board that the plan was late. The letter"
        " said the panels had been briefed \u201cmany times over the years.\u201d"
    )
    assert tagged_speakers(text) != ["Otto Lind"]
