"""Stance words that are no side of the actor's (session 22, from reading the rules' positions
on PolNeAR train, text the stance rules were not written from): support the actor has, not
gives ("has the support of women"); a clause denied before the stance word ("showed no sign
that he would apologize", "denied that she backs it"); a stance noun after "by", done to the
actor ("frustrated by the rising opposition to its policy"). Beside each, the reading that must
stay."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # Support had, not given.
        ("Roe has the support of women and older voters.", "Roe", None),
        ("Roe has 31 endorsements in the state senate.", "Roe", None),
        ("The Acme group has the backing of the unions.", "Acme", None),
        ("Roe has broad support among farmers.", "Roe", None),
        ("But Roe had the full support of the farm lobby behind her.", "Roe", None),
        ("Roe has given her support to the levy.", "Roe", "supports"),
        ("Roe has long supported the levy.", "Roe", "supports"),
        ("Roe has endorsed the levy.", "Roe", "supports"),
        # A clause denied before the stance word.
        ("Mr. Roe showed no sign that he was planning to apologize.", "Mr. Roe", None),
        ("Mr. Roe denied that he backs the levy.", "Mr. Roe", None),
        ("Mr. Roe denied his support for the levy.", "Mr. Roe", None),
        ("Mr. Roe said that he backs the levy.", "Mr. Roe", "supports"),
        ("Roe, who had not voted that year, backed the levy.", "Roe", "supports"),  # no clause
        # A stance noun after "by": others', the actor its object; not the actor's gerund.
        ("The mayor's office was frustrated by the rising opposition to its plan.", "office",
         None),
        ("Roe was stung by criticism of the levy.", "Roe", None),
        ("Roe angered colleagues by supporting the levy.", "Roe", "supports"),
        ("Roe went further by re-introducing the levy bill.", "Roe", "supports"),
    ],
)  # fmt: skip
def test_support_had_denied_or_received_is_no_side(
    text: str, actor: str, expected: str | None
) -> None:
    assert stance(text, actor) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Reported words after a cue denied are not said; past a clause break they are.
        ("Mr. Roe did not say that he backs the levy.", "he backs the levy", None),
        ("Mr. Roe never said he backs the levy.", "he backs the levy", None),
        ("Mr. Roe said he backs the levy.", "he backs the levy", "supports"),
        ("Mr. Roe did not say that the levy was fair, but he backs it.",
         "the levy was fair, but he backs it", "supports"),
    ],
)  # fmt: skip
def test_reported_words_after_a_denied_cue(text: str, content: str, expected: str | None) -> None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer("Mr. Roe", text)]
    assert rule_stance(sentence, own, [], [], [content]) == expected


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # A common noun's possessive before the stance noun: that noun's side.
        ("Roe is hoping the popular governor\u2019s endorsement will be a boost.", "Roe", None),
        ("The Acme nominee's support for the levy is new.", "Acme", None),
        ("Roe cited Mr. Lee's opposition to the levy.", "Roe", None),
        # ... but the actor's own people's is its own.
        ("Roe urged the Lee family's criticism of the levy.", "Lee", "opposes"),
        ("Roe opposed the levy.", "Roe", "opposes"),
        # A clause of another subject before the stance word: that subject's side; not a
        # wish the actor states ("must support").
        ("Roe reviews the pact, arguing that the deal favors big lenders.", "Roe", None),
        ("Roe reiterated that the party must support Lee in the fall.", "Roe", "supports"),
        ("Roe backs the pact because it favors farmers.", "Roe", "supports"),
    ],
)  # fmt: skip
def test_another_subject_or_possessor(text: str, actor: str, expected: str | None) -> None:
    assert stance(text, actor) == expected


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # A finding of the actor's records or poll, a few words between: no side of its own.
        ("Acme records from the 2008 cycle show he backed Roe.", "Acme", None),
        ("Acme records show he backed Roe.", "Acme", None),
        # The object of a verb of taking a side leads no clause of its own ...
        ("Several delegates supporting Sen. Roe declined to comment.", "Roe", None),
        ("Delegates backing Roe voted against the levy.", "Roe", None),
        # ... unless its own act follows, or its relative clause.
        ("Voters criticized Roe for proposing the levy.", "Roe", "supports"),
        ("Or back Roe, who will lead the opposition to the levy.", "Roe", "opposes"),
        ("Roe declined to comment.", "Roe", "neutral"),
    ],
)  # fmt: skip
def test_findings_and_objects_lead_no_clause(text: str, actor: str, expected: str | None) -> None:
    assert stance(text, actor) == expected
