"""Issue 17, session 64: a statement the cue tagger begins a few words into its quotation
(“In the long run, [the harbour plan will fail …]”) is shown from the quotation's start, not cut
(seen on a free BASIL event's briefing). Made-up names and sentences."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution, kind_of
from summarizer.statements import find_statements
from summarizer.types import Quote

TEXT = (
    "Ada Roe spoke on Monday.\n\n"
    "\u201cIn the long run, the harbour plan will fail. We will fight it,\u201d Ada Roe said.\n\n"
    "\u201cThe fares will rise,\u201d she added, \u201cand no one will pay them.\u201d\n\n"
    "Roe warned: \u201cThe board has lost its way.\nIt must stop.\u201d"
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _quote(part: str) -> Quote:
    start, end = _span(part)
    return Quote(speaker="Ada Roe", text=part, start=start, end=end, attribution="rule")


def _statement_contents(attributions: list[Attribution], quotes: list[Quote]) -> list[str]:
    view = ArticleView.of(TEXT)
    view.__dict__["attributions"] = attributions  # what the taggers would find, fixed
    candidates = names.find_candidates(TEXT)
    found = find_statements(view, find_actors(TEXT, candidates), candidates, quotes)
    return [" … ".join(c.text for c in s.content) for s in found.statements]


def _attribution(source: str, cue: str, *content: str) -> Attribution:
    spans = tuple(_span(c) for c in content)
    return Attribution(
        source=(_span(source),), cue=(_span(cue),), content=spans, kind=kind_of(TEXT, spans)
    )


def test_a_statement_begun_inside_its_quotation_shows_the_whole_quotation() -> None:
    quotes = [
        _quote("In the long run, the harbour plan will fail. We will fight it,"),
        _quote("The fares will rise,"),
        _quote("and no one will pay them."),
        _quote("The board has lost its way.\nIt must stop."),
    ]
    rest = "the harbour plan will fail. We will fight it,\u201d"
    cut = _attribution("Ada Roe said", "said", rest)
    assert _statement_contents([cut], quotes) == [
        "\u201cIn the long run, the harbour plan will fail. We will fight it,\u201d"
    ]
    # Not over a paragraph break: the tagger's content as it is.
    broken = _attribution("Roe", "warned", "It must stop.\u201d")
    assert _statement_contents([broken], quotes) == ["It must stop.\u201d"]
    # A statement that starts at its quotation's mark, or where another statement's content
    # holds the words before it, stays as tagged.
    whole = _attribution("she", "added", "\u201cThe fares will rise,\u201d")
    split = _attribution("she added", "added", "will fail. We will fight it,\u201d")
    first = _attribution("Ada Roe said", "said", "In the long run, the harbour plan")
    assert _statement_contents([whole], quotes) == ["\u201cThe fares will rise,\u201d"]
    assert _statement_contents([first, split], quotes) == [
        "In the long run, the harbour plan",
        "will fail. We will fight it,\u201d",
    ]
