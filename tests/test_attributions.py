"""The attribution component (summarizer.attribution): tokens and offsets, the shipped CRF
model, and the attribution scoring in summarizer.evaluate."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from summarizer.attribution import Attribution, Attributor, find_attributions, kind_of
from summarizer.attribution.features import cue_features, span_features
from summarizer.attribution.model import (
    DATA,
    bounded_content,
    is_source,
    read_lexicon,
    source_after,
    teaser_lines,
)
from summarizer.attribution.tokens import (
    Token,
    bio,
    by_sentence,
    chunks,
    label_tokens,
    tokenize,
)
from summarizer.evaluate import score_attributions
from summarizer.statements import STATEMENT_BAR

TEXT = (
    "The senator said on Monday that the bill \u201cwill not pass\u201d this year. "
    "\u201cWe are done,\u201d Jane Doe told reporters.\n"
    "According to the Daily Planet, officials don't expect a vote."
)
POLNEAR_DEV = Path("/work/shared/eval/polnear-dev.jsonl")


def test_tokens_are_exact_slices_with_sentence_and_quote_state() -> None:
    tokens = tokenize(TEXT)
    assert all(TEXT[t.start : t.end] == t.text for t in tokens)
    assert "".join(t.text for t in tokens) == "".join(TEXT.split())
    words = {t.text: t for t in tokens}
    assert words["don't"].text == "don't"
    assert words["pass"].quoted and not words["bill"].quoted
    assert not words["\u201c"].quoted  # the marks themselves are outside
    assert [len(group) for group in by_sentence(tokens)] == [16, 11, 12]
    assert words["According"].sentence == 2


def test_labels_round_trip_through_bio_chunks() -> None:
    tokens = tokenize(TEXT)
    start = TEXT.index("the bill")
    end = TEXT.index(" this year")
    marks = label_tokens(tokens, [[start, end]], 0, len(tokens))
    runs = chunks(bio(marks, "CON"), "CON")
    assert len(runs) == 1
    first, past = runs[0]
    assert (tokens[first].start, tokens[past - 1].end) == (start, end)


def test_features_give_one_row_per_token() -> None:
    tokens = tokenize(TEXT)
    lexicon = read_lexicon(DATA / "cue_words.tsv")
    assert lexicon["said"] > 0.5
    assert len(cue_features(tokens, 0, 16, lexicon)) == 16
    said = next(i for i, t in enumerate(tokens) if t.text == "said")
    rows = span_features(tokens, 0, len(tokens), (said, said + 1), lexicon)
    assert len(rows) == len(tokens)
    assert "side=cue" in rows[said] and "side=before" in rows[0]


def test_span_features_count_the_borders_between_a_token_and_the_cue() -> None:
    text = "Sanders defended his call, saying the plan, he said, works. It did."
    tokens = tokenize(text)
    lexicon = read_lexicon(DATA / "cue_words.tsv")
    rows = span_features(tokens, 0, len(tokens), (1, 2), lexicon)

    def counts(word: str) -> list[str]:
        row = rows[next(i for i, t in enumerate(tokens) if t.text == word)]
        return [f for f in row if f.startswith(("commas|", "ends|", "cues|"))]

    assert counts("call") == ["commas|side=0|after", "ends|side=0|after", "cues|side=0|after"]
    # "saying" and "said" are cue words of the lexicon's top tier; the comma before "saying".
    assert counts("plan") == ["commas|side=1|after", "ends|side=0|after", "cues|side=1|after"]
    assert counts("works") == ["commas|side=3|after", "ends|side=0|after", "cues|side=2|after"]
    assert counts("It") == ["commas|side=3|after", "ends|side=1|after", "cues|side=2|after"]
    assert counts("Sanders") == ["commas|side=0|before", "ends|side=0|before", "cues|side=0|before"]


def test_kinds_follow_the_quotation_marks() -> None:
    def span(part: str) -> list[tuple[int, int]]:
        start = TEXT.index(part)
        return [(start, start + len(part))]

    assert kind_of(TEXT, span("We are done,")) == "direct"
    assert kind_of(TEXT, span("the bill \u201cwill not pass\u201d this year")) == "mixed"
    assert kind_of(TEXT, span("officials don't expect a vote")) == "indirect"


def test_the_shipped_model_finds_exact_spans() -> None:
    found = find_attributions(TEXT)
    assert found, "the shipped model finds the reported speech of a plain example"
    for attribution in found:
        _assert_exact(TEXT, attribution)
    cues = {attribution.text(TEXT, "cue") for attribution in found}
    assert {"said", "told"} <= cues


def _assert_exact(text: str, attribution: Attribution) -> None:
    tokens = tokenize(text)
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    for start, end in (*attribution.source, *attribution.cue, *attribution.content):
        assert 0 <= start < end <= len(text)
        assert start in starts and end in ends
        assert text[start:end] == text[start:end].strip()
    assert attribution.kind == kind_of(text, attribution.content)


@pytest.mark.skipif(not POLNEAR_DEV.is_file(), reason="PolNeAR dev is not on this machine")
def test_spans_are_exact_on_real_news() -> None:
    attributor = Attributor()
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        records = [json.loads(next(lines)) for _ in range(5)]
    for record in records:
        for attribution in attributor(record["text"]):
            _assert_exact(record["text"], attribution)


def _gold(source: str, cue: str, content: str) -> dict[str, Any]:
    def spans(part: str) -> list[list[int]]:
        if not part:
            return []
        start = TEXT.index(part)
        return [[start, start + len(part)]]

    return {
        "source": source,
        "source_spans": spans(source),
        "cue": cue,
        "cue_spans": spans(cue),
        "content": content,
        "content_spans": spans(content),
    }


def _record(*attributions: dict[str, Any]) -> dict[str, Any]:
    """A gold record of TEXT with these attributions."""
    return {"id": "t", "text": TEXT, "attributions": list(attributions)}


# The senator's and Jane Doe's attributions of TEXT, as gold.
_SAID_IN_TEXT = (
    _gold("The senator", "said", "the bill \u201cwill not pass\u201d this year"),
    _gold("Jane Doe", "told", "We are done,"),
)


def _predicted(source: str, cue: str, content: str) -> Attribution:
    def spans(part: str) -> tuple[tuple[int, int], ...]:
        start = TEXT.index(part)
        return ((start, start + len(part)),) if part else ()

    return Attribution(spans(source), spans(cue), spans(content), kind_of(TEXT, spans(content)))


def test_scoring_counts_a_known_example() -> None:
    record = _record(
        *_SAID_IN_TEXT, _gold("the Daily Planet", "According to", "officials don't expect a vote")
    )
    predicted = [
        # overlaps by more than half, not exact; "senator" overlaps the gold source
        _predicted("senator", "said", "the bill \u201cwill not pass"),
        # exact once the comma is set aside; the source overlaps the gold one
        _predicted("Doe", "told", "We are done"),
        # no gold attribution here: an extra
        _predicted("", "said", "on Monday"),
    ]
    result = score_attributions(record, predicted)
    figures = result.figures()
    assert result.total() == {
        "gold": 3,
        "predicted": 3,
        "matched_gold": 2,
        "matched_predicted": 2,
        "exact_gold": 1,
        "exact_predicted": 1,
        "sources_scored": 2,
        "sources_right": 2,
        "pronouns_scored": 0,
        "pronouns_right": 0,
        "descriptions_scored": 0,
        "descriptions_right": 0,
        "shown": 0,  # no speakers given: nothing a briefing would show
        "shown_right": 0,
    }
    assert figures["content_f1"] == pytest.approx(0.667)
    assert figures["exact_f1"] == pytest.approx(0.333)
    assert figures["by_kind"]["direct"]["exact_f1"] == 1.0
    assert figures["by_kind"]["indirect"]["content_recall"] == 0.0
    assert len(result.misses) == 2  # the missed Daily Planet content, the extra


def test_shown_statements_are_those_with_a_speaker_and_a_cue_at_the_bar() -> None:
    record = _record(*_SAID_IN_TEXT)
    sure, unsure = STATEMENT_BAR + 0.1, STATEMENT_BAR - 0.1
    predicted = [
        # right, and sure: shown and right
        replace(_predicted("senator", "said", "the bill \u201cwill not pass"), confidence=sure),
        # right, but under the bar: not shown
        replace(_predicted("Doe", "told", "We are done"), confidence=unsure),
        # an extra, sure: shown and wrong
        replace(_predicted("Doe", "said", "on Monday"), confidence=sure),
        # sure, but no speaker: not shown
        replace(_predicted("", "said", "officials"), confidence=sure),
    ]
    speakers = [("The senator", []), ("Jane Doe", []), ("Jane Doe", []), None]
    result = score_attributions(record, predicted, speakers)
    counts = result.total()
    assert (counts["shown"], counts["shown_right"]) == (2, 1)
    assert result.figures()["shown_precision"] == 0.5


def _gold_line(article_id: str, text: str, found: list[Attribution]) -> str:
    """A gold record whose attributions are exactly `found`."""

    def spans(part: tuple[tuple[int, int], ...]) -> list[list[int]]:
        return [[start, end] for start, end in part]

    attributions = [
        {
            "source": a.text(text, "source"),
            "cue": a.text(text, "cue"),
            "content": a.text(text, "content"),
            "source_spans": spans(a.source),
            "cue_spans": spans(a.cue),
            "content_spans": spans(a.content),
        }
        for a in found
    ]
    return json.dumps({"id": article_id, "text": text, "quotes": [], "attributions": attributions})


def test_eval_attributions_on_the_command_line(tmp_path: Path) -> None:
    found = find_attributions(TEXT)
    assert len(found) >= 2
    gold = tmp_path / "gold.jsonl"
    # The model's own output as gold scores 1.0; with one attribution left out, that one is extra.
    gold.write_text(
        _gold_line("same", TEXT, found) + "\n" + _gold_line("short", TEXT, found[1:]) + "\n"
    )
    command = [sys.executable, "-m", "summarizer", "eval", str(gold), "--attributions"]
    result = subprocess.run([*command, "--json", "--per-article"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    total = figures["total"]
    assert total["gold"] == 2 * len(found) - 1 and total["predicted"] == 2 * len(found)
    assert total["content_recall"] == 1.0 and total["source_accuracy"] == 1.0
    assert set(total["by_kind"]) == {"direct", "mixed", "indirect"}
    same, short = figures["articles"]["same"], figures["articles"]["short"]
    assert same["content_f1"] == 1.0 and same["exact_f1"] == 1.0 and same["misses"] == []
    assert [m.split(":")[0] for m in short["misses"]] == [f"extra {found[0].kind}"]

    text = subprocess.run([*command, "--per-article"], capture_output=True, text=True)
    assert text.returncode == 0, text.stderr
    assert "articles: 2" in text.stdout
    rows = {line.split()[0]: line.split() for line in text.stdout.splitlines()[2:]}
    assert set(rows) == {
        "all",
        "direct",
        "mixed",
        "indirect",
        "pronoun",
        "description",
        "statements",
    }
    assert "pronoun sources" in text.stdout and "statements a briefing shows" in text.stdout
    assert "description sources" in text.stdout
    assert rows["all"][1:3] == [str(2 * len(found) - 1), str(2 * len(found))]
    assert "short: contents" in text.stderr and "extra " in text.stderr

    gold.write_text(json.dumps({"id": "bare", "text": TEXT, "quotes": []}) + "\n")
    bare = subprocess.run(command, capture_output=True, text=True)
    assert bare.returncode == 2
    assert "without `attributions`" in bare.stderr and "Traceback" not in bare.stderr


def test_lemmas_lines_and_the_span_window() -> None:
    from summarizer.attribution.features import lemma
    from summarizer.attribution.model import window

    assert {lemma(w) for w in ("adds", "added", "adding", "Add")} == {"add"}
    assert lemma("believes") == lemma("believe") == "believ"
    assert lemma("is") == "is"  # too short to lose an ending
    text = "Intro line.\n\nWALLACE: First sentence. Second one. Third one.\nNext line here."
    tokens = tokenize(text)
    assert [t.paragraph for t in tokens if t.text in ("Intro", "WALLACE", "Third", "Next")] == [
        0,
        1,
        1,
        2,
    ]
    colon = next(i for i, t in enumerate(tokens) if t.text == ":")
    groups = by_sentence(tokens)
    rows = cue_features(tokens, groups[1][0], groups[1][-1] + 1, {})
    assert "namecolon" in rows[colon - groups[1][0]]
    # The cue's sentence, the one before, the one after, and the rest of the cue's line.
    start, stop = window(tokens, groups, (colon, colon + 1))
    assert text[tokens[start].start : tokens[stop - 1].end] == text[: text.index("\nNext")]


def test_a_source_is_found_when_the_best_labelling_has_none() -> None:
    class Marginals:  # the span tagger's marginal probabilities of B-SRC and I-SRC, made up
        def marginal(self, label: str, i: int) -> float:
            source = [0.01, 0.04, 0.2, 0.3, 0.01, 0.06, 0.01][i]
            return source / 2 if label.endswith("SRC") else 0.0

    attributor = Attributor()
    assert attributor.source_floor < 0.06
    # Runs at or above the floor: tokens 2-3 (best 0.3) and token 5 (0.06): the likeliest wins.
    assert attributor._likeliest_source(Marginals(), 7, 10) == [(12, 14)]  # type: ignore[arg-type]
    attributor.source_floor = 0.5
    assert attributor._likeliest_source(Marginals(), 7, 10) == []  # type: ignore[arg-type]


def test_the_subject_of_a_raising_verb_or_a_passive_cue_is_no_source() -> None:
    subject, agent, cue = [(0, 2)], [(6, 8)], (3, 5)
    for raising in ("seemed", "appears", "reportedly", "is widely expected", "was asked about"):
        assert source_after(subject, cue, raising) == [], raising
        assert source_after(subject + agent, cue, raising) == agent, raising  # "… by X"
    for active in (
        "said",
        "told",
        "asked",
        "is convinced",
        "were worried about",
        "was quoted",
        "seems hesitant",  # the subject's own stance: its source
        "appeared to oppose",
    ):
        assert source_after(subject, cue, active) == subject, active
    assert source_after(subject, cue, "is one of") == subject  # "one" is no participle


def test_a_lone_function_word_adverb_or_mark_is_no_source() -> None:
    for junk in ("of", "There\u2019s", "Why", ",", "possibly", "cutting", "-"):
        assert not is_source(junk), junk
    for source in ("he", "Sanders", "officials", "That", "who", "the ministry", "Polls"):
        assert is_source(source), source


def test_a_link_teaser_line_holds_no_attribution() -> None:
    teaser = "Read more: Erdogan, Biden discuss Ukraine, Sweden's NATO bid, F-16 delivery"
    text = f"Officials said on Monday that the talks would go on.\n{teaser}\nThe talks went on."
    start = text.index(teaser)
    assert teaser_lines(text) == [(start, start + len(teaser))]
    found = find_attributions(text)
    assert found and all(a.cue[0][0] < start for a in found)
    assert all(e <= start for a in found for s, e in (*a.source, *a.content))
    assert all(a.text(text, "source") != "Erdogan, Biden" for a in found)
    # The openers the list holds, in any case, before a colon, bar or dash.
    for line in (
        "RELATED: Trump says he will veto",
        "Watch | Biden told reporters",
        "See also \u2014 x",
    ):
        assert teaser_lines(f"A.\n{line}\nB.") == [(3, 3 + len(line))], line
    for line in ("Watch what he does, she said.", "More than 600 people said so.", "Related to"):
        assert teaser_lines(f"A.\n{line}\nB.") == [], line


def _range(tokens: list[Token], words: str) -> tuple[int, int]:
    """The token range of the first run of tokens spelling `words`."""
    wanted = tokenize(words)
    size = len(wanted)
    for i in range(len(tokens) - size + 1):
        if [t.text for t in tokens[i : i + size]] == [t.text for t in wanted]:
            return i, i + size
    raise AssertionError(words)


def test_a_content_stops_where_another_cue_takes_over() -> None:
    text = (
        "She said she took the antics in stride. \u201cI felt embarrassed,\u201d she added. "
        "Sanders defended his call, saying the plan works, as Kate Doe argued."
    )
    tokens = tokenize(text)
    said, added = _range(tokens, "said"), _range(tokens, "added")
    defended, saying = _range(tokens, "defended"), _range(tokens, "saying")
    cues = [said, added, defended, saying]

    def words(ranges: list[tuple[int, int]]) -> list[str]:
        return [text[tokens[a].start : tokens[b - 1].end] for a, b in ranges]

    # The sentence after the cue's holds another cue: it is that cue's content.
    content = [(said[1], _range(tokens, "she added")[0])]
    assert words(bounded_content(tokens, said, [], content, cues, text)) == [
        "she took the antics in stride"
    ]
    # Alone, the next sentence stays.
    assert bounded_content(tokens, said, [], content, [said], text) == content
    # ", saying …" after the cue opens another cue's content.
    content = [(defended[1], _range(tokens, "as Kate Doe argued")[0] - 1)]
    assert words(bounded_content(tokens, defended, [], content, cues, text)) == ["his call"]
    # The cue's own source and cue words are no part of its content.
    argued = _range(tokens, "argued")
    kate = _range(tokens, "Kate Doe")
    content = [(saying[1], argued[1])]
    assert words(bounded_content(tokens, argued, [kate], content, [argued], text)) == [
        "the plan works, as"
    ]
