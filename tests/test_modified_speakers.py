"""A speaker named after the verb with words of role before the name, the first in lower case
("said former Ohio governor Ada Lind"), a role owned by a name and set off by a comma ("Lind's
introducer, actress Ada Roe"), verbs of saying the lexicon lacked ("Roe fumed"), and a source
whose role a name qualifies ("Former Ohio governor Ada Lind (D)" is Ada Lind, not Ohio).
Invented sentences and names throughout."""

from __future__ import annotations

import re

import pytest

from summarizer.actors import find_actors
from summarizer.attribute import name_after_role
from summarizer.names import find_candidates
from summarizer.patterns import SOURCE_TAIL_PREPOSITION
from summarizer.statements import find_statements
from tests.test_attribute import speaker
from tests.test_role_speakers import learned_quotes, speakers
from tests.test_speakers_learned import attribution, span, view_with


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("said former Rep. Otto Brenner (D-Ohio), one of the four.", "Rep. Otto Brenner"),
        ("said former Ohio governor Otto Brenner (D), a Lind supporter.", "Otto Brenner"),
        ("said former Ohio congressman Otto Brenner.", "Otto Brenner"),
        ("said election lawyer Otto Brenner.", "Otto Brenner"),
        ("said veteran Acme strategist Otto Brenner, who is not paid.", "Otto Brenner"),
        ("added his campaign manager Otto Brenner, speaking to reporters.", "Otto Brenner"),
        ("said former Lind aide Otto Brenner on Monday.", "Otto Brenner"),
    ],
)
def test_lower_case_words_of_role_before_the_name_after_the_verb(after: str, expected: str) -> None:
    assert speaker(f"\u201cWe will win,\u201d {after} \u201cNobody can stop us.\u201d") == expected


@pytest.mark.parametrize(
    "after",
    [
        "said in a statement Otto Brenner would lose.",  # a phrase of its own, no role
        "said one Lind confidant.",  # a description: Lind modifies the role
        "wrote one Lind supporter, tweeting a link.",
        "said former Ohio Gov. and Acme Party Chairman Otto Brenner.",  # "and": no one name
        "told reporters former aide Otto Brenner was gone.",  # a verb with a listener
    ],
)
def test_no_name_is_taken_where_the_words_are_no_role_of_it(after: str) -> None:
    assert speaker(f"\u201cWe will win,\u201d {after}") is None


def test_a_role_a_name_owns_set_off_by_a_comma_names_its_holder() -> None:
    text = (
        "Tomas Lind spoke in Dayton on Monday.\n\n"
        "\u201cIt is about time,\u201d said Lind\u2019s introducer, actress Ada Roe. "
        "The crowd cheered."
    )
    assert speakers(text) == ["Ada Roe"]


@pytest.mark.parametrize("verb", ["fumed", "assured Otto Lind", "vowed", "repeated"])
def test_more_verbs_of_saying_after_a_quote(verb: str) -> None:
    assert speaker(f"\u201cWe will not give in,\u201d Ada Roe {verb} on Tuesday.") == "Ada Roe"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Former Ohio governor Ada Lind (D)", "Ada Lind"),
        ("Acme Party boss Otto Brenner", "Otto Brenner"),
        ("Presumptive Acme presidential nominee Otto Brenner", "Otto Brenner"),
        ("Dayton Daily columnist Ada Lind", "Ada Lind"),
        ("Ada Lind endorsed Otto Brenner", None),  # a verb, no role
        ("Mr. Lind over Mr. Brenner", None),  # a preposition
        ("Ada Lind and governor Otto Brenner", None),  # two people
        ("Acme governor Brenner", None),  # one word: maybe no person's name
    ],
)
def test_a_name_after_a_role_a_name_qualifies(written: str, expected: str | None) -> None:
    found = name_after_role(written)
    assert (found[1] if found else None) == expected
    if found:
        assert written[found[0] :].startswith(found[1])


def statement_speakers(text: str, source: str, content: str) -> list[str | None]:
    """The speakers of `text`'s one statement, as if the taggers had found it so."""
    view = view_with(text, attribution(text, source, span(text, content)))
    candidates = find_candidates(text)
    found = find_statements(view, find_actors(text, candidates), candidates, [])
    return [s.speaker for s in found.statements]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (  # a role a name qualifies: the person after it, not Ohio
            "Former Ohio governor Ada Lind (D), a supporter of the plan, called the vote "
            '"a fine day for the river towns" on Monday.\n\nThe vote passed.',
            "Former Ohio governor Ada Lind (D)",
            "Ada Lind",
        ),
        (  # a name run on into a phrase of time
            "Otto Brenner toured the dam in May.\n\n"
            'Brenner at the time called the plan "a fine day for the river towns" and left.',
            "Brenner at the time",
            "Otto Brenner",
        ),
        (  # a state after a comma: a described speaker, not Ohio
            'At the fair a woman in Dayton, Ohio, called the plan "too slow for the river towns."',
            "a woman in Dayton, Ohio",
            "woman",
        ),
    ],
)
def test_the_person_a_learned_source_names(text: str, source: str, expected: str) -> None:
    assert [q.speaker for q in learned_quotes(text, source)] == [expected]


def test_a_statement_source_with_a_role_a_name_qualifies_is_the_person() -> None:
    text = "Former Ohio governor Ada Lind, a supporter of the plan, calls the vote a priority."
    source = "Former Ohio governor Ada Lind"
    assert statement_speakers(text, source, "the vote a priority") == ["Ada Lind"]


def test_a_statement_source_that_runs_on_into_a_phrase_of_time_is_the_name() -> None:
    text = "Otto Brenner met the mayor. Brenner in his speech called the plan a good one."
    source = "Brenner in his speech"
    assert statement_speakers(text, source, "the plan a good one") == ["Otto Brenner"]


@pytest.mark.parametrize(
    ("source", "cut"),
    [
        ("Otto Brenner at the time", True),
        ("Otto Brenner in his speech", True),
        ("Ada Lind for", True),
        ("Officials with the Acme Party", False),  # members of a body: no phrase of time
        ("a spokesman for the Acme Party", False),
        ("Democracy for America", False),
        ("Bank of America", False),
    ],
)
def test_which_prepositions_end_a_source(source: str, cut: bool) -> None:
    ends = re.search(rf"\s+{SOURCE_TAIL_PREPOSITION}", source)
    assert (ends is not None) is cut
