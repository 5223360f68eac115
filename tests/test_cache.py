"""The cache of extractions: warm re-runs do no model work, a changed key re-runs only what it
affects, an interrupted (even killed) run resumes, and concurrent runs do not corrupt it."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends.replay import ReplayBackend
from summarizer.cache import ExtractionCache
from summarizer.extract import Extractor
from summarizer.generation import Generation, Request
from summarizer.load import read_article
from summarizer.pipeline import brief
from summarizer.prompting import load_template

from .conftest import RECORDINGS, SEEDS, stable_briefing


class CachedReplay(ReplayBackend):
    """The recorded real-model answers, as a backend whose extractions are cached; it counts
    the requests per article and can be told to stop (like Ctrl-C) at a given article."""

    cacheable = True

    def __init__(self, stop_at: str | None = None) -> None:
        super().__init__(RECORDINGS)
        self.asked: dict[str, int] = {}
        self.stop_at = stop_at

    def generate(self, request: Request) -> Generation:
        article = request.label.split("article ")[1].split(",")[0].strip("'")
        if article.startswith(self.stop_at or "\0"):
            raise KeyboardInterrupt
        self.asked[article] = self.asked.get(article, 0) + 1
        return super().generate(request)


def run(backend: Any, cache: ExtractionCache, paths: list[Path] | None = None):  # type: ignore[no-untyped-def]
    return brief(paths or [SEEDS], Extractor(backend, load_template("default")), cache=cache)


def test_warm_run_does_no_model_work_and_gives_the_same_briefing(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    cold_backend = CachedReplay()
    cold = run(cold_backend, cache)
    assert len(cold_backend.asked) == 5 and len(cache.entries()) == 5
    warm_backend = CachedReplay()
    warm = run(warm_backend, cache)
    assert warm_backend.asked == {}
    assert warm.briefing.failures == []
    assert stable_briefing(warm) == stable_briefing(cold)


def test_the_key_covers_text_model_template_sampling(tmp_path: Path) -> None:
    article = read_article(next(SEEDS.glob("003_*.txt")))
    base = Extractor(CachedReplay(), load_template("default"))
    key = base.cache_key(article)
    assert key == Extractor(CachedReplay(), load_template("default")).cache_key(article)
    other_template = Extractor(CachedReplay(), load_template("fewshot"))
    other_model = CachedReplay()
    other_model.model_sha256 = "0" * 64
    other_sampling = CachedReplay()
    other_sampling._sampling = {**other_sampling.sampling, "seed": 7}
    changed_text = read_article(next(SEEDS.glob("003_*.txt")))
    changed_text.meta.sha256 = "f" * 64
    keys = {
        other_template.cache_key(article),
        Extractor(other_model, load_template("default")).cache_key(article),
        Extractor(other_sampling, load_template("default")).cache_key(article),
        base.cache_key(changed_text),
        Extractor(CachedReplay(), load_template("default"), with_positions=False).cache_key(
            article
        ),
    }
    assert key not in keys and len(keys) == 5


def test_a_changed_article_reruns_only_that_article(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    cache = ExtractionCache(tmp_path / "cache")
    run(CachedReplay(), cache, [folder])
    changed = next(folder.glob("002_*.txt"))
    # A line first: every question about the article shows sentences numbered anew.
    changed.write_text("One more line.\n" + changed.read_text(encoding="utf-8"), "utf-8")
    backend = CachedReplay()
    result = run(backend, cache, [folder])
    # Only the changed article reaches the model (whose recordings do not know its passages).
    assert list(backend.asked) == [changed.stem]
    assert [f.file for f in result.briefing.failures] == [str(changed)]
    assert len(result.briefing.sources) == 4


def test_an_interrupted_run_resumes_from_the_articles_done(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    with pytest.raises(KeyboardInterrupt):
        run(CachedReplay(stop_at="002_"), cache)
    assert len(cache.entries()) == 2
    backend = CachedReplay()
    result = run(backend, cache)
    assert sorted(backend.asked) == sorted(p.stem for p in SEEDS.glob("00[234]_*.txt"))
    assert len(result.briefing.sources) == 5 and not result.briefing.failures


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    run(CachedReplay(), cache)
    damaged = cache.entries()[0]
    damaged.write_text('{"extraction_version": "1.0", "arti', encoding="utf-8")
    backend = CachedReplay()
    result = run(backend, cache)
    assert len(backend.asked) == 1 and not result.briefing.failures
    assert json.loads(damaged.read_text(encoding="utf-8"))["article"]


def test_concurrent_runs_share_the_cache_safely(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    results: list[Any] = []
    threads = [
        threading.Thread(target=lambda: results.append(run(CachedReplay(), cache)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2 and all(not r.briefing.failures for r in results)
    assert len(cache.entries()) == 5
    assert not list(cache.root.rglob("*.tmp"))
    backend = CachedReplay()
    run(backend, cache)
    assert backend.asked == {}


KILLED_RUN = """
import sys, time
from summarizer.cache import ExtractionCache
from tests.test_cache import CachedReplay, run

