"""Reviewer R3, session 9: defects found in the session's merged change, each shown by a made-up
sentence ("Doe", "Roe", "Acme"). A plain test is fixed on branch review-r3 (it failed on main at
f15a2c0); a strict xfail shows a defect left for the lead."""

from __future__ import annotations

import re

import pytest

from summarizer import names
from tests.test_stance import stance
from tests.test_stances_objects import positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negated or past noun of stance says no side now.
        ("Doe has not been a supporter of the bill.", None),
        ("Doe had never been a critic of the plan.", None),
        ("Doe is hardly a supporter of the bill.", None),
        ("Doe, a former critic of the plan, spoke first.", None),
        ("Doe, an erstwhile supporter of the bill, spoke first.", None),
        # Not negated: the side stands.
        ("Doe has long been a supporter of the bill.", "supports"),
        ("Doe is clearly a critic of the plan.", "opposes"),
        ("Doe, a longtime critic of the plan, spoke first.", "opposes"),
    ],
)
def test_a_negated_or_former_noun_of_stance_says_no_side(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun of stance describes someone else the description names.
        ("Doe, the wife of a critic of the plan, spoke first.", None),
        ("Doe, an aide to a critic of the plan, spoke first.", None),
        ("Doe is the daughter of a supporter of the bill.", None),
        ("Doe, a lawyer for the sponsor of the bill, spoke first.", None),
        # The description is the one named's.
        ("Doe, the state\u2019s loudest critic of the plan, spoke first.", "opposes"),
        ("Doe, one of the leading critics of the plan, spoke first.", "opposes"),
    ],
)
def test_a_noun_of_stance_of_someone_the_description_names_is_not_the_actors(
    text: str, expected: str | None
) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # The list is of a phrase's object, not of the group that acts: no side shared.
        ("Workers at companies such as Acme and Orbis opposed the levy.", "Acme", ("Orbis",),
         None),
        ("Critics of companies like Acme backed the levy.", "Acme", (), None),
        ("Voters in towns like Dover and Akron rejected the levy.", "Dover", ("Akron",), None),
        ("Customers of banks such as Acme Trust protested the levy.", "Acme Trust", (), None),
        # Those who speak for the listed members, or a group named by a noun of stance.
        ("The heads of six firms, including Acme and Orbis, sent a letter opposing the levy.",
         "Acme", ("Orbis",), "opposes"),
        ("Officials of cities like Dover and Akron urged the council to reject the levy.",
         "Dover", ("Akron",), "opposes"),
        ("Critics of the plan, including Acme and Orbis, say it will cost jobs.", "Acme",
         ("Orbis",), "opposes"),
    ],
)  # fmt: skip
def test_members_listed_in_a_phrase_of_the_group_do_not_share_its_side(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "protested that …" says something (a claim), not a protest of it.
        ("Doe protested that the levy was fair to everyone.", None),
        ("Doe protested that he had always backed the levy.", "supports"),
        ("Doe protested the levy on Monday.", "opposes"),
        ("Doe protested against the levy.", "opposes"),
    ],
)
def test_protesting_that_is_saying_not_opposing(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another's proposed thing after a plural possessive too.
        ("Doe testified about the Democrats' proposed levy on Monday.", None),
        ("Doe testified about the Democrats\u2019 proposed levy on Monday.", None),
        ("Doe testified about the mayor's proposed levy on Monday.", None),
        ("Doe proposed a levy on Monday.", "supports"),
    ],
)
def test_proposed_after_a_plural_possessive_is_anothers(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        # A coined outlet's name is no one's surname: a company named with it is an outlet.
        ("Thomson Reuters", True),
        ("Politico Europe", True),
        # People named after an outlet's word stay people.
        ("Michael Bloomberg", False),
        ("Vicente Fox", False),
    ],
)
def test_an_outlets_coined_name_is_no_surname(name: str, outlet: bool) -> None:
    candidate = names.Candidate(name=name)
    assert names.is_outlet(name, names.guess_type(candidate)) is outlet


def test_an_outlet_named_like_a_person_holds_no_position() -> None:
    text = "Thomson Reuters backs the levy, its chief said. Thomson Reuters opposes the tax."
    assert "Thomson Reuters" not in positions(text)


def _on_topic(text: str, actor: str, topic: str) -> str | None:
    from summarizer.stance_rules import rule_stance
    from summarizer.stances import _on_issue
    from tests.test_stance import sentences

    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer(re.escape(actor), text)]
    return rule_stance(sentence, own, [], [], on_issue=_on_issue(topic))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun of stance whose object is another plan: no side on the topic, as for a verb
        # ("criticized the plan to arm teachers", stance_rules._PLAN_TO).
        ("Doe, a critic of the plan to arm teachers, spoke first.", None),
        ("Doe is a supporter of the push to arm teachers.", None),
        ("Doe criticized the plan to arm teachers.", None),
        # The plan is the topic's.
        ("Doe, a critic of the plan to ban assault weapons, spoke first.", "opposes"),
        ("Doe, a critic of the plan, spoke first.", "opposes"),
    ],
)
def test_a_noun_of_stance_on_another_plan_is_no_side_on_the_topic(
    text: str, expected: str | None
) -> None:
    assert _on_topic(text, "Doe", "a ban on assault weapons") == expected
