"""Issue 17, session 54: what a measure would do, said by the actor, is its side: "said the
legislation would undermine the integrity of elections" opposes it, "says its proposal would
improve on the 1994 ban" supports it (BASIL tuning events 74 and 91). Negated, or not said of a
measure, it is none. Made-up articles."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.stances import read_positions
from tests.test_extract import Scripted
from tests.test_steps import asker_for


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Ada Roe said the legislation would undermine the integrity of elections.", "opposes"),
        ("Ada Roe warned that the toll plan could badly damage the port.", "opposes"),
        ("Ada Roe said the bill would protect voters.", "supports"),
        ("Ada Roe says her proposal would improve on the old toll.", "supports"),
        # Negated, or a thing that is no measure: no side by rule.
        ("Ada Roe said the bill would not hurt voters.", None),
        ("Ada Roe said the storm would damage the port.", None),
    ],
)
def test_what_a_measure_would_do_is_the_speakers_side(sentence: str, side: str | None) -> None:
    text = f"Mayor Bo Lind spoke on Monday. Representative {sentence}"
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    backend = Scripted({"evidence": 2, "stance": "neutral"})  # where no rule reads her
    read = read_positions(view, actors, [], lambda: "the toll bill", asker_for(view, backend))
    rules = {p.actor: p.stance for p in read.positions if p.attribution == "rule"}
    assert rules.get("Ada Roe") == side
