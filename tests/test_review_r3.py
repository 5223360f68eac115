"""Reviewer R3, session 9: defects found in the session's merged change, each shown by a made-up
sentence ("Doe", "Roe", "Acme"). A plain test is fixed on branch review-r3 (it failed on main at
f15a2c0); a strict xfail shows a defect left for the lead."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import names
from summarizer.backends.rules import RulesOnlyBackend
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction
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
        # A preposition inside a name ("Chamber of Commerce") puts no phrase before the list.
        ("The Dover Chamber of Commerce and major firms including Acme and Orbis filed briefs "
         "supporting the levy.", "Acme", ("Dover Chamber of Commerce", "Orbis"), "supports"),
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
    from summarizer.detect import sentences
    from summarizer.stance_rules import rule_stance
    from summarizer.stances import _on_issue

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past whom it wrote to, "and" may open another's clause: not the actor's act.
        ("Doe wrote to the mayor and the council voted against the levy.", None),
        ("Doe wrote to the mayor and he voted against the levy.", None),
        # The actor's own next act.
        ("Doe wrote to the mayor and voiced his support for the levy.", "supports"),
        ("Doe wrote to the mayor and then voted against the levy.", "opposes"),
    ],
)
def test_past_whom_it_wrote_to_and_opens_no_other_clause(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "filed" names the author of the document it files, not of one further on.
        ("Jan Doe filed her taxes late, the indictment says.\n\n"
         "\u201cShe hid the money,\u201d the indictment said.", "Jan Doe"),
        ("Acme Bank filed for bankruptcy on Monday, hours after the memo from its auditors "
         "leaked.\n\n\u201cThe bank cannot pay,\u201d the memo said.", "Acme Bank"),
    ],
)  # fmt: skip
def test_filed_names_only_the_author_of_what_it_files(text: str, wrong: str) -> None:
    assert wrong not in _quotes(text).values()


def test_filed_names_the_author_of_the_lawsuit_it_files() -> None:
    text = (
        "The Acme Bank filed an amended lawsuit against Jan Doe on Monday.\n\n"
        "\u201cHe misled the bank for years,\u201d the lawsuit said."
    )
    assert list(_quotes(text).values()) == ["Acme Bank"]


# --- Defects left for the lead (strict xfail: each fails on this branch) ----------------------


# Fixed by the lead: f952ab4's reading of an attack on the actor the topic names, which
# could not tell which way the topic points at the actor, is reverted.
@pytest.mark.parametrize(
    "topic", ["calls for Senator Max Roe to resign", "the impeachment of Senator Max Roe"]
)
def test_attacking_the_target_of_the_topic_is_no_opposition_to_it(topic: str) -> None:
    from summarizer.detect import sentences
    from summarizer.stance_rules import rule_stance
    from summarizer.stances import _on_issue

    text = "Jan Doe on Tuesday assailed Senator Max Roe for his remarks."
    (sentence,) = sentences(text)
    roe = text.index("Senator Max Roe")
    found = rule_stance(
        sentence, [(0, 7)], [(roe, roe + len("Senator Max Roe"))], [], on_issue=_on_issue(topic)
    )
    assert found != "opposes"


# Fixed by the lead: "upset" left out of the row of feelings (it is also an election's noun).
@pytest.mark.parametrize(
    "text",
    [
        "Doe pulled off an upset over the incumbent in the primary.",
        "Doe scored a stunning upset at the polls on Tuesday.",
    ],
)
def test_an_upset_is_no_opposition(text: str) -> None:
    assert stance(text, "Doe") != "opposes"


@pytest.mark.xfail(
    strict=True,
    reason="stance_words.tsv (7dfc6dd): anger's object is not checked to be the issue (as no "
    "verb's object is: 'criticized the delay' on 6ba157c too)",
)
@pytest.mark.parametrize(
    "text",
    [
        "Doe fumed at the delay in passing the levy.",
        "Doe complained that the council had been too slow to pass the levy.",
    ],
)
def test_anger_that_is_no_opposition(text: str) -> None:
    assert stance(text, "Doe") != "opposes"


# Fixed by the lead: a plan to undo the issue says no plain side on it (stance_nouns._UNDOING).
def test_opposing_an_effort_to_undo_the_issue_is_no_opposition() -> None:
    text = "Doe, an opponent of the effort to repeal the levy, spoke first."
    assert _on_topic(text, "Doe", "the levy") != "opposes"


@pytest.mark.xfail(
    strict=True,
    reason="stance_nouns: the object's head is taken as the issue, so opposing a ban on it "
    "('a critic of the ban on the levy') reads as opposing the issue (but 'a critic of the "
    "ban on rifles' opposes the ban, which may be the topic)",
)
def test_opposing_a_ban_on_the_issue_is_no_opposition() -> None:
    text = "Doe, a critic of the ban on the levy, spoke first."
    assert _on_topic(text, "Doe", "the levy") != "opposes"


def _extract(text: str) -> Extraction:
    extractor = Extractor(RulesOnlyBackend(), load_template("default"))
    return extractor.extract(Article(meta=describe(text, Path("a.txt")), text=text))


def _quotes(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in _extract(text).quotes}


# Fixed by the lead: transcripts and affidavits are no longer documents that speak for who
# released or filed them (lexicon/roles.tsv).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The White House released a transcript of the call on Wednesday.\n\n"
         "\u201cI would like you to look into Roe,\u201d the transcript said.", "White House"),
        ("Prosecutors filed an affidavit from Jane Doe on Monday. \u201cRoe lied to me,\u201d "
         "the affidavit said.", "Prosecutors"),
    ],
)  # fmt: skip
def test_a_record_does_not_speak_for_who_released_it(text: str, wrong: str) -> None:
    assert wrong not in _quotes(text).values()


def _actors(text: str) -> set[str]:
    return {a.name for a in _extract(text).actors}


# Fixed by the lead: "the Hill" after a preposition of place is Capitol Hill, not the outlet
# (names._PLACE_BEFORE_THE); "according to the Hill" stays the outlet (tests/test_outlets.py).
def test_capitol_hill_is_no_outlet() -> None:
    text = "Republicans on the Hill oppose the levy. Rep. French Hill said he backs it."
    assert "The Hill" not in _actors(text)


@pytest.mark.xfail(
    strict=True,
    reason="actors._clear_name (8420090): any single word listed after a plural is a clear "
    "name, so members of a phrase's object become actors where the list leads a clause "
    "(rules: no side; the model is then asked)",
)
def test_a_listed_word_of_a_phrases_object_is_no_actor() -> None:
    assert not {"Acme", "Orbis"} & _actors(
        "Workers at companies such as Acme and Orbis opposed the levy."
    )


# Fixed by the lead: a sentence's first word counts as written in lowercase.
def test_a_word_opening_a_sentence_is_no_name_in_the_question() -> None:
    from summarizer import merge
    from summarizer.types import Evidence, Side

    def side(says: str, source: int, text: str) -> Side:
        return Side(
            says=says,
            sources=[source],
            evidence=[Evidence(source=source, start=0, end=len(text), text=text)],
        )

    sides = [
        side("opposes", 0, "Tariffs hurt farmers, Doe said."),
        side("supports", 1, "Doe said he favors tariffs."),
    ]
    assert merge._same_question("jan-doe", sides)


# Fixed by the lead: two words opening with a first name are a person's (names.names_a_thing).
def test_a_person_named_law_is_no_measure() -> None:
    text = (
        "Steve Law, who runs a super PAC, said on Monday that the levy was a mistake. "
        "\u201cIt is a bad plan,\u201d Law said."
    )
    extraction = _extract(text)
    assert "Steve Law" in {a.name for a in extraction.actors}
    assert {q.speaker for q in extraction.quotes} == {"Steve Law"}


# Fixed by the lead: "of" after a capitalised word is a name's place only when a state or a
# country follows (actors._a_place).
def test_the_object_of_a_sentence_opening_noun_is_no_subject() -> None:
    assert "Orbis Foods" not in _actors(
        "Fans of Acme Stores and Orbis Foods rallied against the levy."
    )
