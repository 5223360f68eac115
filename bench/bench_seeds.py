"""Benchmark: the seed briefing with the default model, cold and warm, against the raw llama.cpp
limit for the same tokens and against a plain JSON-schema call, all in one run.

    python bench/bench_seeds.py [--prompt NAME] [--model PATH] [--no-baseline] [ARTICLES...]

1. Cold: the briefing in this process, with an empty extraction cache. Per article: wall time,
   model calls, attempts, prompt tokens (all of them, and those really evaluated after prefix
   reuse) and generated tokens. Peak resident memory after it.
2. Raw limit: on the same loaded model, for each article, the time llama.cpp alone takes to
   evaluate that many prompt tokens (one batch, from an empty context) and to generate that
   many tokens (greedy, no grammar, no pipeline). The ratio says what the pipeline costs.
3. Warm: `summarizer brief` again in a new process on the now-filled cache, end to end.
4. Baseline (unless --no-baseline): per article, one plain llama-cpp-python chat call with the
   whole extraction as a JSON schema (`response_format`), max 2,000 tokens, as in the issue.

A script, not a test: figures vary with the machine. Run nothing else on the cores meanwhile.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from summarizer.backends.llama import LlamaBackend
from summarizer.cache import ExtractionCache
from summarizer.extract import Extractor
from summarizer.load import find_articles, read_article
from summarizer.modelfile import resolve
from summarizer.pipeline import ProgressCallbacks, brief
from summarizer.prompting import load_template
from summarizer.settings import LlamaSettings

ROOT = Path(__file__).resolve().parent.parent

PLAIN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "actors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "type": {"type": "string", "enum": ["person", "organization", "country"]},
                },
                "required": ["name", "type"],
            },
        },
        "positions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "actor": {"type": "string"},
                    "stance": {"type": "string", "enum": ["supports", "opposes", "neutral"]},
                    "evidence": {"type": "string"},
                },
                "required": ["actor", "stance", "evidence"],
            },
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"speaker": {"type": "string"}, "text": {"type": "string"}},
                "required": ["speaker", "text"],
            },
        },
    },
    "required": ["actors", "positions", "quotes"],
}


def peak_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def raw_limit(llm: Any, text: str, prompt_tokens: int, generated: int) -> tuple[float, float]:
    """Seconds llama.cpp takes to evaluate `prompt_tokens` tokens of `text` from an empty
    context, and to generate `generated` tokens greedily after them without a grammar."""
    sample = llm.tokenize(text.encode("utf-8"), add_bos=False)
    tokens = (sample * (prompt_tokens // max(len(sample), 1) + 1))[:prompt_tokens]
    llm.reset()
    started = time.perf_counter()
    llm.eval(tokens)
    evaluated = time.perf_counter()
    for _ in range(generated):
        token = llm.sample(temp=0.0)
        llm.eval([token])
    return evaluated - started, time.perf_counter() - evaluated


def plain_call(llm: Any, text: str) -> tuple[float, int, int, str]:
    llm.reset()
    started = time.perf_counter()
    result = llm.create_chat_completion(
        messages=[
            {
                "role": "system",
                "content": "Extract the actors, their positions and the direct quotes of the "
                "news article as JSON. Quotes must be verbatim.",
            },
            {"role": "user", "content": text},
        ],
        response_format={"type": "json_object", "schema": PLAIN_SCHEMA},
        temperature=0.0,
        max_tokens=2000,
    )
    usage = result["usage"]
    return (
        time.perf_counter() - started,
        usage["prompt_tokens"],
        usage["completion_tokens"],
        result["choices"][0]["finish_reason"],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--prompt", default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    cache_dir = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))

    # 1. Cold.
    started = time.perf_counter()
    backend = LlamaBackend(resolve(LlamaSettings.given(args.model).model))
    backend.ready()
    load_seconds = time.perf_counter() - started
    extractor = Extractor(backend, load_template(args.prompt))
    wall: dict[str, float] = {}
    marks = {"last": time.perf_counter()}

    def done(article_id: str, status: str) -> None:
        now = time.perf_counter()
        wall[article_id] = now - marks["last"]
        print(f"  {article_id}: {wall[article_id]:.1f}s: {status}", file=sys.stderr, flush=True)
        marks["last"] = now

    cold_started = time.perf_counter()
    result = brief(
        args.paths,
        extractor,
        out_dir=cache_dir / "out",
        progress=ProgressCallbacks(article_done=done),
        cache=ExtractionCache(cache_dir / "extractions"),
    )
    cold_seconds = time.perf_counter() - cold_started
    cold_peak = peak_gib()

    # 2. Raw llama.cpp limit for the same token counts, on the same loaded model.
    llm = backend.llm
    texts = {read_article(p).meta.id: read_article(p).text for p in find_articles(args.paths)}
    rows = []
    for extraction in result.extractions:
        usage = extraction.usage
        prompt_s, generate_s = raw_limit(
            llm, texts[extraction.article.id], usage.evaluated_tokens, usage.completion_tokens
        )
        rows.append((extraction, prompt_s, generate_s))

    # 3. Warm, in a new process, end to end.
    warm_started = time.perf_counter()
    warm = subprocess.run(
        [
            sys.executable, "-m", "summarizer", "--quiet", "--cache-dir",
            str(cache_dir / "extractions"), *(["--prompt", args.prompt] if args.prompt else []),
            *(["--model", args.model] if args.model else []),
            "brief", *map(str, args.paths), "--out", str(cache_dir / "warm"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ},
    )  # fmt: skip
    warm_seconds = time.perf_counter() - warm_started

    # 4. Baseline.
    baseline = {}
    if not args.no_baseline:
        for article_id, text in texts.items():
            baseline[article_id] = plain_call(llm, text)
            print(f"  baseline {article_id}: {baseline[article_id]}", file=sys.stderr, flush=True)

    print(f"model load: {load_seconds:.1f}s; prompt: {extractor.template.name}")
    print(
        "| article | wall s | calls | attempts | prompt tok | evaluated tok | gen tok "
        "| raw limit s | wall / raw |" + (" plain call s | plain gen tok |" if baseline else "")
    )
    print("|---|---|---|---|---|---|---|---|---|" + ("---|---|" if baseline else ""))
    totals = {"wall": 0.0, "raw": 0.0, "plain": 0.0}
    for extraction, prompt_s, generate_s in rows:
        usage, article_id = extraction.usage, extraction.article.id
        raw = prompt_s + generate_s
        totals["wall"] += wall[article_id]
        totals["raw"] += raw
        line = (
            f"| {article_id} | {wall[article_id]:.1f} | {usage.calls} | {usage.attempts} "
            f"| {usage.prompt_tokens} | {usage.evaluated_tokens} | {usage.completion_tokens} "
            f"| {raw:.1f} ({prompt_s:.1f} + {generate_s:.1f}) | {wall[article_id] / raw:.2f} |"
        )
        if baseline:
            seconds, _, generated, finish = baseline[article_id]
            totals["plain"] += seconds
            line += f" {seconds:.1f} | {generated}{' (cut off)' if finish == 'length' else ''} |"
        print(line)
    usage = result.briefing.provenance.usage
    print(
        f"| **total** | {totals['wall']:.1f} | {usage.calls} | {usage.attempts} "
        f"| {usage.prompt_tokens} | {usage.evaluated_tokens} | {usage.completion_tokens} "
        f"| {totals['raw']:.1f} | {totals['wall'] / totals['raw']:.2f} |"
        + (f" {totals['plain']:.1f} | |" if baseline else "")
    )
    print(f"cold seed briefing: {cold_seconds:.1f}s (model load {load_seconds:.1f}s apart)")
    if baseline:
        speedup = totals["plain"] / cold_seconds
        print(f"plain JSON-schema calls: {totals['plain']:.1f}s; speed-up {speedup:.2f}x")
    print(
        f"warm re-run, new process, end to end: {warm_seconds:.2f}s "
        f"(exit {warm.returncode}{', ' + warm.stderr.strip() if warm.returncode else ''})"
    )
    print(
        f"peak resident memory: {cold_peak:.2f} GiB after the cold run, {peak_gib():.2f} at the end"
    )
    print(f"failures: {len(result.briefing.failures)}")
    print(json.dumps({"cache_dir": str(cache_dir)}))


if __name__ == "__main__":
    main()
