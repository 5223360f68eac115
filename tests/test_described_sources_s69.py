"""A statement's source written as a definite description by an office ("The likely
Republican nominee argued …") is the person it refers back to, as a
learned quote's source already was (`speakers._office_holder`): the holder of that office named
last, else, for an office a story's main figure goes by ("the candidate", "the billionaire
businessman"), the subject of the sentences before where that is the person the article names
most, not of the other sex than the office's noun and not one it shows in the other party than
the description's. Any other description stays a described speaker. Made-up texts."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.evaluate import described_referent
from summarizer.speakers import office_of, referrer
from summarizer.statements import find_statements

_OPENING = (
    "Otto Pike toured a shipyard in Duluth on Monday, and Otto Pike also met dock workers there. "
    "Ada Lind, the harbour commissioner, was not at the event.\n\n"
    "Otto Pike criticised the harbour levy in a speech to the workers.\n\n"
)


def _speaker_of(text: str, content_opens: str) -> str | None:
    """The speaker of the statement whose content opens with `content_opens`, resolved as the
    pipeline resolves sources (the quote step's referrer)."""
    view = ArticleView.of(text)
    candidates = names.find_candidates(text)
    actors = find_actors(text, candidates, view)
    found = find_statements(view, actors, candidates, [], referrer(view, candidates)).statements
    (statement,) = [s for s in found if s.content[0].text.startswith(content_opens)]
    return statement.speaker


@pytest.mark.parametrize(
    "description",
    [
        "The likely Republican nominee",
        "The candidate",
        "The billionaire businessman",
    ],
)
def test_a_description_by_a_main_figure_s_office_is_that_figure(description: str) -> None:
    text = _OPENING + f"{description} said the levy would close the shipyard within a year.\n"
    assert _speaker_of(text, "the levy would close") == "Otto Pike"


@pytest.mark.parametrize(
    "description",
    [
        # a former office holder is someone else
        "The former candidate",
        # an office news often names another's: the front-runner may be a rival
        "The front-runner",
        # a woman's office, a man named most
        "The billionaire businesswoman",
        # the other party's
        "The Democratic nominee",
    ],
)
def test_a_description_that_does_not_fit_the_main_figure_stays_described(
    description: str,
) -> None:
    text = (
        _OPENING.replace("Otto Pike criticised", "Otto Pike, a Republican, criticised")
        + f"{description} said the levy would close the shipyard within a year.\n"
    )
    assert _speaker_of(text, "the levy would close") != "Otto Pike"


def test_a_soft_office_is_not_a_person_named_less_than_another() -> None:
    # The subject before is Lind, but Pike is the one the article names most.
    text = (
        _OPENING + "Ada Lind later toured the docks.\n\n"
        "The candidate said the levy would close the shipyard within a year.\n"
    )
    assert _speaker_of(text, "the levy would close") != "Ada Lind"


def test_office_of_reads_a_definite_description_by_an_office() -> None:
    assert office_of("The presumptive Republican presidential nominee") == "nominee"
    assert office_of("the congressman") == "congressman"
    assert office_of("the spokesman") is None  # an agent, read as `_agent_back` reads it
    assert office_of("a candidate") is None
    assert office_of("Candidate") is None


def test_the_eval_s_referent_of_a_described_source_is_the_nearest_name_before() -> None:
    gold = [
        {"source": "Otto Pike", "source_spans": [[0, 9]]},
        {"source": "the union", "source_spans": [[40, 49]]},
        {"source": "The candidate", "source_spans": [[80, 93]]},
        {"source": "he", "source_spans": [[120, 122]]},
    ]
    assert described_referent(gold, gold[2]) == "Otto Pike"
    assert described_referent(gold, gold[3]) is None  # a pronoun: `gold_referent`'s
    assert described_referent(gold, gold[0]) is None
