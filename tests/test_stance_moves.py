"""Session 10, issue 17 (helper P5): rule readings that were false on free events (hand-judged,
notes p1-free-judged.tsv) for general causes: support of a ban, a repeal or a moratorium is a
move against what it undoes, as a boycott or a veto; a noun of stance after another name's
possessive is that name's; a measure's word that only modifies a noun ("law enforcement") is
no measure judged; hailing and applauding are praise, their side their object's. Made-up
sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from summarizer.stances import _on_issue


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def _stance(
    text: str,
    actor: str,
    others: tuple[str, ...] = (),
    spoken: tuple[str, ...] = (),
    topic: str = "",
) -> str | None:
    (sentence,) = sentences(text)
    other_spans = [s for o in others for s in _spans(text, o)]
    return rule_stance(
        sentence,
        _spans(text, actor),
        other_spans,
        list(spoken),
        on_issue=_on_issue(topic) if topic else None,
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("As mayor, Jane Doe signed a ban on street vending.", ""),
        ("As mayor, Jane Doe signed a ban on street vending.", "street vending"),
        ("Acme backs a moratorium on new drilling permits.", ""),
        ("Acme backs a moratorium on new drilling permits.", "drilling permits"),
        ("Acme called for the repeal of the levy.", "the county levy"),
        ("Acme called for repealing the levy.", "the county levy"),
        ("Acme wants the bill to be struck down.", ""),
        # Session 55, from PolNeAR train rule readings judged by hand ("happily supporting the
        # delay as a blow to Obamacare"): a delay, a suspension, a postponement or a defunding
        # undoes; a measure "that would" undo, as one "to" undo.
        ("Acme backed a delay of the levy.", "the county levy"),
        ("Acme supports the suspension of the levy.", "the county levy"),
        ("Acme backs a measure to postpone the levy.", "the county levy"),
        ("Acme supports a bill that would end birthright citizenship.", "birthright citizenship"),
        ("Acme backed an amendment that would also repeal the levy.", "the county levy"),
    ],
)
def test_support_of_a_ban_or_an_undoing_opposes_what_it_undoes(text: str, topic: str) -> None:
    actor = "Jane Doe" if "Doe" in text else "Acme"
    assert _stance(text, actor, topic=topic) == "opposes"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # The ban, the repeal is the issue: support of it is support.
        ("Acme backs a ban on rifles.", "the rifle ban"),
        ("Acme called for the repeal of the levy.", "repeal of the county levy"),
        # No topic known, a bare ban may itself be the issue: a measure backed.
        ("Acme backs the ban.", ""),
        # A measure that undoes another thing is backed (not "the bill to be repealed").
        ("Acme pushed for an amendment to overturn the ruling.", ""),
        # A measure that would make or raise the issue is backed.
        ("Acme supports a bill that would raise the levy.", "the county levy"),
    ],
)
def test_support_of_a_ban_that_is_the_issue_supports(text: str, topic: str) -> None:
    assert _stance(text, "Acme", topic=topic) == "supports"


@pytest.mark.parametrize(
    ("text", "actor", "others"),
    [
        ("Mayor Doe, in answer to Mr. Roe's call for a ban, spoke of calm.", "Mayor Doe", ()),
        ("Mayor Doe, in answer to Mr. Roe's call for a ban, spoke of calm.", "Mayor Doe", ("Roe",)),
        ("Jane Doe cited Acme's strong opposition to the levy.", "Jane Doe", ()),
        ("Jane Doe pointed to Acme\u2019s support for the bill.", "Jane Doe", ()),
    ],
)
def test_a_noun_of_stance_after_another_names_possessive_is_not_the_actors(
    text: str, actor: str, others: tuple[str, ...]
) -> None:
    assert _stance(text, actor, others) is None


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # Still read: the actor's own verb before the possessive, a judgment of the issue.
        ("Jane Doe rejected Mr. Roe's call for a ban.", "Jane Doe", "opposes"),
        ("Jane Doe backed Acme's plan.", "Jane Doe", "supports"),
        ("Jane Doe cited the strong opposition to the levy.", "Jane Doe", "opposes"),
    ],
)
def test_the_actors_own_stance_word_is_still_read(text: str, actor: str, expected: str) -> None:
    assert _stance(text, actor) == expected


def test_law_enforcement_is_no_law_judged() -> None:
    quote = "Our town has great law enforcement officers,"
    text = f"\u201c{quote}\u201d Roe said."
    assert _stance(text, "Roe", spoken=(quote,)) is None


@pytest.mark.parametrize(
    "quote",
    ["This is a great law for our town,", "It is a good deal,", "A terrible bill,"],
)
def test_a_measure_judged_is_still_read(quote: str) -> None:
    text = f"\u201c{quote}\u201d Roe said."
    assert _stance(text, "Roe", spoken=(quote,)) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe hailed the progress made on the river.", None),
        ("Jane Doe applauded the firefighters.", None),
        ("Jane Doe hailed the new budget.", "supports"),
        ("Jane Doe applauded the plan.", "supports"),
    ],
)
def test_hailing_and_applauding_are_praise_of_their_object(text: str, expected: str | None) -> None:
    assert _stance(text, "Jane Doe") == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A judgment of another subject than the issue: no side on the issue.
        ("Our mayor is weak and ineffective,", None),
        ("The ferry schedule has been unacceptable,", None),
        # Of the issue itself, a pronoun for it, or a measure's noun: read.
        ("The bridge toll is unacceptable,", "opposes"),
        ("It is unworkable,", "opposes"),
        ("This plan is unacceptable,", "opposes"),
        ("I find the toll unnecessary,", "opposes"),
    ],
)
def test_a_judgment_in_a_quotation_is_of_its_subject(quote: str, expected: str | None) -> None:
    text = f"\u201c{quote}\u201d Jane Roe said."
    assert _stance(text, "Jane Roe", spoken=(quote,), topic="the bridge toll") == expected
    # With no topic known, a judgment reads as before.
    assert _stance(text, "Jane Roe", spoken=(quote,)) == "opposes"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Session 55, from PolNeAR train rule readings judged by hand: "a call for a temporary
        # ban on Muslims entering the United States and a permanent wall" read as opposing the
        # border wall.
        ("Acme called for a ban on billboards and a new toll booth.", "the toll booth"),
        ("Acme backs a ban on assault rifles.", "gun control"),
    ],
)
def test_support_of_a_ban_on_another_thing_is_no_side(text: str, topic: str) -> None:
    assert _stance(text, "Acme", topic=topic) is None
