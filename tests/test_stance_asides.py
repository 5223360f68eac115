"""Session 59, issue 17: an aside between dashes or in parentheses ("addressed — albeit
obliquely — criticism the network has received") is passed over, so what stands on either side
of it reads as it would without it (a PolNeAR train sample, every sixth article from the sixth,
where the aside hid the criticism's object from the rules and Jeff Zucker's addressing the
criticism his network received read as his opposition). An aside with a word of stance in it is
read as before. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith also addressed \u2014 albeit obliquely \u2014 criticism the network has "
        "received over the toll plan.",
        "Dan Smith also addressed (albeit obliquely) criticism the network has received over the "
        "toll plan.",
        # without an aside, as before
        "Dan Smith addressed criticism the network has received over the toll plan.",
    ],
)
def test_an_aside_does_not_hide_whose_criticism_it_is(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dan Smith backed \u2014 for now \u2014 the toll plan.", "supports"),
        ("Dan Smith \u2014 a longtime critic \u2014 backed the toll plan.", "supports"),
        ("Dan Smith spoke (he opposed the toll plan) on Monday.", "opposes"),
    ],
)
def test_the_words_around_an_aside_and_a_side_inside_one_still_read(
    text: str, expected: str
) -> None:
    assert _stance(text) == expected
