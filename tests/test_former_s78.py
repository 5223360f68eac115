"""One who held a role in a body once speaks for himself, not for the body: "A former Acme
Party chairman says" is no statement of the Acme Party, where "An Acme Party spokesman says" is
(session 78: a PolNeAR dev text gave the Democratic National Committee the words of one of its
former chairmen)."""

from __future__ import annotations

import pytest

from summarizer import names
from tests.test_statements_referring import _speakers

_PARTY = "The Acme Party met in Dover on Monday to choose its leader. "
_CONTENT = "that the party should find a successor."


@pytest.mark.parametrize(
    "source",
    ["A former Acme Party chairman", "An ex-Acme Party official", "The former Acme Party director"],
)
def test_a_former_member_is_no_voice_of_the_body(source: str) -> None:
    text = _PARTY + f"{source} says {_CONTENT}"
    found = _speakers(text, (source, "says", _CONTENT))
    assert found[_CONTENT][0] != "Acme Party"


def test_a_present_member_speaks_for_the_body() -> None:
    text = _PARTY + f"An Acme Party spokesman says {_CONTENT}"
    found = _speakers(text, ("An Acme Party spokesman", "says", _CONTENT))
    assert found[_CONTENT][0] == "Acme Party"


def test_a_role_of_no_office_names_no_person() -> None:
    # A headline's "Former Acme chairman calls for …": "Former" is no title of Acme's.
    assert names.guess_type(names.Candidate("ACME", roles=["Former"])) == "organization"
    assert names.guess_type(names.Candidate("Bo Roe", roles=["Former Gov."])) == "person"
