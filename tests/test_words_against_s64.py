"""Issue 17, session 64: a topic that is words against someone ("Trump's attacks on the Justice
Department") is backed by attacking them, as a move against someone is opposed by defending
them (seen on a free BASIL event's briefing: "Trump opposes Trump's attacks"). Made-up names
and sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # Attacking the one a topic of attacks or criticism names is a side for the attacks.
        ("Bolt Bank slammed Zenco on Tuesday.", "Acme's attacks on Zenco", "supports"),
        ("Bolt Bank criticized Zenco.", "Ada Roe's criticism of Zenco", "supports"),
        ("Bolt Bank slammed the Harbor Board.", "Acme's attacks on the Harbor Board", "supports"),
        # Defending them is a side against them, as on any move against someone.
        ("Bolt Bank defended Zenco.", "Acme's attacks on Zenco", "opposes"),
        # A negation reads as on any object: no plain side.
        ("Bolt Bank did not criticize Zenco.", "Acme's attacks on Zenco", None),
        # Not an attack on the attacks themselves, nor on something of the target's.
        ("Bolt Bank criticized the attacks on Zenco.", "Acme's attacks on Zenco", "opposes"),
        ("Bolt Bank slammed Zenco's rival.", "Acme's attacks on Zenco", "opposes"),
        # Criticizing someone is no side on a lawsuit against them or their impeachment.
        ("Bolt Bank criticized Zenco.", "class action lawsuit against Zenco", None),
        ("Bolt Bank criticized Zenco.", "impeachment of President Zenco", None),
    ],
)  # fmt: skip
def test_attacking_the_target_of_attacks_backs_them(
    text: str, topic: str, expected: str | None
) -> None:
    others = ("Zenco",) if "Zenco" in text else ()
    assert _stance(text, "Bolt Bank", others=others, topic=topic) == expected
