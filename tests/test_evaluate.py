from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluate import _typewriter_quotes, curled_record, read_gold, score
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


def test_speaker_accuracy_is_split_by_rule_learned_and_model() -> None:
    record = {
        **RECORD,
        "quotes": [
            gold_quote("we will win big.", "Flynn"),
            gold_quote("Sure,", "Flynn"),
            gold_quote("nonsense", "Flynn"),
        ],
    }
    by_model = quote("Sure,", "Critics").model_copy(update={"attribution": "model"})
    learned = quote("nonsense", "Michael Flynn").model_copy(update={"attribution": "learned"})
    flynn = Actor(name="Michael Flynn", type="person", aliases=["Flynn"])
    predicted = extraction(
        [quote("we will win big.", "Michael Flynn"), by_model, learned],
        [flynn, Actor(name="Critics", type="organization")],
    )
    result = score(record, predicted, {"direct"})
    figures = result.figures()
    assert (result.rule_speakers_scored, result.rule_speakers_right) == (1, 1)
    assert (result.learned_speakers_scored, result.learned_speakers_right) == (1, 1)
    assert figures["speaker_accuracy_rules"] == 1.0
    assert figures["speaker_accuracy_learned"] == 1.0
    assert figures["speaker_accuracy_model"] == 0.0
    assert any("(by model)" in miss for miss in result.misses)


def test_reads_polnear_format_and_rejects_junk(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n", encoding="utf-8")
    assert read_gold(path)[0]["id"] == "t"
    path.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=":1: not a gold record"):
        read_gold(path)


def test_speaker_heads_and_cue_word_gold_speakers() -> None:
    text = '"It was the kindest of bad ends," Mr. Hale of the River Trust said. "Fine," said X.'
    record = {
        "id": "t",
        "text": text,
        "quotes": [
            {"speaker": "Mr. Hale of the River Trust", "quote": "It was the kindest of bad ends,",
             "quote_type": "direct", "quote_spans": [[1, 32]], "speaker_is_pronoun": False},
            {"speaker": "said", "quote": "Fine,", "quote_type": "direct",
             "quote_spans": [[text.index("Fine"), text.index("Fine") + 5]],
             "speaker_is_pronoun": False},
        ],
    }  # fmt: skip
    meta = ArticleMeta(id="t", file="t.txt", sha256="0", chars=len(text))
    quotes = [
        Quote(speaker="Peter Hale", text=text[1:32], start=1, end=32, attribution="rule"),
        Quote(speaker="X", text="Fine,", start=text.index("Fine"), end=text.index("Fine") + 5,
              attribution="rule"),
    ]  # fmt: skip
    actors = [Actor(name="Peter Hale", type="person"), Actor(name="X", type="person")]
    result = score(record, Extraction(article=meta, actors=actors, positions=[], quotes=quotes),
                   {"direct"})  # fmt: skip
    # Hale is Peter Hale; "said" is a cue word, not a speaker, and is not scored.
    assert (result.speakers_right, result.speakers_scored) == (1, 1)
    assert result.counts()["matched_gold"] == 2


TRIBE = "Another critic, Laurence H. Tribe"


def test_a_name_in_apposition_after_a_gold_description_is_the_speaker() -> None:
    text = '"It is nonsense," said Laurence Tribe. "It is fine," said Ann Lee.'
    spans = [(1, 16), (text.index("It is fine"), text.index("It is fine") + 12)]
    record = {
        "id": "t",
        "text": text,
        "quotes": [
            {"speaker": speaker, "quote": text[s:e], "quote_type": "direct",
             "quote_spans": [[s, e]], "speaker_is_pronoun": False}
            for speaker, (s, e) in zip([TRIBE, TRIBE], spans, strict=True)
        ],
    }  # fmt: skip
    meta = ArticleMeta(id="t", file="t.txt", sha256="0", chars=len(text))
    quotes = [
        Quote(speaker=name, text=text[s:e], start=s, end=e, attribution="rule")
        for name, (s, e) in zip(["Laurence Tribe", "Ann Lee"], spans, strict=True)
    ]
    actors = [Actor(name="Laurence Tribe", type="person"), Actor(name="Ann Lee", type="person")]
    result = score(record, Extraction(article=meta, actors=actors, positions=[], quotes=quotes),
                   {"direct"})  # fmt: skip
    # Tribe is right (the name after the description), Ann Lee is not.
    assert (result.speakers_right, result.speakers_scored) == (1, 2)


def test_stride_and_offset_split_a_set_into_halves(tmp_path: Path) -> None:
    from summarizer.evaluate import evaluate
    from summarizer.extract import Extractor
    from summarizer.prompting import load_template
    from tests.test_extract import Scripted

    path = tmp_path / "gold.jsonl"
    records = [
        {"id": f"a{i}", "text": f"Article {i}, no quotation.", "quotes": []} for i in range(5)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    extractor = Extractor(Scripted(), load_template("default"), with_positions=False)
    halves = [
        [s.article for s in evaluate(path, extractor, quote_types={"direct"}, stride=2,
                                     offset=offset)[1]]
        for offset in (0, 1)
    ]  # fmt: skip
    assert halves == [["a0", "a2", "a4"], ["a1", "a3"]]


def test_a_record_with_typewriter_marks_is_read_curled_with_its_quotes() -> None:
    text = "Ada Pike said, ''We will not back down,'' and Ben Ross said ''no.''"

    def spans_of(phrase: str) -> list[list[int]]:
        start = text.index(phrase)
        return [[start, start + len(phrase)]]

    record = {
        "id": "t",
        "text": text,
        "quotes": [],
        "attributions": [
            {"source": "Ada Pike", "source_spans": spans_of("Ada Pike"), "cue": "said",
             "cue_spans": spans_of("said"), "content": "",
             "content_spans": spans_of("''We will not back down,''")},
            {"source": "Ben Ross", "source_spans": spans_of("Ben Ross"), "cue": "said",
             "cue_spans": spans_of("said ''no"), "content": "",
             "content_spans": spans_of("''no.''")},
        ],
    }  # fmt: skip
    curled = curled_record(record)
    assert (
        curled["text"]
        == "Ada Pike said, \u201cWe will not back down,\u201d and Ben Ross said \u201cno.\u201d"
    )
    assert curled["attributions"][0]["content_spans"] == [[15, 39]]
    first, second = curled["quotes"]
    assert (first["speaker"], first["quote"], first["quote_type"]) == (
        "Ada Pike", "We will not back down,", "direct",
    )  # fmt: skip
    assert curled["text"][slice(*second["quote_spans"][0])] == "\u201cno.\u201d"
    assert curled_record(curled) is curled  # nothing left to curl
    plain = {**record, "text": text.replace("''", '"')}
    assert curled_record(plain) is plain


POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def test_the_quotes_made_from_attributions_are_polnear_s_own() -> None:
    """Made from the attributions of PolNeAR's articles with other marks, the quoted subset
    is the corpus's own, as the docstring of `_typewriter_quotes` says."""
    made = same = same_type = 0
    gold_count = 0
    for name in ("polnear-dev.jsonl", "polnear-train.jsonl"):
        for line in (POLNEAR / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "''" in record["text"]:
                continue
            gold = {json.dumps(q["quote_spans"]): q for q in record["quotes"]}
            gold_count += len(gold)
            for quote in _typewriter_quotes(record["text"], record["attributions"], None):
                made += 1
                match = gold.get(json.dumps(quote["quote_spans"]))
                same += match is not None
                same_type += match is not None and match["quote_type"] == quote["quote_type"]
    assert (gold_count, made, same, same_type) == (5708, 5684, 5539, 5538)
