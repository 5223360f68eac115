"""Issue 17, session 54: no actor opposes its own act. On the topic "Roe's attacks on the
council", "Mayor Ada Roe lashed out at the council" is against the council, what the act is done
to, not against the attacks (free BASIL events 51 and 96 showed "Trump opposes Trump's Twitter
attacks"). Made-up articles."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.stances import read_positions
from tests.test_extract import Scripted
from tests.test_steps import asker_for

TEXT = (
    "Mayor Ada Roe lashed out at the city council on Monday. "
    "Councilwoman Bo Lind opposed the mayor's tirade."
)


@pytest.mark.parametrize(
    ("topic", "roe", "lind", "dropped"),
    [
        # Her own act: her side against its object is no side against it.
        ("Roe\u2019s attacks on the city council", None, "opposes", True),
        ("Ada Roe's attacks on the city council", None, "opposes", True),
        ("Mayor Ada Roe's attacks on the city council", None, "opposes", True),
        # Another's act (whose own side goes), or no one's: her side stands.
        ("Lind's criticism of the mayor", "opposes", None, True),
        ("the city council's budget", "opposes", "opposes", False),
    ],
)
def test_no_actor_opposes_its_own_act(
    topic: str, roe: str | None, lind: str | None, dropped: bool
) -> None:
    view = ArticleView.of(TEXT)
    actors = find_actors(TEXT, names.find_candidates(TEXT))
    backend = Scripted()
    read = read_positions(view, actors, [], lambda: topic, asker_for(view, backend))
    sides = {p.actor: p.stance for p in read.positions}
    assert sides.get("Ada Roe") == roe
    assert sides.get("Bo Lind") == lind
    assert any("its own act" in r.reason for r in read.rejected) is dropped
