"""Words that judge a thing outrageous or a disgrace are opposition to the issue where they judge
it ("said the toll plan was a disgrace", "called the plan outrageous", "“It's shameful,” Roe
said"), as "unacceptable" was; and in reported words, as in a quotation, a judgment of another
subject than the topic is none on it ("said the mayor's remarks were disgraceful" on the toll
plan; session 79)."""

from __future__ import annotations

import re

import pytest

from summarizer import issues
from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance


def _stance(text: str, spoken: tuple[str, ...] = (), topic: str = "the toll plan") -> str | None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer("Roe", text)]
    return rule_stance(sentence, own, [], list(spoken), on_issue=issues.topic_match(topic))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe said that the toll plan was a disgrace.", "opposes"),
        ("Roe called the plan outrageous.", "opposes"),
        ("Roe said it was shameful.", "opposes"),
        ("Roe said the plan was unacceptable.", "opposes"),
        # Another subject judged: no side on the toll plan.
        ("Roe said the mayor\u2019s remarks were disgraceful.", None),
        ("Roe said the attack was unacceptable.", None),
        ("Roe said the storm damage was appalling.", None),
        # Before a noun, the word describes it: no judgment made ("has an appalling record").
        ("Roe has an appalling record on the toll plan.", None),
        ("Roe said the toll plan was outrageous and unfair.", "opposes"),
    ],
)
def test_a_judgment_of_the_issue_in_reported_words(text: str, expected: str | None) -> None:
    assert _stance(text) == expected


def test_a_judgment_in_a_quotation() -> None:
    quote = "It is shameful, and we will fight it,"
    assert _stance(f"\u201c{quote}\u201d Roe said.", (quote,)) == "opposes"


def test_without_a_topic_the_subject_is_not_checked() -> None:
    (sentence,) = sentences("Roe said the attack was despicable.")
    assert rule_stance(sentence, [(0, 3)], [], []) == "opposes"
