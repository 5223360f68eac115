"""Stance rules from the false rule readings of BASIL events 55 57 63 82 90 98 (held out for
three sessions, their misses read in session 8): of the quotation readings there, one in nine
was right. A change of mind is the speaker's only when the speaker is its subject; "want" with
no object ("any question I want") or to wait is no side; a quotation opened after a colon is
read as a quotation, not as the clause's words; a stance word in the passive is done to the
actor; "a great deal about" and "a reasonable person" judge no measure; someone asked to act
("called on Mr. Fox to apologize") is no act of the asker's own."""

from __future__ import annotations

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from tests.test_stance import stance


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A change of mind is the speaker's only as its subject.
        ("I think it is a disgrace and I think she should apologize to the court.", None),
        ("I said it, I was wrong, and I apologize.", "mixed"),
        # "want" with no object is a relative clause's verb; wanting to wait is no side.
        ("I have the right to ask any question I want, to whomever I want.", None),
        ("We want to wait for the findings of the investigation.", None),
        ("We want the bill passed this year.", "supports"),
        # Idioms, not judgments of a measure.
        ("For a court that cares a great deal about appearances, this looks bad.", None),
        ("This is a great deal for workers.", "supports"),
        ("I think any reasonable person sees the problem.", None),
        ("I think it is a reasonable, good faith proposal.", "supports"),
        ("I think the offer is reasonable.", "supports"),
    ],
)
def test_quotations_of_the_retired_set(quote: str, expected: str | None) -> None:
    assert stance("Doe said so.", "Doe", spoken=(quote,)) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # A quotation after a colon is read as one (`spoken`), not as the clause's words.
        ("Doe appeared to respond to Roe over Twitter on Friday, writing: \u201cThey only want "
         "to impeach me.\u201d", "Doe", ("Roe",), None),
        # The passive: done to the actor.
        ("Doe, who has been criticized for lacing his speeches with profanity, spoke on Monday.",
         "Doe", (), None),
        ("Doe has been criticized for the plan.", "Doe", (), None),
        ("Doe was criticized by Acme for the plan.", "Doe", ("Acme",), None),
        ("Doe is opposed to the plan.", "Doe", (), "opposes"),
        ("Doe has criticized the plan.", "Doe", (), "opposes"),
        # Another asked to act, a title with a period in between.
        ("Doe called on Mr. Roe to apologize for using foul language when talking about the "
         "wall.", "Doe", ("Mr. Roe",), None),
    ],
)  # fmt: skip
def test_clauses_of_the_retired_set(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


def test_wanting_to_wait_in_reported_words_is_no_side() -> None:
    text = "Democrats have said they want to wait to see the findings of the investigation."
    (sentence,) = sentences(text)
    content = "they want to wait to see the findings of the investigation"
    own = [(0, len("Democrats"))]
    assert rule_stance(sentence, own, [], [], [content]) is None
    assert rule_stance(sentence, own, [], [], ["they want the bill passed"]) == "supports"
