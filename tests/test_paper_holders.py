"""A paper, a finding or a message speaks for someone but takes no side of its own: the model is
asked no stance for it, and the question goes to an actor who can hold one."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction

from .test_extract import Scripted


def _extract(text: str, *answers: object) -> Extraction:
    """The article read with the model's answers scripted: any question more fails the test."""
    backend = Scripted(*answers)
    return Extractor(backend, load_template("default")).extract(
        Article(meta=describe(text, Path("levy.txt")), text=text)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        '"The levy is a disaster for the fishermen," the joint statement said.',
        '"The levy would hurt every family in Dover," a voice mail message said.',
        '"Fishermen would pay twice," the council slides said.',
    ],
)
def test_no_stance_is_asked_for_a_paper_that_speaks(sentence: str) -> None:
    text = f"The harbour levy was debated on Monday. {sentence} Mayor Anna Berg opposed the levy."
    extraction = _extract(text, {"topic": "the harbour levy"})  # and no stance question
    assert [(p.actor, p.stance) for p in extraction.positions] == [("Anna Berg", "opposes")]
    # the paper keeps its quote: it is a speaker, only no holder of a side
    assert len(extraction.quotes) == 1 and extraction.quotes[0].speaker != "Anna Berg"


def test_a_body_named_for_a_paper_may_still_hold_a_side() -> None:
    text = (
        "The harbour levy was debated on Monday. "
        '"The levy is a disaster for the fishermen," said the Dover Harbour Review. '
        "Mayor Anna Berg opposed the levy."
    )
    extraction = _extract(text, {"topic": "the harbour levy"}, {"evidence": 2, "stance": "opposes"})
    assert ("Dover Harbour Review", "opposes") in [
        (p.actor, p.stance) for p in extraction.positions
    ]
