"""A statement whose source is a description's possessive ("The president's [spirited
defense of] the levy") is the one described: the one person the article gives that role.
Before, it made a described actor "president" beside President Otto Lind."""

from tests.test_statements_referring import _speakers

_CUE = "spirited defense of"


def test_a_described_possessive_source_is_the_one_holder_of_the_role() -> None:
    text = (
        "President Otto Lind spoke on Friday. Mr. Lind praised the levy. "
        "The president\u2019s spirited defense of the levy came after weeks of silence."
    )
    found = _speakers(text, ("The president\u2019s", _CUE, "the levy"))
    assert found["the levy"] == ("Otto Lind", "description")


def test_a_described_possessive_two_people_fit_names_neither() -> None:
    text = (
        "President Otto Lind met President Ada Roe on Friday. "
        "The president\u2019s spirited defense of the levy came after weeks of silence."
    )
    found = _speakers(text, ("The president\u2019s", _CUE, "the levy"))
    assert found["the levy"][0] not in ("Otto Lind", "Ada Roe")


def test_one_who_speaks_for_the_described_one_stays_apart() -> None:
    text = "President Otto Lind spoke on Friday. The president\u2019s spokesman said it would pass."
    found = _speakers(text, ("The president\u2019s spokesman", "said", "it would pass"))
    assert found["it would pass"][0] != "Otto Lind"


def test_a_described_possessive_no_one_holds_makes_no_actor() -> None:
    text = "Otto Lind spoke on Friday. The businessman\u2019s calling for a levy drew a crowd."
    found = _speakers(text, ("The businessman\u2019s", "calling for", "a levy"))
    assert found["a levy"][0] is None
