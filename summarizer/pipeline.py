"""The whole job: articles on disk → extractions → merged briefing → files."""

from __future__ import annotations

import contextlib
import functools
import os
import queue
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Protocol

from . import merge, readers, render, stories
from .cache import ExtractionCache
from .errors import ConfigError, ModelLoadError, SummarizerError
from .extract import Extractor, check_grounded
from .generation import Backend, Interruptible
from .load import Article
from .prompting import PromptTemplate
from .resources import write_atomic
from .types import (
    Briefing,
    Extraction,
    ExtractionProvenance,
    ExtractOutput,
    Failure,
    IndexArticle,
    IndexStory,
    Provenance,
    StoryIndex,
    Usage,
)

if sys.platform != "win32":
    import fcntl


def tool_version() -> str:
    try:
        return version("summarizer")
    except PackageNotFoundError:  # running from a checkout that was not installed
        return "0+unknown"


def made_with(backend: Backend, template: PromptTemplate) -> dict[str, Any]:
    """What every output's provenance says about the tool, the model, the template and the
    sampling."""
    return {
        "tool_version": tool_version(),
        "backend": backend.name,
        "model": backend.model_name,
        "model_sha256": backend.model_sha256,
        "prompt": f"{template.name}@{template.version}",
        "prompt_sha256": template.sha256,
        "sampling": backend.sampling,
    }


def check_out_dir(out_dir: Path) -> None:
    """Refuse, before any work, a folder the briefing could not be written into: an existing
    file, a folder that is not writable, a path that cannot be created."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ConfigError(f"--out {out_dir} is a file, not a folder: give a folder's path")
    existing = out_dir
    while not existing.exists():
        if existing.is_symlink():  # a dangling link: mkdir would fail on it
            raise ConfigError(f"--out {out_dir} cannot be created: {existing} is a broken link")
        existing = existing.parent
    if not existing.is_dir():
        raise ConfigError(f"--out {out_dir} cannot be created: {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError(
            f"--out {out_dir} cannot be written: {existing} is not writable; give another folder"
        )


@dataclass
class ProgressCallbacks:
    """Callbacks the CLI uses to show per-article progress; all optional."""

    start: Callable[[int], None] = lambda total: None
    article_done: Callable[[str, str], None] = lambda article_id, status: None
    event: Callable[[str], None] = lambda message: None


@dataclass
class BriefResult:
    briefing: Briefing
    extractions: list[Extraction]
    texts: dict[int, str] = field(default_factory=dict)  # source number → article text
    files: dict[str, Path] = field(default_factory=dict)


def extract_one(
    article: Article, extractor: Extractor, cache: ExtractionCache | None
) -> tuple[Extraction, bool]:
    """The article's extraction and whether it came from the cache, where it is found when
    nothing that decides it has changed; a fresh extraction is stored at once, so an
    interrupted run resumes from there."""
    if cache is None or not extractor.backend.cacheable:
        extractor.backend.ready()
        return extractor.extract(article), False
    key = extractor.cache_key(article)
    # An entry must hold what a fresh extraction holds, or it is rebuilt.
    hit = cache.get(key, check=lambda entry: check_grounded(entry, article.text))
    if hit is not None:
        # Same text, maybe another file name: the offsets hold, the metadata is today's.
        return hit.model_copy(update={"article": article.meta}), True
    extractor.backend.ready()
    extraction = extractor.extract(article)
    cache.put(key, extraction)
    return extraction, False


def extract_output(extraction: Extraction, cached: bool, extractor: Extractor) -> ExtractOutput:
    """An extraction with its provenance, as `summarizer extract` prints it; a cached one gets
    today's settings, which are those it was made with (they are in its cache key)."""
    return ExtractOutput(
        extraction=extraction,
        provenance=ExtractionProvenance(
            **made_with(extractor.backend, extractor.template), cached=cached
        ),
    )


