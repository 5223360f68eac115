"""Session 51: who signed or issued a document says what it says. "The statement came from Sen.
Ada Roe and former Sens. Bo Lind and Cy Dunn" after the statement's words, or "Its signatories
include …" after a letter's, makes the sentences holding those words each signatory's
evidence, shown to the model with the sentence that names them; before, they were named only,
no holders, and no position could be read for them."""

from __future__ import annotations

from summarizer.article_view import ArticleView
from summarizer.extract import find_speech
from summarizer.stances import find_holders

STATEMENT = (
    "Mayor Eva Holm unveiled a toll plan for the Orvale bridge on Monday. Three past and "
    "present Orvale senators urged her to drop it.\n\n"
    "In a statement released Tuesday, they said the plan does not serve the region.\n\n"
    "“The toll is too steep, and the bridge is too important. The right decision is to drop "
    "it,” they said.\n\n"
    "The statement came from Sen. Ada Roe and former Sens. Bo Lind and Cy Dunn. Mayor Eva "
    "Holm answered on Wednesday.\n\n"
    "The county will vote next week.\n"
)
LETTER = (
    "Council members want the toll plan dropped.\n\n"
    "“The toll is a burden the region cannot carry,” the letter said.\n\n"
    "Its signatories include Councilman Ed Park and Councilwoman Flo Rand.\n"
)


def _shown(text: str) -> dict[str, list[str]]:
    view = ArticleView.of(text)
    speech = find_speech(view, None)  # type: ignore[arg-type]  # the rules attribute them all
    found = find_holders(view, speech.actors, speech.quotes, speech.statements)
    return {
        actor.name: [s.text for s in found.shown(actor, ranked)] for actor, ranked in found.holders
    }


def test_a_statements_signatories_are_shown_its_words() -> None:
    shown = _shown(STATEMENT)
    for name in ("Ada Roe", "Bo Lind", "Cy Dunn"):
        assert name in shown, shown
        assert any(s.startswith("The statement came from") for s in shown[name])
        assert any("The right decision is to drop it" in s for s in shown[name])
    # The mayor, named after the list, signed nothing.
    assert not any("The right decision" in s for s in shown["Eva Holm"])


def test_a_letters_signatories_are_shown_its_words() -> None:
    shown = _shown(LETTER)
    for name in ("Ed Park", "Flo Rand"):
        assert any("a burden the region cannot carry" in s for s in shown[name]), shown


def test_not_the_words_of_a_person_named_before() -> None:
    # The sentence before holds the mayor's own words: not the document's.
    text = (
        "“The toll is fair,” Mayor Eva Holm said on Monday.\n\n"
        "The statement came from Sen. Ada Roe.\n"
    )
    assert "Ada Roe" not in _shown(text)
