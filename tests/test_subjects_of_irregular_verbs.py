"""A name before a verb of irregular past or a hyphenated verb is its subject (session 51):
"Ted Orr threw his support behind the toll plan" and "Kay Lund co-sponsored the toll plan"
support it. Before, "threw" was taken for a noun the name qualifies ("the NATO office"), and
"co-sponsored" for the noun "co", so no rule read either sentence; a name before a real noun
still only qualifies it ("the Orvale office threw a party")."""

from __future__ import annotations

import pytest

from tests.test_stances_objects import positions

LEAD = "The county unveiled a toll plan for the Orvale bridge on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ted Orr threw his support behind the toll plan. Kay Lund co-sponsored the toll "
            "plan. Lee Park cosponsored the toll plan.",
            {"Ted Orr": "supports", "Kay Lund": "supports", "Lee Park": "supports"},
        ),
        # Threw and swore as the verbs they are, no side without a word of stance.
        (
            "Ted Orr threw a party for his staff. Kay Lund swore in the new clerk.",
            {},
        ),
    ],
)
def test_the_subject_of_an_irregular_or_hyphenated_verb(
    text: str, expected: dict[str, str]
) -> None:
    assert positions(LEAD + text) == expected
