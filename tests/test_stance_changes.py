"""Issue 17, session 45: a relative clause that tells the actor's earlier side ("who had
championed the levy") is its past, not its side now: the main clause says that, and where the two
differ on the same thing the actor changed its mind (mixed). And backing the one a topic names as
the target of a move ("lawsuit against Zenco") is a side against the move; on a topic that names a
harm ("gun violence"), a plan against it is the issue, backed. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An earlier side, then the other on the same thing: a change of mind.
        ("Ada Lind, who had championed the levy as mayor, opposed it as a candidate.", "mixed"),
        ("Ada Lind, who had long opposed the levy, voted for it on Monday.", "mixed"),
        ("Ada Lind, who had backed the levy last year, now opposes the levy.", "mixed"),
        ("Ada Lind, who once backed the levy, now says it is a mistake.", "mixed"),
        # The earlier side on something else: the side now.
        ("Ada Lind, who had supported Otto Roe in the primary, now opposes the levy.", "opposes"),
        ("Ada Lind, who had backed Roe's campaign, now opposes the levy.", "opposes"),
        # Only function words shared ("they"): not the same thing.
        (
            "Ada Lind, who had backed Otto Roe since they met, now opposes the levy they passed.",
            "opposes",
        ),
        # The same side then and now, or none now: that side.
        ("Ada Lind, who had long opposed the levy, still opposes it.", "opposes"),
        ("Ada Lind, who had long opposed the levy, spoke on Monday.", "opposes"),
        # No earlier side told: the relative clause reads as before.
        ("Ada Lind, who championed the levy, spoke on Monday.", "supports"),
        ("Ada Lind, who had been mayor, opposed the levy.", "opposes"),
    ],
)
def test_an_earlier_side_in_a_relative_clause_is_the_actors_past(text: str, expected: str) -> None:
    assert _stance(text, "Ada Lind") == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # Backing the one the topic names as a move's target is a side against the move.
        ("Bolt Bank submitted a brief supporting Zenco.", "class action lawsuit against Zenco",
         "opposes"),
        ("Bolt Bank backed Zenco in the case.", "criminal charges against Zenco", "opposes"),
        ("Bolt Bank defended Mr. Zenco.", "impeachment of President Zenco", "opposes"),
        # Not where the support goes to the move, or to something of the target's, or where
        # the topic is no move against it.
        ("Bolt Bank supported the lawsuit against Zenco.", "class action lawsuit against Zenco",
         "supports"),
        ("Bolt Bank backed Zenco's rival.", "class action lawsuit against Zenco", "supports"),
        ("Bolt Bank backed Zenco in the case.", "Zenco pay policy", "supports"),
        ("Bolt Bank backed Zenco in the case.", "debate on the lawsuit against Zenco",
         "supports"),
    ],
)  # fmt: skip
def test_support_of_the_target_of_a_move_opposes_the_move(
    text: str, topic: str, expected: str
) -> None:
    assert _stance(text, "Bolt Bank", others=("Zenco", "Mr. Zenco"), topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # No one takes a harm's side: on "gun violence", a plan against it is what is backed.
        ("Ada Lind will embrace a comprehensive plan to reduce gun violence.", "gun violence",
         "supports"),
        ("Ada Lind introduced a bill to curb gun violence.", "gun violence", "supports"),
        ("Ada Lind supports ending gun violence.", "gun violence", "supports"),
        ("Ada Lind backs a bill to stop terrorism in the harbour.", "terrorism", "supports"),
        ("Ada Lind opposes the plan to curb gun violence.", "gun violence", "opposes"),
        # A topic that is no harm keeps the undoing against it.
        ("Ada Lind introduced legislation to end birthright citizenship.",
         "birthright citizenship", "opposes"),
        ("Ada Lind supports ending birthright citizenship.", "birthright citizenship",
         "opposes"),
    ],
)  # fmt: skip
def test_a_plan_against_a_harm_the_topic_names_is_backed_not_the_harm_opposed(
    text: str, topic: str, expected: str
) -> None:
    assert _stance(text, "Ada Lind", topic=topic) == expected
