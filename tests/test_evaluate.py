from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluate import read_gold, score
from summarizer.types import Actor, ArticleMeta, Extraction, Quote

TEXT = 'Flynn said "we will win big." Critics called it "nonsense". "Sure," he said. The "Plan".'


def quote(text: str, speaker: str) -> Quote:
    start = TEXT.index(text)
    return Quote(speaker=speaker, text=text, start=start, end=start + len(text), attribution="rule")


def extraction(quotes: list[Quote], actors: list[Actor]) -> Extraction:
    meta = ArticleMeta(id="t", file="t.txt", sha256="0", chars=len(TEXT))
    return Extraction(article=meta, actors=actors, positions=[], quotes=quotes)


def gold_quote(text: str, speaker: str | None, kind: str = "direct", pronoun: bool = False) -> dict:  # type: ignore[type-arg]
    start = TEXT.index(text)
    return {
        "speaker": speaker,
        "quote": text,
        "quote_type": kind,
        "quote_spans": [[start, start + len(text)]],
        "speaker_is_pronoun": pronoun,
    }


RECORD = {
    "id": "t",
    "text": TEXT,
    "quotes": [
        gold_quote("we will win big.", "Flynn, a top Trump surrogate"),
        gold_quote("nonsense", "Critics", kind="mixed"),
        gold_quote("Sure,", "he", pronoun=True),
    ],
    "actors": [{"name": "Michael Flynn", "type": "person", "aliases": ["Flynn"]}],
}


def test_scoring_follows_the_corpus_rules() -> None:
    flynn = Actor(name="Michael Flynn", type="person", aliases=["Flynn"])
    predicted = extraction(
        [
            quote("we will win big", "Michael Flynn"),  # overlaps the gold span substantially
            quote("nonsense", "Critics"),  # matches a mixed quote: ignored, not wrong
            quote("Sure,", "Michael Flynn"),  # pronoun gold speaker: quote counts, speaker not
            quote("Plan", "Michael Flynn"),  # not annotated: a false positive
        ],
        [flynn],
    )
    result = score(RECORD, predicted, {"direct"})
    figures = result.figures()
    assert (result.gold_quotes, result.matched_gold) == (2, 2)
    assert (result.predicted_quotes, result.matched_predicted) == (3, 2)
    assert (result.speakers_scored, result.speakers_right) == (1, 1)
    assert figures["quote_recall"] == 1.0 and figures["quote_precision"] == 0.667
    assert figures["actor_f1"] == 1.0


def test_wrong_speaker_and_unknown_gold_speaker() -> None:
    record = {
        **RECORD,
        "quotes": [gold_quote("we will win big.", "Flynn"), gold_quote("Sure,", None)],
    }
    predicted = extraction(
        [quote("we will win big.", "Critics"), quote("Sure,", "Critics")],
        [Actor(name="Critics", type="other")],
    )
    result = score(record, predicted, {"direct"})
    assert (result.speakers_scored, result.speakers_right) == (1, 0)


def test_reads_polnear_format_and_rejects_junk(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n", encoding="utf-8")
    assert read_gold(path)[0]["id"] == "t"
    path.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=":1: not a gold record"):
        read_gold(path)
