"""A "he" or "she" may stand for a person the article names once, in full, just before it,
without showing them act: "Drafts showed efforts by agency spokeswoman Ada Lindqvist to … .
She argued that …" is Lindqvist's, though the name alone made her no actor
(`actors.named_once_before`, read by the pronoun ranker for statements and quotes). Not a
name with no first name ("Harbor Street"), nor one named only inside a quotation. Made-up
texts."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from tests.test_extract import Scripted
from tests.test_quote_speakers import speakers
from tests.test_speakers_learned import attribute, attribution, quote_span, span, view_with
from tests.test_statements_referring import _speakers

_DRAFTS = (
    "The row over Mayor Brandt's account of the flood grew on Monday, as the council "
    "reopened its inquiry.\n\n"
    "Drafts seen by the Harbor Ledger showed efforts by agency spokeswoman Ada Lindqvist in "
    "the week after the flood to cut mentions of two earlier warnings. "
)


def test_a_statement_s_she_is_the_woman_named_once_before() -> None:
    text = _DRAFTS + "In the drafts, she argued that the agency should not arm its critics."
    found = _speakers(text, ("she", "argued", "that the agency should not arm its critics"))
    assert found["that the agency should not arm its critics"] == ("Ada Lindqvist", "pronoun")


def test_a_quote_s_she_is_the_woman_named_once_before() -> None:
    text = _DRAFTS + (
        "In the drafts, she argued that the agency should not hand the council "
        "\u201ca stick to beat us with.\u201d"
    )
    assert speakers(text) == ["Ada Lindqvist"]


def test_a_name_with_no_first_name_is_not_taken_for_a_person() -> None:
    text = (
        "Mrs. Roe spoke in Dover on Monday about the banks. Mr. Lind would break up the big "
        "Wall Street banks; she calls for new fees on their trades."
    )
    found = _speakers(text, ("she", "calls for", "new fees on their trades"))
    assert found["new fees on their trades"][0] != "Wall Street"


def test_a_name_inside_a_quotation_is_not_taken() -> None:
    text = (
        "Mrs. Roe spoke to the council about the flood on Monday. Her banner read "
        "\u201cVote for Ada Lindqvist.\u201d She said that the city would pay for the repairs."
    )
    found = _speakers(text, ("She", "said", "that the city would pay for the repairs"))
    assert found["that the city would pay for the repairs"][0] != "Ada Lindqvist"


def test_the_quote_rule_reads_the_pronoun_before_a_learned_source_would() -> None:
    text = (
        "The letter came from Hans Weber on Monday. "
        'He wrote that the plan was "a disaster for every family."'
    )
    assert find_actors(text, names.find_candidates(text)) == []  # Weber is only a candidate
    end = quote_span(text)[1]
    view = view_with(text, attribution(text, "He", (span(text, "the plan")[0], end)))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Hans Weber", "rule")]
    assert [a.name for a in found.new_actors] == ["Hans Weber"]