def extract_all(
    paths: list[Path],
    extractor: Extractor,
    progress: ProgressCallbacks,
    cache: ExtractionCache | None = None,
    texts: dict[str, str] | None = None,
) -> tuple[list[Extraction], list[Failure]]:
    """Extract every article; one that fails is listed with its reason and the rest go on.
    With a backend that serves several requests at once, articles run in parallel."""
    items = list(readers.read_inputs(paths))  # text, web pages, feeds, JSON Lines, archives
    progress.start(len(items))
    articles: list[Article] = []
    failures: list[Failure] = []
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
            progress.article_done(Path(item.file).stem, f"failed: {item.error}")
            continue
        article = item
        if article.meta.sha256 in seen:
            error = f"{article.meta.file} has the same text as {seen[article.meta.sha256]}: skipped"
            failures.append(Failure(file=article.meta.file, error=error))
            progress.article_done(article.meta.id, f"failed: {error}")
            continue
        seen[article.meta.sha256] = article.meta.file
        articles.append(article)
        if texts is not None:
            texts[article.meta.sha256] = article.text

    results: dict[int, Extraction] = {}

    def finish(index: int, work: Callable[[], tuple[Extraction, bool]]) -> None:
        article = articles[index]
        try:
            extraction, cached = work()
        except ModelLoadError:
            raise  # no article can succeed: the run stops with the model's message
        except SummarizerError as exc:
            failures.append(Failure(file=article.meta.file, error=str(exc)))
            progress.article_done(article.meta.id, f"failed: {exc}")
            return
        results[index] = extraction
        progress.article_done(
            article.meta.id,
            "cached"
            if cached
            else f"{len(extraction.actors)} actors, {len(extraction.quotes)} quotes, "
            f"{extraction.usage.seconds:.1f}s",
        )

    workers = min(max(1, extractor.backend.concurrency), len(articles))
    if workers <= 1:
        for index, article in enumerate(articles):
            finish(index, functools.partial(extract_one, article, extractor, cache))
    else:
        in_parallel(
            [functools.partial(extract_one, article, extractor, cache) for article in articles],
            workers,
            finish,
            on_stop=extractor.backend.interrupt
            if isinstance(extractor.backend, Interruptible)
            else None,
        )
    return [results[i] for i in sorted(results)], failures


def in_parallel(
    jobs: list[Callable[[], Any]],
    workers: int,
    finish: Callable[[int, Callable[[], Any]], None],
    on_stop: Callable[[], None] | None = None,
) -> None:
    """Run the jobs on `workers` threads; `finish(index, outcome)` runs here, on the calling
    thread, as each job ends (`outcome()` returns the job's value or raises its exception)."""
    for index, outcome in as_completed(jobs, workers, on_stop):
        finish(index, outcome)


def as_completed(
    jobs: list[Callable[[], Any]],
    workers: int,
    on_stop: Callable[[], None] | None = None,
) -> Iterator[tuple[int, Callable[[], Any]]]:
    """Run the jobs on `workers` threads and yield (index, outcome) on the calling thread as each
    job ends (`outcome()` returns the job's value or raises its exception).

    The workers are daemon threads, and this thread only waits on a queue: Ctrl-C (or an
    exception where the outcomes are used) stops the run at once instead of waiting for requests
    in flight (up to 3 x --timeout). The workers take no new job after that and `on_stop` tells
    the backend to give up between retries; what finished before is already in the cache."""
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(jobs)):
        todo.put(index)
    done: queue.SimpleQueue[tuple[int, Callable[[], Any]]] = queue.SimpleQueue()
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            try:
                index = todo.get_nowait()
            except queue.Empty:
                return
            try:
                value = jobs[index]()
            except BaseException as exc:  # handed to the calling thread, which decides
                done.put((index, functools.partial(_reraise, exc)))
            else:
                done.put((index, functools.partial(_identity, value)))

    for number in range(workers):
        threading.Thread(target=work, name=f"summarizer-worker-{number}", daemon=True).start()
    try:
        for _ in jobs:
            yield done.get()
    except BaseException:  # Ctrl-C, an exception thrown in, or the generator closed early
        stop.set()
        if on_stop is not None:
            on_stop()
        raise


def _identity(value: Any) -> Any:
    return value


def _reraise(exc: BaseException) -> Any:
    raise exc


