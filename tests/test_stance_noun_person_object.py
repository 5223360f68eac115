"""Session 59, issue 17: a noun of stance whose object is a person ("opposition to Hillary
Clinton", "support for Ada Roe") is a side on that person, as the verb is ("opposed Hillary
Clinton"): none on a topic that neither names the person nor shows the person owning it, and
that is no race (a PolNeAR train sample, every sixth article from the sixth: "issues that most
Republicans can agree on — opposition to Hillary Clinton" read as opposition to "Republican
National Convention"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Dan Smith voiced opposition to Ada Roe.", "the toll plan", None),
        ("Dan Smith voiced support for Ada Roe.", "the toll plan", None),
        # the topic owned by her, or naming her, or a race: a side on it, as before
        ("Dan Smith voiced opposition to Ada Roe.", "Ada Roe\u2019s toll plan", "opposes"),
        ("Dan Smith voiced support for Ada Roe.", "Ada Roe", "supports"),
        ("Dan Smith voiced support for Ada Roe.", "the mayoral race", "supports"),
        # a thing's name, no person's, or a person's possessive before a thing: read as before
        ("Dan Smith voiced opposition to Obamacare.", "Obamacare", "opposes"),
        ("Dan Smith voiced opposition to Ada Roe\u2019s toll plan.", "the toll plan", "opposes"),
        (
            "Dan Smith voiced opposition to Ada Roe building the toll road.",
            "the toll road",
            "opposes",
        ),
    ],
)
def test_a_noun_of_stance_for_a_person(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # in the same sentence of that sample, after the mend above
        ("Dan Smith is supporting the military and police.", "the toll plan", None),
        ("Dan Smith backed the troops.", "the toll plan", None),
        # a thing the noun heads, or a topic that names them: read as before
        ("Dan Smith backed military action in Syria.", "Syria strikes", "supports"),
        ("Dan Smith backed the military.", "military spending", "supports"),
        ("Dan Smith opposed police reform.", "police reform", "opposes"),
        ("Dan Smith protested against police abuse.", "the toll plan", "opposes"),
    ],
)
def test_people_of_a_kind_in_arms_or_in_uniform(
    text: str, topic: str, expected: str | None
) -> None:
    assert _stance(text, topic=topic) == expected
