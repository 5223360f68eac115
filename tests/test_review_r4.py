"""Review R4 (session 10): defects found in the session's merged change, made-up sentences.
Fixed ones are plain tests; the rest strict xfails that show the defect."""

from __future__ import annotations

import pytest

from tests.test_attribute import speaker
from tests.test_speakers_learned import _source_words


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        # A described owner's document: a determiner other than "the" is no part of the owner
        # ("the his lawyer" before), and a time owns none.
        ("Then his lawyer\u2019s statement says so.", "his lawyer\u2019s statement", ""),
        ("Then a spokesman\u2019s statement says so.", "a spokesman\u2019s statement", ""),
        ("This summer\u2019s report says so.", "summer\u2019s report", ""),
        ("Then tonight\u2019s statement says so.", "tonight\u2019s statement", ""),
        ("Then the last session\u2019s report says so.", "the last session\u2019s report", ""),
        # Still: the owner with "the".
        (
            "Then the town clerk\u2019s filing says so.",
            "the town clerk\u2019s filing",
            "the town clerk",
        ),
    ],
)
def test_a_described_owner_is_no_determiner_and_no_time(text: str, source: str, words: str) -> None:
    # "": the source stays as the tagger found it (no owner read from it).
    assert _source_words(text, source) == (words or source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sayer the rule's speaker reports speaks the quote only when nothing stands between
        # (review R4): a clause of its own after a comma has its own sayer ("which she called").
        ('Jane Doe said that Otto Roe wrote the memo, which she called "a sham."', "Jane Doe"),
        ('Jane Doe said Otto Roe wrote it, a memo she called "a sham."', "Jane Doe"),
        # A day is no sayer's name ("Tuesday Roe" before).
        ('Jane Doe said Tuesday Roe told her the plan was "dead."', "Jane Doe"),
        # Still the reported sayer (session 10).
        ('Jane Doe said Otto Roe told reporters that Acme is "in it for good."', "Otto Roe"),
    ],
)
def test_a_reported_sayer_speaks_only_its_own_clause(text: str, expected: str) -> None:
    assert speaker(text) == expected


def _stance(text: str, actor: str, others: tuple[str, ...] = ()) -> str | None:
    from tests.test_stances_wish import stance

    return stance(text, actor, others)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "text",
    [
        # A wish is read only when its object is a measure (session 10): not when the measure
        # is the owner of the object, the object of an undoing, or undone (review R4). These
        # read "supports" before.
        "Acme called for the levy\u2019s repeal.",
        "Acme praised the bill\u2019s defeat.",
        "Acme praised the levy\u2019s critics.",
    ],
)
def test_a_wish_whose_object_only_names_a_measure_says_no_side(text: str) -> None:
    assert _stance(text, "Acme") is None


@pytest.mark.parametrize(
    "text",
    [
        "Acme praised the plan.",
        "Acme called for the bill\u2019s passage.",
        "Acme wants the bill passed.",
        "Acme lauded the Lind plan\u2019s swift adoption.",
    ],
)
def test_a_wish_for_a_measure_or_its_passage_still_supports(text: str) -> None:
    assert _stance(text, "Acme") == "supports"


@pytest.mark.parametrize(
    ("text", "others"),
    [
        # A wish for a measure's passage, or for an act that passes a measure, is support of
        # the measure: the gate lost these (review R4; "supports" in session 9).
        ("Acme called for passage of the bill.", ()),
        ("Acme called for the swift passage of the levy.", ()),
        ("Acme sought passage of the bill.", ()),
        ("Acme wants to pass the bill.", ()),
        ("Acme wants Congress to pass the bill.", ("Congress",)),
        ("Acme wants Roe to sign the bill.", ("Roe",)),
    ],
)
def test_a_wish_for_the_passage_of_a_measure_supports_it(
    text: str, others: tuple[str, ...]
) -> None:
    assert _stance(text, "Acme", others) == "supports"


@pytest.mark.parametrize(
    "text",
    [
        # Not an act on something else, nor passing a measure undone.
        "Acme wants to pass the time.",
        "Acme wants Congress to pass the repeal of the levy.",
        "Acme wanted Roe to sign autographs for the plan\u2019s critics.",
    ],
)
def test_a_wish_for_an_act_on_no_measure_says_no_side(text: str) -> None:
    assert _stance(text, "Acme", ("Congress", "Roe")) is None


@pytest.mark.xfail(
    strict=True,
    reason="attribute._DOCUMENT_FROM_AUTHOR: a description up to a comma is any words "
    "('the agency found it fails', 'the prison', 'the inside the White House'): no check "
    "that they are a noun phrase naming a body or person (review R4, not fixed)",
)
@pytest.mark.parametrize(
    "text",
    [
        'A report from the agency found it fails, officials said. "Stop," the report said.',
        'A letter from prison in Ohio, where Roe sits, said so. "Stop," the letter said.',
        'A memo from inside the White House, obtained by Acme, said so. "Stop," the memo said.',
    ],
)
def test_words_up_to_a_comma_that_name_no_author(text: str) -> None:
    from summarizer import attribute

    attribute._introductions.cache_clear()
    noun = text[text.rindex("the ") :].split(" said")[0]
    at = text.rindex(noun)
    assert attribute.document_author(text, noun, at, at + len(noun)) is None


# Past a verb of saying, a wish whose object is another actor asked to pass a measure was cut
# at that actor, the act asked never read (review R4, a strict xfail until session 56, when the
# words past the verb of saying began to stop at another actor as the clause's do).
def test_a_reported_wish_for_another_to_pass_a_measure_supports_it() -> None:
    assert _stance("Doe said he wants Acme to pass the bill.", "Doe", ("Acme",)) == "supports"


# A wish for a measure's undoing is a move against it, as a boycott or a veto (review R4's strict
# xfail, fixed by helper P5: stance_rules._against_move). These read "supports" in session 9,
# no side after the wish gate.
@pytest.mark.parametrize(
    "text",
    [
        "Acme called for the repeal of the levy.",
        "Acme called for repealing the levy.",
        "Acme wants the levy repealed.",
        "Acme called for scrapping the levy.",
        "Acme wants the law struck down.",
        "Acme called for the bill to be repealed.",
    ],
)
def test_a_wish_for_undoing_a_measure_opposes_it(text: str) -> None:
    assert _stance(text, "Acme") == "opposes"


# 'Mr. Lind said' after 'Mrs. Lind said' went to Jane Lind: the honorific's sex was not checked
# against the person of the family name (review R4's strict xfail, fixed in session 13 by the
# first names' sexes: names.first_name_sex, speakers._namesake).
def test_mr_and_mrs_of_one_family_name_are_two_speakers() -> None:
    from tests.test_quote_speakers import speakers

    text = (
        "Otto Lind spoke in Ohio. Jane Lind spoke in Iowa.\n\n"
        "\u201cWe won,\u201d Otto Lind said.\n\n\u201cWe too,\u201d Jane Lind said.\n\n"
        "\u201cSo good,\u201d Mrs. Lind said.\n\n\u201cGreat,\u201d Mr. Lind said."
    )
    assert speakers(text)[-1] == "Otto Lind"
