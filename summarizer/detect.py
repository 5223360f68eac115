"""Deterministic structure of an article: sentences, and the quoted spans in it.

Quoted speech is found from the quotation marks in the text, never from the model's memory, so
every quote is verbatim by construction; the model is only asked who says each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import ABBREVIATION_END

DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
_OPEN_CONTEXT = " \t\n([{\u2014\u2013-/:;"


@dataclass(frozen=True)
class Sentence:
    index: int  # 1-based, as shown to the model
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # first character inside the marks
    end: int  # just past the last character inside the marks
    text: str
    paragraph_start: int
    paragraph_end: int


_SENTENCE_END = re.compile(
    r"""[.!?]["\u201d\u2019']?(?=\s+["\u201c\u2018(]?[A-Z0-9])""",
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line-delimited paragraph, stripped of outer whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def sentences(text: str) -> list[Sentence]:
    """Split into sentences, never across paragraphs."""
    result: list[Sentence] = []
    for p_start, p_end in paragraphs(text):
        cursor = p_start
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            if ABBREVIATION_END.search(text[cursor : match.start() + 1]):
                continue
            if _inside_open_quote(text, cursor, match.end()):
                continue
            end = match.end()
            result.append(Sentence(len(result) + 1, cursor, end, text[cursor:end]))
            cursor = end
            while cursor < p_end and text[cursor].isspace():
                cursor += 1
        if cursor < p_end:
            result.append(Sentence(len(result) + 1, cursor, p_end, text[cursor:p_end]))
    return result


def _inside_open_quote(text: str, start: int, end: int) -> bool:
    """True when an opening double mark before `end` is not closed yet (a quote spans sentences)."""
    depth = 0
    for i in range(start, end):
        char = text[i]
        if char in DOUBLE_MARKS:
            depth = 0 if depth else 1 if _opens(text, i) else 0
    return depth == 1


def _opens(text: str, i: int) -> bool:
    """Whether the quotation mark at i opens a quote (left-flanking) rather than closes one."""
    char = text[i]
    if char in "\u201c\u201e\u00ab":
        return True
    if char in "\u201d\u00bb":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in DOUBLE_MARKS) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    char = text[i]
    if char in "\u201d\u00bb":
        return True
    if char in "\u201c\u201e\u00ab":
        return False
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every stretch in quotation marks, with multi-paragraph quotes joined.

    Double marks of any style pair by position (an opening straight mark may close with a curly
    one). A quote left open at the end of a paragraph continues when the next paragraph opens with
    a mark, as news style does for long quotes. Single curly marks count at top level only, and a
    right single mark followed by a letter is an apostrophe.
    """
    spans: list[QuotedSpan] = []
    paras = paragraphs(text)
    p = 0
    while p < len(paras):
        p_start, p_end = paras[p]
        i = p_start
        while i < p_end:
            char = text[i]
            if char in DOUBLE_MARKS and _opens(text, i):
                close, last_para = _find_close(text, paras, p, i + 1, german=char == "\u201e")
                if close is None:
                    break
                spans.append(_span(text, i + 1, close, paras[p][0], paras[last_para][1]))
                if last_para != p:
                    p = last_para
                    p_start, p_end = paras[p]
                i = close + 1
            elif char == SINGLE_OPEN:
                close = _find_single_close(text, i + 1, p_end)
                if close is None:
                    i += 1
                    continue
                spans.append(_span(text, i + 1, close, p_start, p_end))
                i = close + 1
            else:
                i += 1
        p += 1
    return [s for s in spans if s.text.strip()]


def _find_close(
    text: str, paras: list[tuple[int, int]], p: int, start: int, *, german: bool = False
) -> tuple[int | None, int]:
    """The closing mark; after a German „ the closing mark is “ (which elsewhere opens)."""
    while True:
        p_end = paras[p][1]
        for j in range(start, p_end):
            if german and text[j] == "\u201c":
                return j, p
            if text[j] in DOUBLE_MARKS and _closes(text, j):
                return j, p
        # Open at the end of the paragraph: a long quote goes on when the next paragraph opens
        # with a quotation mark.
        if p + 1 < len(paras) and text[paras[p + 1][0]] in DOUBLE_MARKS:
            p += 1
            start = paras[p][0] + 1
            continue
        return None, p


def _find_single_close(text: str, start: int, end: int) -> int | None:
    for j in range(start, end):
        if text[j] in DOUBLE_MARKS:
            return None
        if text[j] == SINGLE_CLOSE:
            after = text[j + 1] if j + 1 < len(text) else " "
            if not after.isalpha():
                return j
    return None


def _span(text: str, start: int, end: int, p_start: int, p_end: int) -> QuotedSpan:
    return QuotedSpan(start, end, text[start:end], p_start, p_end)
