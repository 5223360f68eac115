"""Benchmark: the seed briefing with the default model, cold and warm, against the raw llama.cpp
limit for the same tokens and against a plain JSON-schema call, all in one run.

    python bench/bench_seeds.py [--prompt NAME] [--compare NAME] [--model PATH] [--no-baseline]
                                [ARTICLES...]

1. Cold: the briefing in this process, with an empty extraction cache and an empty model
   context, first with the design compared against (`--compare`, default the `whole-article`
   template, the design before passages), then with this one, on the same loaded model. Per
   article: wall time, model time and the rest (rules, merging), calls, prompt tokens evaluated
   by the kind of question (topic, speakers, stances), generated tokens; the share of articles
   that needed no model. Peak resident memory after it.
2. Raw limit: on the same loaded model, for each article, the time llama.cpp alone takes to
   evaluate that many prompt tokens (one batch, from an empty context) and to generate that
   many tokens (greedy, no grammar, no pipeline). The ratio says what the pipeline costs.
3. Warm: `summarizer brief` again in a new process on the now-filled cache, end to end.
4. Baseline (unless --no-baseline): per article, one plain llama-cpp-python chat call with the
   whole extraction as a JSON schema (`response_format`), max 2,000 tokens, as in the issue.

The ratios come last, each on a line of its own: `N\u00d7 faster than the plain call` and
`N\u00d7 faster than the whole-article design` (the multiplication sign).

A script, not a test: figures vary with the machine. Run nothing else on the cores meanwhile.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
from summarizer.generation import Generation, Request
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


class Accounting:
    """The backend as the pipeline sees it, noting per request the article, the kind of
    question, the prompt tokens evaluated and the seconds it took."""

    def __init__(self, inner: LlamaBackend) -> None:
        self.inner = inner
        self.name = inner.name
        self.model_name = inner.model_name
        self.model_sha256 = inner.model_sha256
        self.constrains_output = inner.constrains_output
        self.cacheable = inner.cacheable
        self.concurrency = inner.concurrency
        self.requests: list[tuple[str, str, int, float]] = []

    @property
    def sampling(self) -> dict[str, Any]:
        return self.inner.sampling

    def ready(self) -> None:
        self.inner.ready()

    def generate(self, request: Request) -> Generation:
        generation = self.inner.generate(request)
        found = LABEL.search(request.label)
        article, task = found.groups() if found else ("?", "?")
        self.requests.append((article, task, generation.evaluated_tokens, generation.seconds))
        return generation


TIMES = "\u00d7"
LABEL = re.compile(r"article '([^']*)', task (\w+)")
PURPOSES = ("topic", "speaker", "stance")


def cold_run(backend: LlamaBackend, paths: list[Path], prompt: str | None) -> dict[str, Any]:
    """The briefing from an empty cache and an empty model context, with what each article and
    each kind of question cost."""
    backend.llm.reset()
    backend.forget_prefixes()
    accounting = Accounting(backend)
    extractor = Extractor(accounting, load_template(prompt))  # type: ignore[arg-type]
    cache_dir = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
    wall: dict[str, float] = {}
    marks = {"last": time.perf_counter()}

    def done(article_id: str, status: str) -> None:
        now = time.perf_counter()
        wall[article_id] = now - marks["last"]
        print(f"  {article_id}: {wall[article_id]:.1f}s: {status}", file=sys.stderr, flush=True)
        marks["last"] = now

    started = time.perf_counter()
    result = brief(
        paths,
        extractor,
        out_dir=cache_dir / "out",
        progress=ProgressCallbacks(article_done=done),
        cache=ExtractionCache(cache_dir / "extractions"),
    )
    return {
        "seconds": time.perf_counter() - started,
        "result": result,
        "wall": wall,
        "requests": accounting.requests,
        "cache_dir": cache_dir,
        "template": extractor.template,
    }


def print_run(run: dict[str, Any]) -> None:
    result, wall, requests = run["result"], run["wall"], run["requests"]
    template = run["template"]
    print(f"\n### {template.name} (v{template.version}): {run['seconds']:.1f}s cold\n")
    print(
        "| article | wall s | model s | rule s | calls | evaluated tok | topic | speakers "
        "| stances | gen tok |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for extraction in result.extractions:
        article_id, usage = extraction.article.id, extraction.usage
        mine = [r for r in requests if r[0] == article_id]
        model_s = sum(r[3] for r in mine)
        by = {p: sum(r[2] for r in mine if r[1] == p) for p in PURPOSES}
        print(
            f"| {article_id} | {wall[article_id]:.1f} | {model_s:.1f} "
            f"| {wall[article_id] - model_s:.1f} | {usage.calls} | {usage.evaluated_tokens} "
            f"| {by['topic']} | {by['speaker']} | {by['stance']} | {usage.completion_tokens} |"
        )
    usage = result.briefing.provenance.usage
    model_s = sum(r[3] for r in requests)
    by = {p: sum(r[2] for r in requests if r[1] == p) for p in PURPOSES}
    total_wall = sum(wall.values())
    print(
        f"| **total** | {total_wall:.1f} | {model_s:.1f} | {total_wall - model_s:.1f} "
        f"| {usage.calls} | {usage.evaluated_tokens} | {by['topic']} | {by['speaker']} "
        f"| {by['stance']} | {usage.completion_tokens} |"
    )
    idle = sum(1 for e in result.extractions if e.usage.calls == 0)
    print(
        f"articles that needed no model: {idle} of {len(result.extractions)}; "
        "statements (reported speech): not asked of the model"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--prompt", default=None)
    parser.add_argument(
        "--compare",
        default="whole-article",
        help="The design to measure against on the same loaded model (a template name); "
        "'' for none.",
    )
    parser.add_argument("--model", default=None)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    backend = LlamaBackend(resolve(LlamaSettings.given(args.model).model))
    backend.ready()
    load_seconds = time.perf_counter() - started

    # 1. Cold, this design and (on the same loaded model) the one compared with.
    compared = cold_run(backend, args.paths, args.compare) if args.compare else None
    run = cold_run(backend, args.paths, args.prompt)
    cold_peak = peak_gib()
    result, wall, cache_dir = run["result"], run["wall"], run["cache_dir"]
    extractor_template = run["template"]

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

    print(f"model load: {load_seconds:.1f}s; prompt: {extractor_template.name}")
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
            f"| {raw:.1f} ({prompt_s:.1f} + {generate_s:.1f}) "
            f"| {wall[article_id] / raw if raw else float('nan'):.2f} |"
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
    for each in (compared, run):
        if each is not None:
            print_run(each)
    print()
    cold_seconds = run["seconds"]
    print(f"cold seed briefing: {cold_seconds:.1f}s (model load {load_seconds:.1f}s apart)")
    if baseline:
        print(f"plain JSON-schema calls: {totals['plain']:.1f}s")
        print(f"{totals['plain'] / cold_seconds:.2f}{TIMES} faster than the plain call")
    if compared is not None:
        name = compared["template"].name
        print(f"{name} design, same loaded model: {compared['seconds']:.1f}s")
        print(f"{compared['seconds'] / cold_seconds:.2f}{TIMES} faster than the {name} design")
        before = compared["result"].briefing.provenance.usage.evaluated_tokens
        print(f"{before / max(usage.evaluated_tokens, 1):.2f}{TIMES} fewer evaluated tokens")
    print(
        f"warm re-run, new process, end to end: {warm_seconds:.2f}s "
        f"(exit {warm.returncode}{', ' + warm.stderr.strip() if warm.returncode else ''})"
    )
    print(
        f"peak resident memory: {cold_peak:.2f} GiB after the cold runs, "
        f"{peak_gib():.2f} at the end"
    )
    print(f"failures: {len(result.briefing.failures)}")
    print(json.dumps({"cache_dir": str(cache_dir)}))


if __name__ == "__main__":
    main()
