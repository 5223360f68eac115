"""Cheap token features for the two taggers: the cue tagger (which words report speech or
thought) and the span tagger (given one cue, which words are its source and its content)."""

from __future__ import annotations

from .tokens import QUOTE_MARKS, Token

Features = list[str]


def shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "q" if word in QUOTE_MARKS else word
    if word.isupper():
        return "X" if len(word) > 1 else "Xs"
    if word[0].isupper():
        return "Xx"
    return "x"


def cue_tier(word: str, lexicon: dict[str, float]) -> str:
    """How often a word is (part of) a cue in the training data, in three tiers."""
    return _tier(lexicon.get(word.lower(), 0.0))


def lemma_tier(word: str, lexicon: dict[str, float]) -> str:
    """The same for all the forms of the word's lemma together (lexicon keys LEMMA + lemma)."""
    return _tier(lexicon.get(LEMMA + lemma(word), 0.0))


def _tier(rate: float) -> str:
    return "hi" if rate >= 0.5 else "mid" if rate >= 0.2 else "lo" if rate > 0 else "no"


# Lexicon keys of lemmas start with this (no token does: tokens are words or single characters).
LEMMA = "~"
_SUFFIXES = ("ing", "ed", "es", "s", "e")


def lemma(word: str) -> str:
    """A crude lemma: the lower-cased word without one inflection ending ("adds", "added",
    "adding" -> "add"; "believe", "believes" -> "believ"), kept at least 3 letters long."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _line_start(tokens: list[Token], i: int) -> int:
    """Position of the first token on tokens[i]'s line."""
    while i > 0 and tokens[i - 1].paragraph == tokens[i].paragraph:
        i -= 1
    return i


def _names_a_speaker(tokens: list[Token], first: int, colon: int) -> bool:
    """Whether tokens[first:colon] look like a name heading a transcript line ("TRUMP:",
    "Sen. John McCain:"): one to six capitalised words or initials."""
    words = tokens[first:colon]
    return 0 < len(words) <= 6 and all(t.text[0].isupper() or t.text == "." for t in words)


def _word(tokens: list[Token], i: int, start: int, stop: int) -> str:
    if i < start:
        return "<s>"
    if i >= stop:
        return "</s>"
    return tokens[i].text.lower()


def cue_features(
    tokens: list[Token], start: int, stop: int, lexicon: dict[str, float]
) -> list[Features]:
    """Features of tokens[start:stop] (one sentence) for the cue tagger."""
    quoted = any(tokens[i].quoted for i in range(start, stop))
    rows = []
    for i in range(start, stop):
        token = tokens[i]
        word = token.text.lower()
        tier = cue_tier(word, lexicon)
        line = _line_start(tokens, i)
        row = [
            "bias",
            f"w={word}",
            f"shape={shape(token.text)}",
            f"suf3={word[-3:]}",
            f"suf2={word[-2:]}",
            f"tier={tier}",
            f"lem={lemma(word)}",
            f"ltier={lemma_tier(word, lexicon)}",
            f"q={int(token.quoted)}",
            f"sq={int(quoted)}",
            f"pos={_position(i - start, stop - i - 1)}",
            f"lpos={_distance(i - line)}",
        ]
        if word == ":" and _names_a_speaker(tokens, line, i):
            row.append("namecolon")
        for offset in (-3, -2, -1, 1, 2, 3):
            j = i + offset
            other = _word(tokens, j, start, stop)
            row.append(f"w{offset}={other}")
            if start <= j < stop:
                row.append(f"tier{offset}={cue_tier(other, lexicon)}")
                if abs(offset) < 3:
                    row.append(f"shape{offset}={shape(tokens[j].text)}")
                    row.append(f"ltier{offset}={lemma_tier(other, lexicon)}")
        row.append(f"w-1|w={_word(tokens, i - 1, start, stop)}|{word}")
        row.append(f"w|w+1={word}|{_word(tokens, i + 1, start, stop)}")
        rows.append(row)
    return rows


