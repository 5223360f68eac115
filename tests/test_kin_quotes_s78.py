"""A quotation's speaker told apart from kin by age is read as the statements read it (session
77's `actors._of_age`): "…," said the younger Mr. Roe" is the Bo Roe Jr. the article names,
never his father, and the son the article does not name is a person of his own (session 78: a
PolNeAR train text gave a candidate a quotation of his son's)."""

from __future__ import annotations

from tests.test_quote_speakers import speakers

_GOVERNOR = "Gov. Bo Roe of Ohio signed the levy on Monday. "
_SON = "His son, Bo Roe Jr., spoke in Dover. "
_QUOTE = "\u201cI disagree with my dad on this levy,\u201d "


def test_the_younger_after_a_quotation_is_the_junior() -> None:
    assert speakers(_GOVERNOR + _SON + _QUOTE + "said the younger Mr. Roe.") == ["Bo Roe Jr"]


def test_the_younger_before_the_verb_is_the_junior() -> None:
    assert speakers(_GOVERNOR + _SON + _QUOTE + "the younger Roe said.") == ["Bo Roe Jr"]


def test_the_younger_of_a_name_held_once_is_not_the_father() -> None:
    found = speakers(_GOVERNOR + _QUOTE + "said the younger Mr. Roe.")
    assert found != ["Bo Roe"]
    assert found[0] is not None
