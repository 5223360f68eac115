"""Issue 17, session 64: two faults of "Who said what" seen on free BASIL events' briefings. A
statement the cue tagger begins a few words into its quotation (“In the long run, [the harbour
plan will fail …]”) is shown from the quotation's start, not cut. And a cue joined by "and" to
an earlier statement's verb, whose source the tagger gives as that statement's content ("he has
been critical of [the mayor's plan, and] said …"), is the earlier speaker's: a prime minister
had been given the words of the candidate who criticized his treatment. Made-up names and
sentences; the taggers' attributions are fixed by each test."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution, kind_of
from summarizer.statements import find_statements
from summarizer.types import Quote, Statement
from tests.test_speakers_learned import span

QUOTED = (
    "Ada Roe spoke on Monday.\n\n"
    "\u201cIn the long run, the harbour plan will fail. We will fight it,\u201d Ada Roe said.\n\n"
    "\u201cThe fares will rise,\u201d she added, \u201cand no one will pay them.\u201d\n\n"
    "Roe warned: \u201cThe board has lost its way.\nIt must stop.\u201d"
)
JOINED = (
    "Ada Roe spoke in Hull on Monday. "
    "A critic of the port, she has been sharply critical of Mayor Jon Pike's toll plan, "
    "and said the harbour would suffer."
)


def _attribution(text: str, source: str, cue: str, content: str) -> Attribution:
    spans = (span(text, content),)
    return Attribution(
        source=(span(text, source),),
        cue=(span(text, cue),),
        content=spans,
        kind=kind_of(text, spans),
    )


def _statements(
    text: str, attributions: list[Attribution], quotes: list[Quote] | None = None
) -> list[Statement]:
    view = ArticleView.of(text)
    view.__dict__["attributions"] = attributions  # what the taggers would find, fixed
    candidates = names.find_candidates(text)
    found = find_statements(view, find_actors(text, candidates), candidates, quotes or [])
    return found.statements


def _quote(part: str) -> Quote:
    start, end = span(QUOTED, part)
    return Quote(speaker="Ada Roe", text=part, start=start, end=end, attribution="rule")


def _contents(attributions: list[Attribution], quotes: list[Quote]) -> list[str]:
    return [
        " … ".join(c.text for c in s.content) for s in _statements(QUOTED, attributions, quotes)
    ]


def test_a_statement_begun_inside_its_quotation_shows_the_whole_quotation() -> None:
    quotes = [
        _quote("In the long run, the harbour plan will fail. We will fight it,"),
        _quote("The fares will rise,"),
        _quote("and no one will pay them."),
        _quote("The board has lost its way.\nIt must stop."),
    ]
    rest = "the harbour plan will fail. We will fight it,\u201d"
    cut = _attribution(QUOTED, "Ada Roe said", "said", rest)
    assert _contents([cut], quotes) == [
        "\u201cIn the long run, the harbour plan will fail. We will fight it,\u201d"
    ]
    # Not over a paragraph break: the tagger's content as it is.
    broken = _attribution(QUOTED, "Roe", "warned", "It must stop.\u201d")
    assert _contents([broken], quotes) == ["It must stop.\u201d"]
    # A statement that starts at its quotation's mark, or where another statement's content
    # holds the words before it, stays as tagged.
    whole = _attribution(QUOTED, "she", "added", "\u201cThe fares will rise,\u201d")
    split = _attribution(QUOTED, "she added", "added", "will fail. We will fight it,\u201d")
    first = _attribution(QUOTED, "Ada Roe said", "said", "In the long run, the harbour plan")
    assert _contents([whole], quotes) == ["\u201cThe fares will rise,\u201d"]
    assert _contents([first, split], quotes) == [
        "In the long run, the harbour plan",
        "will fail. We will fight it,\u201d",
    ]


def test_a_cue_joined_by_and_to_an_earlier_verb_is_its_speakers() -> None:
    critical = _attribution(
        JOINED, "she", "has been sharply critical of", "Mayor Jon Pike's toll plan"
    )
    joined = _attribution(
        JOINED, "Mayor Jon Pike's toll plan, and", "said", "the harbour would suffer"
    )
    speakers = {s.content[0].text: s.speaker for s in _statements(JOINED, [critical, joined])}
    assert speakers == {
        "Mayor Jon Pike's toll plan": "Ada Roe",
        "the harbour would suffer": "Ada Roe",  # not Jon Pike, whose plan it is
    }
