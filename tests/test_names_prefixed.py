"""Session 58, issue 17: a name joined by a hyphen to a lowercase prefix ("pro-", "anti-") is an
adjective, no first word of the name after it: "anti-Trump Republicans" names Trump and the
Republicans, not a "Trump Republicans"; "the pro-Lind Acme Fund" names no "Lind Acme Fund"
(from a PolNeAR train sample, "the pro-Bush Right to Rise" made an actor "Bush Right"; wrong at
e5ad9bb). Made-up names."""

from __future__ import annotations

import pytest

from summarizer import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many anti-Lind Republicans met in the hall on Monday.", ["Lind", "Republicans"]),
        ("The pro-Lind Acme Fund raised money.", ["Lind", "Acme Fund"]),
        ("The post-Brexit Britain is a new place.", ["Brexit", "Britain"]),
        # a prefix before a single name leaves it a mention of that name
        ("The anti-Lind group met on Monday.", ["Lind"]),
        # a capital prefix is part of the word, as before
        ("Anti-Lind Republicans met.", ["Anti-Lind Republicans"]),
        # a name with no prefix is one run, as before
        ("The Acme Fund raised money from Ada Lind.", ["Acme Fund", "Ada Lind"]),
    ],
)
def test_a_prefixed_name_is_apart_from_the_name_after_it(text: str, expected: list[str]) -> None:
    assert [c.name for c in names.find_candidates(text)] == expected
