"""Session 52: what a quote's source is not. A sentence opening with a participle and its
object ("Telling the Orvale River people this is “your moment,” Roe closed her speech") has no
subject there: the capitalised words after the participle are its object, not the speaker of
the quotes inside it. Before, such a sentence with no attribution holding its quotes made a
new actor of them ("Telling the American" on BASIL event 70, Fox News; "Orvale River" here,
typed a person). Invented names."""

from __future__ import annotations

from tests.test_apposed_speakers import extracted

TEXT = (
    "Ada Roe was sworn in as mayor of Orvale on Friday, promising “a new day” for the city.\n\n"
    "She also vowed to fix the bridge.\n\n"
    "Telling the Orvale River people this is “your moment” and “your day,” Roe closed her "
    "speech with the promise that started it all: “We will fix the bridge.”\n"
)


def test_a_participles_object_speaks_no_quote() -> None:
    found = extracted(TEXT)
    assert {a.name for a in found.actors} == {"Ada Roe"}
    speakers = {TEXT[q.start : q.end]: q.speaker for q in found.quotes}
    assert speakers["your moment"] == "Ada Roe"
    assert speakers["your day,"] == "Ada Roe"


def test_a_name_opening_the_sentence_still_speaks() -> None:
    # The subject that opens the quote's sentence speaks, as before ("House Speaker Roe, for
    # one, praised …").
    text = TEXT.replace("Telling the Orvale River people this is", "Council Chair Bo Lind said")
    found = extracted(text)
    speakers = {text[q.start : q.end]: q.speaker for q in found.quotes}
    assert speakers["your moment"] == "Bo Lind"
