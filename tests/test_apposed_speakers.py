"""A description with the speaker's name set off after it by commas ("the minority leader, Ada
Lind of Ohio, said"; "said the Acme spokesman, Bo Renner, on Tuesday"), as newspapers write it:
the speaker is the person named, for quotes and for reported statements alike, and the
description is no actor of its own. Invented sentences and names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import backends
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction


def extracted(text: str) -> Extraction:
    extractor = Extractor(
        backend=backends.create("rules"), template=load_template(None), with_positions=False
    )
    return extractor.extract(Article(meta=describe(text, Path("apposed")), text=text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name ends the sentence, with its place
        ('"We will not budge," said the minority leader, Ada Lind of Ohio.', "Ada Lind"),
        # a capitalised word in the description
        ('"It is over," said the Acme spokesman, Bo Renner, on Tuesday.', "Bo Renner"),
        ('"It is over," the Acme spokesman, Bo Renner, said on Tuesday.', "Bo Renner"),
    ],
)
def test_a_quote_is_the_person_named_after_its_description(text: str, speaker: str) -> None:
    extraction = extracted(text)
    assert [q.speaker for q in extraction.quotes] == [speaker]
    assert [a.name for a in extraction.actors] == [speaker]


def test_a_statement_is_the_person_named_after_its_description() -> None:
    extraction = extracted(
        "The minority leader, Ada Lind of Ohio, told reporters that the toll would fail."
    )
    [statement] = extraction.statements
    assert (statement.speaker, statement.resolved_by) == ("Ada Lind", "name")
    assert [a.name for a in extraction.actors] == ["Ada Lind"]


def test_a_name_with_an_initial_is_read_whole() -> None:
    """The taggers' source stops at the initial's period here ("the speaker, Paul A")."""
    extraction = extracted('"It is over," said the speaker, Paul A. Renner, on Tuesday.')
    assert [q.speaker for q in extraction.quotes] == ["Paul A. Renner"]
    assert [a.name for a in extraction.actors] == ["Paul A. Renner"]


@pytest.mark.parametrize(
    "text",
    [
        # one word after the comma: a place, no name
        '"It is over," said the mayor, Dover.',
        # a description without a name after it
        '"It is over," said the mayor of Dover.',
    ],
)
def test_no_name_after_the_description_leaves_it_the_speaker(text: str) -> None:
    extraction = extracted(text)
    assert [q.speaker for q in extraction.quotes] == ["mayor"]


def test_a_lawyer_for_a_named_person_is_the_name_after_them() -> None:
    extraction = extracted("A lawyer for Mr. Roe, Bo Renner, said that the case was weak.")
    [statement] = extraction.statements
    assert statement.speaker == "Bo Renner"


def test_the_name_after_one_who_speaks_for_a_description_is_not_the_speaker() -> None:
    """The name may be the described one's: here the counsel's, not the spokesman's."""
    extraction = extracted(
        "A spokesman for the special counsel, Ada Lind, challenged the report on Monday."
    )
    assert [s.speaker for s in extraction.statements if s.speaker] == []


def test_the_spokesperson_is_the_one_introduced_with_whom_it_speaks_for() -> None:
    """ "the spokesperson" names back the spokesperson the text introduced with its company
    (`speakers._agent_back`): two companies' spokespeople are two speakers, not one
    "spokesperson" (one "for" a company named speaks for it: the company)."""
    text = (
        "Acme Corp. and Borealis Inc. both deny taking part.\n\n"
        'A spokesperson for Acme Corp. says the company "cares deeply" about privacy.\n\n'
        '"We obey the law," the spokesperson said.\n\n'
        "A Borealis spokesperson said the company only answers court orders.\n\n"
        '"We never take part in bulk collection," the spokesperson said.\n'
    )
    speakers = [q.speaker for q in extracted(text).quotes if q.text.startswith("We")]
    assert speakers == ["Acme Corp", "Borealis spokesperson"]
