"""Stance rules from the false rule readings of BASIL events 55 57 63 82 90 98 (held out for
three sessions, their misses read in session 8): of the quotation readings there, one in nine
was right. A change of mind is the speaker's only when the speaker is its subject; "want" with
no object or to wait is no side; a quotation opened after a colon is read as a quotation, not as
the clause's words; a stance word in the passive is done to the actor; "a great deal" as a
quantity and "a reasonable person" judge no measure; someone asked to act ("called on Mr. Roe
to …") is no act of the asker's own. The sentences are made up, of the shapes read."""

from __future__ import annotations

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from tests.test_stance import stance


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A change of mind is the speaker's only as its subject.
        ("I think he should apologize to the board.", None),
        ("I wrote it, it was wrong, and I apologize.", "mixed"),
        # "want" with no object is a relative clause's verb; wanting to wait is no side.
        ("We may pick any topic we want, at any hour we want.", None),
        ("We want to wait for the results of the audit.", None),
        ("We want the bill passed this year.", "supports"),
        # Idioms, not judgments of a measure.
        ("For a board that worries a great deal about its image, this looks bad.", None),
        ("This is a great deal for workers.", "supports"),
        ("I think any reasonable person sees the problem.", None),
        ("I think it is a reasonable, fair proposal.", "supports"),
        ("I think the offer is reasonable.", "supports"),
    ],
)
def test_quotations_of_the_retired_set(quote: str, expected: str | None) -> None:
    assert stance("Doe said so.", "Doe", spoken=(quote,)) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # A quotation after a colon is read as one (`spoken`), not as the clause's words.
        ("Doe replied to Roe online on Monday, writing: \u201cThey just want to recall me.\u201d",
         "Doe", ("Roe",), None),
        # The passive: done to the actor.
        ("Doe, who has been criticized for filling his talks with jokes, spoke on Monday.",
         "Doe", (), None),
        ("Doe has been criticized for the plan.", "Doe", (), None),
        ("Doe was criticized by Acme for the plan.", "Doe", ("Acme",), None),
        ("Doe is opposed to the plan.", "Doe", (), "opposes"),
        ("Doe has criticized the plan.", "Doe", (), "opposes"),
        # Another asked to act, a title with a period in between.
        ("Doe called on Mr. Roe to apologize for swearing during the debate on the tax.", "Doe",
         ("Mr. Roe",), None),
    ],
)  # fmt: skip
def test_clauses_of_the_retired_set(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


def test_wanting_to_wait_in_reported_words_is_no_side() -> None:
    text = "Acme has said it wants to wait for the results of the audit."
    (sentence,) = sentences(text)
    content = "it wants to wait for the results of the audit"
    own = [(0, len("Acme"))]
    assert rule_stance(sentence, own, [], [], [content]) is None
    assert rule_stance(sentence, own, [], [], ["it wants the bill passed"]) == "supports"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "back" after a determiner is a noun or an adjective, no verb of support (free BASIL
        # event 72's rule readings, judged by hand).
        ("After lunch, Doe left through a back door on his way to the station.", None),
        ("Doe took the back seat in the talks.", None),
        ("Doe will back the bill.", "supports"),
    ],
)
def test_back_after_a_determiner_is_no_verb(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected
