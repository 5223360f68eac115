"""A measure yet to be written, described by what it should do ("called for a budget that
puts schools first"), is no measure at issue: a wish for it takes no side on the one the
article is about (session 79: BASIL tuning event 54, where a bishops' conference calling for such
a budget had read as support of the budget at issue, which it opposed)."""

from __future__ import annotations

import re

import pytest

from summarizer import issues
from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance


def _stance(text: str, actor: str, topic: str) -> str | None:
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer(re.escape(actor), text)]
    return rule_stance(sentence, own, [], [], on_issue=issues.topic_match(topic))


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Acme called for a budget that cuts aid to the poor.", "the city budget plan", None),
        ("Acme has issued letters calling for a budget that cuts aid.", "teaching in budget", None),
        ("Acme called for an agreement which protects workers.", "the trade agreement", None),
        ("Acme called for the budget that the mayor drafted.", "the city budget", "supports"),
        ("Acme called for passage of the budget.", "the city budget", "supports"),
    ],
)
def test_some_measure_wished_for_is_none_at_issue(
    text: str, topic: str, expected: str | None
) -> None:
    assert _stance(text, "Acme", topic) == expected

