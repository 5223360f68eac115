"""Issue 17, session 54: a name is an actor where the article has it sue, endorse, praise,
defend, denounce, apologise, appeal, rule, testify, lobby or protest, as where it says or votes
("Microsoft sued the government" had left Microsoft out of the actors). Nouns that look like
those verbs are no act ("Current rules", "Occupy-style protests"). Made-up articles."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Zenbora sued the harbour board on Monday. The case is new.", "Zenbora"),
        ("Zenbora endorsed the toll plan on Monday. The plan is new.", "Zenbora"),
        ("Zenbora apologized for the delay on Monday. The plan is new.", "Zenbora"),
        ("Zenbora filed a lawsuit against the board. The case is new.", "Zenbora"),
        # A noun after the name: no act.
        ("Zenbora rules were changed on Monday. The plan is new.", None),
        ("Zenbora protests were held on Monday. The plan is new.", None),
    ],
)
def test_a_name_that_sues_or_endorses_is_an_actor(text: str, actor: str | None) -> None:
    found = [a.name for a in find_actors(text, names.find_candidates(text))]
    assert found == ([actor] if actor else [])
