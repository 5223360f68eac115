"""Train the pronoun ranker (`referents`) on PolNeAR train and write it into the package:

    python -m summarizer.referents_train --train /work/shared/eval/polnear-train.jsonl

writes `referents.json` (the logistic regression's coefficients as plain JSON) to `--out`
(default: the package's `attribution/data/` folder, which ships in the wheel). Each article is
read as `summarizer eval --attributions` reads it (the shipped attribution taggers, actors from
the rules) and its sources resolved in text order; each predicted source that is a pronoun and
sits on a gold pronoun source whose referent the eval knows (`evaluate.gold_referent`: the gold's
nearest named source before it) gives one group: its candidates (`referents.candidates`), the
right ones those that name that referent. While training, a pronoun resolves to a right
candidate (the speakers the next pronouns see are the gold's). scikit-learn's LogisticRegression
(liblinear, deterministic: the same data gives the same model) learns pairwise to put the right
candidates of a pronoun before its wrong ones (`fit`).

`--hold-out N` trains on the articles whose index is not a multiple of N and scores the others
with `eval`'s attribution scoring (source and pronoun accuracy), with the new ranker and with
the one shipped; the settings were chosen so, with N = 7, never on dev.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from . import referents
from .actors import find_actors
from .article_view import ArticleView
from .attribute import match_score
from .evaluate import AttributionScore, gold_referent, score_attributions
from .names import find_candidates
from .referents import Ranker, Resolver
from .statements import resolve_sources
from .types import Actor

C = 1.0  # inverse regularisation strength, chosen with --hold-out 7 (pairwise, 0.1 and 1: the same)


class _Recording(Resolver):
    """Resolves pronouns to the gold referent where the gold knows it, recording the candidates
    and which of them are right."""

    def __init__(self, gold: list[tuple[tuple[int, int], str]]) -> None:
        super().__init__(Ranker({}))
        self.gold = gold
        self.groups: list[tuple[list[dict[str, float]], list[int]]] = []

    def resolve(
        self,
        view: ArticleView,
        actors: Any,
        said: Any,
        written: str,
        at: int,
    ) -> Actor | None:
        kind = referents.pronoun_class(written)
        head = next((h for (s, e), h in self.gold if s <= at < e), None)
        if kind is None or head is None:
            return super().resolve(view, actors, said, written, at)
        found = referents.fitting(kind, referents.candidates(view, actors, said, kind, at))
        labels = [int(match_score(head, a.name, list(a.aliases)) > 0) for a, _ in found]
        if any(labels):
            self.groups.append(([f for _, f in found], labels))
            return found[labels.index(1)][0]
        return super().resolve(view, actors, said, written, at)


def _gold_pronouns(record: dict[str, Any]) -> list[tuple[tuple[int, int], str]]:
    attributions = record.get("attributions", [])
    result = []
    for attribution in attributions:
        head = gold_referent(attributions, attribution, record["text"])
        if head is not None:
            start, end = attribution["source_spans"][0]
            result.append(((start, end), head))
    return result


def _prepared(record: dict[str, Any]) -> tuple[ArticleView, list[Actor], Any]:
    view = ArticleView.of(record["text"])
    candidates = find_candidates(record["text"])
    return view, find_actors(record["text"], candidates, view), candidates


def groups_of(records: list[dict[str, Any]]) -> list[tuple[list[dict[str, float]], list[int]]]:
    """The candidate groups of the articles' pronoun sources, with their labels."""
    groups = []
    for record in records:
        view, actors, candidates = _prepared(record)
        recording = _Recording(_gold_pronouns(record))
        resolve_sources(view, actors, candidates, recording)
        groups.extend(recording.groups)
    return groups


def fit(groups: list[tuple[list[dict[str, float]], list[int]]], c: float = C) -> Ranker:
    """A ranker learned from candidate groups, pairwise: for each right candidate and each wrong
    one of the same group, the difference of their feature vectors is one example (and its
    negation another), so that the weights learn to order candidates within a pronoun's group,
    not to score them against every other group's (no bias: it cancels in a difference)."""
    vectorizer = DictVectorizer(sparse=False)
    vectorizer.fit([f for features, _ in groups for f in features])
    rows: list[Any] = []
    labels: list[int] = []
    for features, ys in groups:
        matrix = vectorizer.transform(features)
        for i, right in enumerate(ys):
            for j, wrong in enumerate(ys):
                if right and not wrong:
                    rows.extend((matrix[i] - matrix[j], matrix[j] - matrix[i]))
                    labels.extend((1, 0))
    if not rows:
        return Ranker(weights={})
    model = LogisticRegression(
        C=c, solver="liblinear", fit_intercept=False, random_state=0, max_iter=1000
    )
    model.fit(np.array(rows), labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return Ranker(weights=dict(sorted(weights.items())))


def score(records: list[dict[str, Any]], ranker: Ranker | None) -> dict[str, Any]:
    """`eval --attributions`'s source and pronoun accuracy over records, with a ranker."""
    total = AttributionScore(article="total")
    for record in records:
        view, actors, candidates = _prepared(record)
        resolved = resolve_sources(view, actors, candidates, Resolver(ranker))
        speakers = [
            (r.speaker.name, list(r.speaker.aliases)) if r.speaker else None for r in resolved
        ]
        found = score_attributions(record, [r.attribution for r in resolved], speakers)
        total.add(found)
    figures = total.figures()
    return {k: figures[k] for k in ("source_accuracy", "pronoun_accuracy", "pronouns_scored")}


def write(ranker: Ranker, path: Path, about: dict[str, Any]) -> None:
    data = {"about": about, "bias": ranker.bias, "weights": ranker.weights}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, required=True, help="PolNeAR train (JSON Lines)")
    parser.add_argument("--out", type=Path, default=referents.MODEL.parent, help="folder")
    parser.add_argument("--hold-out", type=int, default=0, help="score every Nth article")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    args = parser.parse_args(argv)
    lines = args.train.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    if args.limit:
        records = records[: args.limit]
    held = [r for i, r in enumerate(records) if args.hold_out and i % args.hold_out == 0]
    learn = [r for i, r in enumerate(records) if not (args.hold_out and i % args.hold_out == 0)]
    began = time.perf_counter()
    groups = groups_of(learn)
    if not groups or len({y for _, ys in groups for y in ys}) < 2:
        parser.exit(2, "no pronoun source with right and wrong candidates to learn from\n")
    ranker = fit(groups, args.c)
    seconds = time.perf_counter() - began
    print(f"{len(groups)} pronouns from {len(learn)} articles, {len(ranker.weights)} weights")
    print(f"trained in {seconds:.0f} s")
    about = {
        "trained_on": args.train.name,
        "articles": len(learn),
        "hold_out": args.hold_out,
        "pronouns": len(groups),
        "C": args.c,
    }
    shipped = referents.shipped() if referents.MODEL.exists() else None
    args.out.mkdir(parents=True, exist_ok=True)
    write(ranker, args.out / referents.MODEL.name, about)
    if held:
        print(f"held out ({len(held)} articles), new ranker:", score(held, ranker))
        if shipped is not None:
            print("held out, the ranker shipped before:", score(held, shipped))


if __name__ == "__main__":
    main()