def build_briefing(
    extractions: list[Extraction],
    failures: list[Failure],
    backend: Backend,
    template: PromptTemplate,
    timings: dict[str, float],
) -> Briefing:
    extractions = merge.confirm_across(extractions)
    sources = merge.sources_of(extractions)
    actors, index = merge.resolve_actors(extractions, sources)
    positions, issues = merge.merge_positions(extractions, sources, index)
    usage = Usage()
    for extraction in extractions:
        for name in ("calls", "attempts", "prompt_tokens", "evaluated_tokens", "completion_tokens"):
            setattr(usage, name, getattr(usage, name) + getattr(extraction.usage, name))
        usage.seconds += extraction.usage.seconds
    usage.seconds = round(usage.seconds, 3)
    rejected = Counter(r.kind for e in extractions for r in e.rejected)
    quotes = merge.align_quotes(extractions, sources, index)
    agreements, disagreements, doubts = merge.compare_sources(positions, quotes)
    statements = merge.align_statements(extractions, sources, index, positions)
    return Briefing(
        headline=merge.write_headline(actors, positions),
        overview=merge.write_overview(sources, actors, positions, quotes, disagreements),
        sources=sources,
        actors=actors,
        issues=issues,
        positions=positions,
        quotes=quotes,
        statements=statements,
        agreements=agreements,
        disagreements=disagreements,
        doubts=doubts,
        failures=sorted(failures, key=lambda f: f.file),
        rejected=dict(sorted(rejected.items())),
        provenance=Provenance(
            **made_with(backend, template),
            timings={k: round(v, 3) for k, v in timings.items()},
            usage=usage,
        ),
    )


def brief(
    paths: list[Path],
    extractor: Extractor,
    out_dir: Path | None = None,
    progress: ProgressCallbacks | None = None,
    cache: ExtractionCache | None = None,
) -> BriefResult:
    if out_dir is not None:
        check_out_dir(out_dir)
    progress = progress or ProgressCallbacks()
    if extractor.on_event is None:
        extractor.on_event = progress.event
    started = time.perf_counter()
    texts: dict[str, str] = {}
    extractions, failures = extract_all(paths, extractor, progress, cache, texts)
    timings = {"extract_seconds": time.perf_counter() - started}
    briefing = build_briefing(extractions, failures, extractor.backend, extractor.template, timings)
    briefing.provenance.timings["total_seconds"] = round(time.perf_counter() - started, 3)
    result = BriefResult(
        briefing=briefing,
        extractions=extractions,
        texts={s.ref: texts[s.sha256] for s in briefing.sources},
    )
    if out_dir is not None:
        result.files = write_briefing(briefing, out_dir, result.texts)
    return result


def write_briefing(briefing: Briefing, out_dir: Path, texts: dict[int, str]) -> dict[str, Path]:
    """briefing.md, briefing.html and briefing.json, each written atomically, the three under
    one lock of the folder: two runs writing into one folder at once leave the three files of
    one of them, never a mix."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {
        "markdown": (out_dir / "briefing.md", render.markdown(briefing)),
        "html": (out_dir / "briefing.html", render.html(briefing, texts)),
        "json": (out_dir / "briefing.json", render.json_text(briefing)),
    }
    with _locked(out_dir / OUTPUT_LOCK):
        for path, text in outputs.values():
            write_atomic(path, text)
    return {kind: path for kind, (path, _) in outputs.items()}


OUTPUT_LOCK = ".briefing.lock"


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) while the block runs."""
    with path.open("a") as handle:
        if sys.platform != "win32":  # no advisory locks there: concurrent runs may mix files
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


# --- `summarizer stories`: a pile of articles → stories → a briefing per story ---------------


@dataclass
class StoryProgress:
    """Callbacks for the progress of a whole stories job; all optional. `step` names one of
    the job's counters: "read", "extracted", "stories"."""

    total: Callable[[str, int], None] = lambda step, count: None
    done: Callable[[str, str, str], None] = lambda step, label, status: None
    event: Callable[[str], None] = lambda message: None


Outcome = tuple[int, Extraction | SummarizerError]


class Engine(Protocol):
    """Runs the extractions the cache does not hold; the driver keeps the cache and merges."""

    name: str

    def run(self, articles: list[Article], extractor: Extractor) -> Iterator[Outcome]:
        """(position in `articles`, its extraction or the error that stopped it), in any
        order. A ModelLoadError is raised: no article can succeed."""
        ...


