"""Session 63: a source the tagger finds in parts far apart ("[Roe] added her voice after two
Dover [senators] urged Lee to quit") is the part that is the cue's subject, not the
first part, when that part is a name right before or after the cue; else the whole source is
kept as it was found. On a tuning event the senators' call was filed under no one (its source
ran from the governor to the senators). Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.attribution.model import find_attributions, nearest_source
from summarizer.attribution.tokens import Token, tokenize


def _range(tokens: list[Token], text: str, words: str) -> tuple[int, int]:
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    assert found is not None, words
    inside = [i for i, t in enumerate(tokens) if found.start() <= t.start < found.end()]
    return inside[0], inside[-1] + 1


def _kept(text: str, parts: list[str], cue: str, content: str = "") -> list[str]:
    tokens = tokenize(text)
    source = [_range(tokens, text, p) for p in parts]
    said = [_range(tokens, text, content)] if content else []
    kept = nearest_source(source, _range(tokens, text, cue), tokens, said)
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in kept]


@pytest.mark.parametrize(
    ("text", "parts", "cue", "kept"),
    [
        # The part right before the cue is its subject.
        (
            "Mayor Ann Lutz spoke up after two Dover senators urged Tom Lind to quit.",
            ["Mayor Ann Lutz", "Dover senators"],
            "urged",
            ["Dover senators"],
        ),
        # Or right after it.
        (
            "Ada Roe left the hall early on Friday, said Otto Vale, the mayor.",
            ["Ada Roe", "Otto Vale, the mayor"],
            "said",
            ["Otto Vale, the mayor"],
        ),
        # A participle's subject is the sentence's, not the name before it.
        (
            "Mayor Ann Lutz thanked Governor Otto Vale, asking him to back the toll plan.",
            ["Mayor Ann Lutz", "Governor Otto Vale,"],
            "asking",
            ["Mayor Ann Lutz", "Governor Otto Vale,"],
        ),
        # A pronoun is resolved from the whole source.
        (
            "Otto Vale thanked the crowd at the hall, and then he said the plan was dead.",
            ["Otto Vale", "he"],
            "said",
            ["Otto Vale", "he"],
        ),
        # A thing written with its author's possessive is no speaker.
        (
            "Ada Roe recalled a talk about Otto Vale's 2005 book, which explored the toll plan.",
            ["Ada Roe", "Otto Vale's 2005 book, which"],
            "explored",
            ["Ada Roe", "Otto Vale's 2005 book, which"],
        ),
        # A participle opening the sentence is no speaker.
        (
            "Having announced that the toll plan was dead, Judge Otto Vale left the hall.",
            ["Having", "Judge Otto Vale"],
            "announced",
            ["Having", "Judge Otto Vale"],
        ),
        # A preposition's object is no speaker.
        (
            "Ada Roe, in a long talk with Dover Radio, said the toll plan was dead.",
            ["Ada Roe", "Dover Radio"],
            "said",
            ["Ada Roe", "Dover Radio"],
        ),
        # A name joined by "and" to one the tagger left out.
        (
            "Ada Roe blamed the plan on the mayor and Governor Otto Vale, saying they erred.",
            ["Ada Roe", "Governor Otto Vale"],
            "saying",
            ["Ada Roe", "Governor Otto Vale"],
        ),
        # A predicate after "were" names the same people as the part before it.
        (
            "Ada Roe of Iowa and Otto Vale of Utah were the only Republicans to vote no.",
            ["Ada Roe of Iowa and Otto Vale", "Republicans"],
            "to vote no",
            ["Ada Roe of Iowa and Otto Vale", "Republicans"],
        ),
        # A part that opens with a preposition is none either.
        (
            "Ada Roe told the council it had been warned of Dover Radio reports said to be false.",
            ["Ada Roe", "of Dover Radio reports"],
            "said",
            ["Ada Roe", "of Dover Radio reports"],
        ),
        # Nor are the words of a headline in title case.
        (
            "Ada Roe wrote the essay Dover Mayors Who Back the Toll Are Wrong \u2014 urges a vote.",
            ["Ada Roe", "Dover Mayors Who Back the Toll Are Wrong \u2014"],
            "urges",
            ["Ada Roe", "Dover Mayors Who Back the Toll Are Wrong \u2014"],
        ),
        # Nor a clause the tagger ran over before an apposition's comma.
        (
            "Ada Roe shut the lanes of the Dover Bridge as payback, the lawyer for the mayor said.",
            ["Ada Roe", "Dover Bridge as payback, the lawyer for the mayor"],
            "said",
            ["Ada Roe", "Dover Bridge as payback, the lawyer for the mayor"],
        ),
        # A name with its particle before the comma is one.
        (
            "Ada Roe left the race in May; Otto de Vale, the mayor, announced his run.",
            ["Ada Roe", "Otto de Vale, the mayor,"],
            "announced",
            ["Otto de Vale, the mayor,"],
        ),
        # Nor one whose name the tagger cut after such a word.
        (
            "Many mayors who would rather campaign for Ada Roe or Otto Vale said they back Lind.",
            ["Many mayors", "Vale"],
            "said",
            ["Many mayors", "Vale"],
        ),
        # A verb of being further on between the parts makes no predicate.
        (
            "Ada Roe said the toll plan is dead. Governor Otto Vale said it was not.",
            ["Ada Roe", "Governor Otto Vale"],
            "said it",
            ["Governor Otto Vale"],
        ),
        # A verb of being after a relative is no predicate of the part before it.
        (
            "The mayors who have been at odds with the council for years, Dover Radio said.",
            ["The mayors", "Dover Radio"],
            "said",
            ["Dover Radio"],
        ),
        # Parts a few words apart are one source.
        (
            "Ada Roe and Otto Vale said the toll plan was dead.",
            ["Ada Roe", "Otto Vale"],
            "said",
            ["Ada Roe", "Otto Vale"],
        ),
    ],
)
def test_the_part_that_is_the_cues_subject(
    text: str, parts: list[str], cue: str, kept: list[str]
) -> None:
    assert _kept(text, parts, cue) == kept


def test_a_part_that_is_the_subject_of_the_content_keeps_the_whole_source() -> None:
    # The tagger's reading of an outlet's report: Roe's words, with Roe as their speaker.
    text = "Senator Ada Roe backs the toll plan, Dover Radio reported on Monday."
    parts = ["Senator Ada Roe", "Dover Radio"]
    assert _kept(text, parts, "reported", "backs the toll plan") == parts
    assert _kept(text, parts, "reported") == ["Dover Radio"]
    # Not a content in a sentence before the cue's.
    text = "Ada Roe spoke first. She backs the toll plan, Otto Vale said on Monday."
    assert _kept(text, ["Ada Roe", "Otto Vale"], "said", "spoke first") == ["Otto Vale"]


def test_the_tagger_s_source_of_a_call_is_its_subject() -> None:
    text = (
        "Mayor Ann Lutz spoke out on Monday after two retired Dover Republican senators urged "
        "Tom Lind to quit."
    )
    (urged,) = [a for a in find_attributions(text) if a.text(text, "cue") == "urged"]
    assert urged.text(text, "source") == "two retired Dover Republican senators"
