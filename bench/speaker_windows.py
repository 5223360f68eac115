"""How big a passage the speaker question needs: for the quotes no rule attributes (the ones the
model is asked about), how often the window of K sentences before the quote (and 1 after) holds
the gold speaker, and what it costs in characters. No model runs: it measures what the model
could see.

    python bench/speaker_windows.py [--gold ../shared/eval/polnear-train.jsonl] [--max 8]

A gold speaker counts as seen when its span (PolNeAR's `speaker_spans`) lies in the window, or,
for a named speaker, when its last word (the surname) is written in the window. Choose window
sizes on train; check the model's accuracy with them on dev (`summarizer eval`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import detect, speakers  # noqa: E402
from summarizer.article_view import ArticleView  # noqa: E402
from summarizer.backends.rules import RulesOnlyBackend  # noqa: E402
from summarizer.extract import Extractor  # noqa: E402
from summarizer.load import Article, describe  # noqa: E402
from summarizer.prompting import load_template  # noqa: E402


def asked_quotes(article: Article) -> list[tuple[detect.QuotedSpan, detect.Sentence]]:
    """The quotations the pipeline would put to the model, with their first sentence."""
    asked: list[tuple[detect.QuotedSpan, detect.Sentence]] = []
    original = speakers._Attributing._ask_speaker

    def note(self: Any, span: detect.QuotedSpan, sentence: detect.Sentence | None) -> None:
        if sentence is not None:
            asked.append((span, sentence))

    speakers._Attributing._ask_speaker = note  # type: ignore[assignment,method-assign]
    try:
        extractor = Extractor(RulesOnlyBackend(), load_template("default"), with_positions=False)
        extractor.extract(article)
    finally:
        speakers._Attributing._ask_speaker = original  # type: ignore[method-assign]
    return asked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, default=ROOT.parent / "shared/eval/polnear-train.jsonl"
    )
    parser.add_argument("--max", type=int, default=8)
    args = parser.parse_args()
    sizes = range(args.max + 1)
    seen = dict.fromkeys(sizes, 0)
    chars = dict.fromkeys(sizes, 0)
    whole_chars = 0
    total = 0
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        article = Article(meta=describe(text, Path(record["id"])), text=text)
        view = ArticleView.of(text)
        for span, sentence in asked_quotes(article):
            gold = next(
                (
                    q
                    for q in record["quotes"]
                    if any(s < span.end and span.start < e for s, e in q["quote_spans"])
                ),
                None,
            )
            if gold is None or not gold.get("speaker"):
                continue
            total += 1
            whole_chars += len(text)
            last = view.sentence_of(max(span.start, span.end - 1)) or sentence
            surname = gold["speaker"].split()[-1]
            for k in sizes:
                window = view.around(sentence.index, last.index, k, speakers.WINDOW_AFTER)
                low, high = window[0].start, window[-1].end
                chars[k] += sum(len(s.text) for s in window)
                in_span = any(low <= s and e <= high for s, e in gold["speaker_spans"])
                named = not gold.get("speaker_is_pronoun") and surname[:1].isupper()
                written = named and surname in text[low:high]
                seen[k] += in_span or written
    print(f"{args.gold.name}: {total} quotes put to the model, with a gold speaker")
    print("| sentences before | speaker in the window | mean characters shown |")
    print("|---|---|---|")
    for k in sizes:
        print(f"| {k} | {seen[k] / total:.3f} | {chars[k] / total:.0f} |")
    print(f"| whole article | 1.000 | {whole_chars / total:.0f} |")


if __name__ == "__main__":
    main()
