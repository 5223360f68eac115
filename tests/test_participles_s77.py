"""A verb of stance reads in its past participle too: "have spoken out against", "has taken
issue with", "had torn into", "has given her blessing to" (session 77: the lexicon listed
"spoke", "took", "tore" and "gave" but not the participle, so a perfect tense was no side;
BASIL tuning event 90 writes of lawmakers who have spoken out against a speech)."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers have spoken out against the levy.", "opposes"),
        ("Roe has spoken against the levy for years.", "opposes"),
        ("Roe speaks against the levy at every stop.", "opposes"),
        ("Roe has taken issue with the levy.", "opposes"),
        ("Roe had torn into the levy on Monday.", "opposes"),
        ("Roe has given her blessing to the levy.", "supports"),
        # Not a side: "against" is not what was spoken.
        ("Roe had spoken to reporters against the advice of aides.", None),
    ],
)
def test_a_participle_of_a_stance_verb(text: str, expected: str | None) -> None:
    actor = text.split()[0]
    assert stance(text, actor) == expected
