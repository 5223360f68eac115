"""A person's campaign, camp or team written with its owner's possessive ("Roe's campaign",
"Mr. Roe's re-election campaign", "her campaign") is one body that speaks, named as "the Roe
campaign" names it (session 76). Before, such a statement had no speaker, so "Roe's campaign"
and "the Roe campaign" could never be one actor; BASIL's gold holds such bodies ("Obama
campaign", "Christie for Governor campaign", with "Christie's campaign" among its forms)."""

from __future__ import annotations

from summarizer.article_view import ArticleView
from summarizer.extract import find_speech
from tests.test_extract import Scripted
from tests.test_quote_speakers import speakers, tagged_speakers
from tests.test_statements_referring import _speakers
from tests.test_steps import asker_for

_OPENING = "Sen. Ada Roe of Ohio and Otto Lind are running for governor. "


def test_a_name_s_campaign_is_the_campaign_the_article_names() -> None:
    text = (
        _OPENING + "Roe\u2019s campaign said the toll would raise costs. "
        "The Roe campaign also said it would fight the toll."
    )
    found = _speakers(
        text,
        ("Roe\u2019s campaign", "said", "the toll would raise costs."),
        ("The Roe campaign", "also said", "it would fight the toll."),
    )
    assert found["the toll would raise costs."] == ("Roe campaign", "description")
    assert found["it would fight the toll."] == ("Roe campaign", "description")


def test_one_actor_for_both_forms() -> None:
    text = (
        _OPENING + "Roe\u2019s campaign said the toll would raise costs. "
        "The Roe campaign also said it would fight the toll."
    )
    view = ArticleView.of(text)
    speech = find_speech(view, asker_for(view, Scripted()))
    campaigns = [a for a in speech.actors if "campaign" in a.name]
    assert [(a.name, a.type) for a in campaigns] == [("Roe campaign", "organization")]


def test_a_title_and_a_kind_of_campaign_before_the_noun() -> None:
    text = _OPENING + "Sen. Roe\u2019s re-election campaign said the toll would raise costs."
    found = _speakers(
        text, ("Sen. Roe\u2019s re-election campaign", "said", "the toll would raise costs.")
    )
    assert found["the toll would raise costs."] == ("Roe campaign", "description")


def test_a_pronoun_s_campaign_is_its_referent_s() -> None:
    text = "Otto Lind spoke in Dover on Monday. Later his campaign said the toll would raise costs."
    found = _speakers(text, ("his campaign", "said", "the toll would raise costs."))
    assert found["the toll would raise costs."] == ("Lind campaign", "description")


def test_a_described_owner_s_campaign_is_the_person_it_names() -> None:
    text = (
        "President Otto Lind spoke in Dover on Monday. But the president\u2019s campaign said "
        "the remark was an affront."
    )
    found = _speakers(text, ("the president\u2019s campaign", "said", "the remark was an affront."))
    assert found["the remark was an affront."] == ("Lind campaign", "description")


def test_a_team_and_a_camp_are_their_owner_s() -> None:
    text = (
        _OPENING + "Lind\u2019s camp said Roe would raise the toll. Roe\u2019s team said the "
        "charge was false."
    )
    found = _speakers(
        text,
        ("Lind\u2019s camp", "said", "Roe would raise the toll."),
        ("Roe\u2019s team", "said", "the charge was false."),
    )
    assert found["Roe would raise the toll."] == ("Lind campaign", "description")
    assert found["the charge was false."] == ("Roe team", "description")


def test_the_owner_is_not_the_speaker() -> None:
    text = _OPENING + "Roe\u2019s campaign said the toll would raise costs."
    found = _speakers(text, ("Roe\u2019s campaign", "said", "the toll would raise costs."))
    assert found["the toll would raise costs."][0] != "Ada Roe"


def test_a_body_s_team_or_a_legal_team_is_no_campaign() -> None:
    text = (
        "Acme Corp. and Otto Lind went to court. Acme\u2019s team said the ruling was wrong. "
        "Lind\u2019s legal team said the ruling was fair."
    )
    found = _speakers(
        text,
        ("Acme\u2019s team", "said", "the ruling was wrong."),
        ("Lind\u2019s legal team", "said", "the ruling was fair."),
    )
    assert found["the ruling was wrong."][0] not in ("Acme team", "Acme campaign")
    assert found["the ruling was fair."][0] not in ("Lind team", "Lind campaign", "Otto Lind")


def test_a_campaign_of_someone_the_article_does_not_name_is_no_one() -> None:
    text = "The vote is in May. Pike\u2019s campaign said the toll would raise costs."
    found = _speakers(text, ("Pike\u2019s campaign", "said", "the toll would raise costs."))
    assert found["the toll would raise costs."][0] in (None, "Pike\u2019s campaign")


def test_a_quotation_from_a_name_s_campaign_is_the_campaign_s() -> None:
    text = (
        _OPENING + "\u201cThe toll would raise taxes on working families,\u201d Roe\u2019s "
        "campaign said in a statement."
    )
    assert tagged_speakers(text) == ["Roe campaign"]


def test_a_quotation_from_a_pronoun_s_campaign_is_its_referent_s() -> None:
    text = (
        "Sen. Ada Roe of Ohio is running for governor. \u201cThe toll would raise taxes on "
        "working families,\u201d her campaign said in a statement."
    )
    assert tagged_speakers(text) == ["Roe campaign"]


def test_a_campaign_set_off_by_a_lower_case_apposition_is_still_the_campaign() -> None:
    text = (
        "Gov. Jane Roe flew back to Dover on Monday. Her campaign, a small outfit, said that "
        "she would act within days."
    )
    found = _speakers(text, ("Her campaign, a small outfit,", "said", "that she would act"))
    assert found["that she would act"] == ("Roe campaign", "description")


def test_a_campaign_role_before_a_name_is_that_person() -> None:
    text = (
        "President Otto Lind spoke on Monday. But the president\u2019s campaign said the remark "
        "was an affront. Lind campaign deputy press secretary Jo Marr put out a "
        "statement on Saturday."
    )
    found = _speakers(
        text,
        ("the president\u2019s campaign", "said", "the remark was an affront."),
        (
            "Lind campaign deputy press secretary Jo Marr",
            "put out a statement",
            "on Saturday.",
        ),
    )
    assert found["on Saturday."] == ("Jo Marr", "name")


def test_a_rule_quotation_of_a_described_owner_s_campaign_is_the_person_s() -> None:
    text = (
        "President Otto Lind spoke in Dover on Monday. \u201cThe remark was an affront to "
        "voters,\u201d the president\u2019s campaign said."
    )
    assert speakers(text) == ["Lind campaign"]


def test_a_campaign_of_a_role_two_people_hold_is_no_one_s_in_particular() -> None:
    text = (
        "Sen. Ada Roe and Sen. Otto Lind spoke in Dover on Monday. \u201cThe remark was an "
        "affront to voters,\u201d the senator\u2019s campaign said."
    )
    assert speakers(text)[0] not in ("Lind campaign", "Roe campaign", "Otto Lind", "Ada Roe")
