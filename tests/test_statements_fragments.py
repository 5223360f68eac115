"""Session 35: an indirect statement whose content the tagger cut short to a few words ending
in a word that needs more after it ("The agency reported [that]", "[a development that]") reports
nothing, and is left out (in `rejected`, said why) rather than shown in "Who said what". Made-up
sentences; the taggers' spans are given."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution, kind_of
from summarizer.speakers import referrer
from summarizer.statements import find_statements


def _found(text: str, source: str, cue: str, content: str) -> tuple[list[str], list[str]]:
    def span(part: str) -> tuple[int, int]:
        start = text.rindex(part)  # the last: the first sentence names the actor
        return start, start + len(part)

    view = ArticleView.of(text)
    kind = kind_of(text, [span(content)])
    view.__dict__["attributions"] = [
        Attribution((span(source),), (span(cue),), (span(content),), kind)
    ]
    candidates = names.find_candidates(text)
    actors = [a.model_copy(update={"type": "person"}) for a in find_actors(text, candidates)]
    found = find_statements(view, actors, candidates, [], referrer(view, candidates))
    shown = [" ".join(c.text for c in s.content) for s in found.statements]
    return shown, [r.reason for r in found.rejected]


def test_a_content_cut_short_is_left_out_and_said_why() -> None:
    text = (
        "Jane Doe spoke on Monday. The plan drew fire from Jane Doe, a development that upset many."
    )
    shown, rejected = _found(text, "Jane Doe", "drew fire from", "a development that")
    assert shown == []
    assert any("fragment" in reason for reason in rejected)


def test_a_short_content_that_reports_is_kept() -> None:
    text = "Jane Doe spoke on Monday. Jane Doe said the plan failed."
    shown, _ = _found(text, "Jane Doe", "said", "the plan failed")
    assert shown == ["the plan failed"]


def test_a_short_quotation_is_kept() -> None:
    text = "Jane Doe spoke on Monday. Jane Doe called it \u201cthe end of\u201d the affair."
    shown, _ = _found(text, "Jane Doe", "called", "\u201cthe end of\u201d")
    assert shown == ["\u201cthe end of\u201d"]


def test_a_name_ending_like_a_function_word_is_no_fragment() -> None:
    text = "Jane Doe spoke on Monday. Jane Doe showed her support for Chick-fil-A."
    shown, _ = _found(text, "Jane Doe", "showed", "her support for Chick-fil-A")
    assert shown == ["her support for Chick-fil-A"]


def test_a_lone_what_is_a_fragment() -> None:
    # Session 54: "at what he has said is the country's apparent willingness" (free BASIL event
    # 64) had shown "he has said: what" in "Who said what".
    text = (
        "Jane Doe spoke on Monday. She was angry at what Jane Doe has said is the town's "
        "apparent willingness to wait."
    )
    shown, rejected = _found(text, "Jane Doe", "has said", "what")
    assert shown == []
    assert any("fragment" in reason for reason in rejected)


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        # Session 65, free BASIL event 51: a headline's "says she 'went too far'" had shown
        # "she '" in "Who said what", and "Mr. Cooper distanced himself, as well" "himself, as
        # well".
        ("Jane Doe regrets the stunt, says she 'went too far'", "Jane Doe regrets the stunt,",
         "says", "she '"),
        ("Ms. Doe distanced herself, as well.", "Ms. Doe", "distanced", "herself, as well"),
    ],
)  # fmt: skip
def test_a_content_cut_at_an_opening_mark_or_of_oneself_alone_is_a_fragment(
    sentence: str, source: str, cue: str, content: str
) -> None:
    shown, rejected = _found(f"Jane Doe spoke on Monday. {sentence}", source, cue, content)
    assert shown == []
    assert any("fragment" in reason for reason in rejected)


def test_a_short_content_with_a_whole_quotation_or_more_than_oneself_is_kept() -> None:
    text = "Jane Doe spoke on Monday. Jane Doe said she 'went too far'"
    shown, _ = _found(text, "Jane Doe", "said", "she 'went too far'")
    assert shown == ["she 'went too far'"]
    text = "Jane Doe spoke on Monday. Ms. Doe said herself that it failed."
    shown, _ = _found(text, "Ms. Doe", "said", "herself that it failed")
    assert shown == ["herself that it failed"]
