"""Issue 17, session 46: kinds of false rule readings that the hand audit of the rules' readings
on PolNeAR train found and no fix had reached (`bench/rule_audit.py score`, the judged readings
still read at e4e0691): support the actor receives, not gives ("attracting the most passionate
and enthusiastic supporters", "winning favor from super PACs", "has generated enthusiasm") and
support given by whoever gives it ("an ally of whoever provides support for …"), a refusal of
the actor's own conduct ("refused to entertain the possibility of campaigning", "refusing to
concede that …") and a party's constituencies ("Democratic Party constituencies … are firmly
opposed": theirs). Each with a control whose side still reads. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # An adjective of support before a noun is that noun's attitude: "enthusiastic
        # supporters" are others', attracted by the actor.
        (
            "Senator Ada Roe is attracting the most passionate and enthusiastic supporters on "
            "the campaign trail.",
            "Ada Roe",
            None,
        ),
        ("Ada Roe spoke to an enthusiastic crowd in Peoria.", "Ada Roe", None),
        ("Ada Roe is enthusiastic about the harbour levy.", "Ada Roe", "supports"),
        ("Ada Roe was enthusiastic.", "Ada Roe", "supports"),
        # Support won, gathered or attracted, a conjunction among the words between: received.
        (
            "Ada Roe is attracting the most passionate and enthusiastic support on the trail.",
            "Ada Roe",
            None,
        ),
        ("Ada Roe is again winning favor from super PACs.", "Ada Roe", None),
        ("Ada Roe has generated enthusiasm among young voters.", "Ada Roe", None),
        ("Ada Roe favors the harbour levy.", "Ada Roe", "supports"),
        ("Ada Roe thanked voters and said she supports the levy.", "Ada Roe", "supports"),
        ("Ada Roe thanked the voters and voiced support for the levy.", "Ada Roe", "supports"),
        # Whoever gives support is no one the sentence names: not the actor.
        (
            "Acme, once an ally of the unions, is today an ally of whoever provides support for "
            "the harbour levy.",
            "Acme",
            None,
        ),
        ("Acme will back anyone who opposes the harbour levy.", "Acme", None),
        ("Acme gives strong support to the harbour levy.", "Acme", "supports"),
        # A refusal of the actor's own conduct, no act on the issue.
        (
            "Senator Ada Roe refused to entertain the possibility of campaigning alongside Lind.",
            "Ada Roe",
            None,
        ),
        (
            "Ada Roe was making a fresh pitch to voters, refusing to concede that the senator's "
            "backers were unlikely to vote for her.",
            "Ada Roe",
            None,
        ),
        # "let": blocking another's act ("refused to let them put me away"), a side.
        ("A federal judge, Ada Roe, refused to let them close the harbour.", "Ada Roe", "opposes"),
        ("Ada Roe refused to sign the harbour levy.", "Ada Roe", "opposes"),
        ("Ada Roe refused to concede the election.", "Ada Roe", "opposes"),
        # A party's constituencies are its members' groups, not the party.
        (
            "Harbour Party constituencies, including the dockers union, are firmly opposed.",
            "Harbour Party",
            None,
        ),
        ("Harbour Party leaders are firmly opposed to the levy.", "Harbour Party", "opposes"),
    ],
)
def test_sides_received_refused_or_of_members_are_not_the_actors(
    text: str, actor: str, expected: str | None
) -> None:
    assert _stance(text, actor) == expected
