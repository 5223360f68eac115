"""A reaction the subject causes in others is theirs, not the subject's: "ignited criticism from
business groups", "stirred objections from", "generated support", as "sparked opposition"
already was; and the one the reaction comes from takes that side ("The levy prompted criticism
from Roe"). One list of such verbs (`patterns.PROVOKING`) for the three rules that read them
(session 77: a rule audit reading of PolNeAR train had an administration "opposing" its own
overtime rule from the criticism its effort had ignited). "promptly" is no such verb."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # The subject's effort drew the reaction: no side of the subject's.
        (
            "The Lind administration, in a push that ignited criticism from farm groups, said "
            "on Monday that it would raise the wage.",
            "Lind administration",
            None,
        ),
        ("Roe, who has ignited opposition from unions, spoke Monday.", "Roe", None),
        ("Roe stirred objections from unions with the levy.", "Roe", None),
        ("Roe generated support from unions for the levy.", "Roe", None),
        # The one the reaction comes from takes its side.
        ("The levy ignited criticism from Roe.", "Roe", "opposes"),
        ("The levy stirred objections from Roe.", "Roe", "opposes"),
        ("The levy prompted criticism from Roe.", "Roe", "opposes"),
        # An adverb, not a verb of provoking.
        ("Roe promptly criticized the levy.", "Roe", "opposes"),
    ],
)
def test_a_reaction_provoked_is_the_reactors(text: str, actor: str, expected: str | None) -> None:
    assert stance(text, actor) == expected
