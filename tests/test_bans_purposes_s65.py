"""Issue 17, session 65: two faults of the rules' sides, seen in free BASIL events' briefings.

- Opposing a ban on a thing the topic does not name is a side on that thing, none on the topic
  (event 86: "Mattis opposed Trump's proposed ban on transgender service members" had read as
  his opposition to his own resignation), as support of such a ban already was.
- A measure whose purpose undoes the topic keeps that purpose with a quotation between
  (event 60: "introduce legislation \u201calong the same lines as …\u201d to end birthright
  citizenship" had read as support of birthright citizenship).
- Standing by a decision named by its subject is a side on that subject (event 86: "Trump has
  stood by his Syria decision" had read as his support of Mattis's resignation), as backing a
  bill named by its subject already was.

Made-up articles."""

from __future__ import annotations

import pytest

from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        # A ban on another thing: no side on the topic.
        ("Mayor Ada Roe opposed Bo Lind's proposed ban on street vendors.", "Lind's resignation",
         None),
        ("Mayor Ada Roe opposed the sweeping ban on street vendors.", "Lind's resignation", None),
        # A ban on the topic's thing: against the ban, for the thing.
        ("Mayor Ada Roe opposed Bo Lind's proposed ban on street vendors.", "street vendors",
         "supports"),
        # A ban named bare may be the topic: read as before.
        ("Mayor Ada Roe opposed the ban.", "Lind's resignation", "opposes"),
        ("Mayor Ada Roe opposed the ban on street vendors.", "the vendor ban", "opposes"),
    ],
)  # fmt: skip
def test_opposing_a_ban_on_another_thing_is_no_side_on_the_topic(
    sentence: str, topic: str, side: str | None
) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, topic).get("Ada Roe") == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Sen. Ada Roe said she would introduce legislation \u201calong the lines of the "
            "draft order from Bo Lind\u201d to end birthright citizenship.",
            "opposes",
        ),
        (
            "Sen. Ada Roe said she would introduce legislation to end birthright citizenship.",
            "opposes",
        ),
        (
            "Sen. Ada Roe said she would introduce a bill \u201cas written\u201d to protect "
            "birthright citizenship.",
            "supports",
        ),
    ],
)
def test_a_measure_s_purpose_is_read_past_a_quotation(sentence: str, side: str) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, "birthright citizenship").get("Ada Roe") == side


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        ("Mayor Ada Roe has stood by her harbor decision.", "Lind's resignation", None),
        ("Mayor Ada Roe has stood by her harbor decision.", "the harbor closure", "supports"),
        # A decision named by nothing: it may be the topic's.
        ("Mayor Ada Roe has stood by her decision.", "Lind's resignation", "supports"),
    ],
)
def test_a_decision_named_by_its_subject_is_a_side_on_that_subject(
    sentence: str, topic: str, side: str | None
) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, topic).get("Ada Roe") == side
