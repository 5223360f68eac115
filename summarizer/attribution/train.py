"""Train the attribution taggers on PolNeAR train and write them into the package:

    python -m summarizer.attribution.train --train /work/shared/eval/polnear-train.jsonl

writes `cue.crfsuite.xz`, `span.crfsuite.xz` and `cue_words.tsv` to `--out` (default: the
package's `data/` folder, which ships in the wheel). CRFsuite's L-BFGS is deterministic: the same
data and settings give the same model. About 10 minutes on one free core (17 minutes on a busy
2-core machine), 4.6 GB of memory at most.

The settings were fixed before any measurement on dev; the cue threshold (model.CUE_THRESHOLD)
was chosen by training on the first 756 articles of train and scoring the last 84.
"""

from __future__ import annotations

import argparse
import json
import lzma
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pycrfsuite

from .features import Features, cue_features, span_features
from .model import CUE_MODEL, DATA, LEXICON, SPAN_MODEL, window
from .tokens import Token, by_sentence, label_tokens, tokenize

# Words that are part of a gold cue at least this often (and at least MIN_COUNT times) go into
# the cue lexicon, with their rate.
MIN_RATE = 0.02
MIN_COUNT = 3
SETTINGS: dict[str, Any] = {
    "c1": 0.2,  # L1 keeps the model small
    "c2": 0.01,
    "max_iterations": 100,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}


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
            seen[token.text.lower()] += 1
            as_cue[token.text.lower()] += mark
    return {
        word: round(as_cue[word] / seen[word], 3)
        for word in sorted(as_cue)
        if as_cue[word] >= MIN_COUNT and as_cue[word] / seen[word] >= MIN_RATE
    }


def sequences(
    articles: list[tuple[dict[str, Any], list[Token]]], lexicon: dict[str, float]
) -> tuple[list[tuple[list[Features], list[str]]], list[tuple[list[Features], list[str]]]]:
    """The cue tagger's (one per sentence) and the span tagger's (one per gold cue) training
    sequences."""
    cue_data = []
    span_data = []
    for record, tokens in articles:
        groups = by_sentence(tokens)
        gold = [a for a in record["attributions"] if a["cue_spans"]]
        cue_spans = [a["cue_spans"] for a in gold]
        for group in groups:
            start, stop = group[0], group[-1] + 1
            labels = bio_spans(tokens, start, stop, cue_spans, "CUE")
            cue_data.append((cue_features(tokens, start, stop, lexicon), labels))
        for attribution in gold:
            cue = cue_range(tokens, attribution["cue_spans"])
            if cue is None:
                continue
            start, stop = window(groups, cue)
            labels = bio_spans(tokens, start, stop, [attribution["content_spans"]], "CON")
            source = bio_spans(tokens, start, stop, [attribution["source_spans"]], "SRC")
            labels = [s if s != "O" else c for s, c in zip(source, labels, strict=True)]
            span_data.append((span_features(tokens, start, stop, cue, lexicon), labels))
    return cue_data, span_data


def fit(data: list[tuple[list[Features], list[str]]], out: Path) -> None:
    """Train a CRF on `data` and write it, xz-compressed, to `out`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in data:
        trainer.append(features, labels)
    trainer.set_params(SETTINGS)
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "model.crfsuite"
        trainer.train(str(plain))
        out.write_bytes(lzma.compress(plain.read_bytes(), preset=9))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, required=True, help="PolNeAR train (JSON Lines)")
    parser.add_argument("--out", type=Path, default=DATA, help="folder for the model files")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = read_records(args.train)
    articles = [(record, tokenize(record["text"])) for record in records]
    lexicon = learn_lexicon(articles)
    cue_data, span_data = sequences(articles, lexicon)
    print(f"{len(records)} articles: {len(cue_data)} sentences, {len(span_data)} attributions")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / LEXICON).write_text(
        "".join(f"{word}\t{rate}\n" for word, rate in lexicon.items()), encoding="utf-8"
    )
    fit(cue_data, args.out / CUE_MODEL)
    print(f"cue tagger done at {time.perf_counter() - began:.0f} s")
    fit(span_data, args.out / SPAN_MODEL)
    print(f"span tagger done at {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
