"""What an apposition calls the actor is a side its main clause may turn from, as a relative
clause's earlier side is: both ways (session 78: "Sen. Roe (R), a co-sponsor of the bill,
reversed himself and opposed it" was read as support from the apposition alone, a PolNeAR train
reading judged wrong by hand). An apposition with a clause of its own ("a Republican who voted
for …") is read as before."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ada Lind, a co-sponsor of the levy, reversed herself and opposed it.", "mixed"),
        ("Sen. Ada Lind, a co-sponsor of the levy, opposed the levy on Monday.", "mixed"),
        (
            "Sen. Ada Lind (R), a co-sponsor of the levy in that chamber, reversed herself and "
            "opposed it.",
            "mixed",
        ),
        ("Sen. Ada Lind, a co-sponsor of the levy, spoke on Monday.", "supports"),
        ("Sen. Ada Lind, a critic of the levy, attacked it again.", "opposes"),
    ],
)
def test_an_apposed_side_and_the_clause(text: str, expected: str) -> None:
    assert stance(text, "Ada Lind") == expected
