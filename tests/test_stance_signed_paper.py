"""Session 58, issue 17: signing a paper (a letter, a petition, a pledge) takes the side its
words take, not support of the topic for the signing: "signed a petition against the plan" had
read as support (from a PolNeAR train sample read on the model's own topics, every sixth article
from the third: "Roffman signed a letter of apology that he said was drafted by the firm" read
as support; wrong at 6452f81). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith signed a letter of apology that he said was drafted by the firm.",
        "Dan Smith signed the pledge on Monday.",
    ],
)
def test_signing_a_paper_is_no_support_of_its_own(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paper's own words say the side (the first had read as support too)
        ("Dan Smith signed an open letter opposing the toll plan.", "opposes"),
        ("Dan Smith signed a letter supporting the toll plan.", "supports"),
        # "a petition against" says its side since session 60 (it read no side before)
        ("Dan Smith signed a petition against the toll plan.", "opposes"),
        # signing a measure is support, as before
        ("Dan Smith signed the toll plan into law.", "supports"),
    ],
)
def test_the_paper_s_words_and_a_measure_signed_still_read(text: str, expected: str) -> None:
    assert _stance(text) == expected
