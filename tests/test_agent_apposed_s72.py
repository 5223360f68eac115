"""One who speaks for someone, named in apposition ("A spokesman for Mr. Weber, Otto Lind,
said"), is the speaker, not the one spoken for (session 72: event 99's New York Times article
gave a spokesman's quotation to the congressman he spoke for)."""

from tests.test_quote_speakers import speakers

BEFORE = "Representative Hal Weber was charged on Tuesday with misusing campaign funds.\n\n"
QUOTE = "\u201cthinks this case is driven by politics,\u201d and sent a reporter to a letter.\n"


def test_a_spokesman_named_in_apposition_speaks() -> None:
    text = BEFORE + "A spokesman for Mr. Weber, Otto Lind, said Tuesday that the congressman "
    assert speakers(text + QUOTE) == ["Otto Lind"]


def test_a_name_in_apposition_to_the_speaker_himself_is_unchanged() -> None:
    # Control: the spokesman leads, his role in apposition after him.
    text = BEFORE + "Otto Lind, a spokesman for Mr. Weber, said Tuesday that the congressman "
    assert speakers(text + QUOTE) == ["Otto Lind"]


def test_a_senator_from_a_state_in_apposition_is_unchanged() -> None:
    # Control: no one speaking for another; the senator named before the apposition speaks.
    text = BEFORE + "Senator Ann Roe, Democrat of Vermont, said Tuesday that the congressman "
    assert speakers(text + QUOTE) == ["Ann Roe"]
