"""Reporting-verb rules: the patterns news style uses next to a quotation."""

from __future__ import annotations

import re

import pytest

from summarizer import attribute
from summarizer.attribute import is_title, rule_speaker
from summarizer.detect import quoted_spans, sentences


def speaker(text: str, which: int = 0) -> str | None:
    span = quoted_spans(text)[which]
    sentence = next(s for s in sentences(text) if s.start <= span.start < s.end)
    hit = rule_speaker(text, span, sentence)
    return hit.speaker if hit else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It was a deal," said Pat Mohr, a law professor.', "Pat Mohr"),
        (
            "\u201cOur assumption is that,\u201d Senate Leader Mitch McConnell, R-Ky., said.",
            "Senate Leader Mitch McConnell",
        ),
        (
            "\u201cIt\u2019s an intrusion,\u201d Ada Lind, the attorney general of Vermont, "
            "one of the towns fighting the FCC, said at a forum.",
            "Ada Lind",
        ),
        ('"It was the smaller harm," Mr. Hale of the Green Fund said.', "Mr. Hale"),
        ('"We are pleased," Lind lawyer Dan Roe said.', "Dan Roe"),
        ("\u201cIt doesn\u2019t hold,\u201d said 9/11 widow Rita Moss.", "Rita Moss"),
        ("\u201cWhy isn\u2019t this clear proof?\u201d Vitter demanded.", "Vitter"),
        ("\u201cThe truth is that.\u201d the president said.", "the president"),
        ("\u201cAfter the collapse, he rose,\u201d the Times wrote.", "the Times"),
        ("\u201cPromise mama,\u201d Blige sings to Clinton.", "Blige"),
        ("As a bell tolled, the announcer said, \u201cIt\u2019s noon.\u201d", "the announcer"),
        ("\u201cYou rest now,\u201d a narrator in the Lind ad asks.", "a narrator"),
        (
            "Spain also voiced its objection to the plan, claiming that it would raise "
            "costs and that a \u201cEuro-wide army\u201d is needless.",
            "Spain",
        ),
        # Words of role of any kind between the quote and the name, a party in parentheses.
        (
            '"We stand ready," White House press secretary Dana Kell said on Monday.',
            "Dana Kell",
        ),
        (
            '"Rules are rules," panel Chairman Rep. Ada Lind (R-Ohio) said.',
            "Chairman Rep. Ada Lind",
        ),
        ('"Growth has stalled," IMF chief economist Tomas Berg said.', "Tomas Berg"),
        # A speaker described by any noun phrase, after the quote or leading its clause.
        ("\u201cShe went home that night,\u201d the book said.", "the book"),
        ('After a long debate at dinner, a neighbour commented: "Nobody listens."', "a neighbour"),
        # Signed with a dash, as vox pops are.
        ("\u201cHe does not speak for me.\u201d \u2015 Rosa Ibarra\u00a0", "Rosa Ibarra"),
        ("\u201cI will vote early.\u201d\u2014 Paul Oduya, Dayton", "Paul Oduya"),
        # The verb first, before the quote.
        ('Experts disagree. Said Moss: "The code is too complex."', "Moss"),
        # The subject and a participle of saying, past an apposition.
        (
            "Grant, a former party chairman, mocked the rally on Monday night, tweeting, "
            '"What a show."',
            "Grant",
        ),
        # An introductory phrase before the subject of a participle of saying.
        (
            "During a speech that morning, Grant faulted Lee for her votes, saying, "
            '"She is not ready."',
            "Grant",
        ),
        # A capitalised article opens a described speaker.
        ('The Ohio businessman says of Lee, "She will fail."', "The Ohio businessman"),
        # A party tag is no name, and an apposition may follow it.
        (
            'Sen. Ada Lind, R-Ohio, whose views have changed, said Grant made "a fair offer."',
            "Sen. Ada Lind",
        ),
        # A name goes on past "for", and past "of" after a word of organisations.
        ('"It is a cave," said Justice for All, one of the groups.', "Justice for All"),
        (
            '"It is a cave," said the Association of Flight Crews on Monday.',
            "the Association of Flight Crews",
        ),
        ('"It failed," said Fair Pay co-founder Ada Lind.', "Ada Lind"),
        ('"It failed," wrote Ada Lind for Fair Pay News.', "Ada Lind"),
        # A document speaks for the body the text says it comes from.
        ('"It is wrong," a statement from the party committee said.', "the party committee"),
        (
            "A 2010 Budget Research Office report found it.\n\n"
            '"Lifting the cap would work," said the report.',
            "Budget Research Office",
        ),
        ('On Friday an editorial ran.\n\n"He must go," said the editorial.', "the editorial"),
        # A passive of quoting; "said X" set off by commas inside the quote's sentence.
        ('"Why not let the guest go first?" Mr. Doe was quoted as saying.', "Mr. Doe"),
        (
            "Her views, said Jane Doe, the Acme spokeswoman, are \u201cplainly true.\u201d",
            "Jane Doe",
        ),
    ],
)
def test_reporting_patterns(text: str, expected: str) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A quote that ends its sentence is not attributed by what the next sentence says.
        '"We will win." Smith said the plan would fail without money.',
        # Quoted words that are the object of the verb, not speech.
        'The ministry announced the "Partnership Program" on Monday.',
        # A dash that goes on as a sentence is not a signature.
        "\u201cIt was over.\u201d \u2014 Then Carter left the room without a word.",
    ],
)
def test_no_speaker_where_the_pattern_is_not_attribution(text: str) -> None:
    assert speaker(text) is None


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ("Face the Nation,", True),
        ("War On Drugs", True),
        ("Bobby", True),
        ("13th.", True),
        ("LOCK HER UP", False),  # shouted: speech
        ("Cold War mentality", False),
        ("We will win,", False),
        ("geographic", False),
    ],
)
def test_titles_and_names_in_quotation_marks(quoted: str, title: bool) -> None:
    assert is_title(quoted) is title