class LocalEngine:
    """This process: one article at a time, or the backend's concurrency in threads."""

    name = "local"

    def run(self, articles: list[Article], extractor: Extractor) -> Iterator[Outcome]:
        def work(index: int) -> Outcome:
            extractor.backend.ready()
            try:
                return index, extractor.extract(articles[index])
            except ModelLoadError:
                raise
            except SummarizerError as exc:
                return index, exc

        workers = max(1, extractor.backend.concurrency)
        if workers == 1:
            yield from (work(i) for i in range(len(articles)))
            return
        backend = extractor.backend
        jobs: list[Callable[[], Any]] = [functools.partial(work, i) for i in range(len(articles))]
        on_stop = backend.interrupt if isinstance(backend, Interruptible) else None
        for _, outcome in as_completed(jobs, workers, on_stop):
            yield outcome()


def extract_articles(
    articles: list[Article],
    extractor: Extractor,
    cache: ExtractionCache | None,
    engine: Engine,
    on_done: Callable[[Article, str], None] = lambda article, status: None,
) -> tuple[dict[int, Extraction], list[Failure]]:
    """Each article's extraction: from the cache where it holds one (looked up here, on the
    driver), else from the engine, stored in the cache as soon as it arrives, so a killed run
    resumes from there. An article that fails is listed and the others go on."""
    results: dict[int, Extraction] = {}
    failures: list[Failure] = []
    use_cache = cache is not None and extractor.backend.cacheable
    keys: dict[int, str] = {}
    missing: list[int] = []
    for index, article in enumerate(articles):
        if cache is not None and use_cache:
            keys[index] = extractor.cache_key(article)
            hit = cache.get(keys[index])
            if hit is not None:
                results[index] = hit.model_copy(update={"article": article.meta})
                on_done(article, "cached")
                continue
        missing.append(index)
    for position, outcome in engine.run([articles[i] for i in missing], extractor):
        index = missing[position]
        article = articles[index]
        if isinstance(outcome, SummarizerError):
            failures.append(Failure(file=article.meta.file, error=str(outcome)))
            on_done(article, f"failed: {outcome}")
            continue
        if cache is not None and use_cache:
            cache.put(keys[index], outcome)
        results[index] = outcome.model_copy(update={"article": article.meta})
        on_done(
            article,
            f"{len(outcome.actors)} actors, {len(outcome.quotes)} quotes, "
            f"{outcome.usage.seconds:.1f}s",
        )
    return results, failures


@dataclass
class StoriesResult:
    index: StoryIndex
    files: dict[str, Path] = field(default_factory=dict)  # the index's files


KEY_ACTORS = 5  # actors an index entry names


def read_and_group(
    paths: list[Path], progress: StoryProgress
) -> tuple[list[Article], list[Failure], stories.Grouping]:
    """Read every input (streamed) and group the articles into stories: text features only,
    before any model work. Article ids are made unique by a suffix."""
    articles: list[Article] = []
    failures: list[Failure] = []
    items: list[stories.Features] = []
    copies: list[int | None] = []
    dedup = stories.Deduplicator()
    ids: set[str] = set()
    for item in readers.read_inputs(paths):
        if isinstance(item, Failure):
            failures.append(item)
            progress.done("read", item.file, f"failed: {item.error}")
            continue
        article = item
        if article.meta.id in ids:
            suffix = 2
            while f"{article.meta.id}-{suffix}" in ids:
                suffix += 1
            meta = article.meta.model_copy(update={"id": f"{article.meta.id}-{suffix}"})
            article = Article(meta=meta, text=article.text)
        ids.add(article.meta.id)
        copies.append(dedup.add(len(articles), article))
        items.append(stories.features(article))
        articles.append(article)
        progress.done("read", article.meta.id, "read")
    progress.event(f"grouping {len(articles)} articles")
    return articles, failures, stories.group_features(items, copies)


