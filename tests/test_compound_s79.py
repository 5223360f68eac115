"""A name joined by a hyphen to a word in lower case qualifies what follows, as a name before a
noun does ("the NATO office"): "Roe-friendly activists won seats", "anti-Roe protesters opposed
it", "the Roe-led panel backed it" are others' acts, none of Roe's (session 79: a PolNeAR train
sentence about activists friendly to a candidate was read as the candidate's side by session
78's rule of introductory phrases)."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    "text",
    [
        "At the same time, in conventions in three states, Roe-friendly activists won seats in "
        "districts that had voted for the levy.",
        "Roe-friendly activists backed the levy on Saturday.",
        "Anti-Roe protesters opposed the levy.",
        "The Roe-led panel backed the levy.",
        "Roe-backed candidates opposed the levy.",
    ],
)
def test_a_name_in_a_compound_leads_no_clause(text: str) -> None:
    assert stance(text, "Roe") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Ocasio-Roe opposed the levy.", "opposes"),
        ("Mr. Roe, whose pro-levy views are known, backed the levy.", "supports"),
        # A measure or a move the actor backed is its own.
        ("A Roe-backed lawsuit against the levy was thrown out.", "opposes"),
    ],
)
def test_a_hyphen_elsewhere_leaves_the_subject(text: str, expected: str) -> None:
    actor = "Ada Ocasio-Roe" if "Ocasio" in text else "Roe"
    assert stance(text, actor) == expected
