"""Stance words that are no side of the actor's (session 23, from a second sample of the rules'
positions on PolNeAR train, 80 drawn at random and judged by hand): a name after a preposition
("the attorney general under former President Roe") or after a verb in -ing ("consider bolting
Roe and backing him") is no subject; a heading in capitals leads no clause; a claim the actor
rejects is not its side ("dismissed reports that she backs the levy"); a clause with a subject
of its own is that subject's ("because party leaders such as Lee are backing it"); "back" as an
adverb ("critical back even harder", "pare back") is no support; a call for someone to resign is
a move against them (from a free BASIL event). Session 24: rejecting a claim, a notion or an
idea is no side on what it is about; a duty or an expectation ("is required to", "is expected to
endorse") is no side; a later turn to the other side ("but then championed one") is mixed.
Beside each, a reading that must stay."""

from __future__ import annotations

import pytest

from summarizer import api, backends
from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # A name after a preposition is no subject.
        ("Ann Lee, the chief of staff under former Governor Jane Roe, criticized the levy.",
         "Jane Roe", ("Ann Lee",), None),
        ("Unlike Jane Roe, the council did not oppose the levy.", "Jane Roe", (), None),
        # A name after a verb in -ing is its object.
        ("Some delegates want to consider bolting Jane Roe and backing the mayor instead.",
         "Jane Roe", (), None),
        ("Farm groups are asking Jane Roe to repudiate the support of a retired general.",
         "Jane Roe", (), None),
        ("Several leading Republican senators, including Jane Roe, opposed the levy.",
         "Jane Roe", (), "opposes"),
        # A heading in capitals.
        ("OHIO\u2019S FARMERS FAVOR ROE, BUT CITIES FAVOR LEE - The governor spoke on Monday.",
         "OHIO", (), None),
        ("OHIO\u2019S FARMERS FAVOR ROE, BUT CITIES FAVOR LEE - The governor spoke on Monday.",
         "ROE", (), None),
        ("NATO said it backs the plan.", "NATO", (), "supports"),
        # A claim rejected.
        ("Ann Lee and Jane Roe have struck down assertions that their paper has beaten the drum "
         "in favor of the levy.", "Jane Roe", ("Ann Lee",), None),
        # A clause with its own subject.
        ("The Acme Party calls this a false story, especially because local party leaders such "
         "as Ann Lee are backing the levy.", "Acme Party", ("Ann Lee",), None),
        ("Jane Roe said on Monday that she is backing the levy.", "Jane Roe", (), "supports"),
        ("Jane Roe opposes the levy because local farmers are opposing it too.", "Jane Roe", (),
         "opposes"),
        # "back" as an adverb.
        ("Jane Roe said she will be critical back even harder.", "Jane Roe", (), None),
        ("The Daily Star appeared to pare back an effort to cover the council.", "Daily Star", (),
         None),
        ("Jane Roe backed the plan again on Monday.", "Jane Roe", (), "supports"),
        ("Jane Roe will back the plan again.", "Jane Roe", (), "supports"),
        # A call for someone to resign is a move against them, not support.
        ("Jane Roe issued a bombastic call for Governor Ann Lee to resign on Sunday.",
         "Jane Roe", ("Ann Lee",), "opposes"),
        ("Jane Roe used her speech to call for the resignation of President Ann Lee.",
         "Jane Roe", ("Ann Lee",), "opposes"),
        ("Jane Roe has voiced concern, but she has not called for him to resign.", "Jane Roe",
         (), None),
        ("Jane Roe called for the council to pass the levy.", "Jane Roe", (), "supports"),
        # Session 24: a duty or an expectation is no side; a later turn to the other side is
        # a change of mind.
        ("Jane Roe is required to support the levy under party rules.", "Jane Roe", (), None),
        ("Jane Roe is expected to endorse the levy on Friday.", "Jane Roe", (), None),
        ("Jane Roe pledged to support the levy.", "Jane Roe", (), "supports"),
        ("Jane Roe wouldn't back an amnesty bill, but then championed one.", "Jane Roe", (),
         "mixed"),
        ("Jane Roe opposed the levy but later voted for it.", "Jane Roe", (), "mixed"),
        ("Jane Roe opposed the levy but backed the bond.", "Jane Roe", (), "opposes"),
    ],
)  # fmt: skip
def test_whose_side_the_words_are(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe dismissed reports that she backs the levy.", []),
        ("Jane Roe denied reports that she opposes the levy.", []),
        ("Jane Roe said that she backs the levy.", [("Jane Roe", "supports")]),
        ("Jane Roe said reports that she backs the levy were true.", [("Jane Roe", "supports")]),
        # Session 24: rejecting a notion is no side on what the notion is about.
        ("Jane Roe rejected the notion that she was part of the council's old guard.", []),
        ("Jane Roe rejected the idea that the levy would be a drag on the county.", []),
        ("Jane Roe rejected claims that she backs the levy.", []),
        ("Jane Roe rejected the levy on Monday.", [("Jane Roe", "opposes")]),
    ],
)
def test_reported_words_that_are_a_claim_rejected(
    text: str, expected: list[tuple[str, str]]
) -> None:
    extraction = api.extract(text, name="a.txt", backend=backends.create("rules"))
    assert [(p.actor, p.stance) for p in extraction.positions] == expected


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # Session 24, from a third sample of the rules' positions on PolNeAR train (80 drawn
        # at random from those read with the model's topic, judged by hand): words that show no
        # side the actor takes now.
        ("Even on Friday, the Acme Council was refusing to call the attack terrorism.",
         "Acme Council", None),
        ("Acme Party rules require delegates to vote for the candidate who won.", "Acme Party",
         None),
        ("Jane Roe, a retired economist, said she is considering an endorsement.", "Jane Roe",
         None),
        ("Jane Roe insisted it was \u201cpremature\u201d to back Ann Lee's campaign.",
         "Jane Roe", None),
        ("Jane Roe had an abrupt response when asked who she\u2019d back instead.", "Jane Roe",
         None),
        ("Reached on Monday, Jane Roe hesitated to repeat her previous criticism of the mayor.",
         "Jane Roe", None),
        ("Jane Roe fired back that the \u201cvoters of Ohio voted for me twice.\u201d",
         "Jane Roe", None),
        ("Only two Democrats currently back Senator Ann Lee's bill.", "Democrats", None),
        ("Some Democrats have said they will not vote for Ann Lee.", "Democrats", None),
        ("Jane Roe has repudiated decades of Republican support for the levy.", "Jane Roe",
         None),
        ("Jane Roe remains one of the last party leaders not to make a formal endorsement of "
         "Ann Lee.", "Jane Roe", None),
        ("Democrats have not signed on to the levy yet, even though several oppose the deal.",
         "Democrats", None),
        # Readings that stay.
        ("The Acme Council refused to back the levy.", "Acme Council", "opposes"),
        ("Democrats have said they will not vote for Ann Lee.", "Democrats", "opposes"),
        ("Jane Roe voiced support for the levy.", "Jane Roe", "supports"),
        ("Jane Roe and some allies oppose the levy.", "Jane Roe", "opposes"),
        ("The Acme Union has campaigned for Ann Lee since the October endorsement.",
         "Acme Union", "supports"),
    ],
)  # fmt: skip
def test_words_that_show_no_side_of_the_actors(text: str, actor: str, expected: str | None) -> None:
    extraction = api.extract(text, name="a.txt", backend=backends.create("rules"))
    found = [p.stance for p in extraction.positions if p.actor == actor]
    assert found == ([expected] if expected else [])
