"""Stance-word rules: a plain stance is read from the text; anything less plain is left to the
model (None)."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance


def stance(text: str, actor: str, others: tuple[str, ...] = (), spoken: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    (sentence,) = sentences(text)

    def spans(name: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]

    return rule_stance(sentence, spans(actor), [s for o in others for s in spans(o)], list(spoken))


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        ("France has firmly opposed the plan, while China has criticized the idea altogether.",
         "France", ("China",), "opposes"),
        ("France has firmly opposed the plan, while China has criticized the idea altogether.",
         "China", ("France",), "opposes"),
        ("French President Emmanuel Macron doubled down on his opposition to NATO's planned "
         "Japan office.", "Emmanuel Macron", ("NATO", "Japan"), "opposes"),
        ("An official stated that France is not supportive of the idea of a NATO office.",
         "France", ("NATO",), "opposes"),
        ("Stoltenberg maintained that the proposal for a liaison office in Tokyo was still under "
         "consideration.", "Stoltenberg", ("Tokyo",), "supports"),
        ("Stoltenberg maintained that the proposal for a liaison office in Tokyo was still under "
         "consideration.", "Tokyo", ("Stoltenberg",), None),
        ("Matsuno stated that Nato is currently considering various factors.", "Matsuno",
         ("Nato",), None),
        ("NATO Secretary-General Jens Stoltenberg backed the plan.", "NATO",
         ("NATO Secretary-General Jens Stoltenberg",), None),
        ("Politico reported on Sunday that Macron has refused plans to open an office.", "Macron",
         ("Politico",), "opposes"),
        ("The minister visited Paris on Monday.", "Paris", (), None),
        ("Hirokazu Matsuno, Japan's government spokesperson, did not comment on the reports.",
         "Hirokazu Matsuno", ("Japan",), "neutral"),
        ("Tokyo declined to comment, while Beijing opposed the office.", "Tokyo", ("Beijing",),
         "neutral"),
        # "against" takes a side only as a verb's complement ("is against"), not as any
        # preposition.
        ("NATO was created to provide security against the Soviet bloc.", "NATO", (), None),
        ("France is firmly against the plan.", "France", (), "opposes"),
        ("Greece voted against the office.", "Greece", (), "opposes"),
        # A preposition before the actor in its clause: it is not the subject.
        ("At the NATO summit, the plan for a NATO office was opposed.", "NATO", (), None),
        ("In May, Japan opposed the plan.", "Japan", (), "opposes"),
        ("In May, Ambassador to the US Koji Tomita backed the plan.", "Koji Tomita", (),
         "supports"),
        # A name before a noun modifies it: the NATO office takes no side.
        ("The NATO office was opposed by many.", "NATO", (), None),
        ("NATO firmly opposed the plan.", "NATO", (), "opposes"),
        ("NATO leaders opposed the plan.", "NATO", (), "opposes"),
        # A possessive acts for the actor only through a body or person speaking for it.
        ("NATO's charter opposes any expansion, an official said.", "NATO", (), None),
        ("China's foreign ministry opposed the office.", "China", (), "opposes"),
        ("Japan's Chief Cabinet Secretary backed the plan.", "Japan", (), "supports"),
    ],
)  # fmt: skip
def test_rule_stance(text: str, actor: str, others: tuple[str, ...], expected: str | None) -> None:
    assert stance(text, actor, others) == expected


def test_a_quote_the_actor_speaks_can_show_the_stance() -> None:
    text = '"We are not in favor as a matter of principle," the Elysee official added.'
    spoken = ("We are not in favor as a matter of principle,",)
    assert stance(text, "Elysee official", spoken=spoken) == "opposes"
    assert stance(text, "Elysee official", spoken=("We will see,",)) is None
