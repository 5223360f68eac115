"""Every attribution in an article (who said or thought what, with or without quotation marks),
found by two CRF taggers learned on PolNeAR train (`python -m summarizer.attribution.train`):

1. the cue tagger labels, sentence by sentence, the words that report ("said", "according to",
   "told", "believes", a colon before a quote);
2. the span tagger labels, for each cue found, its source and its content among the tokens of the
   cue's sentence, the sentences on either side and the rest of the cue's line (one labelling per
   cue, so the content of one attribution may hold another); when its best labelling has no
   source, the likeliest run of source tokens is taken if it is likely enough (SOURCE_FLOOR);
3. each content is bounded by the other cues (`bounded_content`), and a link-teaser line
   ("Read more: …", `teaser_lines`) gives no cue, source or content.

Every span is a slice of the article's text between token boundaries, so offsets are exact by
construction.
"""

from __future__ import annotations

import lzma
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

import pycrfsuite

from .. import lexicon
from ..detect import quoted_spans
from ..patterns import MAIN_CLAUSE, POSSESSIVE_END, SUBORDINATE_OPENS, TEASER_OPENERS
from .features import cue_features, span_features
from .tokens import Token, by_sentence, chunks, tokenize

DATA = Path(__file__).resolve().parent / "data"
# CRFsuite model files, xz-compressed (a third of their size) and opened from memory.
CUE_MODEL = "cue.crfsuite.xz"
SPAN_MODEL = "span.crfsuite.xz"
LEXICON = "cue_words.tsv"

# A token is part of a cue when the cue tagger gives it at least this marginal probability
# (lower finds more cues, at a cost in precision and source accuracy). Chosen on a part of
# PolNeAR train held out from training (see train.py), never on dev: content F1 0.789 / 0.792 /
# 0.786 at 0.3 / 0.4 / 0.5.
CUE_THRESHOLD = 0.4
# When the span tagger's best labelling has no source, the likeliest run of tokens is taken as
# the source if each of them is one with at least this marginal probability (1: never). Chosen
# on the same held-out part (cue threshold 0.4): source accuracy 0.848 without, 0.887 / 0.884 /
# 0.882 / 0.872 at 0.02 / 0.05 / 0.1 / 0.2 (a source the best labelling leaves out is most often
# there, only less likely).
SOURCE_FLOOR = 0.05

# Cues whose subject is no source (PolNeAR gives them none): a raising verb ("Trump seemed to
# …", "reportedly": lexicon `raising_words`) or a passive ("was asked about", "is widely
# expected", "was said"), whose subject is part of the content or no one. A source before such a
# cue is dropped; one after it ("was echoed by X") is kept. A passive of feeling ("is convinced",
# "were worried": lexicon `feeling_participles`) has its subject as its source.
_FEELINGS = "|".join(sorted(lexicon.words("feeling_participles")))
_RAISING = lexicon.words("raising_words")
# Words a cue of a raising verb may hold besides it ("did not seem to be"); any other word ("seems
# hesitant", "appeared to oppose") tells the subject's own stance, and the subject is its source.
_RAISING_SKIP = {"to", "be", "not", "did", "does", "do", "has", "have", "had", "also", "would"}
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am)\b(?:\s+\w+ly)?(?:\s+not)?"
    rf"\s+(?!(?:{_FEELINGS})\b)(?:\w+(?:ed|en|wn|id|ght)|told|known)\b",
    re.IGNORECASE,
)


def subject_is_no_source(cue_text: str) -> bool:
    """Whether the cue is a raising verb alone ("seemed", "is expected to", "reportedly") or a
    passive ("was asked about", "is widely expected"), whose subject is no source."""
    words = [w.strip(".,:;").lower() for w in cue_text.split()]
    if any(w in _RAISING for w in words):
        return all(w in _RAISING or w in _RAISING_SKIP or w.endswith("ly") for w in words)
    return bool(_PASSIVE.search(cue_text))


