"""One of a family told apart by age is the one whose name fits the generation: "the younger
Mr. Roe" is a Bo Roe Jr. the article names, never the Gov. Bo Roe it names with no suffix (his
son, whom it may not name at all); "the elder Mr. Roe" is the one with no suffix (session 77:
BASIL tuning event 65 gave a governor the warning "the younger Mr. Hutchinson", his son, wrote
to him, and a PolNeAR train text gave a candidate his son's words)."""

from __future__ import annotations

from tests.test_statements_referring import _speakers

_GOVERNOR = "Gov. Bo Roe of Ohio said on Monday that he would sign the levy. "
_BOTH = "Bo Roe Jr. spoke in Dover on Monday. His father, Gov. Bo Roe, spoke on Sunday. "


def test_the_younger_of_a_name_the_article_holds_once_is_someone_else() -> None:
    text = _GOVERNOR + "On Saturday, the younger Mr. Roe warned that the levy could hurt the state."
    found = _speakers(
        text, ("the younger Mr. Roe", "warned", "that the levy could hurt the state.")
    )
    assert found["that the levy could hurt the state."][0] != "Bo Roe"


def test_the_younger_is_the_junior() -> None:
    text = _BOTH + "On Tuesday, the younger Mr. Roe said that the levy was fair."
    found = _speakers(text, ("the younger Mr. Roe", "said", "that the levy was fair."))
    assert found["that the levy was fair."][0] == "Bo Roe Jr"


def test_the_elder_of_one_name_is_that_one() -> None:
    text = _GOVERNOR + "On Tuesday, the elder Mr. Roe said that the levy was fair."
    found = _speakers(text, ("the elder Mr. Roe", "said", "that the levy was fair."))
    assert found["that the levy was fair."][0] == "Bo Roe"
