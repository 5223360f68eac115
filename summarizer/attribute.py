"""Who says a quote: reporting-verb rules, and the names a model may choose among.

The rules only fire on the patterns news style uses next to a quotation ("…," X said; X said,
"…"; according to X), composed in `patterns.py`. They return the speaker as written; the caller
maps it to an actor (`match_score`). The stance rules are in `stance_rules.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .detect import QuotedSpan, Sentence
from .ground import normalise
from .patterns import AFTER_QUOTE, ATTRIBUTION_END, BEFORE_QUOTE, DESC, NAME, SIGNED, VERBS, phrases

_PRONOUNS = {"he", "she", "they"}


@dataclass(frozen=True)
class RuleHit:
    speaker: str  # as written in the article
    start: int
    end: int
    pronoun: bool


def rule_speaker(text: str, quote: QuotedSpan, sentence: Sentence | None) -> RuleHit | None:
    """The speaker a reporting-verb pattern names next to the quote, if any."""
    after_start = min(quote.end + 1, quote.paragraph_end)
    after = text[after_start : min(quote.paragraph_end, after_start + 120)]
    # A quote that ends its own sentence ("….") is not attributed by the next sentence's verb,
    # unless the sentence goes on in lower case ("….” the president said) or is no more than the
    # attribution ("…?” Vitter demanded.).
    ends_sentence = quote.text.rstrip().endswith((".", "!", "?"))
    lower = re.match(r"\s+[a-z]", after)
    signed = SIGNED.search(after)
    if signed:
        return _hit(signed, after_start)
    for pattern in AFTER_QUOTE:
        match = pattern.search(after)
        if match and (not ends_sentence or lower or ATTRIBUTION_END.match(after, match.end())):
            return _whole_name(text, _hit(match, after_start))
    # The text before the quote, back to the start of its sentence.
    before_start = (
        sentence.start if sentence and sentence.start < quote.start else quote.paragraph_start
    )
    before_start = max(before_start, quote.start - 250)
    before = text[before_start : max(before_start, quote.start - 1)]
    for pattern in BEFORE_QUOTE:
        match = pattern.search(before)
        if match:
            return _whole_name(text, _hit(match, before_start))
    return None


# An organisation's name goes on past "for" ("Democracy for America"), and past "of" after a
# word of organisations ("the Association of Flight Attendants").
_NAME_GOES_ON = re.compile(rf"\s+for\s+(?:the\s+)?{NAME}")
_ORG_GOES_ON = re.compile(rf"\s+of\s+(?:the\s+)?{NAME}")
_ORG_WORDS = lexicon.words("org_words")


def _whole_name(text: str, hit: RuleHit) -> RuleHit:
    """The hit with its speaker's name whole, where a rule stopped at "for" or "of"; a document
    that speaks, its author where the text gives one (`document_author`)."""
    author = document_author(text, hit.speaker, hit.start, hit.end)
    if author:
        return RuleHit(
            speaker=author[1], start=author[0], end=author[0] + len(author[1]), pronoun=False
        )
    if hit.pronoun or not hit.speaker[-1:].isalpha():
        return hit
    words = [w for w in hit.speaker.split() if w.lower() != "the"]
    organisation = words[-1].lower() in _ORG_WORDS
    # One word before "for" ("Democracy for America"), not a person ("Cameron Easley for X").
    goes_on = _NAME_GOES_ON.match(text, hit.end) if len(words) == 1 or organisation else None
    if goes_on is None and organisation:
        goes_on = _ORG_GOES_ON.match(text, hit.end)
    if goes_on is None:
        return hit
    return RuleHit(
        speaker=text[hit.start : goes_on.end()], start=hit.start, end=goes_on.end(), pronoun=False
    )


def _hit(match: re.Match[str], offset: int) -> RuleHit:
    speaker = match.group("speaker")
    return RuleHit(
        speaker=speaker,
        start=offset + match.start("speaker"),
        end=offset + match.end("speaker"),
        pronoun=speaker.lower() in _PRONOUNS,
    )


def name_tokens(name: str) -> list[str]:
    folded, _ = normalise(name)
    return [t for t in re.split(r"[^\w]+", folded) if t]


# "another official", "one analyst": words of a described speaker, no part of a name.
_STOP = lexicon.words("name_stopwords") | {"another", "one"}


def match_score(written: str, name: str, aliases: list[str]) -> int:
    """How well `written` (a speaker as the article writes it) names the actor `name`/`aliases`:
    0 for not at all, else the number of words they share."""
    written_tokens = [t for t in name_tokens(written) if t not in _STOP]
    if not written_tokens:
        return 0
    best = 0
    for candidate in (name, *aliases):
        tokens = [t for t in name_tokens(candidate) if t not in _STOP]
        if not tokens:
            continue
        shared = len(set(tokens) & set(written_tokens))
        if set(written_tokens) == set(tokens):
            best = max(best, shared + 1)
        elif set(tokens) <= set(written_tokens) or set(written_tokens) <= set(tokens):
            # "Stoltenberg" for "Jens Stoltenberg"; "NATO Secretary-General Jens Stoltenberg" for
            # it, but not for "NATO": a one-word name must be the other's last word (a surname).
            shorter, longer = sorted((tokens, written_tokens), key=len)
            if len(shorter) >= 2 or shorter[-1] == longer[-1]:
                best = max(best, shared)
    return best


def find_descriptions(passage: str) -> list[str]:
    """Described speakers ("an Elysee official") in a passage, without their article."""
    found = []
    for match in re.finditer(DESC, passage):
        words = match.group().split()[1:]
        found.append(" ".join(words))
    return found


_SMALL_WORDS = lexicon.words("title_small_words")


def is_title(quoted: str) -> bool:
    """Whether quoted words name or title something rather than report speech: up to eight
    words, every one but the small ones capitalised ("Face the Nation", "War On Drugs", "The
    Dealmaker", "Bobby"). Shouted capitals ("LOCK HER UP") are speech."""
    words = re.findall(r"[\w\u2019'.-]+", quoted)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return (
        0 < len(words) <= 8
        and bool(content)
        and not words[0].isupper()
        and all(w[0].isdigit() or (w[0].isupper() and not w.isupper()) for w in content)
    )


_DOCUMENTS = phrases(lexicon.used_by("roles", "document"))
# "Friday's editorial", "the January report": a date names no author.
_DATE_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)"
)
# "a statement from the Democratic committee said": the body after "from" or "by", up to the verb.
_FROM = re.compile(
    rf"\s+(?:from|by)\s+(?P<author>(?:the\s+)?[\w\u2019'.-]+(?:\s+[\w\u2019'.-]+){{0,3}}?)"
    rf"(?=\s+(?:\w+ly\s+)?{VERBS}\b|,)"
)
# "A September 2010 Congressional Research Service report": a name before the document's noun.
_AUTHORED = re.compile(
    rf"(?!{_DATE_WORDS}\b)(?P<author>{NAME})\s+(?:[a-z][\w-]*\s+)?(?P<document>{_DOCUMENTS})\b"
)
# How far back "the report" looks for the report it names.
DOCUMENT_REACH = 600


def document_author(text: str, written: str, start: int, end: int) -> tuple[int, str] | None:
    """Who a document that speaks speaks for, where the text says: "a statement from X" (X), or
    "the report" after "the X report" (X), within DOCUMENT_REACH characters before it. Where the
    author starts, and its words; None when the speaker is no document or no author is given."""
    words = written.split()
    if len(words) != 2 or words[0].lower() not in {"a", "an", "the"}:
        return None
    if not re.fullmatch(_DOCUMENTS, words[1].lower()):
        return None
    after = _FROM.match(text, end)
    if after:
        return after.start("author"), after.group("author")
    if words[0].lower() != "the":
        return None
    reach = max(0, start - DOCUMENT_REACH)
    named = [
        m
        for m in _AUTHORED.finditer(text, reach, start)
        if m.group("document").lower() == words[1].lower()
    ]
    return (named[-1].start("author"), named[-1].group("author")) if named else None
