"""A president's administration speaks as a body the text describes: "The Lind administration
said", "the administration also said" (session 76: "The Obama administration said" had no
speaker in 14 statements of the corpora, and BASIL's gold holds the Obama administration as an
actor that takes sides on tuning event 62)."""

from __future__ import annotations

from tests.test_quote_speakers import tagged_speakers
from tests.test_statements_referring import _speakers

_OPENING = "President Otto Lind spoke in Dover on Monday. "


def test_a_presidents_administration_is_a_speaker() -> None:
    text = _OPENING + "The Lind administration said the toll was fair."
    found = _speakers(text, ("The Lind administration", "said", "the toll was fair."))
    assert found["the toll was fair."] == ("Lind administration", "description")


def test_the_administration_after_it_is_the_same_body() -> None:
    text = (
        _OPENING + "The Lind administration said the toll was fair. The administration also "
        "said it would fight the ruling."
    )
    found = _speakers(
        text,
        ("The Lind administration", "said", "the toll was fair."),
        ("The administration", "also said", "it would fight the ruling."),
    )
    assert found["it would fight the ruling."] == ("Lind administration", "description")


def test_a_quotation_of_the_administration() -> None:
    text = _OPENING + "\u201cThe toll is fair,\u201d the Lind administration said."
    assert tagged_speakers(text) == ["Lind administration"]


def test_an_administration_official_is_still_an_official() -> None:
    text = _OPENING + "\u201cThe toll is fair,\u201d a Lind administration official said."
    assert tagged_speakers(text)[0] != "Lind administration"


def test_a_described_speaker_ends_at_its_head_not_at_a_word_that_modifies_it() -> None:
    # "a senior agency official": the official, not a "senior agency" (the verb-first rule had
    # stopped at the first word of roles; with "administration" a word of roles, "a senior
    # administration official" would have become a "senior administration").
    base = "The plan was sent to Dover. \u201cThe toll is fair,\u201d said a senior "
    assert tagged_speakers(base + "agency official.") == ["senior agency official"]
    assert tagged_speakers(base + "administration official.") == ["senior administration official"]
