"""A town's chapter of a body that speaks is the body, not the town (session 72: event 56's Fox
News article gave a chapter's tweet to "Brooklyn")."""

from tests.test_quote_speakers import speakers
from tests.test_statements_referring import _speakers

BEFORE = (
    "Senator Hal Weber voted on Friday to block the spending bill, and his party\u2019s base "
    "cheered.\n\n"
    "\u201cTell the Senate we are behind them for the farmers \u2026 and urge them to stay "
    "strong,\u201d tweeted "
)


def test_a_towns_chapter_of_a_body_is_the_body() -> None:
    text = BEFORE + "the Dayton, Ohio, chapter of Civic Action Now, a leader in the movement.\n"
    assert speakers(text) == ["Civic Action Now"]


def test_a_chapter_without_its_state_is_the_body_too() -> None:
    text = BEFORE + "the Dayton chapter of Civic Action Now on Sunday.\n"
    assert speakers(text) == ["Civic Action Now"]


def test_a_town_officer_is_no_chapter() -> None:
    # Control: "the Dayton mayor" is a person described by the town, as before.
    text = BEFORE + "Dayton Mayor Ann Roe on Sunday.\n"
    assert speakers(text) == ["Ann Roe"]


def test_a_statement_by_a_towns_chapter_is_the_bodys() -> None:
    text = BEFORE + "the Dayton, Ohio, chapter of Civic Action Now, a leader in the movement.\n"
    words = (
        "\u201cTell the Senate we are behind them for the farmers \u2026 and urge them to stay "
        "strong,\u201d"
    )
    found = _speakers(text, ("the Dayton", "tweeted", words))
    assert found == {words: ("Civic Action Now", "name")}
