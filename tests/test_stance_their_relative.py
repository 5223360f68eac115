"""Issue 17, session 38: a relative clause about a noun after the actor tells that noun's act,
not the actor's: "that" before its verb ("the super PAC that backed the levy"; inside the
actor's apposition it may be the actor's: "Acme, a group that has favored the levy"), and
"which" after the actor's apposition ("Roe, the president of the union, which endorsed the
levy"). The actor's own relative clause and its reported words are read as before. Made-up
sentences, for faults found in rule readings of PolNeAR train."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        ("Ms. Roe was the biggest donor to the super PAC that backed the levy.", "Ms. Roe", None),
        ("Otto Roe, the president of the union, which endorsed the levy, spoke.", "Otto Roe", None),
        (
            "Mr. Roe, then mayor, won an election that was marred by protests in favor of his "
            "rival.",
            "Mr. Roe",
            None,
        ),
        # The actor's own.
        ("Acme, which endorsed the levy, spoke.", "Acme", "supports"),
        ("Otto Roe said that he backs the levy.", "Otto Roe", "supports"),
        ("Otto Roe argued that the levy was a mistake.", "Otto Roe", "opposes"),
        ("Otto Roe voted for the bill that raises the levy.", "Otto Roe", "supports"),
        ("Otto Roe, a critic of the levy, spoke.", "Otto Roe", "opposes"),
        ("Acme, a group in Dover that has favored the levy, spoke.", "Acme", "supports"),
    ],
)
def test_a_relative_clause_about_another_noun_is_not_the_actors(
    text: str, actor: str, expected: str | None
) -> None:
    assert _stance(text, actor) == expected
