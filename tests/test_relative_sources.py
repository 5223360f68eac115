"""Session 51: a statement whose source is "who" right after its speaker's name ("Senator Ada
Roe, who argued that …") is the speaker's own: the name it follows, no guess. Before, it was
read as any pronoun's statement, whose referent is a guess, and left out of the speaker's
evidence; "he argued" a sentence later still is."""

from __future__ import annotations

from summarizer.article_view import ArticleView
from summarizer.extract import find_speech
from summarizer.stances import find_holders


def _reported(text: str) -> dict[str, list[str]]:
    """Each speaker's reported words (not in quotation marks), as the stance step has them."""
    view = ArticleView.of(text)
    speech = find_speech(view, None)  # type: ignore[arg-type]  # the rules attribute them all
    found = find_holders(view, speech.actors, speech.quotes, speech.statements)
    return {
        name: [c for contents in entry.contents.values() for c in contents]
        for name, entry in found.said.items()
    }


def test_who_right_after_the_name_is_the_named() -> None:
    text = (
        "Mayor Eva Holm unveiled a toll plan on Monday.\n\n"
        "The plan was questioned by Senator Ada Roe, who argued that it would hurt drivers.\n"
    )
    assert "that it would hurt drivers." in _reported(text).get("Ada Roe", [])


def test_a_pronoun_elsewhere_is_still_a_guess() -> None:
    text = (
        "Mayor Eva Holm unveiled a toll plan on Monday, and Senator Ada Roe spoke after her.\n\n"
        "She argued that it would hurt drivers.\n"
    )
    reported = _reported(text)
    assert not any("that it would hurt drivers." in words for words in reported.values())
