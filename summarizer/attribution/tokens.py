"""Tokens with character offsets, the sentences they fall in, and the quotation-mark state of
each: the units the attribution taggers label."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..detect import DOUBLE_MARKS, quoted_spans, sentences

# A word (with inner apostrophes, hyphens and dots: "don't", "U.S", "anti-Trump") or any
# other single non-space character.
_TOKEN = re.compile(r"\w+(?:[\u2019'.-]\w+)*|\S")
QUOTE_MARKS = DOUBLE_MARKS + "\u2018\u2019'"
_BREAK = re.compile(r"\n\s*")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    sentence: int  # index into the article's sentences (0-based)
    quoted: bool  # inside quotation marks (the marks themselves are not)
    paragraph: int  # index of the line (text between line breaks) the token is on


def tokenize(text: str) -> list[Token]:
    """Every token of `text`, with its offsets, sentence and line index and quote state."""
    starts = [s.start for s in sentences(text)] or [0]
    quoted = sorted((q.start, q.end) for q in quoted_spans(text))
    quote_starts = [q[0] for q in quoted]
    breaks = [m.start() for m in _BREAK.finditer(text)]
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        sentence = max(bisect.bisect_right(starts, start) - 1, 0)
        q = bisect.bisect_right(quote_starts, start) - 1
        inside = q >= 0 and start < quoted[q][1]
        paragraph = bisect.bisect_right(breaks, start)
        tokens.append(Token(match.group(), start, end, sentence, inside, paragraph))
    return tokens


def by_sentence(tokens: list[Token]) -> list[list[int]]:
    """Token indices grouped by sentence, in order (sentences without tokens are left out)."""
    groups: list[list[int]] = []
    last = -1
    for i, token in enumerate(tokens):
        if token.sentence != last:
            groups.append([])
            last = token.sentence
        groups[-1].append(i)
    return groups


def label_tokens(tokens: list[Token], spans: list[list[int]], start: int, stop: int) -> list[bool]:
    """For tokens[start:stop], whether each lies (at least half of it) inside one of `spans`."""
    marks = []
    for token in tokens[start:stop]:
        size = token.end - token.start
        inside = sum(max(0, min(token.end, e) - max(token.start, s)) for s, e in spans)
        marks.append(inside * 2 >= size)
    return marks


def chunks(labels: list[str], kind: str) -> list[tuple[int, int]]:
    """(first, past-last) positions of each B-/I- run of `kind` in a BIO label sequence."""
    runs: list[tuple[int, int]] = []
    begin = None
    for i, label in enumerate([*labels, "O"]):
        if begin is not None and label != f"I-{kind}":
            runs.append((begin, i))
            begin = None
        if label == f"B-{kind}" or (label == f"I-{kind}" and begin is None):
            begin = i
    return runs


def bio(marks: list[bool], kind: str) -> list[str]:
    return [
        "O" if not mark else f"I-{kind}" if i and marks[i - 1] else f"B-{kind}"
        for i, mark in enumerate(marks)
    ]
