"""Deterministic structure of an article: sentences, and the quoted spans in it.

Quoted speech is found from the quotation marks in the text, never from the model's memory, so
every quote is verbatim by construction; the model is only asked who says each one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from .patterns import (
    ABBREVIATION_END,
    MIDDLE_INITIAL,
    STATE_BEFORE_TITLE,
    SURNAME_AFTER_INITIAL,
    TITLE_AFTER_STATE,
)

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


# Typewriter quotation marks: two apostrophes for a double mark, as archive text of The New York
# Times writes them (''We finally may be seeing …,'' the economist said); three where a single
# mark opens or closes beside one ('''Sir, …; … bad.'''). Not as inches after feet (6'2'').
_TYPEWRITER = re.compile(r"(?<!')(?<!\d'\d)(?<!\d'\d\d)'{2,3}(?!')")


def curl_typewriter_quotes(text: str) -> tuple[str, list[int]]:
    """The text with each typewriter double mark ('') written as the curly mark it stands for,
    an opening one (\u201c) before a word at the start of a line or after a space or an opening
    bracket, else a closing one (\u201d), so that the quotes they mark are read as any others;
    and the offsets in `text` of the marks replaced, each one character shorter now (see
    `shifted`). A third apostrophe beside a mark is a single mark and stays."""
    parts: list[str] = []
    replaced: list[int] = []
    cursor = 0
    for match in _TYPEWRITER.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        opens = (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace()
        at = start if opens or end - start == 2 else start + 1  # '''Sir; bad.'''
        parts += [text[cursor:at], "\u201c" if opens else "\u201d"]
        replaced.append(at)
        cursor = at + 2
    if not replaced:
        return text, []
    return "".join([*parts, text[cursor:]]), replaced


def shifted(offset: int, replaced: list[int]) -> int:
    """Where an offset of a text given to `curl_typewriter_quotes` lands in the text it returns
    (`replaced`, its second value): one character earlier for each mark replaced before it."""
    return offset - bisect.bisect_left(replaced, offset)


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
            if STATE_BEFORE_TITLE.search(
                text, cursor, match.start() + 1
            ) and TITLE_AFTER_STATE.match(text, match.end()):
                continue  # "Ariz. Gov. Jan Brewer": one name
            initial = MIDDLE_INITIAL.search(text, cursor, match.start() + 1)
            if initial and SURNAME_AFTER_INITIAL.match(text, match.end()):
                continue  # "Byron L. Dorgan": one name
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


@dataclass(frozen=True)
class Unclosed:
    """An opening quotation mark that nothing closes: its quote cannot be read."""

    at: int  # the mark's offset
    text: str  # what follows it in its paragraph (the first 100 characters)


@dataclass(frozen=True)
class Quotations:
    spans: list[QuotedSpan]
    unclosed: list[Unclosed]


_OPENING_MARKS = "\u201c\u00ab"  # open; one typed right after a word inside a quote closes it
_CLOSING_MARKS = "\u201d\u00bb"  # close; one before a word while no quote is open opens one


def _role(text: str, i: int, depth: int) -> Literal["open", "close"] | None:
    """Whether the double mark at i opens a quotation, closes the innermost open one, or neither,
    while `depth` quotations are open. Curly marks and guillemets say which they are, unless
    typed the other way round (\u201c…\u201c; \u201d…\u201d as in Swedish; \u00bb…\u00ab as in
    German); a straight mark is read from the characters beside it."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    after_word = not before.isspace() and before not in _OPEN_CONTEXT
    before_word = (before in _OPEN_CONTEXT or before in DOUBLE_MARKS) and not after.isspace()
    if char == "\u201e":
        return "open"
    if char in _OPENING_MARKS:
        return "close" if depth and after_word and before not in DOUBLE_MARKS else "open"
    if char in _CLOSING_MARKS:
        return "close" if depth else "open" if before_word else None
    if depth and (after_word or before in DOUBLE_MARKS or _spaced_close(text, i)):
        return "close"
    if before_word:
        return "open"
    return "close" if depth and not before.isspace() else None


def _spaced_close(text: str, i: int) -> bool:
    """A straight mark set off by a space after a single mark closes both: 'Oh, well,' " he said."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i >= 2 and text[i - 1] == " " and text[i - 2] in "'\u2019" and not after.isalnum()


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every stretch in quotation marks, with multi-paragraph quotes joined (see `quotations`)."""
    return quotations(text).spans


def quotations(text: str) -> Quotations:
    """Every stretch in quotation marks, and the opening marks that never close.

    Double marks of any style pair by position (an opening straight mark may close with a curly
    one), innermost first, so that a quotation inside a quotation stays part of the outer one. A
    quote left open at the end of a paragraph continues when the next paragraph opens with a
    mark, as news style does for long quotes; a quote that never closes is reported, and the
    quotations inside it stand on their own. Single curly marks count at top level only, and a
    right single mark followed by a letter is an apostrophe.
    """
    paras = paragraphs(text)
    spans: list[QuotedSpan] = []
    unclosed: list[Unclosed] = []
    p = 0
    while p < len(paras):
        p = _scan(text, paras, p, spans, unclosed, follow=True)
    spans.sort(key=lambda s: s.start)
    return Quotations([s for s in spans if s.text.strip()], unclosed)


@dataclass
class _Open:
    at: int  # offset of the opening mark
    para: int  # index of its paragraph
    inner: list[QuotedSpan]  # the quotations closed inside it


def _scan(
    text: str,
    paras: list[tuple[int, int]],
    first: int,
    spans: list[QuotedSpan],
    unclosed: list[Unclosed],
    *,
    follow: bool,
) -> int:
    """Read the quotations of paragraph `first`, and of the paragraphs that a quote left open
    runs into when `follow`, into `spans` and `unclosed`; return the next paragraph to read."""
    found: list[QuotedSpan] = []
    stack: list[_Open] = []
    p = first
    i = paras[p][0]
    while True:
        p_end = paras[p][1]
        while i < p_end:
            char = text[i]
            if char in DOUBLE_MARKS:
                role = _role(text, i, len(stack))
                if role == "open":
                    stack.append(_Open(i, p, []))
                elif role == "close":
                    opened = stack.pop()
                    span = _span(text, opened.at + 1, i, paras[opened.para][0], p_end)
                    (stack[-1].inner if stack else found).append(span)
            elif char == SINGLE_OPEN and not stack:
                close = _find_single_close(text, i + 1, p_end)
                if close is not None:
                    found.append(_span(text, i + 1, close, paras[p][0], p_end))
                    i = close
            i += 1
        if not stack:
            spans.extend(found)
            return p + 1
        if follow and p + 1 < len(paras) and text[paras[p + 1][0]] in DOUBLE_MARKS:
            # A long quote goes on in the next paragraph; a quote opened inside it and left
            # open ends with its paragraph.
            del stack[1:]
            p += 1
            i = paras[p][0] + 1
            continue
        if p != first:
            # The quote never closes: read its own paragraph again, alone.
            return _scan(text, paras, first, spans, unclosed, follow=False)
        for opened in stack:
            rest = text[opened.at + 1 : min(p_end, opened.at + 101)].strip()
            unclosed.append(Unclosed(opened.at, rest))
            found.extend(opened.inner)
        spans.extend(found)
        return p + 1


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
