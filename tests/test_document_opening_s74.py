"""A document speaks for the authors its introduction describes, also when the sentence opens
with a phrase before them ("And on Monday, the heads of nine firms … sent a letter")."""

from tests.test_quote_speakers import speakers

_QUOTE = (
    "\u201cWhatever the aim of the levy, we worry about what it does to our staff and to the "
    "good name of the county,\u201d reads the letter."
)


def test_an_opening_phrase_before_described_authors_is_left_out() -> None:
    text = (
        "Gov. Jane Roe signed the levy last week. And on Monday, the heads of nine Dover-based "
        "firms, including Acme and Bolt Works, sent a letter to Roe. " + _QUOTE
    )
    assert speakers(text) == ["heads of nine Dover-based firms"]


def test_a_connective_before_described_authors_is_left_out() -> None:
    text = (
        "Gov. Jane Roe signed the levy last week. Later, the owners of four mills sent a "
        "letter to Roe. " + _QUOTE
    )
    assert speakers(text) == ["owners of four mills"]


def test_described_authors_without_an_opening_phrase_as_before() -> None:
    text = (
        "Gov. Jane Roe signed the levy last week. The owners of four mills sent a letter to "
        "Roe. " + _QUOTE
    )
    assert speakers(text) == ["owners of four mills"]


def test_a_named_author_after_an_opening_phrase_as_before() -> None:
    text = (
        "Gov. Jane Roe signed the levy last week. On Monday, Otto Lind sent a letter to Roe. "
        + _QUOTE
    )
    assert speakers(text) == ["Otto Lind"]


def test_a_sentence_before_the_introduction_lends_it_no_author() -> None:
    text = (
        "Gov. Jane Roe signed the levy last week. Later, the owners of four mills sent a letter "
        "to Roe. " + _QUOTE
    )
    assert speakers(text) != ["Jane Roe"]


def test_an_abbreviation_in_a_name_ends_no_sentence() -> None:
    text = (
        "Gov. Jane Roe signed the levy. Otto Lind sent Capt. Ada Brandt a letter on Monday. "
        + _QUOTE
    )
    assert speakers(text) == ["Otto Lind"]
