"""A change of mind the text names is both ways ("mixed"): one who "equivocated", or who pledged
a side "but sounded equivocal" since (session 78: a PolNeAR train reading judged wrong by hand, a
governor who had pledged to back a nominee read as his supporter)."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Bo Roe had pledged to back the levy, but sounded equivocal this week.",
        "Gov. Bo Roe equivocated on whether he would sign the levy.",
    ],
)
def test_a_change_of_mind_is_both_ways(text: str) -> None:
    assert stance(text, "Bo Roe") == "mixed"


def test_a_side_kept_is_that_side() -> None:
    assert stance("Gov. Bo Roe backed the levy, but sounded tired.", "Bo Roe") == "supports"
