"""Session 51: a new clause whose subject is a pronoun the actor is not says another's words.
"Ada Roe has hammered the senator for his vote -- he has endorsed the toll plan" gave Ada Roe
the senator's support: the rules read her clause on past the dash. Now "he" or "she" after
", and", ", but" or a dash ends the clause of a person whose first name or honorific says she
or he is the other, and of an organisation; where the pronoun may be the actor ("Ada Roe spoke
first, and she endorsed …"), or nothing shows who the actor is, the words stay its own."""

from __future__ import annotations

import pytest

from tests.test_stances_objects import positions

LEAD = "The county unveiled a toll plan for the Orvale bridge on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roe has hammered the senator for his vote -- he has endorsed the toll plan.", {}),
        ("Ada Roe met the senator, and he endorsed the toll plan.", {}),
        ("Mr. Dunn met the mayor \u2014 she endorsed the toll plan.", {}),
        ("The Orvale Drivers Club met the senator, and he endorsed the toll plan.", {}),
        # The pronoun may be the actor: its own words.
        ("Ada Roe spoke first, and she endorsed the toll plan.", {"Ada Roe": "supports"}),
        ("Bo Dunn spoke first -- he endorsed the toll plan.", {"Bo Dunn": "supports"}),
        # Nothing shows who the actor is: as before.
        ("Kelly Roe spoke first, and she endorsed the toll plan.", {"Kelly Roe": "supports"}),
    ],
)
def test_a_pronoun_the_actor_is_not_starts_anothers_clause(
    text: str, expected: dict[str, str]
) -> None:
    assert positions(LEAD + text) == expected
