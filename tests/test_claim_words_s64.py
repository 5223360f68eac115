"""Issue 17, session 64: two outlets' reports that share one rare word are no one claim in "Who
said what" ("a higher minimum wage" had been one claim with "From Hope to Higher Ground" on a
free BASIL event's briefing). Made-up texts."""

from __future__ import annotations

import pytest

from summarizer import merge
from summarizer.types import Span, StatementVariant


def _variant(source: int, text: str, kind: str = "indirect") -> StatementVariant:
    content = [Span(start=0, end=len(text), text=text)]
    return StatementVariant(
        source=source,
        text=text,
        kind=kind,  # type: ignore[arg-type]  # a statement kind
        content=content,
        cue=[],
        said_by=[],
        resolved_by="name",
        quote=False,
        evidence=False,
    )


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # One rare word shared by two short reports: their cosine is high, no one claim.
        ("higher wages", "a path to higher ground", False),
        ("the mishap a joke", "that she wanted to forget the mishap", False),
        # Two distinctive words shared, by stem: one claim as before.
        ("a higher minimum wage", "a minimum wage hike", True),
        ("the harbour plan would fail next year", "the harbour plan would fail soon", True),
    ],
)
def test_reports_sharing_one_rare_word_are_no_one_claim(a: str, b: str, one: bool) -> None:
    first, second = _variant(1, a), _variant(2, b)
    vectors = merge.tfidf_vectors([a, b, "taxes must rise", "the ferry sails at noon"], stem=True)
    cosine = merge.cosine(vectors[0], vectors[1])
    assert cosine >= merge.CLAIM_SIMILARITY  # alike enough by their weighed words
    assert merge._same_claim(first, second, cosine) is one
