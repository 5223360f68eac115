"""Which side an actor takes, when a word of stance says it plainly: "France has firmly opposed
the plan", "We are not in favor". Anything less plain is left to the model.

The words are in `lexicon/stance_words.tsv`, the patterns made of them in `patterns.py`.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon
from .detect import Sentence
from .patterns import (
    AGENT,
    CLAUSE_BREAK,
    MODIFIES,
    NEGATION,
    NO_COMMENT,
    OPPOSE,
    POSSESSIVE,
    STANCE_CUE,
    SUPPORT,
    THAT,
)

EARLY_CHARS = 60  # a mention this close to the sentence's start is early

_PREPOSITIONS = lexicon.words("prepositions")


def stance_cues(sentence: Sentence, mentions: list[Any]) -> int:
    """How strongly `sentence` shows a side being taken by the actor mentioned in it: 2 for a
    word of stance (opposes, backs, calls for, a mistake…), 1 more when the actor comes early,
    as the sentence's subject usually does."""
    score = 2 if STANCE_CUE.search(sentence.text) else 0
    early = any(sentence.start <= m.start < sentence.start + EARLY_CHARS for m in mentions)
    return score + (1 if early else 0)


def rule_stance(
    sentence: Sentence,
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    spoken: list[str],
) -> str | None:
    """The stance a sentence shows its actor taking, when a stance word says it plainly.

    Either the actor (at `own` spans) leads its clause (`leading`) and a stance word follows
    before any other actor's name ("France has firmly opposed the plan", "Macron doubled down on
    his opposition"), or the actor speaks a quotation (`spoken`) holding one ("We are not in
    favor"). A negation turns support into opposition; an actor that would not comment is
    neutral. None when no rule applies."""
    for quote in spoken:
        found = _first_cue(quote)
        if found:
            return found
    text, base = sentence.text, sentence.start
    for _, end in leading(sentence, own, others):
        after = text[end - base :]
        stop = len(after)
        for other, _ in others:
            if other >= end and other - end < stop:
                stop = other - end
        brk = CLAUSE_BREAK.search(after)
        if brk:
            stop = min(stop, brk.start())
        if NO_COMMENT.match(after[: brk.start() if brk else len(after)]):
            return "neutral"  # checked past other names: they may stand in the apposition
        found = _first_cue(after[:stop])
        if found:
            return found
    return None


def leading(
    sentence: Sentence, own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The actor's mentions (`own` spans) that lead their clause, as a subject does: not inside
    another actor's name ("NATO" in "NATO Secretary-General Jens Stoltenberg"), not after a
    preposition ("an office in Tokyo"), no other actor leading the clause before it, at most 8
    words in (after any "X reported that …")."""
    text, base = sentence.text, sentence.start
    found = []
    for start, end in own:
        if any(o_start <= start and end <= o_end for o_start, o_end in others):
            continue
        before = text[: start - base]
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(before)]
        breaks += [m.end() for m in THAT.finditer(before)]  # "X reported that …"
        last_break = max(breaks, default=0)
        if any(last_break <= o - base < start - base for o, _ in others):
            continue  # another actor leads this clause: what follows is about it
        lead = before[last_break:].split()
        # Within its clause (here a comma ends one too: "In May, Japan said"), a preposition
        # before the mention makes it no subject: "At the NATO summit", "between … and China";
        # but not one inside a title ("Ambassador to the US Koji Tomita").
        phrase = re.split(r"[,;:]", before[last_break:])[-1].split()
        if len(lead) > 8 or any(
            word.casefold() in _PREPOSITIONS and not (i and phrase[i - 1][0].isupper())
            for i, word in enumerate(phrase)
        ):
            continue
        if MODIFIES.match(text, end - base):
            continue  # "the NATO office", "a NATO liaison office": it names the office
        possessive = POSSESSIVE.match(text, end - base)
        if possessive and not AGENT.search(possessive.group("after")):
            continue  # "NATO's abbreviation", "China's power": a thing of it, not it acting
        found.append((start, end))
    return found


def _first_cue(text: str) -> str | None:
    cues = [(m.start(), "opposes") for m in OPPOSE.finditer(text)]
    for m in SUPPORT.finditer(text):
        negated = NEGATION.search(text[: m.start()])
        cues.append((m.start(), "opposes" if negated else "supports"))
    return min(cues)[1] if cues else None
