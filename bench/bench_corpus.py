"""Throughput of `summarizer stories`: articles extracted per minute by the local engine and by
Ray on this machine, side by side in one run, on the same input and backend; every output file
is compared between the engines.

The input is BASIL dev (50 events by three outlets) written, shuffled, as one JSON Lines file in
a temporary folder (the texts are never copied into the repository). The cache is off, so every
article is extracted in every run.

    python bench/bench_corpus.py                            # rules backend: no model, quick
    python bench/bench_corpus.py --backend llama --events 2  # the real model on 6 articles

Ray runs with 1 worker (the same compute as the local engine: its overhead) and with one worker
per CPU (its speed-up), on a Ray instance of this machine started once (its start-up is given
apart). With the in-process model, give each worker the CPUs its threads use: --worker-cpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import backends  # noqa: E402
from summarizer.engines import ExtractorSpec, RayEngine, RaySettings  # noqa: E402
from summarizer.pipeline import Engine, LocalEngine, make_stories  # noqa: E402


def write_input(basil: Path, path: Path, events: int | None) -> None:
    records = []
    for line in basil.read_text(encoding="utf-8").splitlines()[:events]:
        for article in json.loads(line)["articles"]:
            records.append({k: article[k] for k in ("text", "title", "url", "outlet", "date")})
    random.Random(0).shuffle(records)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def stable(folder: Path) -> dict[str, str]:
    """Every output file's text, with the clock's figures blanked in JSON."""

    def blank(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (0 if k == "seconds" else {} if k == "timings" else blank(v))
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [blank(v) for v in node]
        return node

    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".json":
                text = json.dumps(blank(json.loads(text)))
            files[path.relative_to(folder).as_posix()] = text
    return files


def run(name: str, engine: Engine, spec: ExtractorSpec, source: Path, out: Path) -> dict[str, Any]:
    extractor = spec.build()
    started = time.perf_counter()
    result = make_stories([source], extractor, out, engine=engine)
    total = time.perf_counter() - started
    extracted = sum(len(s.articles) for s in result.index.stories)
    seconds = result.index.provenance.timings["extract_seconds"]
    return {
        "engine": name,
        "articles": extracted,
        "extract_seconds": round(seconds, 1),
        "articles_per_minute": round(extracted / seconds * 60, 1),
        "total_seconds": round(total, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=ROOT.parent / "shared/eval/basil-dev.jsonl")
    parser.add_argument("--backend", default="rules", help="rules (default), llama, openai…")
    parser.add_argument("--events", type=int, default=None, help="Only the first N events.")
    parser.add_argument("--worker-cpus", type=float, default=1.0)
    args = parser.parse_args()
    import ray

    cpus = os.cpu_count() or 1
    spec = ExtractorSpec(
        backend=args.backend, settings=backends.settings_for(args.backend, {}), prompt=None
    )
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "basil.jsonl"
        write_input(args.basil, source, args.events)
        rows.append(run("local", LocalEngine(), spec, source, Path(folder) / "local"))
        started = time.perf_counter()
        ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)
        ray_start = time.perf_counter() - started
        try:
            widths = sorted({1, max(1, int(cpus // args.worker_cpus))})
            for workers in widths:
                settings = RaySettings(workers=workers, worker_cpus=args.worker_cpus)
                name = f"ray-{workers}"
                rows.append(run(name, RayEngine(spec, settings), spec, source, Path(folder) / name))
        finally:
            ray.shutdown()
        local = stable(Path(folder) / "local")
        same = all(stable(Path(folder) / row["engine"]) == local for row in rows[1:])
    print(f"backend {args.backend}, {cpus} CPUs; Ray start-up {ray_start:.1f}s (once)")
    print(f"{'engine':<8} {'articles':>8} {'extract s':>10} {'articles/min':>13} {'total s':>8}")
    for row in rows:
        print(
            f"{row['engine']:<8} {row['articles']:>8} {row['extract_seconds']:>10} "
            f"{row['articles_per_minute']:>13} {row['total_seconds']:>8}"
        )
    base = rows[0]["extract_seconds"]
    for row in rows[1:]:
        change = row["extract_seconds"] / base - 1
        print(f"{row['engine']}: {change:+.1%} extraction time against local")
    print(f"every output file the same as the local engine's: {same}")


if __name__ == "__main__":
    main()
