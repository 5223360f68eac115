"""A role with a reflexive after it names back the one person who holds the role, for a
quotation as for a statement: "The president himself responded …, calling it "…"" is the
president named before. Before, "The president himself" made a described actor "president",
which then took every later "the president" of the article."""

from tests.test_quote_speakers import speakers

_BEFORE = "President Otto Lind met the board on Monday. Mr. Lind spoke first. "
_QUOTE = "\u201ca very sad day for the county and for all its people.\u201d"


def test_a_role_and_a_reflexive_is_the_one_holder_of_the_role() -> None:
    text = _BEFORE + "The president himself responded late Friday, calling the report " + _QUOTE
    assert speakers(text) == ["Otto Lind"]


def test_a_role_without_a_reflexive_as_before() -> None:
    text = _BEFORE + "The president responded late Friday, calling the report " + _QUOTE
    assert speakers(text) == ["Otto Lind"]


def test_a_role_two_people_hold_stays_the_description() -> None:
    text = (
        "President Otto Lind met President Ada Roe on Monday. "
        "The president himself responded late Friday, calling the report " + _QUOTE
    )
    assert speakers(text) not in (["Otto Lind"], ["Ada Roe"])
