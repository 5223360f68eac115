"""Issue 17, session 48: a statement's source that the tagger cut inside a list of names
("[Tully Marsh and] Peter Brandt said") is the whole list, whose first name is its speaker and
whose other names share it (`stances._joined_sources`); a name before the list that is no part
of it ("Ada Roe met Otto Pike, and Peter Brandt said") is left out. Made-up articles."""

from __future__ import annotations

import pytest

from summarizer.article_view import ArticleView
from summarizer.extract import find_speech
from tests.test_steps import Scripted, asker_for

OPENING = (
    "The toll bill passed on Friday. Tully Marsh spoke. Peter Brandt spoke. Jonas Wilder "
    "spoke. Ada Roe met Otto Pike on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "source", "speaker"),
    [
        (
            "Tully Marsh and Peter Brandt said the toll bill was unfair.",
            "Tully Marsh and Peter Brandt",
            "Tully Marsh",
        ),
        (
            "Tully Marsh, Jonas Wilder and Peter Brandt said the toll bill was unfair.",
            "Tully Marsh, Jonas Wilder and Peter Brandt",
            "Tully Marsh",
        ),
        (
            "Ada Roe met Otto Pike, and Peter Brandt said the toll bill was unfair.",
            "Peter Brandt",
            "Peter Brandt",
        ),
    ],
)
def test_a_source_cut_inside_a_list_of_names_is_the_whole_list(
    sentence: str, source: str, speaker: str
) -> None:
    view = ArticleView.of(OPENING + sentence)
    statements = find_speech(view, asker_for(view, Scripted())).statements
    said = [s for s in statements if "unfair" in s.content[0].text]
    assert [(s.source[0].text, s.speaker) for s in said] == [(source, speaker)]


def test_every_name_of_the_list_takes_the_side_it_states() -> None:
    from tests.test_stances_objects import positions

    read = positions(OPENING + "Tully Marsh and Peter Brandt said they oppose the toll bill.")
    assert read.get("Tully Marsh") == "opposes"
    assert read.get("Peter Brandt") == "opposes"
