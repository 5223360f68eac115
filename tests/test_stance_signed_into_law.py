"""Session 60, issue 17: a measure "signed into law by" someone, with or without its auxiliary,
is one the signer supports (a tuning event's gold holder, a governor who signed a religious
freedom act, had no evidence: "the controversial act signed into law by Gov. … last week").
Not where the signing is negated or only to come. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance
from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor toll plan was signed into law by Gov. Dan Smith last week.",
        "The Harbor toll plan was signed into law by Dan Smith.",
        "Critics sued over the Harbor toll plan, signed into law by Dan Smith last week.",
    ],
)
def test_signed_into_law_by_the_actor_supports(text: str) -> None:
    assert _stance(text) == "supports"


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor toll plan was not signed into law by Dan Smith.",
        "The Harbor toll plan will be signed into law by Dan Smith.",
        "The Harbor toll plan was designed by Dan Smith.",
    ],
)
def test_no_signing_done_takes_no_side(text: str) -> None:
    assert _stance(text) is None


def test_the_signer_holds_a_position_in_an_article() -> None:
    text = (
        "Critics sued on Monday. They attack the Harbor toll plan, signed into law by "
        "Gov. Ann Roe (R) last week."
    )
    assert rule_sides(text, "the Harbor toll plan") == {"Ann Roe": "supports"}
