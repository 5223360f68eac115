"""Issue 17, session 65: a model reading under the bar that another source confirms
(`merge.confirm_across`) is shown only where the readings that agree fall on one issue among
the positions the briefing shows, whose issues are found anew without the readings left under
the bar. A free BASIL event's briefing had shown "[1] reads it alike" beside a reading filed
under another issue than source 1's. Made-up articles; the issues' grouping is scripted here
so that it moves as it did there."""

from __future__ import annotations

import pytest

from summarizer import merge
from summarizer.issues import FoundIssue, IssueItem, find_issues
from summarizer.types import Extraction
from tests.test_confirm_across import _three


def _apart_when_shown(items: list[IssueItem], *args: object, **kwargs: object) -> list[FoundIssue]:
    """One issue for the readings as `confirm_across` first sees them (with those under the
    bar), each source its own once only the shown positions are left."""
    if len(items) >= 3:
        return [FoundIssue("the harbour levy", ("the harbour levy",), tuple(range(len(items))))]
    return [FoundIssue(f"issue {i}", (item.topic,), (i,)) for i, item in enumerate(items)]


def _two_alike_and_a_third() -> list[Extraction]:
    return _three([("opposes", 0.5, False), ("opposes", 0.4, False), ("supports", 0.6, False)])


def test_readings_the_shown_issues_part_confirm_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "find_issues", _apart_when_shown)
    extractions = _two_alike_and_a_third()
    confirmed = merge.confirm_across(extractions)
    assert [e.positions for e in confirmed] == [[], [], []]
    # each reading back aside, as it came
    assert [e.under_bar for e in confirmed] == [e.under_bar for e in extractions]


def test_readings_kept_together_are_confirmed_as_before() -> None:
    # The real grouping: the two readings that agree stay on one issue when shown.
    assert merge.find_issues is find_issues
    confirmed = merge.confirm_across(_two_alike_and_a_third())
    assert [(e.article.id, len(p.agreed_by)) for e in confirmed for p in e.positions] == [
        ("a1", 1),
        ("a2", 1),
    ]
