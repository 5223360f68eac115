"""A name opening with a word of every member is a body of many for a "they" and never one "he"
or "she": "each" as "every" and "all" (session 76 joined the quote step's list, which lacked
"each", to the pronoun filter's, `names.EVERY_MEMBER`)."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer import speakers as speaker_steps


@pytest.mark.parametrize(
    "name", ["Each Senate Republican", "Every Senate Republican", "All House Democrats"]
)
def test_a_name_of_every_member_is_a_body_of_many(name: str) -> None:
    assert speaker_steps._collective(name)


def test_a_name_without_such_a_word_is_not_by_it() -> None:
    assert not speaker_steps._collective("Acme Corp")
    assert "each" in names.EVERY_MEMBER
