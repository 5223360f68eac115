"""Session 59, issue 17: wrong rule readings of PolNeAR dev (every article, on the model's own
topics: `python bench/topic_rule_positions.py OUT --split dev --stride 1`, 60 readings, all
read), each mended by its cause. Made-up sentences.

- a refusal to make a thing known ("refused to disclose detailed medical records", "refuses to
  release his tax records"): what is withheld, no side (three had read as opposition);
- being "viewed as favorable to" someone: how others see the actor, no side;
- a plural's possessive before a word of stance ("tracks Americans' support for"): theirs;
- reported words whose pronoun is of the other sex than the actor ("Shelby said he refused to
  follow her commands"): another's;
- a negated act of putting a measure forward ("did not unveil plans to pay for it"): nothing
  put forward, no opposition;
- proposing "something else": nothing in particular;
- criticizing the lack of a thing: for that thing, none on a topic that is another."""

from __future__ import annotations

import pytest

from summarizer import issues
from summarizer.detect import sentences
from summarizer.stance_rules import rule_reading
from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith has steadfastly refused to disclose detailed medical records.",
        "Dan Smith refuses to release his tax records.",
        "Dan Smith refuses to make public his income tax returns.",
        "Dan Smith was viewed as favorable to corporations.",
        "Dan Smith tracks Americans\u2019 support for the toll plan.",
        "Dan Smith did not unveil plans to pay for the expansion.",
        "Dan Smith has not proposed a toll plan.",
        "Dan Smith was proposing something else entirely.",
    ],
)
def test_no_side_of_the_actor_s(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        (
            "Dan Smith criticized the party\u2019s lack of environmental awareness.",
            "clean energy",
            None,
        ),
        ("Dan Smith decried the lack of clean energy policy.", "clean energy policy", "supports"),
        # as before
        ("Dan Smith refused to back the toll plan.", "the toll plan", "opposes"),
        ("Dan Smith did not support the toll plan.", "the toll plan", "opposes"),
        ("Dan Smith voiced his support for the toll plan.", "the toll plan", "supports"),
        ("Dan Smith was proposing a new toll plan.", "the toll plan", "supports"),
    ],
)
def test_what_the_object_says(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "sex", "expected"),
    [
        ("Ada Roe said he refused to back the toll plan.", "she", None),
        ("Ada Roe said she refused to back the toll plan.", "she", "opposes"),
        ("Ada Roe said he refused to back the toll plan.", "he", "opposes"),
    ],
)
def test_reported_words_of_the_other_sex_are_another_s(
    text: str, sex: str, expected: str | None
) -> None:
    (sentence,) = sentences(text)
    on_issue = issues.topic_match("the toll plan")
    content = text.split("said ", 1)[1]
    for reported in ([], [content]):
        reading = rule_reading(sentence, [(0, 7)], [], [], reported, [], on_issue=on_issue, sex=sex)
        assert (reading.stance if reading else None) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        (
            "Dan Smith was balking at China\u2019s slow-motion colonization of the South China "
            "Sea.",
            "Global warming",
            None,
        ),
        # the act named by the topic: read as before
        (
            "Dan Smith condemned Russia\u2019s annexation of Crimea.",
            "Russia's annexation of Crimea",
            "opposes",
        ),
    ],
)
def test_another_s_act_on_a_topic_that_does_not_name_it(
    text: str, topic: str, expected: str | None
) -> None:
    assert _stance(text, topic=topic) == expected
