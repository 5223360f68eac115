"""Session 57: a source the tagger starts at the article's dateline ("WASHINGTON — Ada Lind, the
national security adviser, sharply criticized …") is the person after it, not the place the
dateline names, even where the place is a form of an actor (Washington for the United States:
a BASIL article's statement and position went to the United States). Made-up sentences; the
tagger's source is given."""

from __future__ import annotations

from tests.test_statements_pieces import _speaker

_TEXT = (
    "WASHINGTON \u2014 Ada Lind, the national security adviser, sharply criticized Prime "
    "Minister Otto Roe on Tuesday over his plans to speak to Congress.\n\n"
    "The United States has long backed Mr. Roe, officials in Washington said. Ada Lind "
    "spoke again."
)


def test_a_dateline_before_a_source_is_no_speaker() -> None:
    source = "WASHINGTON \u2014 Ada Lind, the national security adviser,"
    content = "Prime Minister Otto Roe on Tuesday over his plans to speak to Congress"
    assert _speaker(_TEXT, [source], "sharply criticized", content) == "Ada Lind"
