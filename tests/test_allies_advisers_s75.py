"""Advisers and strategists are groups the text describes speaking, as aides, lawyers and
critics already were (lexicon roles `group`): "Roe's advisers said" is the described speaker
"Roe's advisers", not no one. Session 75: PolNeAR and BASIL had statements of someone's
advisers and of a party's strategists without a speaker. (Allies stay no group: a first
version made them one, and the rules then read two of their statements as support from a
stance word of the candidate's own, inside what the allies think.)"""

from __future__ import annotations

import pytest

from tests.test_statements_referring import _speakers


@pytest.mark.parametrize("group", ["advisers", "advisors"])
def test_a_persons_advisers_speak_as_a_described_group(group: str) -> None:
    text = f"Otto Roe backed the port levy on Monday. Roe\u2019s {group} said the levy was fair."
    found = _speakers(text, (f"Roe\u2019s {group}", "said", "the levy was fair."))
    assert found["the levy was fair."] == (f"Roe\u2019s {group}", "description")


def test_strategists_of_a_party_speak_as_a_described_group() -> None:
    text = "Otto Roe backed the port levy. Republican strategists concede the levy is popular."
    found = _speakers(text, ("Republican strategists", "concede", "the levy is popular."))
    assert found["the levy is popular."] == ("Republican strategists", "description")
