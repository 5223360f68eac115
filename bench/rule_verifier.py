"""Exploratory: can a learned check tell a false rule stance reading from a right one?

    python bench/rule_verifier.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        --cache FILE [--offline] [--free 51 53 60 ...] [--judged notes/p5-free-judged.tsv]

Takes the rule readings with their features as `bench/rule_families.py` produces them (the
tuning gold: each reading RIGHT or FALSE against the event gold; with `--free`, the rule readings
of BASIL events without gold, verdicts from the hand judgments in `--judged`, unjudged ones left
out), adds a few cheap features of the evidence sentence (its length in words, a quotation mark
in it, the actor's relative position in it, the words from the actor to the nearest stance word,
the topic words it shares) and fits a logistic regression of P(right). On the tuning events:
leave-one-event-out cross-validation (ROC AUC out of fold; for bars 0.5..0.9 on P(right), the
readings kept, right among them, and the false and right ones dropped). On the free events: the
same, from a model trained on all tuning events. Then the most weighted features.

Nothing here is shipped: it only says whether such a check is worth building. It prints counts
and feature names, no text of the articles. It refuses session 10's held-out events.
Exit codes: 0 done; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))

import rule_families

from summarizer import issues
from summarizer.patterns import MIXED, NO_COMMENT, OPPOSE, SUPPORT

CATEGORICAL = ["family", "words", "class", "object", "negated", "hedge", "gap", "issue", "soft"]
# Session 10's held-out BASIL events: refused, as gold files or as free events.
HELD_OUT = frozenset([59, 62, 70, 78, 85, 94, 93, 95, 97, 99, 66, 69, 71, 72, 73, 77, 84, 87])
BARS = (0.5, 0.6, 0.7, 0.8, 0.9)
QUOTE = re.compile(r"[\"\u201c\u201d]")

Row = tuple[list[str], dict[str, Any]]


def sentence_features(reading: rule_families.Reading, topic: str) -> dict[str, float]:
    """Cheap features of the evidence sentence of one rule reading."""
    _, sentence, own, _, _, _ = reading
    text = sentence.text
    size = max(len(text), 1)
    at = min((s - sentence.start for s, _ in own), default=0)
    end = min((e - sentence.start for _, e in own), default=0)
    cues = [m for p in (OPPOSE, SUPPORT, MIXED, NO_COMMENT) for m in p.finditer(text)]
    if cues:
        near = min(cues, key=lambda m: min(abs(m.start() - end), abs(at - m.end())))
        span = text[end : near.start()] if near.start() >= end else text[near.end() : at]
        distance = float(len(span.split()))
    else:
        distance = 30.0
    topic_stems = issues.topic_stems(topic) if not topic.startswith("(") else set()
    return {
        "length": float(len(text.split())),
        "quotation": float(bool(QUOTE.search(text))),
        "actor_at": at / size,
        "cue_distance": min(distance, 30.0),
        "topic_shared": float(len(topic_stems & issues.topic_stems(text))),
    }


def collect(make: Callable[[argparse.Namespace], Any], args: argparse.Namespace) -> list[Row]:
    """The rows `make` yields, each with its features: those of `rule_families` (by the same
    call) and those of its evidence sentence."""
    extra: list[dict[str, Any]] = []
    original = rule_families.features

    def wrapped(reading: rule_families.Reading, topic: str) -> dict[str, str]:
        found = original(reading, topic)
        feats: dict[str, Any] = {k: found[k] for k in CATEGORICAL}
        extra.append(feats | sentence_features(reading, topic))
        return found

    rule_families.features = wrapped
    try:
        rows = list(make(args))
    finally:
        rule_families.features = original
    return list(zip(rows, extra, strict=True))


def model() -> Any:
    return make_pipeline(
        DictVectorizer(sparse=False),
        StandardScaler(),
        LogisticRegression(C=0.3, max_iter=1000),
    )


def report(name: str, right: np.ndarray, prob: np.ndarray) -> None:
    total, false = len(right), int((~right).sum())
    print(f"{name}: {total} readings, {false} false ({int(right.sum())}/{total} right)")
    if 0 < false < total:
        print(f"  ROC AUC {roc_auc_score(right, prob):.3f}")
    print(f"  keep all: {int(right.sum())}/{total} right = {right.mean():.3f}")
    for bar in BARS:
        kept = prob >= bar
        kr = int(right[kept].sum())
        dropped_false = int((~right[~kept]).sum())
        dropped_right = int(right[~kept].sum())
        share = f"{kr / kept.sum():.3f}" if kept.any() else "-"
        print(
            f"  bar {bar:.1f}: kept {int(kept.sum())}, right {kr} ({share}); dropped "
            f"{dropped_false} false, {dropped_right} right"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--free", type=int, nargs="+", default=None)
    parser.add_argument("--judged", type=Path, default=None)

    def fail(message: str) -> None:
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)

    parser.error = fail  # type: ignore[method-assign,assignment]
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        print(f"error: {args.gold} is not a folder of gold", file=sys.stderr)
        return 2
    if not args.texts.is_file():
        print(f"error: no texts file {args.texts}", file=sys.stderr)
        return 2
    if args.judged is not None and not args.judged.is_file():
        print(f"error: no judgments file {args.judged}", file=sys.stderr)
        return 2
    held = sorted(
        {e for e in args.free or [] if e in HELD_OUT}
        | {int(p.stem) for p in args.gold.glob("*.json") if p.stem.isdigit()} & HELD_OUT
    )
    if held:
        print(f"error: held-out events {held} may not be read", file=sys.stderr)
        return 2
    if args.free and args.judged is None:
        print("error: --free needs --judged FILE", file=sys.stderr)
        return 2

    tune = collect(rule_families.gold_rows, args)
    x = [f for _, f in tune]
    y = np.array([row[5] == "RIGHT" for row, _ in tune])
    events = [row[1] for row, _ in tune]
    prob = np.zeros(len(tune))
    for event in sorted(set(events)):
        test = np.array([e == event for e in events])
        train_y = y[~test]
        if train_y.all() or not train_y.any():
            prob[test] = train_y.mean()
            continue
        fit = model().fit([f for f, t in zip(x, test, strict=True) if not t], train_y)
        prob[test] = fit.predict_proba([f for f, t in zip(x, test, strict=True) if t])[:, 1]
    report("tuning events, leave-one-event-out", y, prob)
    whole = model().fit(x, y)
    report("tuning events, in sample (flatters)", y, whole.predict_proba(x)[:, 1])

    if args.free:
        free_args = argparse.Namespace(events=args.free, texts=args.texts, judged=args.judged)
        every = collect(rule_families.free_rows, free_args)
        free = [r for r in every if r[0][5] != "?"]
        print(f"free events: {len(every)} rule readings, {len(every) - len(free)} not judged")
        if free:
            fy = np.array([row[5] == "RIGHT" for row, _ in free])
            fp = whole.predict_proba([f for _, f in free])[:, 1]
            report("free events judged by hand, trained on all tuning", fy, fp)
        else:
            print("free events: no judged reading")

    names = whole.named_steps["dictvectorizer"].get_feature_names_out()
    weights = whole.named_steps["logisticregression"].coef_[0]
    order = np.argsort(-np.abs(weights))[:10]
    print("most weighted features (standardized; + means more often right):")
    for i in order:
        print(f"  {weights[i]:+.2f} {names[i]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
