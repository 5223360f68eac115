"""A "he said" whose own sentence names a person before it as its subject is that person's, even
where the quote before in the same paragraph is someone else's: "Judge Otto Roe saw it
differently: “…,” he said" after a quote of Tom Lind's is Roe's
(`speakers._Attributing._pronoun_speaker`). Where the pronoun's sentence names no one, the
quote before's speaker goes on speaking, as before. Made-up texts."""

from __future__ import annotations

from tests.test_quote_speakers import speakers

_LIND = (
    "Tom Lind, a lawyer for the port of Duluth, called the harbour levy unfair on Monday: "
    "\u201cIt is a tax on the workers of the port,\u201d he said. "
)


def test_a_subject_in_the_pronoun_s_own_sentence_speaks() -> None:
    text = _LIND + (
        "Judge Otto Roe saw the matter differently: \u201cThe levy is lawful and it stands,\u201d "
        "he said."
    )
    assert speakers(text) == ["Tom Lind", "Otto Roe"]


def test_with_no_one_named_in_its_sentence_the_speaker_before_goes_on() -> None:
    text = _LIND + "\u201cThe levy will not stand in any court of this state,\u201d he said."
    assert speakers(text) == ["Tom Lind", "Tom Lind"]
