"""The article's topic, the one thing every position is a position on."""

from __future__ import annotations

from . import schemas
from .asking import Asker

TOPIC_MAX_TOKENS = 40


def ask_topic(asker: Asker) -> str:
    """The model's topic for the article, in a few words. Raises ExtractionError when it gives
    no valid answer."""
    parsed = asker.ask("topic", schemas.grammar_schema("topic-output"), TOPIC_MAX_TOKENS)
    return str(parsed["topic"]).strip().rstrip(".")