class Slow(CachedReplay):
    def generate(self, request):
        time.sleep(0.05)
        return super().generate(request)

run(Slow(), ExtractionCache(__import__("pathlib").Path(sys.argv[1])))
"""


def test_a_killed_run_leaves_a_usable_cache_and_the_next_run_completes(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(SEEDS.parent)}
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(root)], cwd=SEEDS.parent, env=env
    )
    cache = ExtractionCache(root)
    deadline = time.monotonic() + 120
    while len(cache.entries()) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = len(cache.entries())
    assert 2 <= done < 5, "the run should have been killed after two articles"
    backend = CachedReplay()
    result = run(backend, cache)
    assert len(backend.asked) == 5 - done
    assert len(result.briefing.sources) == 5 and not result.briefing.failures


def test_the_key_follows_every_file_of_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """No list of modules to keep up to date: the key takes the fingerprint of the whole
    installed package (tests/test_fingerprint.py shows any file's edit changes that)."""
    extract_module = importlib.import_module("summarizer.extract")  # not the API function
    article = read_article(next(SEEDS.glob("003_*.txt")))
    extractor = Extractor(CachedReplay(), load_template("default"))
    key = extractor.cache_key(article)
    monkeypatch.setattr(extract_module, "package_sha256", lambda: "0" * 64)
    assert extractor.cache_key(article) != key


def _damage(entry: Path, change: Any) -> None:
    data = json.loads(entry.read_text(encoding="utf-8"))
    change(data)
    entry.write_text(json.dumps(data), encoding="utf-8")


def _speaker_is_no_actor(data: dict[str, Any]) -> None:
    data["quotes"][0]["speaker"] = "Nobody Known"


def _quote_outside_the_article(data: dict[str, Any]) -> None:
    data["quotes"][0].update(start=10**6, end=10**6 + 3)


def _empty_span_outside_the_article(data: dict[str, Any]) -> None:
    data["quotes"][0].update(start=10**6, end=10**6, text="")


@pytest.mark.parametrize(
    "change", [_speaker_is_no_actor, _quote_outside_the_article, _empty_span_outside_the_article]
)
def test_an_inconsistent_cache_entry_is_rebuilt_not_used(tmp_path: Path, change: Any) -> None:
    """Valid JSON of the right shape is not enough: an entry must pass the checks a fresh
    extraction passes, or it is deleted and the article extracted again."""
    cache = ExtractionCache(tmp_path / "cache")
    cold = run(CachedReplay(), cache)
    entry = next(e for e in cache.entries() if json.loads(e.read_text("utf-8"))["quotes"])
    _damage(entry, change)
    backend = CachedReplay()
    warm = run(backend, cache)
    assert len(backend.asked) == 1 and not warm.briefing.failures
    assert stable_briefing(warm) == stable_briefing(cold)
