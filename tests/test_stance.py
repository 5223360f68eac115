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
        # Another actor in a phrase of the clause does not end it; one a relative clause is
        # about does.
        ("Stoltenberg said an office in Tokyo was under consideration.", "Stoltenberg",
         ("Tokyo",), "supports"),
        ("Mr. King differed from Mr. Schultz, who has seemed supportive of it.", "Mr. King",
         ("Mr. Schultz",), None),
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


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # Deeds: the actor's own acts show its side.
        ("The governor vetoed the bill on Friday.", "governor", "opposes"),
        ("Senator Roe blocked the nomination.", "Senator Roe", "opposes"),
        ("Mayor Roe proposed a smaller toll.", "Mayor Roe", "supports"),
        ("Governor Hutchinson signed the bill into law.", "Governor Hutchinson", "supports"),
        ("Scott voted against the act.", "Scott", "opposes"),
        ("Cruz voted for the nominee.", "Cruz", "supports"),
        ("Lauten apologized for her post on Monday.", "Lauten", "mixed"),
        ("Lauten changed her mind about the post.", "Lauten", "mixed"),
        ("Roe withdrew her support for the plan.", "Roe", "opposes"),
        # "neutral" where the text says so.
        ("Doe declined to take a position on the toll.", "Doe", "neutral"),
        ("Doe would not say whether she backs the toll.", "Doe", "neutral"),
        # Negation read right: support negated opposes; opposition negated is no plain side.
        ("Doe didn\u2019t support the toll.", "Doe", "opposes"),
        ("Doe has not supported any toll since 2019.", "Doe", "opposes"),
        ("Doe did not oppose the toll.", "Doe", None),
        ("Trump didn\u2019t apologize for his past statements.", "Trump", None),
        # A negation in another clause does not reach the stance word.
        ("Doe said it hasn't worked, and she wants a new plan.", "Doe", "supports"),
        # Conditionals and modals: no plain side.
        ("If the state paid for the repairs, Doe would not oppose a smaller fee.", "Doe", None),
        ("Doe would support the toll only when the bridge is repaired.", "Doe", None),
        ("France could veto the proposal.", "France", None),
        # Nouns that are not the actor's act: "plan", "supporters", "outpouring of support".
        ("Roe tells his supporters at a fair to vote.", "Roe", None),
        ("Weber said, citing an outpouring of support from fans.", "Weber", None),
        ("Doe read the plan before voting.", "Doe", None),
        ("France wants to block the office.", "France", "opposes"),
        ("Roe calls on Weber to apologize.", "Roe", None),
        ("Mr. Roe said he may decide against his earlier plans to stage it.", "Mr. Roe",
         None),
        ("Lind explores the history of the tax code.", "Lind", None),
        ("Stoltenberg is exploring the possibility of an office.", "Stoltenberg", "supports"),
        # "According to X" reports X; it does not make X act.
        ("According to Roe, the criticism is unfair.", "Roe", None),
        # Both ways in one clause, a change of mind: mixed.
        ("Roe signed an amended bill after refusing to sign a first one.",
         "Roe", "mixed"),
        # Verbs that carry a side.
        ("Roe defended his budget on Acme Radio.", "Roe", "supports"),
        ("Union leaders, at the opposite end of the range, praised the plan.",
         "Union leaders", "supports"),
        ("AARP pushed back against the report.", "AARP", "opposes"),
        ("AARP pushed back on the report.", "AARP", "opposes"),
        ("Obama urged Congress to pass the bill.", "Obama", "supports"),
        ("Obama urged lawmakers to reject the deal.", "Obama", "opposes"),
        ("Senator Roe vowed to block the nomination.", "Senator Roe", "opposes"),
        # After a verb of saying, the words' own subject: the speaker's pronoun, or no side.
        ("Ryan said he opposes the plan.", "Ryan", "opposes"),
        ("Ryan said on Monday that he strongly opposes the plan.", "Ryan", "opposes"),
        ("Ryan said the faculty opposed the plan.", "Ryan", None),
        ("The mayor said even his own niece had signed a letter urging him to veto the levy.",
         "mayor", None),
        # At the receiving end of a side: no side of its own.
        ("Ohio has for weeks faced like criticism over a similar bill.", "Ohio", None),
        ("Doe, amid calls from critics to veto the levy, spoke on Friday.", "Doe", None),
        ("Weber prompted outrage with his reply to a question about supporting the levy.",
         "Weber", None),
    ],
)  # fmt: skip
def test_deeds_negation_and_conditions(text: str, actor: str, expected: str | None) -> None:
    assert stance(text, actor) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("We are not in favor as a matter of principle,", "opposes"),
        ("I will vote for the Green candidate,", "supports"),
        # Words whose subject is the issue count wherever they stand in the actor's quote.
        ("The issue of the liaison office is still on the table,", "supports"),
        ("This is a big mistake,", "opposes"),
        # Other stance words only when the speaker is their subject.
        ("Click the plan and read every page before voting,", None),
        ("What they propose would hurt commuters,", None),
        ("The board knows that one of the members opposes this motion,", None),
        # A quoted condition is no plain side.
        ("If they cut the fee, we would support it,", None),
        # A possessive's act is not the speaker's.
        ("My niece Ada signed the letter asking me to veto this levy,", None),
    ],
)
def test_a_stance_in_the_actors_own_quote(quote: str, expected: str | None) -> None:
    text = f"\u201c{quote}\u201d Doe said."
    assert stance(text, "Doe", spoken=(quote,)) == expected
