"""Session 59, issue 17: two wrong readings of a PolNeAR train sample (every sixth article from
the sixth, on the model's own topics), each mended by its grammatical cause. Made-up sentences.

- "defending" a seat, a state or a majority is running in a race, no support of the topic
  ("Democrats are defending a number of red states" read as support of gun control);
- a giving negated before its object ("is not giving money or technical support to either
  convention") withholds the support, where the negation stood more than two words before it
  and read as support."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith is defending a number of red states this year.",
        "Dan Smith is defending 26 Senate seats this year.",
        "Dan Smith is defending his Senate majority.",
        "Dan Smith is defending his seat in the fall.",
    ],
)
def test_defending_what_is_held_in_a_race_is_no_support(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith is defending the toll plan.",
        "Dan Smith defended the toll plan in 26 states.",
        "Dan Smith defended the states\u2019 toll plan.",
    ],
)
def test_defending_a_measure_is_still_support(text: str) -> None:
    assert _stance(text) == "supports"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dan Smith is not giving money or technical support to the toll plan.", "opposes"),
        ("Dan Smith is not providing any financial support to the toll plan.", "opposes"),
        # the plain negation and the plain giving, as before
        ("Dan Smith is not giving support to the toll plan.", "opposes"),
        ("Dan Smith is giving money and technical support to the toll plan.", "supports"),
    ],
)
def test_a_negated_giving_withholds_the_support(text: str, expected: str) -> None:
    assert _stance(text) == expected
