"""Issue 17, session 64: a cue joined by "and" to an earlier statement's verb, whose source the
tagger gives as that statement's content ("he has been critical of [the mayor's plan, and]
said …"), is the earlier speaker's: on a free BASIL event's briefing, a prime minister had been
given the words of the candidate who criticized his treatment. Made-up names and sentences."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution, kind_of
from summarizer.statements import find_statements

TEXT = (
    "Ada Roe spoke in Hull on Monday. "
    "A critic of the port, she has been sharply critical of Mayor Jon Pike's toll plan, "
    "and said the harbour would suffer."
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _attribution(source: str, cue: str, content: str) -> Attribution:
    spans = (_span(content),)
    return Attribution(
        source=(_span(source),), cue=(_span(cue),), content=spans, kind=kind_of(TEXT, spans)
    )


def _speakers(attributions: list[Attribution]) -> dict[str, str | None]:
    view = ArticleView.of(TEXT)
    view.__dict__["attributions"] = attributions  # what the taggers would find, fixed
    candidates = names.find_candidates(TEXT)
    found = find_statements(view, find_actors(TEXT, candidates), candidates, [])
    return {s.content[0].text: s.speaker for s in found.statements}


def test_a_cue_joined_by_and_to_an_earlier_verb_is_its_speakers() -> None:
    critical = _attribution("she", "has been sharply critical of", "Mayor Jon Pike's toll plan")
    joined = _attribution("Mayor Jon Pike's toll plan, and", "said", "the harbour would suffer")
    speakers = _speakers([critical, joined])
    assert speakers == {
        "Mayor Jon Pike's toll plan": "Ada Roe",
        "the harbour would suffer": "Ada Roe",  # not Jon Pike, whose plan it is
    }
