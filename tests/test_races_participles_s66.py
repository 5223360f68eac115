"""Issue 17, session 66: faults seen in free BASIL event 81's briefing (a House majority
leader's primary defeat).

- A topic that is a race's outcome ("… Cantor defeated by David Brat") is a race: a side in it
  is a side on its candidates, so the defeated man's opposition to budget talks read as no side
  on it (`issues.contest`; the topic-level cases are in tests/test_issues.py).
- A participle set off after the object of a verb hangs on that verb's subject: "Brat … toppled
  Mr. Cantor, repeatedly criticizing him" is Brat's criticism, where the cue tagger had taken
  Mr. Cantor for its source (`statements._participle_subject`).

Made-up articles."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
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


_AFTER = "repeatedly criticizing him for being soft on tolls and contending that he supported"


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
        f"With just over $9,000, {subject} {verb} Mr. Lind, {_AFTER} what critics call a "
        "giveaway for shippers."
    )
    assert _speakers(text)["repeatedly criticizing"] == speaker
