"""Issue 17, session 40: kinds of false and missed rule readings found by judging random samples
of the rules' readings on PolNeAR train by hand (`bench/rule_audit.py`): a word that judges the
issue with the actor as its subject ("Garland looks dead on arrival": the actor is what is
judged), a failure to act ("failed to refuse the endorsement"), a guess ("Perhaps Russia will
oppose", "will probably oppose", "a one-in-five chance that"), a side regretted (a change of
mind: mixed), the actor at the receiving end ("battled staunch opposition from the media"),
another sense ("blasting out missives", "signed a licensing agreement", "favorable economic
trends", "an endorsement list"), "kept mum" (no comment), a judgment the speaker will not make
("I'm not going to say it is a mistake"); and the employer named before a person's role, which
led the clause in the person's place ("BuzzFeed spokesman Matt Mittenthal doubled down", in a
BASIL story), so that no side of the person's was read. A number in words taken for a name
("Seventy-four percent of voters") is in `tests/test_names.py`, a "she" given to the man a "he"
gave the quotation before in `tests/test_quote_speakers.py`. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # An employer before the role: the person leads the clause.
        ("Orbis spokesman Otto Roe rejected the harbour levy.", ("Orbis",), "opposes"),
        ("In a statement, Orbis spokesman Otto Roe rejected the levy.", ("Orbis",), "opposes"),
        ("Orbis chief executive Otto Roe rejected the harbour levy.", ("Orbis",), "opposes"),
        (
            "Harbour Board Minority Leader Otto Roe rejected the levy.",
            ("Harbour Board",),
            "opposes",
        ),
        ("Orbis's chief executive Otto Roe rejected the levy.", ("Orbis",), "opposes"),
        # A possessive alone may own a place: "Ohio's Hamilton".
        ("Orbis's Otto Roe rejected the harbour levy.", ("Orbis",), None),
        # Not another actor's act with the person its object.
        ("Ada Lind told adviser Otto Roe she rejected the harbour levy.", ("Ada Lind",), None),
        ("Ada Lind met adviser Otto Roe and rejected the harbour levy.", ("Ada Lind",), None),
        ("Ada Lind praised chairman Otto Roe and rejected the levy.", ("Ada Lind",), None),
    ],
)
def test_an_employer_named_before_the_role_leads_no_clause(
    text: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert _stance(text, "Otto Roe", others) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The actor judged, not judging.
        ("Right now, Otto Roe looks dead on arrival.", None),
        ("Otto Roe is now dead on arrival.", None),
        ("Otto Roe called the harbour levy dead on arrival.", "opposes"),
        ("Otto Roe said the harbour levy was dead on arrival.", "opposes"),
        # A failure to act.
        ("Otto Roe failed to back the harbour levy.", None),
        ("Otto Roe failed three times to refuse the endorsement of the Harbour League.", None),
        ("Otto Roe backed the harbour levy after it failed to pass.", "supports"),
        ("Otto Roe, who failed to win the seat, now opposes the harbour levy.", "opposes"),
        # A guess.
        ("Perhaps Otto Roe will oppose the harbour levy.", None),
        ("Otto Roe will probably oppose the harbour levy.", None),
        ("Otto Roe is likely to back the harbour levy.", None),
        ("Perhaps the loudest critic, Otto Roe, rejected the harbour levy.", "opposes"),
        ("Investors see a one-in-five chance that Otto Roe will oppose the harbour levy.", None),
        # A side regretted: a change of mind.
        ("Otto Roe regretted supporting the harbour levy.", "mixed"),
        ("Otto Roe regrets having backed the harbour levy.", "mixed"),
        # At the receiving end, or another sense.
        ("Otto Roe battled staunch opposition from the harbour board.", None),
        ("Otto Roe overcame opposition from the harbour board.", None),
        ("Otto Roe battled to block the harbour levy.", "opposes"),
        ("Otto Roe is blasting out missives about the harbour levy.", None),
        ("Otto Roe blasted the harbour levy.", "opposes"),
        # No comment; a business deal signed; "favorable" of no side.
        ("Though Otto Roe kept mum about the timing, all signs pointed to a deal.", "neutral"),
        ("Otto Roe signed a licensing agreement with a clothing firm in 2012.", None),
        ("Otto Roe signed a book deal.", None),
        ("Otto Roe signed the harbour levy into law.", "supports"),
        ("Otto Roe has seen more favorable economic trends in recent years.", None),
        ("Otto Roe has a favorable view of the harbour levy.", "supports"),
        # "Endorsement" naming a thing.
        ("Otto Roe unveiled an endorsement list of 85 mayors.", None),
        ("Otto Roe landed an endorsement deal with a shoe maker.", None),
        ("Otto Roe gave his endorsement to the harbour levy.", "supports"),
    ],
)
def test_no_side_where_the_actor_is_judged_fails_to_act_or_is_guessed_at(
    text: str, expected: str | None
) -> None:
    assert _stance(text, "Otto Roe") == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("I'm not going to say it is a mistake, so forget about it,", None),
        ("I don't think the harbour levy is a mistake,", None),
        ("The harbour levy is a mistake,", "opposes"),
        (
            "Ada doesn't really believe I'm reckless. She said that only because she has lost "
            "this race. The harbour levy has been a total disaster,",
            "opposes",
        ),
    ],
)
def test_a_judgment_the_speaker_will_not_make_is_no_side(quote: str, expected: str | None) -> None:
    assert _stance(f"\u201c{quote}\u201d said Otto Roe.", "Otto Roe", spoken=(quote,)) == expected