def test_a_document_is_introduced_with_its_author_once_for_all_its_quotes() -> None:
    text = (
        "Sen. Ann Lee released a statement shortly after the audit report came out. The "
        'statement was short. "The numbers are wrong," the statement said. "We will look '
        'again," the statement said. "The county spent too much," the report said.'
    )
    attribute._introductions.cache_clear()
    ends = [m.end() for m in re.finditer(r"the statement(?= said)", text)]
    assert [attribute.document_author(text, "the statement", e - 13, e) for e in ends] == [
        (text.index("Ann Lee"), "Ann Lee")
    ] * 2
    # The text is read for introductions once, not once per quote.
    assert attribute._introductions.cache_info().misses == 1
    # What Lee released is the statement, not the report named after it.
    end = text.index("the report said") + len("the report")
    assert attribute.document_author(text, "the report", end - 10, end) is None


def test_the_document_a_text_introduces_after_from_speaks_for_the_author_named_there() -> None:
    # "the statement from X's lawyer, Jane Doe": the name in apposition to the role; then "the
    # statement said" is hers too.
    text = (
        '"We are sad," said the statement from Roe\u2019s lawyer, Jane Doe. "We go on."\n\n'
        'The statement said Roe "denies it all" and "will be cleared."'
    )
    attribute._introductions.cache_clear()
    at = text.index("The statement")
    assert attribute.document_author(text, "The statement", at, at + 13) == (
        text.index("Jane Doe"),
        "Jane Doe",
    )
    # A body after "by", up to the verb.
    text = 'A letter by the Acme board said the plan fails. "Stop," the letter said.'
    attribute._introductions.cache_clear()
    at = text.index("the letter said")
    assert attribute.document_author(text, "the letter", at, at + 10) == (
        text.index("Acme board"),
        "the Acme board",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sayer the rule's speaker reports, nearer the quote, speaks its words.
        (
            'On Monday, Jane Doe said Otto Roe told reporters that Acme is "in it for good."',
            "Otto Roe",
        ),
        (
            "It came before a memoir by Bob Lind, which said Otto Roe had told aides that Acme "
            'reasons like a "small child." Roe denied it.',
            "Otto Roe",
        ),
        # Not a pronoun (the reporter itself), nor a name in a clause of its own.
        ('Jane Doe said she told reporters that Acme is "in it for good."', "Jane Doe"),
        ('Jane Doe said that when Otto Roe asked about it, Acme was "in it for good."', "Jane Doe"),
    ],
)
def test_a_sayer_reported_nearer_the_quote_speaks_it(text: str, expected: str) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # After "from" or "by", a time, a way of sending or a place is no author (review R4).
        'Congress expects a report by Friday. "It fails," the report said.',
        'Congress wants a report by the end of the month. "It fails," the report said.',
        'A report from last year found the plan fails. "Stop," the report said.',
        'A memo from the 1990s surfaced. "Stop," the memo said.',
        'The statement from the floor of the Senate was long. "Stop," the statement said.',
        'He read a statement from the podium. "Stop," the statement said.',
        'A report from the agency found it fails. "Stop," the report said.',
    ],
)
def test_words_after_from_or_by_that_name_no_author_give_the_document_none(text: str) -> None:
    attribute._introductions.cache_clear()
    noun = text[text.rindex("the ") :].split(" said")[0]
    at = text.rindex(noun)
    assert attribute.document_author(text, noun, at, at + len(noun)) is None


def test_a_document_sent_by_email_speaks_for_who_sent_it() -> None:
    text = 'Acme sent a statement by email. "We regret it," the statement said.'
    attribute._introductions.cache_clear()
    at = text.index("the statement")
    assert attribute.document_author(text, "the statement", at, at + 13) == (0, "Acme")