# A line linking to another story ("Read more: Erdogan, Biden discuss …", "RELATED: …",
# "Watch: …"): an opener (lexicon `teaser_openers`), then a colon, a bar, "»" or a dash, then
# the rest of the line. What it tells is the other story's, not the article's.
_TEASER = re.compile(
    rf"^[ \t]*(?:{TEASER_OPENERS})[ \t]*(?:[:|\u00bb]|>>|[-\u2013\u2014](?=\s))[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def teaser_lines(text: str) -> list[Span]:
    """The (start, end) offsets of the lines of `text` that are link teasers (`_TEASER`)."""
    return [match.span() for match in _TEASER.finditer(text)]


# Words that alone are no source (lexicon `sourceless_words`: "of", "there's", "why"), nor is a
# word without a letter, an adverb in -ly or a participle in -ing.
_SOURCELESS_WORDS = lexicon.words("sourceless_words")
_NO_SOURCE = re.compile(r"[^A-Za-z]*|[a-z]+(?:ly|ing)")
Span = tuple[int, int]
Kind = Literal["direct", "mixed", "indirect"]


@dataclass(frozen=True)
class Attribution:
    source: tuple[Span, ...]  # empty when the text names no source
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    kind: Kind
    # The cue tagger's mean marginal probability over the cue's tokens (CUE_THRESHOLD to 1):
    # how sure it is that these words report (`Attributor.cues`).
    confidence: float = 1.0

    def text(self, article: str, part: Literal["source", "cue", "content"]) -> str:
        return " ".join(article[s:e] for s, e in getattr(self, part))


def kind_of(
    text: str, spans: list[Span] | tuple[Span, ...], marks: list[Span] | None = None
) -> Kind:
    """direct: every letter or digit of the content inside quotation marks; mixed: some of
    them; indirect: none. `marks` are the text's `quote_marks` where the caller has them (found
    once an article), else found here."""
    marks = quote_marks(text) if marks is None else marks
    quoted = [(opening + 1, closing) for opening, closing in marks]
    inside = outside = 0
    for start, end in spans:
        for i in range(start, end):
            if text[i].isalnum():
                if any(s <= i < e for s, e in quoted):
                    inside += 1
                else:
                    outside += 1
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def read_lexicon(path: Path) -> dict[str, float]:
    lexicon = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, rate = line.split("\t")
        lexicon[word] = float(rate)
    return lexicon


def window(tokens: list[Token], groups: list[list[int]], cue: tuple[int, int]) -> tuple[int, int]:
    """(start, stop) token positions of the cue's sentence, the sentences on either side and
    the rest of the cue's line (paragraph); `groups` are the token positions of each sentence
    (`tokens.by_sentence`)."""
    here = next(g for g, group in enumerate(groups) if group[0] <= cue[0] <= group[-1])
    first = groups[max(here - 1, 0)][0]
    last = groups[min(here + 1, len(groups) - 1)][-1]
    paragraph = tokens[cue[1] - 1].paragraph
    while last + 1 < len(tokens) and tokens[last + 1].paragraph == paragraph:
        last += 1
    return first, last + 1


class FoundCue(NamedTuple):
    """A cue's token range and the tagger's mean marginal probability over its tokens."""

    tokens: tuple[int, int]
    confidence: float


class Attributor:
    """The two taggers and the cue lexicon, loaded once (from `folder`, default the shipped
    model)."""

    def __init__(
        self,
        folder: Path = DATA,
        threshold: float = CUE_THRESHOLD,
        source_floor: float = SOURCE_FLOOR,
    ) -> None:
        self.threshold = threshold
        self.source_floor = source_floor
        self.lexicon = read_lexicon(folder / LEXICON)
        # CRFsuite reads a model opened from memory in place: the bytes must outlive the taggers.
        self._models = [
            lzma.decompress((folder / name).read_bytes()) for name in (CUE_MODEL, SPAN_MODEL)
        ]
        self.cue_tagger, self.span_tagger = (_tagger(model) for model in self._models)

    def cues(self, tokens: list[Token], groups: list[list[int]]) -> list[FoundCue]:
        """The cues: runs of tokens whose marginal probability of being part of a cue reaches
        CUE_THRESHOLD (a new run starts where B- is likelier than I-), each with the mean of
        its tokens' probabilities."""
        found = []
        tagger = self.cue_tagger
        for group in groups:
            start, stop = group[0], group[-1] + 1
            tagger.set(cue_features(tokens, start, stop, self.lexicon))
            labels = []
            probabilities = []
            for i in range(stop - start):
                begin, inside = tagger.marginal("B-CUE", i), tagger.marginal("I-CUE", i)
                probabilities.append(begin + inside)
                if begin + inside < self.threshold:
                    labels.append("O")
                else:
                    labels.append("B-CUE" if begin > inside else "I-CUE")
            found += [
                FoundCue((start + a, start + b), sum(probabilities[a:b]) / (b - a))
                for a, b in chunks(labels, "CUE")
            ]
        return found

    def spans(
        self, tokens: list[Token], groups: list[list[int]], cue: tuple[int, int]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Token ranges of the cue's source and content."""
        start, stop = window(tokens, groups, cue)
        tagger = self.span_tagger
        labels = tagger.tag(span_features(tokens, start, stop, cue, self.lexicon))
        source = [(start + a, start + b) for a, b in chunks(labels, "SRC")]
        if not source and self.source_floor < 1:
            source = self._likeliest_source(tagger, stop - start, start)
        return source, [(start + a, start + b) for a, b in chunks(labels, "CON")]

    def _likeliest_source(
        self, tagger: pycrfsuite.Tagger, size: int, start: int
    ) -> list[tuple[int, int]]:
        """When the best labelling has no source: the run of tokens most likely to be one, if
        each of its tokens is a source with at least SOURCE_FLOOR marginal probability."""
        runs: list[tuple[float, int, int]] = []
        begin = None
        best = 0.0
        for i in range(size + 1):
            p = tagger.marginal("B-SRC", i) + tagger.marginal("I-SRC", i) if i < size else 0.0
            if p >= self.source_floor:
                if begin is None:
                    begin, best = i, p
                best = max(best, p)
            elif begin is not None:
                runs.append((best, begin, i))
                begin = None
        if not runs:
            return []
        _, a, b = max(runs)
        return [(start + a, start + b)]

    def __call__(self, text: str) -> list[Attribution]:
        tokens = tokenize(text)
        groups = by_sentence(tokens)
        teasers = teaser_lines(text)

        def on_teaser(token: int) -> bool:
            return any(s <= tokens[token].start < e for s, e in teasers)

        tagged = []
        for found_cue in self.cues(tokens, groups):
            cue = found_cue.tokens
            if on_teaser(cue[0]):
                continue
            source, content = self.spans(tokens, groups, cue)
            content = [(a, b) for a, b in content if not on_teaser(a)]
            source = [(a, b) for a, b in source if not on_teaser(a)]
            if not content:
                continue
            cue_text = " ".join(text[s:e] for s, e in _char_spans(tokens, [cue]))
            source = [
                (a, b)
                for a, b in source_after(source, cue, cue_text)
                if is_source(text[tokens[a].start : tokens[b - 1].end])
            ]
            source = nearest_source(source, cue, tokens, content)
            tagged.append((found_cue, source, content))
        cues = [found_cue.tokens for found_cue, _, _ in tagged]
        marks = quote_marks(text) if tagged else []
        found = []
        for found_cue, source, content in tagged:
            cue = found_cue.tokens
            content = bounded_content(tokens, cue, source, content, cues, text)
            if not content:
                continue
            content_spans = to_closing_marks(text, _char_spans(tokens, content), marks)
            found.append(
                Attribution(
                    source=_char_spans(tokens, source),
                    cue=_char_spans(tokens, [cue]),
                    content=content_spans,
                    kind=kind_of(text, content_spans, marks),
                    confidence=round(found_cue.confidence, 3),
                )
            )
        return found


TokenRange = tuple[int, int]


def bounded_content(
    tokens: list[Token],
    cue: TokenRange,
    source: list[TokenRange],
    content: list[TokenRange],
    cues: list[TokenRange],
    text: str,
) -> list[TokenRange]:
    """The content's token ranges without what belongs to no content of this cue: its own
    source and cue words, the sentences (other than the cue's) that hold another cue ("She said
    she took it in stride. ''I felt embarrassed,'' she said.": the second sentence is the
    second cue's), and what follows a comma that opens another cue after this one ("defended
    his call, saying …": the rest is what "saying" attributes), and, where the source and cue
    stand in a subordinate clause that opens the sentence of `text` (the article, which the
    tokens index), what follows the comma before the main clause (`MAIN_CLAUSE`: "While critics
    argue that …, President Obama has deemed …"). A range cut this way loses the punctuation at
    its ends; one with no letter or digit left is dropped."""
    own_sentence = tokens[cue[0]].sentence
    others = [other for other in cues if other != cue]
    taken_sentences = {tokens[a].sentence for a, _ in others} - {own_sentence}
    other_starts = {a for a, _ in others}
    dropped = {i for a, b in (*source, cue) for i in range(a, b)}
    end = None
    subordinate = _in_opening_subordinate(text, tokens, min([cue[0], *(a for a, _ in source)]))
    for a, b in content:
        for i in range(max(a, cue[1]), b):
            if tokens[i].text == "," and (
                i + 1 in other_starts
                or (subordinate and MAIN_CLAUSE.match(text, tokens[i].start) is not None)
            ):
                end = i
                break
        if end is not None:
            break
    result = []
    for a, b in content:
        keep = [
            i
            for i in range(a, b)
            if i not in dropped
            and tokens[i].sentence not in taken_sentences
            and (end is None or i < end)
        ]
        for first, last in _runs(keep):
            if (first, last) != (a, b):
                while first < last and not _has_alnum(tokens[first].text):
                    first += 1
                while last > first and not _has_alnum(tokens[last - 1].text):
                    last -= 1
            if any(_has_alnum(tokens[i].text) for i in range(first, last)):
                result.append((first, last))
    return result


def _in_opening_subordinate(text: str, tokens: list[Token], first: int) -> bool:
    """Whether the token at `first` (a statement's first source or cue word) stands in a
    subordinate clause that opens its sentence, no comma before it (`patterns.SUBORDINATE_OPENS`:
    "While critics argue that trading prisoners encourages others, President Obama has deemed
    …"): the statement's content ends at the comma before the main clause
    (`patterns.MAIN_CLAUSE`), which is another's words (session 59, from a PolNeAR train sample,
    where the critics' content ran on into the president's)."""
    if not text:
        return False
    sentence = tokens[first].sentence
    start = first
    while start > 0 and tokens[start - 1].sentence == sentence:
        start -= 1
    return SUBORDINATE_OPENS.match(text, tokens[start].start, tokens[first].start) is not None


def _runs(positions: list[int]) -> list[TokenRange]:
    """(first, past-last) of each run of consecutive positions."""
    runs: list[TokenRange] = []
    for i in positions:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _has_alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


def source_after(
    source: list[tuple[int, int]], cue: tuple[int, int], cue_text: str
) -> list[tuple[int, int]]:
    """The source's token ranges, without those before the cue when the cue is a raising verb
    or a passive (`subject_is_no_source`)."""
    if not subject_is_no_source(cue_text):
        return source
    return [(a, b) for a, b in source if a >= cue[1]]


# Words between two parts of one source that still join them ("Mr. Roe and Mr. Lee"); a
# wider gap holds a clause of its own.
SOURCE_GAP = 3
# A word before a part of a source that makes it no subject: a preposition's object ("in an
# interview with Dover Radio, said"), the agent of a passive ("made by Ada Roe calling"), a
# name joined to one the tagger left out ("the mayor and Governor Otto Vale", "Iowa and
# Utah show").
_BEFORE_NO_SUBJECT = lexicon.words("prepositions") | {"than", "and", "or", "nor"}
# A verb opening the words between two parts of a source (in its first three) that makes the
# second part the first's predicate, the same people ("Roe of Iowa and Lee of Utah were the
# only Republicans to vote against").
_PREDICATE_AFTER = frozenset({"is", "are", "was", "were", "be", "been", "being", "remains"})
# Function words written capitalised inside a part: words of a headline in title case.
_TITLE_WORDS = frozenset({"Who", "Are", "Is", "Was", "Were", "And", "Or", "To", "Of", "The"})
_PARTICLES = lexicon.words("name_particles")  # "Otto de Vale, the mayor"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which"})


def nearest_source(
    source: list[tuple[int, int]],
    cue: tuple[int, int],
    tokens: list[Token],
    content: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Of a source the tagger found in parts far apart (more than SOURCE_GAP tokens: "Roe and
    Lee" is one part), the part that is the cue's subject, if one is; else the whole source.

    That part is the one right before a finite cue ("Roe added her voice after two Dover
    senators urged Lee to quit": the senators urge, not Roe) or right after the cue ("said
    Roe"), if it names someone of its own (`_subject_part`) and is not the predicate of the part
    before it (`_PREDICATE_AFTER`). A participle's subject is the sentence's ("Roe thanked Lee,
    asking her to stand": Roe's), so a part right before one is not taken. Nor is any part
    taken where another is the subject of the content that follows it in the cue's sentence
    ("Roe backs the bill, Dover Radio reported": Roe's words, as the tagger has it)."""
    parts = _parts(source)
    sentence = tokens[cue[0]].sentence
    if len(parts) < 2 or any(
        part[-1][1] == c[0] and tokens[c[0]].sentence == sentence for part in parts for c in content
    ):
        return source
    participle = tokens[cue[0]].text.endswith("ing")
    for k, part in enumerate(parts):
        if (part[-1][1] == cue[0] and not participle) or part[0][0] == cue[1]:
            gap = [t.text.lower() for t in tokens[parts[k - 1][-1][1] : part[0][0]]] if k else []
            if _subject_part(part, tokens) and not _predicate(gap):
                return part
            return source
    return source


def _parts(source: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A source's spans, those at most SOURCE_GAP tokens apart joined in one part."""
    parts: list[list[tuple[int, int]]] = []
    for span in sorted(source):
        if parts and span[0] - parts[-1][-1][1] <= SOURCE_GAP:
            parts[-1].append(span)
        else:
            parts.append([span])
    return parts


def _predicate(gap: list[str]) -> bool:
    """Whether the words between two parts make the second the first's predicate: a verb of
    being in the first three, not after a relative ("who have been at odds")."""
    return bool(gap) and gap[0] not in _PRONOUNS and bool(_PREDICATE_AFTER & set(gap[:3]))


def _opens_sentence(i: int, tokens: list[Token]) -> bool:
    return i == 0 or tokens[i - 1].sentence != tokens[i].sentence


def _subject_part(part: list[tuple[int, int]], tokens: list[Token]) -> bool:
    """Whether a part of a source names someone of its own: not a pronoun (resolved from the
    whole source), a preposition's object or a part opening with a preposition, a name joined
    by "and" to one the tagger left out (`_BEFORE_NO_SUBJECT`), a headline in title case, a
    clause the tagger ran over before a comma, a participle opening the sentence ("Having
    announced"), or a thing written with a possessive ("Otto Vale's 2005 book, which")."""
    words = [tokens[i].text for a, b in part for i in range(a, b)]
    first = words[0]
    # The words before a comma are a name, not a clause the tagger ran over ("the Dover Bridge
    # as payback, the lawyer for the mayor said").
    named = words[: words.index(",")] if "," in words else []
    at = part[0][0]
    while at > 0 and tokens[at - 1].text[:1].isupper() and not _opens_sentence(at, tokens):
        at -= 1  # the rest of a name the tagger cut: "for Roe or Otto [Vale]"
    before = tokens[at - 1].text.lower() if at > 0 and not _opens_sentence(at, tokens) else ""
    return (
        first.lower() not in _PRONOUNS
        and first.lower() not in _BEFORE_NO_SUBJECT  # "of Dover Radio reports"
        and not any(w in _TITLE_WORDS for w in words[1:])  # a headline's "Officials Who Say"
        and not any(w[:1].islower() and w not in _PARTICLES for w in named)
        and not (first.endswith("ing") and _opens_sentence(part[0][0], tokens))
        and before not in _BEFORE_NO_SUBJECT
        and not any(POSSESSIVE_END.search(w) for w in words)
    )


def is_source(written: str) -> bool:
    """Whether a source the tagger found can be one: not a lone function word ("of", "There's",
    lexicon `sourceless_words`), a lone adverb in -ly or participle in -ing in lower case
    ("possibly", "cutting"), or no letter at all (",")."""
    words = written.split()
    if len(words) > 1:
        return True
    word = written.strip().replace("\u2019", "'")
    return not (word.lower() in _SOURCELESS_WORDS or _NO_SOURCE.fullmatch(word))


def _tagger(model: bytes) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    return tagger


# What may stand between a content's last word and the mark that closes its quotation.
_BEFORE_CLOSING = re.compile(r"[\s,.;:!?]*")


def quote_marks(text: str) -> list[Span]:
    """The offsets of each quotation's opening and closing marks."""
    return [(q.start - 1, q.end) for q in quoted_spans(text)]


def to_closing_marks(text: str, spans: tuple[Span, ...], marks: list[Span]) -> tuple[Span, ...]:
    """Each content span that opens a quotation and stops short of its closing mark, with only
    punctuation between (`she would “take it down` becomes `she would “take it down,”`), taken
    on to that mark, as the gold's contents are: the words the briefing shows keep their marks in
    pairs. `marks` are the text's `quote_marks`, found once an article. The evaluation trims
    punctuation at a span's ends, so no figure depends on this."""
    out = []
    for start, end in spans:
        for opening, closing in marks:
            if start <= opening < end <= closing and _BEFORE_CLOSING.fullmatch(text, end, closing):
                end = closing + 1
        out.append((start, end))
    return tuple(out)


def _char_spans(tokens: list[Token], ranges: list[tuple[int, int]]) -> tuple[Span, ...]:
    return tuple((tokens[a].start, tokens[b - 1].end) for a, b in ranges)


@cache
def default_attributor() -> Attributor:
    return Attributor()


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution in `text`, with the shipped model."""
    return default_attributor()(text)
