"""Grounding: locate what the model wrote in the article, with exact offsets, or reject it.

Exact match first; then after normalising quotation marks, dashes, whitespace and case; then a
bounded fuzzy match (rapidfuzz). A located item always carries the span the article really
contains, so `article[start:end] == text` holds for everything that reaches the briefing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from .types import Span

_FOLD = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u2032": "'",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
    }
)  # fmt: skip

FUZZY_MIN_SCORE = 92.0


def normalise(text: str) -> tuple[str, list[int]]:
    """Fold marks, dashes, case and runs of whitespace; return the text and, for each of its
    characters, the offset of the original character it came from."""
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, char in enumerate(text.translate(_FOLD)):
        if char.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(char.lower())
            previous_space = False
        index.append(i)
    return "".join(out), index


@functools.lru_cache(maxsize=4)
def _normalised_article(article: str) -> tuple[str, list[int]]:
    """`normalise(article)`, once per article: every actor's mentions are found in it (the
    result is only read, never changed)."""
    return normalise(article)


def _back(text: str, index: list[int], start: int, end: int) -> Span:
    original_start = index[start]
    original_end = index[end - 1] + 1
    return Span(start=original_start, end=original_end, text=text[original_start:original_end])


def locate(article: str, needle: str, *, fuzzy: bool = True) -> Span | None:
    """Where `needle` stands in `article`, or None when it cannot be found closely enough."""
    needle = needle.strip()
    if not needle:
        return None
    found = article.find(needle)
    if found >= 0:
        return Span(start=found, end=found + len(needle), text=needle)
    norm_article, index = normalise(article)
    norm_needle, _ = normalise(needle)
    found = norm_article.find(norm_needle)
    if found >= 0:
        return _back(article, index, found, found + len(norm_needle))
    if not fuzzy or len(norm_needle) < 12:
        return None
    alignment = fuzz.partial_ratio_alignment(
        norm_needle, norm_article, score_cutoff=FUZZY_MIN_SCORE
    )
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    return _back(article, index, alignment.dest_start, alignment.dest_end)


def find_mentions(article: str, names: Iterable[str]) -> list[Span]:
    """Every whole-word, case-insensitive occurrence of any of `names`, longest names first and
    without overlaps."""
    norm_article, index = _normalised_article(article)
    taken = bytearray(len(norm_article))  # 1 where a longer name was already found
    found: list[Span] = []
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        norm_name, _ = normalise(name)
        pattern = re.compile(r"(?<!\w)" + re.escape(norm_name) + r"(?!\w)")
        for match in pattern.finditer(norm_article):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(_back(article, index, start, end))
    return sorted(found, key=lambda span: span.start)
