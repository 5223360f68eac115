"""A description by a nationality and an office ("The Dutch prime minister") stands for the
one person holding that office whom the text places in that nationality's country, written as
the country ("Prime Minister Otto Roe of the Netherlands") as well as the adjective. Invented
names."""

from __future__ import annotations

import pytest

from tests.test_statements_referring import _speakers

_WORDS = ("The Dutch prime minister", "has turned down", "an invitation from senators to meet")


@pytest.mark.parametrize(
    "named",
    ["Prime Minister Otto Roe of the Netherlands", "Dutch Prime Minister Otto Roe"],
)
def test_the_office_holder_of_that_country(named: str) -> None:
    text = (
        f"Ada Lind faulted {named} on Tuesday over his plans. The Dutch prime minister has"
        " turned down an invitation from senators to meet."
    )
    assert _speakers(text, _WORDS)["an invitation from senators to meet"][0] == "Otto Roe"


def test_an_office_holder_of_another_country_is_not_the_one_described() -> None:
    # Control: the only prime minister named is France's.
    text = (
        "Ada Lind faulted Prime Minister Carl Vask of France on Tuesday. The Dutch prime"
        " minister has turned down an invitation from senators to meet."
    )
    assert _speakers(text, _WORDS)["an invitation from senators to meet"][0] != "Carl Vask"


def test_a_reflexive_after_the_description_is_set_aside() -> None:
    text = (
        "Ada Lind faulted Prime Minister Otto Roe of the Netherlands on Tuesday over his plans."
        " The Dutch prime minister himself has turned down an invitation from senators to meet."
    )
    words = ("The Dutch prime minister himself", *_WORDS[1:])
    assert _speakers(text, words)["an invitation from senators to meet"][0] == "Otto Roe"
