"""A topic the grammar cut at its longest is shown without the broken word and what dangles."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.topic import whole_topic
from summarizer.types import TOPIC_MAX_CHARS

from .test_extract import Scripted


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        # the cut went through a word: it goes, and so does the article before it
        (
            "Mayor Anna Berg's long campaign against the toll on the brid",
            "Mayor Anna Berg's long campaign against the toll",
        ),
        (
            "Councillor Ted Roe's criticism of the harbour levy plan, the",
            "Councillor Ted Roe's criticism of the harbour levy plan",
        ),
        # the cut fell after a space: the last word is whole, but a title alone dangles
        (
            "Harbour levy, council budget, toll bridge, ferry fares, Mr. ",
            "Harbour levy, council budget, toll bridge, ferry fares",
        ),
    ],
)
def test_a_cut_topic_loses_its_broken_word_and_what_dangles(raw: str, shown: str) -> None:
    assert len(raw) == TOPIC_MAX_CHARS
    assert whole_topic(raw) == shown


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("the harbour levy.", "the harbour levy"),
        ("tolls on the bridge and the", "tolls on the bridge and the"),  # short: not cut
    ],
)
def test_a_topic_the_grammar_did_not_cut_is_kept_as_written(raw: str, shown: str) -> None:
    assert whole_topic(raw) == shown


def test_the_briefing_shows_the_cut_topic_without_its_broken_word() -> None:
    text = "The council met on Monday. Mayor Anna Berg opposed the toll plan. Nothing was decided."
    raw = "Mayor Anna Berg and the council on the toll plan for the brid"
    backend = Scripted({"topic": raw[:TOPIC_MAX_CHARS]})
    extraction = Extractor(backend, load_template("default")).extract(
        Article(meta=describe(text, Path("t.txt")), text=text)
    )
    assert [p.topic for p in extraction.positions] == [
        "Mayor Anna Berg and the council on the toll plan"
    ]
