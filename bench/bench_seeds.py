"""Benchmark: the seed briefing with the default model, per article and in total.

    python bench/bench_seeds.py [--prompt NAME] [--model PATH] [ARTICLES...]

Prints wall time, model calls, attempts, prompt and generated tokens per article, the total,
and the peak resident memory of the process. A script, not a test: figures vary with the machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from summarizer.backends import open_backend
from summarizer.extract import Extractor
from summarizer.pipeline import Progress, brief
from summarizer.prompting import load_template

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--prompt", default=None)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    started = time.perf_counter()
    backend = open_backend("llama", model=args.model)
    load_seconds = time.perf_counter() - started
    extractor = Extractor(backend, load_template(args.prompt))
    marks = {"last": time.perf_counter()}

    def done(article_id: str, status: str) -> None:
        now = time.perf_counter()
        print(
            f"  finished {article_id} after {now - marks['last']:.1f}s wall: {status}",
            file=sys.stderr,
        )
        marks["last"] = now

    marks["last"] = time.perf_counter()
    result = brief(args.paths, extractor, progress=Progress(article_done=done))
    total = time.perf_counter() - started

    print(f"model load: {load_seconds:.1f}s")
    header = ("article", "seconds", "calls", "attempts", "prompt tok", "gen tok")
    print("{:<24} {:>8} {:>6} {:>8} {:>10} {:>8}".format(*header))
    for extraction in result.extractions:
        usage = extraction.usage
        print(
            f"{extraction.article.id:<24} {usage.seconds:>8.1f} {usage.calls:>6} "
            f"{usage.attempts:>8} {usage.prompt_tokens:>10} {usage.completion_tokens:>8}"
        )
    usage = result.briefing.provenance.usage
    print(
        f"{'total (model time)':<24} {usage.seconds:>8.1f} {usage.calls:>6} {usage.attempts:>8} "
        f"{usage.prompt_tokens:>10} {usage.completion_tokens:>8}"
    )
    print(f"wall time, model load included: {total:.1f}s")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory: {peak_kib / 1024 / 1024:.2f} GiB")
    print(f"failures: {len(result.briefing.failures)}")


if __name__ == "__main__":
    main()
