"""A document that names its author right after it speaks for that author, whatever words
come before its noun: "the press release from the county attorney's office said" is the
office's, as "a statement from X" was (`attribute.document_author`); a press release is a
document ("release", lexicon/roles.tsv); and the quote step takes the author so found for the
speaker though "from" stands before it (`speakers._Attributing.run`). Made-up texts."""

from __future__ import annotations

from tests.test_quote_speakers import tagged_speakers

_CHARGES = "Prosecutors filed charges against the mayor on Tuesday. "


def test_the_press_release_from_an_office_is_the_office_s() -> None:
    text = _CHARGES + (
        "\u201cThe bills were paid with campaign funds,\u201d the press release from the "
        "U.S. Marshals Service said on Tuesday."
    )
    assert tagged_speakers(text) == ["U.S. Marshals Service"]


def test_a_written_statement_from_a_body_is_the_body_s() -> None:
    text = _CHARGES + (
        "\u201cThe mayor will fight these charges,\u201d the written statement from Dover City "
        "Council said."
    )
    assert tagged_speakers(text) == ["Dover City Council"]


def test_a_press_release_with_no_author_named_stays_a_document() -> None:
    text = _CHARGES + "\u201cThe bills were paid with campaign funds,\u201d the press release said."
    assert tagged_speakers(text) == ["press release"]
