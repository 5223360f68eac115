"""A measure yet to be written, described by what it should do ("called for a budget that
puts schools first"), is no measure at issue: a wish for it takes no side on the one the
article is about (session 79: BASIL tuning event 54, where a bishops' conference calling for such
a budget had read as support of the budget at issue, which it opposed)."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Acme called for a budget that cuts aid to the poor.", "the city budget plan", None),
        ("Acme has issued letters calling for a budget that cuts aid.", "teaching in budget", None),
        ("Acme called for an agreement which protects workers.", "the trade agreement", None),
        ("Acme called for the budget that the mayor drafted.", "the city budget", "supports"),
        ("Acme called for passage of the budget.", "the city budget", "supports"),
    ],
)
def test_some_measure_wished_for_is_none_at_issue(
    text: str, topic: str, expected: str | None
) -> None:
    assert _stance(text, "Acme", topic) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme said it was very happy with him.", None),
        ("Acme backed her, and the council agreed.", None),
        ("Acme was very happy with her toll plan.", "supports"),
        ("Acme backed the toll plan.", "supports"),
    ],
)
def test_support_of_a_person_by_pronoun_is_none_on_a_thing(text: str, expected: str | None) -> None:
    """Support whose object is "him" or "her", ending its clause, is a side on that person, none
    on a topic that is no race ("was very happy with him", session 79: BASIL event 86, a
    president on his defense secretary, on the secretary's quitting)."""
    assert _stance(text, "Acme", "the toll plan") == expected


def test_in_a_race_support_of_a_person_is_a_side() -> None:
    assert _stance("Acme backed her, and the council agreed.", "Acme", "the Senate race") == (
        "supports"
    )
