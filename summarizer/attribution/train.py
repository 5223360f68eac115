"""Train the attribution taggers on PolNeAR train and write them into the package:

    python -m summarizer.attribution.train --train /work/shared/eval/polnear-train.jsonl

writes `cue.crfsuite.xz`, `span.crfsuite.xz` (xz-compressed CRFsuite models) and
`cue_words.tsv` to `--out` (default: the package's `data/` folder, which ships in the wheel).
CRFsuite's L-BFGS is deterministic: the same data and settings give the same model. The
training sequences are fed to CRFsuite as they are made, not kept in Python. Time and memory of
the last run are in the README ("Reported speech").

The settings and features were chosen by training on the first 756 articles of train and scoring
the last 84 (`--parts cue` retrains only the cue tagger, for such experiments), never on dev;
so were the cue threshold and the source floor (model.CUE_THRESHOLD, model.SOURCE_FLOOR).
The span tagger's between-counts (features.span_features) and the content bounds
(model.bounded_content) were chosen with `--hold-out 7`, scored by `summarizer eval … --stride 7`.
"""

from __future__ import annotations

import argparse
import json
import lzma
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

from .features import LEMMA, Features, cue_features, lemma, span_features
from .model import CUE_MODEL, DATA, LEXICON, SPAN_MODEL, window
from .tokens import Token, by_sentence, label_tokens, tokenize

# Words, and lemmas (all forms of a word together, features.lemma), that are part of a gold cue
# at least this often (and at least MIN_COUNT times) go into the cue lexicon, with their rate.
MIN_RATE = 0.02
MIN_COUNT = 3
SETTINGS: dict[str, Any] = {
    "c1": 0.2,  # L1 keeps the model small
    "c2": 0.01,
    "max_iterations": 100,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}
# The cue tagger does better with stronger L1 (held-out content F1 0.792 / 0.793 / 0.804 at c1
# 0.2 / 0.5 / 1.0 and 0.782 at 0.05, cue threshold 0.4); the span tagger with c1 0.5 instead of
# 0.2 gave 0.799 against 0.804, so it keeps 0.2.
CUE_SETTINGS = {**SETTINGS, "c1": 1.0}
SPAN_SETTINGS = SETTINGS


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def bio_spans(
    tokens: list[Token], start: int, stop: int, spans: list[list[list[int]]], kind: str
) -> list[str]:
    """BIO labels of tokens[start:stop]: each span in `spans` (a list of [start, end] pairs)
    opens a new chunk at its first token and at each pair after a gap."""
    labels = ["O"] * (stop - start)
    for span in spans:
        for pair in span:
            marks = label_tokens(tokens, [pair], start, stop)
            first = True
            for i, mark in enumerate(marks):
                if mark:
                    labels[i] = f"B-{kind}" if first else f"I-{kind}"
                    first = False
    return labels


def cue_range(tokens: list[Token], cue_spans: list[list[int]]) -> tuple[int, int] | None:
    marks = label_tokens(tokens, cue_spans, 0, len(tokens))
    inside = [i for i, mark in enumerate(marks) if mark]
    return (inside[0], inside[-1] + 1) if inside else None


def learn_lexicon(articles: list[tuple[dict[str, Any], list[Token]]]) -> dict[str, float]:
    seen: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    for record, tokens in articles:
        cues = [a["cue_spans"] for a in record["attributions"] if a["cue_spans"]]
        marks = label_tokens(tokens, [pair for span in cues for pair in span], 0, len(tokens))
        for token, mark in zip(tokens, marks, strict=True):
            for key in (token.text.lower(), LEMMA + lemma(token.text)):
                seen[key] += 1
                as_cue[key] += mark
    return {
        word: round(as_cue[word] / seen[word], 3)
        for word in sorted(as_cue)
        if as_cue[word] >= MIN_COUNT and as_cue[word] / seen[word] >= MIN_RATE
    }


Sequence = tuple[list[Features], list[str]]


def cue_sequences(
    articles: list[tuple[dict[str, Any], list[Token]]], lexicon: dict[str, float]
) -> Iterator[Sequence]:
    """The cue tagger's training sequences: one per sentence."""
    for record, tokens in articles:
        cue_spans = [a["cue_spans"] for a in record["attributions"] if a["cue_spans"]]
        for group in by_sentence(tokens):
            start, stop = group[0], group[-1] + 1
            labels = bio_spans(tokens, start, stop, cue_spans, "CUE")
            yield cue_features(tokens, start, stop, lexicon), labels


def span_sequences(
    articles: list[tuple[dict[str, Any], list[Token]]], lexicon: dict[str, float]
) -> Iterator[Sequence]:
    """The span tagger's training sequences: one per gold cue, over its window."""
    for record, tokens in articles:
        groups = by_sentence(tokens)
        for attribution in record["attributions"]:
            cue = cue_range(tokens, attribution["cue_spans"]) if attribution["cue_spans"] else None
            if cue is None:
                continue
            start, stop = window(tokens, groups, cue)
            labels = bio_spans(tokens, start, stop, [attribution["content_spans"]], "CON")
            source = bio_spans(tokens, start, stop, [attribution["source_spans"]], "SRC")
            labels = [s if s != "O" else c for s, c in zip(source, labels, strict=True)]
            yield span_features(tokens, start, stop, cue, lexicon), labels


def fit(data: Iterable[Sequence], out: Path, settings: dict[str, Any]) -> int:
    """Train a CRF on `data` (read once, as it comes: the features are not all kept in Python)
    and write it, xz-compressed, to `out`. Returns the number of sequences."""
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for features, labels in data:
        trainer.append(features, labels)
        count += 1
    trainer.set_params(settings)
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "model.crfsuite"
        trainer.train(str(plain))
        out.write_bytes(lzma.compress(plain.read_bytes(), preset=9))
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, required=True, help="PolNeAR train (JSON Lines)")
    parser.add_argument("--out", type=Path, default=DATA, help="folder for the model files")
    parser.add_argument(
        "--parts",
        nargs="+",
        choices=("cue", "span"),
        default=["cue", "span"],
        help="train only these taggers (for experiments on one of them)",
    )
    parser.add_argument(
        "--hold-out",
        type=int,
        default=0,
        help="leave out every Nth article (index 0, N, 2N, ...: `eval --stride N` scores them)",
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = read_records(args.train)
    if args.hold_out:
        records = [r for i, r in enumerate(records) if i % args.hold_out]
    articles = [(record, tokenize(record["text"])) for record in records]
    lexicon = learn_lexicon(articles)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / LEXICON).write_text(
        "".join(f"{word}\t{rate}\n" for word, rate in lexicon.items()), encoding="utf-8"
    )
    print(f"{len(records)} articles, {len(lexicon)} lexicon entries", flush=True)
    if "cue" in args.parts:
        count = fit(cue_sequences(articles, lexicon), args.out / CUE_MODEL, CUE_SETTINGS)
        print(f"cue tagger ({count} sentences) done at {time.perf_counter() - began:.0f} s")
    if "span" in args.parts:
        count = fit(span_sequences(articles, lexicon), args.out / SPAN_MODEL, SPAN_SETTINGS)
        print(f"span tagger ({count} attributions) done at {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
