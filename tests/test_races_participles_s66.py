"""Issue 17, session 66: faults seen in free BASIL events 81 and 83's briefings (a House
majority leader's primary defeat, the race to succeed him).

- A topic that is a race's outcome ("… Cantor defeated by David Brat") is a race: a side in it
  is a side on its candidates, so the defeated man's opposition to budget talks read as no side
  on it (`issues.contest`; the topic-level cases are in tests/test_issues.py).
- A participle set off after the object of a verb hangs on that verb's subject: "Brat … toppled
  Mr. Cantor, repeatedly criticizing him" is Brat's criticism, where the cue tagger had taken
  Mr. Cantor for its source (`statements._participle_subject`).
- Followers or members of someone named after "of" or "for" speak for themselves: "Supporters
  of Mr. McCarthy … said" had been McCarthy's own statement (`actors.find_speaker`), and a quote
  so attributed his quote (`attribute.rule_speaker`), as "Mr. McCarthy's supporters" already
  were not.

Made-up articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.backends.rules import RulesOnlyBackend
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.statements import find_statements
from tests.test_steps import rule_sides

OUTCOME = "House majority leader Ada Roe defeated by Bo Lind"


def test_a_side_on_another_matter_is_none_in_a_race_worded_as_its_outcome() -> None:
    text = (
        "Bo Lind won on Tuesday. Ms. Roe was strongly opposed, for instance, to the budget "
        "talks between the speaker and Governor Pike."
    )
    assert rule_sides(text, OUTCOME) == {}
    # A side on a candidate is still one.
    assert rule_sides("Bo Lind won on Tuesday. Ms. Roe had endorsed Ed Pike.", OUTCOME) == {
        "Roe": "supports"
    }


def _speakers(text: str) -> dict[str, str | None]:
    """Each statement's cue, with the speaker its source resolved to."""
    view = ArticleView.of(text)
    candidates = names.find_candidates(text)
    found = find_statements(view, find_actors(text, candidates, view), candidates, [])
    return {" ".join(c.text for c in s.cue): s.speaker for s in found.statements}


@pytest.mark.parametrize(
    ("subject", "verb", "speaker"),
    [
        ("Ada Roe, a teacher at Dover College in Kent,", "toppled", "Ada Roe"),
        ("the Dover Party", "toppled", "Dover Party"),
        # A verb whose object does what the participle says: the object speaks.
        ("Ada Roe, a teacher at Dover College in Kent,", "watched", "Lind"),
    ],
)
def test_a_participle_after_an_object_is_the_verbs_subjects(
    subject: str, verb: str, speaker: str
) -> None:
    text = (
        f"With barely $9,000 to spend, {subject} {verb} Mr. Lind, repeatedly criticizing him "
        "over the harbour tolls and the new ferry contract."
    )
    assert _speakers(text)["repeatedly criticizing"] == speaker


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Supporters of Mr. Pike", "supporters of Mr. Pike"),
        ("Critics of Mr. Pike", "critics of Mr. Pike"),
        # Those who act for him: his.
        ("Aides to Mr. Pike", "Ed Pike"),
    ],
)
def test_followers_of_one_named_speak_for_themselves(source: str, speaker: str) -> None:
    text = (
        "Ed Pike spoke on Monday in Dover.\n\n"
        f"{source} said on Friday that the mayor had nearly locked up the votes for the levy.\n\n"
        f"\u201cWe have the votes,\u201d {source[:1].lower()}{source[1:]} said.\n"
    )
    extraction = Extractor(RulesOnlyBackend(), load_template("default")).extract(
        Article(meta=describe(text, Path("a.txt")), text=text)
    )
    assert [s.speaker for s in extraction.statements] == [speaker, speaker]
    assert [q.speaker for q in extraction.quotes] == [speaker]


def test_a_group_of_members_found_as_written_keeps_its_statement() -> None:
    # "members of" names the group found, not the body after it: the group speaks, as before
    # (a first version of the rule left the statement with no speaker).
    text = (
        "President Bo Lind drew anger in 2010 when he mocked the ruling in Congress. "
        "Republican members of Congress criticized Mr. Lind for mocking the justices, "
        "while Democrats defended his remarks."
    )
    assert _speakers(text)["criticized"] == "Republican members"
