"""A "he said" after a sentence that reports someone's words is the one who spoke them, not the
person those words name first: "Roe's plan will fail, Lee said. “…,” he said" is Lee's
(`referents.subject`, `reported`, which the quote step reads with). Not where the words are a
news report ("Roe quit, Lee reported") or the cue is passive ("Roe was asked by …"), nor where
no one's words are reported. Made-up texts, read with the shipped attribution taggers."""

from __future__ import annotations

import pytest

from tests.test_quote_speakers import tagged_speakers

_speakers = tagged_speakers


@pytest.mark.parametrize(
    "reported",
    [
        # the speaker after the words
        "Otto Roe\u2019s plan for the harbour levy will fail in the council, Tom Lind said.",
        # the speaker set off inside them
        "Otto Roe, Tom Lind said, has no votes for the harbour levy in the council.",
        # "said" before the speaker, who is described after his name
        "Otto Roe has no votes for the harbour levy, said Tom Lind, a council member from "
        "the north ward.",
    ],
)
def test_he_said_after_reported_words_is_their_speaker(reported: str) -> None:
    text = (
        "The council of Duluth met on Monday to debate the harbour levy.\n\n"
        f"{reported}\n\n"
        "\u201cThe members have made up their minds,\u201d he said."
    )
    assert _speakers(text) == ["Tom Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a news report: its words are about the one they name
        "Otto Roe will leave the council in May, Tom Lind reported on his blog.",
        # no one's words reported: the subject, as before
        "Otto Roe met Tom Lind at the council on Monday.",
    ],
)
def test_otherwise_he_said_is_the_subject_of_the_sentence_before(sentence: str) -> None:
    text = (
        "The council of Duluth met on Monday to debate the harbour levy.\n\n"
        f"{sentence}\n\n"
        "\u201cThe members have made up their minds,\u201d he said."
    )
    assert _speakers(text) == ["Otto Roe"]


def test_after_a_passive_cue_he_said_is_its_subject_not_its_agent() -> None:
    text = (
        "Tom Lind, a radio host, opened the debate of the council of Duluth on the harbour levy "
        "on Monday.\n\n"
        "Otto Roe was asked by moderator Tom Lind whether the harbour levy would pass the "
        "council.\n\n"
        "\u201cThe members have made up their minds,\u201d he said."
    )
    assert _speakers(text) == ["Otto Roe"]
