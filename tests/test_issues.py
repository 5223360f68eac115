"""Issues across the articles of a briefing (summarizer/issues.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import issues
from summarizer.issues import IssueItem, find_issues, same_topic, topic_stems, wording_groups

# Three outlets on one event, each with its own wording of the topic (sentences written for the
# test, in the manner of BASIL's event on Roger Stone's arrest).
STONE = [
    IssueItem(
        1, "FBI arrest of Roger Stone", "Roger Stone was arrested by the FBI in Florida.", "stone"
    ),
    IssueItem(
        1, "FBI arrest of Roger Stone", "Stone said the arrest was a political attack.", "stone"
    ),
    IssueItem(2, "Roger Stone indictment", "Stone pleaded not guilty to the indictment.", "stone"),
    IssueItem(
        3,
        "Russia's interference in the 2016 election",
        "Mueller's inquiry into Russia accuses Stone of lying about WikiLeaks after his arrest.",
        "mueller",
    ),
    IssueItem(
        3,
        "Russia's interference in the 2016 election",
        "Stone told reporters after his arrest that he would not testify against the president.",
        "stone",
    ),
]
# Another question in the same briefing that shares no words with the first.
TARIFFS = [
    IssueItem(1, "steel tariffs", "The union backs new tariffs on imported steel.", "union"),
    IssueItem(
        2, "tariffs on steel imports", "Carmakers oppose steel tariffs, warning of prices.", "ford"
    ),
]


def test_wordings_that_say_the_same_are_one_group() -> None:
    assert same_topic("NATO Japan office", "NATO office in Japan")
    assert same_topic("NATO liaison office in Japan", "the plan for a NATO office in Japan")
    assert not same_topic("NATO Japan office", "China-Russia joint patrols")
    groups = wording_groups(["NATO office in Japan", "NATO Japan office", "NATO office in Japan"])
    assert groups == [["NATO office in Japan", "NATO Japan office"]]


def test_the_outlets_wordings_of_one_event_are_one_issue() -> None:
    [issue] = find_issues(STONE)
    assert issue.members == (0, 1, 2, 3, 4)
    assert set(issue.wordings) == {item.topic for item in STONE}
    # Named by the wording whose words the evidence of most sources uses.
    assert issue.name == "FBI arrest of Roger Stone"


def test_unrelated_questions_stay_apart() -> None:
    found = find_issues([*STONE, *TARIFFS])
    assert [issue.members for issue in found] == [(0, 1, 2, 3, 4), (5, 6)]
    assert found[1].name in {"steel tariffs", "tariffs on steel imports"}


def test_a_position_joins_the_issue_its_evidence_names() -> None:
    # Two questions in one event: the shutdown, and the Dreamers the deal leaves out. One
    # article's topic names the shutdown, but one of its positions is on the Dreamers.
    items = [
        IssueItem(1, "government shutdown", "Schumer agreed to end the shutdown.", "schumer"),
        IssueItem(1, "government shutdown", "Sanders said Dreamers were abandoned.", "sanders"),
        IssueItem(2, "shutdown deal", "McConnell said the shutdown would end.", "mcconnell"),
        IssueItem(3, "protection for Dreamers", "Activists demand a vote on Dreamers.", "group"),
        IssueItem(4, "Dreamers", "Durbin vowed to protect the Dreamers.", "durbin"),
    ]
    found = find_issues(items)
    # Named by the most specific wording the evidence bears out: the protection, not the people.
    assert [(issue.name, issue.members) for issue in found] == [
        ("protection for Dreamers", (1, 3, 4)),
        ("government shutdown", (0, 2)),
    ]
    assert found[0].wordings == ("Dreamers", "government shutdown", "protection for Dreamers")
    # Without reassignment the position stays on its article's topic.
    kept = find_issues(items, reassign=False)
    assert [issue.members for issue in kept] == [(0, 1, 2), (3, 4)]


def test_a_topic_only_function_words_is_kept_apart_by_its_wording() -> None:
    found = find_issues([IssueItem(1, "the", "It is."), IssueItem(2, "of", "It was.")])
    assert sorted(issue.name for issue in found) == ["of", "the"]


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        ("tax plan", "the new taxes would hurt families"),
        ("gun control", "a ban on assault guns"),
        ("voting rights", "every vote counts"),
        ("funding for the wall", "Congress will not fund it"),
        ("travel ban", "the order banning entry"),
        ("immigrants", "immigration reform"),
    ],
)
def test_a_plural_or_a_verb_form_meets_its_word(topic: str, text: str) -> None:
    assert topic_stems(topic) & topic_stems(text)


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        ("new rules", "the news broke on Monday"),
        ("the king's visit", "they bring nothing"),
        ("needs of veterans", "officials agreed"),
    ],
)
def test_an_ending_that_is_no_plural_or_verb_form_joins_nothing(topic: str, text: str) -> None:
    assert not topic_stems(topic) & topic_stems(text)


def test_no_items_no_issues() -> None:
    assert find_issues([]) == []


@settings(max_examples=25, deadline=None)
@given(st.permutations([*STONE, *TARIFFS]))
def test_issues_do_not_depend_on_order(items: list[IssueItem]) -> None:
    def described(found: list) -> list[tuple[str, list[IssueItem]]]:  # type: ignore[type-arg]
        return sorted(
            (issue.name, sorted((items[i] for i in issue.members), key=repr)) for issue in found
        )

    reference = find_issues([*STONE, *TARIFFS])
    expected = sorted(
        (issue.name, sorted(([*STONE, *TARIFFS][i] for i in issue.members), key=repr))
        for issue in reference
    )
    assert described(find_issues(items)) == expected


def test_the_stem_keeps_eed_and_ee_words_whole_with_their_forms() -> None:
    from summarizer.issues import word_stem

    assert {word_stem(w) for w in ("succeed", "succeeded", "succeeding")} == {"succee"}
    assert {word_stem(w) for w in ("need", "needed", "needing")} == {"need"}
    assert word_stem("agree") == word_stem("agreeing")
    assert word_stem("vote") == word_stem("voting") == word_stem("voted")


@pytest.mark.parametrize(
    ("topic", "race"),
    [
        ("GOP leadership race", True),
        ("Republican Senate race in Missouri", True),
        ("presidential election", True),
        ("the Republican nomination", True),
        ("Trump vs. Obama", True),
        # A race's outcome (session 66, free BASIL event 81's "… Cantor defeated by …").
        ("House majority leader Ada Roe defeated by Bo Lind", True),
        ("Lind topples Roe in Dover primary", True),
        ("Senate defeats toll bill", False),  # a measure's defeat is a side to take
        ("Lind beats Roe amendment", False),
        ("Lind beats Roe Act in House vote", False),
        ("the defeat of the toll plan", False),
        ("election reform", False),  # the head is the question: reform
        ("the Kavanaugh nomination", False),  # a person's nomination is for or against
        ("race relations", False),
        ("Roe v. Wade", False),
        ("gun control", False),
    ],
)
def test_a_contest_is_told_from_a_question(topic: str, race: bool) -> None:
    assert issues.contest(topic) is race


def test_a_bill_and_its_veto_worded_by_two_outlets_are_one_issue() -> None:
    # Two outlets word one event two ways, sharing a holder and little else: one question.
    bill = "Dover religious freedom bill"
    veto = "Governor Lind's veto"
    relief = "hurricane relief funding"
    said = [
        (1, bill, "Senator Jane Roe said the religious freedom bill protects owners.", "roe"),
        (1, bill, "Mayor Tom Vask opposes the religious freedom bill, calling it unfair.", "vask"),
        (2, veto, "Governor Ann Lind vetoed the measure after firms urged her to.", "lind"),
        (2, veto, "Mayor Tom Vask praised the veto.", "vask"),
        # Another matter altogether stays apart.
        (3, relief, "Senator Ed Marsh wants more storm aid for farmers.", "marsh"),
    ]
    found = find_issues([IssueItem(*item) for item in said])
    assert sorted(issue.members for issue in found) == [(0, 1, 2, 3), (4,)]


def test_the_issue_is_named_by_the_most_specific_wording_its_sources_bear_out() -> None:
    # One outlet's model says only "Military", another lists keywords: the wording whose words
    # the evidence bears out names the issue, however long; a list of keywords never does.
    items = [
        IssueItem(0, "Military", "Roe opposed the military withdrawal from Syria.", "roe"),
        IssueItem(1, "Quell withdrawal from Syria", "Lee backed the military's Syria exit.", "lee"),
        IssueItem(
            2,
            "Military, Syria, withdrawal",
            "Pike said the military withdrawal was rushed.",
            "pike",
        ),
        IssueItem(2, "Military", "Roe called the withdrawal a gift to Syria.", "roe"),
    ]
    (found,) = find_issues(items)
    assert found.name == "Quell withdrawal from Syria"
