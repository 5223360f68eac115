"""Words that judge a thing outrageous or a disgrace are opposition to the issue where they judge
it ("said the toll plan was a disgrace", "called the plan outrageous", "“It's shameful,” Roe
said"), as "unacceptable" was; and in reported words, as in a quotation, a judgment of another
subject than the topic is none on it ("said the mayor's remarks were disgraceful" on the toll
plan; session 79)."""

from __future__ import annotations

import pytest

from tests.test_stance import stance
from tests.test_stance_phrasings import _stance as _read


def _stance(text: str, spoken: tuple[str, ...] = ()) -> str | None:
    return _read(text, "Roe", "the toll plan", spoken)


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
    assert stance("Roe said the attack was despicable.", "Roe") == "opposes"
