"""Quote speakers by how they were attributed (rule, learned, model), scored against gold quotes:

    python bench/quote_speakers.py --gold /work/shared/eval/polnear-dev.jsonl \
        [--attributor DIR] [--all-quotes] [--per-article] [--json] [--limit N] [--offset N]
        [--stride N]
    python bench/quote_speakers.py --seeds seeds/     # speaker questions left on the seeds

No model runs. The backend is the rules-only one, except that a speaker question is answered
with the first actor offered (not "none"), so that the quotes left for the model are kept and
counted (their speakers are a placeholder and are not scored). Quotes and speakers are scored
with `summarizer eval`'s matching (`evaluate.score`, which splits speakers by how they were
attributed). Printed: quote P / R / F1; speaker accuracy of the rule and learned speakers; of the
scored quotes no rule attributes, how many the learned source gets right and how many are left
for the model; the speaker questions asked over all quotes (scored or not); and the time the
learned attributions take per article (the taggers, run once per article and shared by every
step that uses them) and the whole rules-only extraction. `--attributor DIR` uses attribution
model files other than the shipped ones (e.g. trained on a part of train, to score the rest);
`--without-learned` leaves the learned step out (the speakers as they were before it).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from summarizer import detect, speakers
from summarizer.article_view import ArticleView
from summarizer.attribution import model as attribution_model
from summarizer.backends.rules import RulesOnlyBackend
from summarizer.evaluate import read_gold, score
from summarizer.extract import Extractor
from summarizer.generation import Generation, Request
from summarizer.load import Article, describe, read_article
from summarizer.prompting import load_template
from summarizer.types import Quote

WAYS = ("rule", "learned", "model")


class _KeepQuotes(RulesOnlyBackend):
    """Rules only, but a speaker question gets the first actor offered, and is counted."""

    def __init__(self) -> None:
        self.speaker_questions = 0

    def generate(self, request: Request) -> Generation:
        speaker = request.schema.get("properties", {}).get("speaker")
        if speaker is None:
            return super().generate(request)
        self.speaker_questions += 1
        return Generation(text=json.dumps({"speaker": speaker["enum"][0]}), finish_reason="stop")


def _why_asked(view: ArticleView, quote: Quote) -> str:
    """Why the learned step gave the quote no speaker: what it found."""
    span = next(s for s in detect.quotations(view.text).spans if s.start == quote.start)
    source = speakers._learned_source(view, span)
    if source is None:
        return "no learned attribution with a source holds it"
    return f"learned source {source[1]!r} is no actor"


def run_gold(args: argparse.Namespace, extractor: Extractor, backend: _KeepQuotes) -> None:
    types = {"direct", "mixed"} if args.all_quotes else {"direct"}
    records = read_gold(args.gold)[args.offset :: args.stride][: args.limit]
    totals: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    learned_seconds = extract_seconds = 0.0
    for record in records:
        article = Article(meta=describe(record["text"], Path(record["id"])), text=record["text"])
        began = time.perf_counter()
        attribution_model.find_attributions(record["text"])
        learned_seconds += time.perf_counter() - began
        asked = backend.speaker_questions
        began = time.perf_counter()
        extraction = extractor.extract(article)
        extract_seconds += time.perf_counter() - began
        totals["questions"] += backend.speaker_questions - asked
        result = score(record, extraction, types)
        for name in ("gold_quotes", "predicted_quotes", "matched_gold", "matched_predicted"):
            totals[name] += getattr(result, name)
        totals["rule_scored"] += result.rule_speakers_scored
        totals["rule_right"] += result.rule_speakers_right
        totals["learned_scored"] += result.learned_speakers_scored
        totals["learned_right"] += result.learned_speakers_right
        totals["model_scored"] += (
            result.speakers_scored - result.rule_speakers_scored - result.learned_speakers_scored
        )
        totals["model_right"] += (
            result.speakers_right - result.rule_speakers_right - result.learned_speakers_right
        )
        wrong = [m for m in result.misses if m.startswith("speaker of") and "(by rule)" not in m]
        if wrong or any(q.attribution == "model" for q in extraction.quotes):
            view = ArticleView.of(record["text"])
            misses[record["id"]] = wrong + [
                f"asked the model: {q.text[:50]!r} ({_why_asked(view, q)})"
                for q in extraction.quotes
                if q.attribution == "model"
            ]
    figures = _figures(totals, len(records), learned_seconds, extract_seconds)
    if args.json:
        print(json.dumps({**figures, **({"misses": misses} if args.per_article else {})}, indent=2))
        return
    if args.per_article:
        for article_id, lines in misses.items():
            print(f"== {article_id}")
            for line in lines:
                print(f"   {line}")
    for key, value in figures.items():
        print(f"{key:32} {value}")


def _figures(
    totals: Counter[str], articles: int, learned_seconds: float, extract_seconds: float
) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    precision = ratio(totals["matched_predicted"], totals["predicted_quotes"])
    recall = ratio(totals["matched_gold"], totals["gold_quotes"])
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision and recall else None
    unruled = totals["learned_scored"] + totals["model_scored"]
    return {
        "articles": articles,
        "quote_precision": precision,
        "quote_recall": recall,
        "quote_f1": f1,
        **{
            f"speakers_{way}": f"{totals[f'{way}_right']} / {totals[f'{way}_scored']}"
            for way in WAYS
        },
        "speaker_accuracy_rule": ratio(totals["rule_right"], totals["rule_scored"]),
        "speaker_accuracy_learned": ratio(totals["learned_right"], totals["learned_scored"]),
        "no_rule_scored": unruled,
        "no_rule_learned_right": ratio(totals["learned_right"], unruled),
        "no_rule_left_for_model": ratio(totals["model_scored"], unruled),
        "speaker_questions": totals["questions"],
        "learned_seconds_per_article": round(learned_seconds / max(articles, 1), 3),
        "extract_seconds_per_article": round(extract_seconds / max(articles, 1), 3),
    }


def run_seeds(folder: Path, extractor: Extractor, backend: _KeepQuotes) -> None:
    for path in sorted(folder.glob("*.txt")):
        asked = backend.speaker_questions
        extraction = extractor.extract(read_article(path))
        ways = Counter(q.attribution for q in extraction.quotes)
        print(f"{path.name}: {dict(ways)}; speaker questions {backend.speaker_questions - asked}")
    print(f"speaker questions in all: {backend.speaker_questions}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--seeds", type=Path, help="a folder of articles without gold")
    parser.add_argument("--attributor", type=Path, help="folder of attribution model files")
    parser.add_argument(
        "--without-learned", action="store_true", help="no learned step: the speakers before it"
    )
    parser.add_argument("--all-quotes", action="store_true", help="score mixed quotes too")
    parser.add_argument("--per-article", action="store_true", help="list misses by article")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument(
        "--stride", type=int, default=1, help="every Nth article from --offset (train's 7th: 7)"
    )
    args = parser.parse_args()
    if args.attributor:
        attributor = attribution_model.Attributor(args.attributor)
        attribution_model.default_attributor = lambda: attributor  # type: ignore[assignment]
    if args.without_learned:
        speakers._learned_source = lambda view, span: None
    backend = _KeepQuotes()
    extractor = Extractor(backend=backend, template=load_template(None), with_positions=False)
    if args.seeds:
        run_seeds(args.seeds, extractor, backend)
    if args.gold:
        run_gold(args, extractor, backend)


if __name__ == "__main__":
    main()
