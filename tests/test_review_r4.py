"""Review R4 (session 10): defects found in the session's merged change, made-up sentences.
Fixed ones are plain tests; the rest strict xfails that show the defect."""

from __future__ import annotations

import pytest

from tests.test_speakers_learned import _source_words


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        # A described owner's document: a determiner other than "the" is no part of the owner
        # ("the his lawyer" before), and a time owns none.
        ("Then his lawyer\u2019s statement says so.", "his lawyer\u2019s statement", ""),
        ("Then a spokesman\u2019s statement says so.", "a spokesman\u2019s statement", ""),
        ("This summer\u2019s report says so.", "summer\u2019s report", ""),
        ("Then tonight\u2019s statement says so.", "tonight\u2019s statement", ""),
        ("Then the last session\u2019s report says so.", "the last session\u2019s report", ""),
        # Still: the owner with "the".
        (
            "Then the town clerk\u2019s filing says so.",
            "the town clerk\u2019s filing",
            "the town clerk",
        ),
    ],
)
def test_a_described_owner_is_no_determiner_and_no_time(text: str, source: str, words: str) -> None:
    # "": the source stays as the tagger found it (no owner read from it).
    assert _source_words(text, source) == (words or source)