def make_stories(
    paths: list[Path],
    extractor: Extractor,
    out_dir: Path,
    *,
    engine: Engine | None = None,
    progress: StoryProgress | None = None,
    cache: ExtractionCache | None = None,
) -> StoriesResult:
    """The whole stories job: read, fold duplicates and group (no model), extract the articles
    of every story (cached), then write a briefing per story and the index."""
    progress = progress or StoryProgress()
    engine = engine or LocalEngine()
    if extractor.on_event is None:
        extractor.on_event = progress.event
    started = time.perf_counter()
    articles, failures, grouping = read_and_group(paths, progress)
    grouped_at = time.perf_counter()
    wanted = sorted({i for members in grouping.stories for i in members})
    progress.total("extracted", len(wanted))

    def done(article: Article, status: str) -> None:
        progress.done("extracted", article.meta.id, status)

    extracted, extraction_failures = extract_articles(
        [articles[i] for i in wanted], extractor, cache, engine, done
    )
    by_article = {wanted[position]: e for position, e in extracted.items()}
    failed_by_file = {f.file: f for f in extraction_failures}
    extracted_at = time.perf_counter()
    progress.total("stories", len(grouping.stories))
    entries: list[IndexStory] = []
    for number, members in enumerate(grouping.stories, start=1):
        story_id = f"story-{number:03d}"
        extractions = [by_article[i] for i in members if i in by_article]
        story_failures = [
            failed_by_file[articles[i].meta.file]
            for i in members
            if articles[i].meta.file in failed_by_file
        ]
        briefing = build_briefing(
            extractions, story_failures, extractor.backend, extractor.template, {}
        )
        texts = {s.ref: articles[_index_of(articles, members, s.id)].text for s in briefing.sources}
        files = write_briefing(briefing, out_dir / story_id, texts)
        entries.append(
            IndexStory(
                id=story_id,
                headline=briefing.headline,
                title=next((t for i in members if (t := articles[i].meta.title)), None),
                outlets=sorted({o for i in members if (o := articles[i].meta.outlet)}),
                dates=sorted({d for i in members if (d := articles[i].meta.date)}),
                key_actors=[a.name for a in briefing.actors if a.kind == "named"][:KEY_ACTORS],
                disagreements=len(briefing.disagreements),
                briefing={
                    kind: path.relative_to(out_dir).as_posix() for kind, path in files.items()
                },
                articles=[_index_article(articles[i]) for i in members],
            )
        )
        progress.done("stories", story_id, briefing.headline)
    finished = time.perf_counter()
    usage = Usage()
    for extraction in by_article.values():
        for name in ("calls", "attempts", "prompt_tokens", "evaluated_tokens", "completion_tokens"):
            setattr(usage, name, getattr(usage, name) + getattr(extraction.usage, name))
        usage.seconds += extraction.usage.seconds
    usage.seconds = round(usage.seconds, 3)
    backend, template = extractor.backend, extractor.template
    index = StoryIndex(
        stories=entries,
        unassigned=[_index_article(articles[i]) for i in grouping.unassigned],
        duplicates=[
            _index_article(articles[i], duplicate_of=articles[kept].meta.id)
            for i, kept in sorted(grouping.duplicates.items())
        ],
        failures=sorted(failures + extraction_failures, key=lambda f: f.file),
        grouping=dict(stories.THRESHOLDS),
        provenance=Provenance(
            tool_version=tool_version(),
            backend=backend.name,
            model=backend.model_name,
            model_sha256=backend.model_sha256,
            prompt=f"{template.name}@{template.version}",
            prompt_sha256=template.sha256,
            sampling=backend.sampling,
            timings={
                "read_and_group_seconds": round(grouped_at - started, 3),
                "extract_seconds": round(extracted_at - grouped_at, 3),
                "write_seconds": round(finished - extracted_at, 3),
                "total_seconds": round(finished - started, 3),
            },
            usage=usage,
        ),
    )
    return StoriesResult(index=index, files=write_index(index, out_dir))


def _index_of(articles: list[Article], members: list[int], article_id: str) -> int:
    return next(i for i in members if articles[i].meta.id == article_id)


def _index_article(article: Article, duplicate_of: str | None = None) -> IndexArticle:
    meta = article.meta
    return IndexArticle(
        id=meta.id,
        file=meta.file,
        url=meta.url,
        title=meta.title,
        outlet=meta.outlet,
        date=meta.date,
        duplicate_of=duplicate_of,
    )


def write_index(index: StoryIndex, out_dir: Path) -> dict[str, Path]:
    """index.md, index.html and index.json, each written atomically."""
    outputs = {
        "markdown": (out_dir / "index.md", render.index_markdown(index)),
        "html": (out_dir / "index.html", render.index_html(index)),
        "json": (out_dir / "index.json", render.index_json(index)),
    }
    for path, text in outputs.values():
        write_atomic(path, text)
    return {kind: path for kind, (path, _) in outputs.items()}
