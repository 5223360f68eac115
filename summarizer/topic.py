"""The article's topic, the one thing every position is a position on."""

from __future__ import annotations

from . import lexicon, schemas
from .asking import Asker
from .types import TOPIC_MAX_CHARS

TOPIC_MAX_TOKENS = 40

# Words a topic does not end on: what the grammar's cut leaves dangling ("Ginsburg's criticism
# of the", "Trump Tower, Mr.").
_DANGLING = (
    lexicon.words("prepositions")
    | lexicon.words("honorifics")
    | {w.rstrip(".") for w in lexicon.words("honorifics")}
    | {"a", "an", "the", "and", "or", "nor", "but", "its", "his", "her", "their", "rep", "sen"}
)
_TRAILING = " \t\n,;:.-\u2013\u2014/&("


def ask_topic(asker: Asker) -> str:
    """The model's topic for the article, in a few words. Raises ExtractionError when it gives
    no valid answer."""
    parsed = asker.ask("topic", schemas.grammar_schema("topic-output"), TOPIC_MAX_TOKENS)
    return whole_topic(str(parsed["topic"]))


def whole_topic(raw: str) -> str:
    """The topic as the model wrote it, without a final full stop; where the grammar cut it at
    its longest (`TOPIC_MAX_CHARS`), without the word it cut ("Rashida Tla") nor the words left
    dangling before it ("criticism of the", "Trump Tower, Mr."), so the briefing never shows a
    topic broken off mid-word. A topic of exactly that length is taken as cut: the grammar
    gives no sign of which it was, and a word too few is a smaller fault than half a word."""
    topic = raw.strip().rstrip(".")
    if len(raw) < TOPIC_MAX_CHARS:
        return topic
    words = raw.split()
    if not raw[-1].isspace():
        words = words[:-1]  # the word the cut went through
    while words and words[-1].strip(_TRAILING).casefold() in _DANGLING | {""}:
        words.pop()
    return " ".join(words).rstrip(_TRAILING) or topic