def _position(before: int, after: int) -> str:
    if before == 0:
        return "first"
    if after == 0:
        return "last"
    return "early" if before < 4 else "late" if after < 4 else "mid"


def _distance(n: int) -> str:
    n = abs(n)
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "far"


def span_features(
    tokens: list[Token],
    start: int,
    stop: int,
    cue: tuple[int, int],
    lexicon: dict[str, float],
) -> list[Features]:
    """Features of tokens[start:stop] (the cue's sentence and its neighbours) for the span
    tagger, relative to the cue at tokens[cue[0]:cue[1]]."""
    cue_words = " ".join(t.text.lower() for t in tokens[cue[0] : cue[1]])
    cue_sentence = tokens[cue[0]].sentence
    cue_paragraph = tokens[cue[0]].paragraph
    cue_quoted = tokens[cue[0]].quoted
    after_cue = _word(tokens, cue[1], start, stop)
    between = _between_counts(tokens, start, stop, cue, lexicon)
    rows = []
    for i in range(start, stop):
        token = tokens[i]
        word = token.text.lower()
        if i < cue[0]:
            side, distance = "before", _distance(cue[0] - i)
        elif i >= cue[1]:
            side, distance = "after", _distance(i - cue[1] + 1)
        else:
            side, distance = "cue", "0"
        sentence = max(-1, min(1, token.sentence - cue_sentence))
        paragraph = max(-1, min(1, token.paragraph - cue_paragraph))
        row = [
            "bias",
            f"w={word}",
            f"shape={shape(token.text)}",
            f"suf3={word[-3:]}",
            f"side={side}",
            f"side|dist={side}|{distance}",
            f"sent={sentence}",
            f"side|sent={side}|{sentence}",
            f"side|para={side}|{paragraph}",
            f"q={int(token.quoted)}",
            f"q|side={int(token.quoted)}|{side}",
            f"cueq={int(cue_quoted)}",
            f"cue|side={cue_words}|{side}",
            f"next|side={after_cue}|{side}",
            f"tier={cue_tier(word, lexicon)}",
            f"w|side={word}|{side}",
        ]
        commas, ends, cues = between[i - start]
        row += [
            f"commas|side={min(commas, 3)}|{side}",
            f"ends|side={min(ends, 2)}|{side}",
            f"cues|side={min(cues, 2)}|{side}",
        ]
        for offset in (-2, -1, 1, 2):
            row.append(f"w{offset}={_word(tokens, i + offset, start, stop)}")
        rows.append(row)
    return rows


_ENDS = {".", "?", "!"}


def _between_counts(
    tokens: list[Token], start: int, stop: int, cue: tuple[int, int], lexicon: dict[str, float]
) -> list[tuple[int, int, int]]:
    """For each of tokens[start:stop]: how many commas, sentence-ending marks (inside quotation
    marks too) and other likely cue words (tier "hi") lie between it and the cue: the clause
    and sentence borders a content rarely crosses, and the other cues whose content it is."""
    # prefix[k][n]: how many of the first n window tokens have mark k
    prefix: list[list[int]] = [[0], [0], [0]]
    for j in range(start, stop):
        text = tokens[j].text
        marks = (
            text == ",",
            text in _ENDS,
            not cue[0] <= j < cue[1] and cue_tier(text, lexicon) == "hi",
        )
        for k, mark in enumerate(marks):
            prefix[k].append(prefix[k][-1] + mark)

    def count(k: int, first: int, last: int) -> int:  # marks among tokens[first:last]
        first, last = max(first, start), max(min(last, stop), start)
        return prefix[k][last - start] - prefix[k][first - start] if last > first else 0

    counts = []
    for i in range(start, stop):
        if i < cue[0]:
            first, last = i + 1, cue[0]
        elif i >= cue[1]:
            first, last = cue[1], i
        else:
            first = last = i
        counts.append((count(0, first, last), count(1, first, last), count(2, first, last)))
    return counts
