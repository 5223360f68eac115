"""Reported words whose subject is the speaker's own body are the speaker's side, as its pronoun's
would be: "the Acme League's president said the association was gravely concerned about the
bill", "said her company would not support it"; and a few words quoted inside reported words
("said the group was “gravely concerned” about the bill") are read as the rest of them (session
79: BASIL tuning event 89's college sports president, whose words the rules had left to the
model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import backends
from summarizer.extract import Extraction, Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.stance_rules import few_words_quoted

_OPENING = "The state bill drew fire from business leaders on Monday.\n\n"


def _sides(text: str) -> dict[str, str]:
    extractor = Extractor(backends.create("rules"), load_template(None))
    found: Extraction = extractor.extract(
        Article(meta=describe(_OPENING + text, Path("bill")), text=_OPENING + text)
    )
    return {p.actor: p.stance for p in found.positions if p.attribution == "rule"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a statement on Thursday, the Acme League president, Mark Lund, said the "
            "organization was \u201cgravely concerned\u201d about the bill.",
            "opposes",
        ),
        ("Mark Lund said the association was gravely concerned about the bill.", "opposes"),
        ("Mark Lund said his company would not support the bill.", "opposes"),
        ("Mark Lund said the group would oppose the bill.", "opposes"),
        ("Mark Lund said the union had backed the bill from the start.", "supports"),
        ("Mark Lund said he was \u201cgravely concerned\u201d about the bill.", "opposes"),
        # A longer quotation after the subject is read as his words too, as after "he".
        (
            "Mark Lund said the group was \u201cgravely concerned about the bill and about what "
            "it would do to the state.\u201d",
            "opposes",
        ),
    ],
)
def test_the_speakers_body_and_few_quoted_words(text: str, expected: str) -> None:
    assert _sides(text).get("Mark Lund") == expected


@pytest.mark.parametrize(
    "text",
    [
        # The body's people, or a thing of its: no subject of the speaker's own.
        "Mark Lund said the company\u2019s rivals had backed the bill.",
        "Mark Lund said the group\u2019s donors would oppose the bill.",
        # Another's body, its own subject: "the group" is no body of one it names.
        "Mark Lund said the group Acme Watch would oppose the bill.",
    ],
)
def test_no_side_of_the_speakers_own(text: str) -> None:
    assert _sides(text).get("Mark Lund") is None


def test_few_words_quoted() -> None:
    assert few_words_quoted("the group was \u201cgravely concerned\u201d about it")
    assert few_words_quoted("the group was concerned about it")
    assert not few_words_quoted("the group was \u201cvery concerned about what it would do\u201d")
    assert not few_words_quoted("the group was \u201cgravely concerned about it")


@pytest.mark.parametrize(
    "text",
    [
        "That is why critics say he had backed the bill.",
        "House Democrats said she had backed the bill.",
    ],
)
def test_a_person_in_a_bodys_reported_words_is_another(text: str) -> None:
    """ "He" or "she" opening the reported words of a group is someone else: "critics say he had
    backed the bill" is no side of the critics' (a PolNeAR train sentence read so once its few
    quoted words were read). Not so for a body that may be a person typed wrongly (a PolNeAR
    train "Mark Cuban", read as a nationality, said he backs a law)."""
    assert not _sides(text)
