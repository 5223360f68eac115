"""Session 61, issue 17: a plural name before a verb in the present ("Democrats say", "Republicans
want", "Democrats demand") is the verb's subject, not a name that modifies a noun after it ("the
NATO plan"): such sentences read no side at 465d05e, the verb taken for a noun
(`patterns.MODIFIES`). Verbs that are also nouns ("demand", "call", "plan", "back") are verbs
only after a plural name. Made-up sentences; the first cases failed at 465d05e, the others are
controls that read the same before and after."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Democrats say the Harbor toll plan is a mistake.", "opposes"),
        ("Democrats argue the Harbor toll plan is a mistake.", "opposes"),
        ("Democrats want the Harbor toll plan passed before the end of the year.", "supports"),
        ("Democrats demand the Harbor toll plan be scrapped.", "opposes"),
        ("Democrats call the Harbor toll plan a mistake.", "opposes"),
        ("Democrats back the Harbor toll plan.", "supports"),
        ("Democrats praise the Harbor toll plan.", "supports"),
        ("Democrats vow to block the Harbor toll plan.", "opposes"),
    ],
)
def test_a_plural_name_leads_its_verb(text: str, stance: str) -> None:
    assert _stance(text, actor="Democrats") == stance


@pytest.mark.parametrize(
    "text",
    [
        "The NATO plan would back the Harbor toll plan.",
        "The NATO call for talks came before the Harbor toll plan.",
    ],
)
def test_a_singular_name_still_modifies_a_noun(text: str) -> None:
    assert _stance(text, actor="NATO") is None


def test_a_plural_name_with_a_present_verb_of_stance_as_before() -> None:
    assert _stance("Democrats oppose the Harbor toll plan.", actor="Democrats") == "opposes"
