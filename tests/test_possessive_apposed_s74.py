"""A source that opens with a possessive and names its person after a comma ("Her spokesman,
Ada Lind, suggested …") is that person's statement; without a name it stays no one's."""

from tests.test_statements_referring import _speakers

_BEFORE = "Gov. Jane Roe flew back to Dover on Monday and has until Friday to act on the levy. "


def test_a_possessive_role_with_a_name_after_a_comma_is_that_person() -> None:
    text = _BEFORE + "Her spokesman, Otto Lind, suggested that she would act within days."
    found = _speakers(text, ("Her spokesman, Otto Lind,", "suggested", "that she would act"))
    assert found["that she would act"] == ("Otto Lind", "name")


def test_a_plural_possessive_role_names_its_person_too() -> None:
    text = _BEFORE + "Their lawyer, Ada Brandt, said that the levy would not stand."
    found = _speakers(text, ("Their lawyer, Ada Brandt,", "said", "that the levy would not"))
    assert found["that the levy would not"] == ("Ada Brandt", "name")


def test_a_possessive_role_without_a_name_stays_no_ones() -> None:
    text = _BEFORE + "Her spokesman said that she would act within days."
    found = _speakers(text, ("Her spokesman", "said", "that she would act"))
    assert found["that she would act"][0] is None


def test_a_possessive_body_with_a_lower_case_apposition_stays_no_ones() -> None:
    # "Her campaign, a small outfit," is her campaign since session 76 (test_campaign_s76).
    text = _BEFORE + "Her office, a small outfit, said that she would act within days."
    found = _speakers(text, ("Her office, a small outfit,", "said", "that she would act"))
    assert found["that she would act"][0] is None
