"""Session 10, issue 17: which rule reads a stance (`stance_rules.rule_reading`'s family), and
verbs of wanting, asking and praising ("wish" in `lexicon/stance_words.tsv`), whose side is
their object's: read only when the object is a measure. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import RuleReading, rule_reading, rule_stance


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def stance(text: str, actor: str, others: tuple[str, ...] = (), spoken: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    (sentence,) = sentences(text)
    other_spans = [s for o in others for s in _spans(text, o)]
    return rule_stance(sentence, _spans(text, actor), other_spans, list(spoken))


@pytest.mark.parametrize(
    ("text", "actor", "others", "spoken"),
    [
        ("Senator Roe praised the coalition that the mayor abandoned.", "Senator Roe", (), ()),
        ("Ms. Doe lauded the current system of open town halls.", "Ms. Doe", (), ()),
        ("Ms. Doe wanted to get the vote done quickly.", "Ms. Doe", (), ()),
        ("Acme called for tightening its grip on the region.", "Acme", (), ()),
        ("Mr. Lind sought to counter the charges that he was too soft.", "Mr. Lind", (), ()),
        ("\u201cWe want calm,\u201d Roe said.", "Roe", (), ("We want calm,",)),
    ],
)  # fmt: skip
def test_a_wish_whose_object_is_no_measure_says_no_side(
    text: str, actor: str, others: tuple[str, ...], spoken: tuple[str, ...]
) -> None:
    assert stance(text, actor, others, spoken) is None


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        ("Union leaders praised the plan.", "Union leaders", "supports"),
        ("Doe wants a new plan.", "Doe", "supports"),
        ("Acme called for a boycott of the levy.", "Acme", "opposes"),
        ("France wants to block the office.", "France", "opposes"),
        ("Obama urged Congress to pass the bill.", "Obama", "supports"),
        ("Roe called on the council to pass the levy.", "Roe", "supports"),
        ("Acme called for lawmakers to pass the bill.", "Acme", "supports"),
        ("Roe backed the coalition.", "Roe", "supports"),
    ],
)  # fmt: skip
def test_a_wish_for_a_measure_and_plain_stance_words_still_read(
    text: str, actor: str, expected: str
) -> None:
    assert stance(text, actor) == expected


def test_each_reading_names_its_rule() -> None:
    def read(text: str, actor: str, spoken: tuple[str, ...] = ()) -> RuleReading | None:
        (sentence,) = sentences(text)
        return rule_reading(sentence, _spans(text, actor), [], list(spoken))

    assert read("France has firmly opposed the plan.", "France") == RuleReading("opposes", "clause")
    quote = "We are not in favor of the plan,"
    assert read(f"\u201c{quote}\u201d Roe said.", "Roe", (quote,)) == RuleReading(
        "opposes", "quote"
    )
    assert read("Doe declined to comment on the toll.", "Doe") == RuleReading(
        "neutral", "no-comment"
    )
    assert read("Senator Roe, a staunch opponent of the levy, spoke.", "Senator Roe") == (
        RuleReading("opposes", "noun-apposed")
    )
    assert read("The council passed an amendment sponsored by Otto Roe.", "Otto Roe") == (
        RuleReading("supports", "measure-agent")
    )
    assert read("Roe said the weather was fine.", "Roe") is None
