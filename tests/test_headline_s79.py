"""A headline in title case writes every word capitalised, so a name before a noun it qualifies
("Another Acme Figure Endorses Ada Roe", "Acme Legend Pays A Heavy Price For Backing Roe") is read
as the rules read it in lower case: the noun's act, none of the name's (session 79: three such
headlines of PolNeAR train, each judged wrong in an earlier rule audit, had read as the side of
a party, a league and a court)."""

from __future__ import annotations

import pytest

from tests.test_stance import stance


@pytest.mark.parametrize(
    "text",
    [
        "Another Acme Figure Endorses Ada Roe.",
        "Acme Legend Pays A Heavy Price For Backing The Levy.",
        "Town Elects An Acme Judge Who Once Backed The Levy.",
    ],
)
def test_a_name_before_a_noun_in_a_headline_leads_no_clause(text: str) -> None:
    assert stance(text, "Acme") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Slams The Levy As A Disaster.", "opposes"),
        ("Ada Roe Backs The Levy.", "supports"),
        # Names joined by "and": the word after them is their verb.
        ("Bo Lind and Acme Slam The Levy As A Tax On Drivers.", "opposes"),
        # Not a headline: a name before a capitalised word keeps its clause.
        ("Ada Roe Backs the levy, her aides said on Monday.", "supports"),
    ],
)
def test_a_name_leading_a_headline_keeps_its_clause(text: str, expected: str) -> None:
    actor = "Acme" if "Acme" in text else "Ada Roe"
    others = ("Bo Lind",) if "Bo Lind" in text else ()
    assert stance(text, actor, others) == expected
