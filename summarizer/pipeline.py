"""The whole job: articles on disk → extractions → merged briefing → files."""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import merge, render
from .errors import InputError, SummarizerError
from .extract import Extractor
from .generation import Backend
from .load import Article, find_articles, read_article
from .prompting import PromptTemplate
from .types import Briefing, Extraction, Failure, Provenance, Usage


def tool_version() -> str:
    try:
        return version("summarizer")
    except PackageNotFoundError:  # running from a checkout that was not installed
        return "0+unknown"


@dataclass
class Progress:
    """Callbacks the CLI uses to show per-article progress; all optional."""

    start: Callable[[int], None] = lambda total: None
    article_done: Callable[[str, str], None] = lambda article_id, status: None
    event: Callable[[str], None] = lambda message: None


@dataclass
class BriefResult:
    briefing: Briefing
    extractions: list[Extraction]
    files: dict[str, Path] = field(default_factory=dict)


def extract_all(
    paths: list[Path], extractor: Extractor, progress: Progress
) -> tuple[list[Extraction], list[Failure]]:
    files = find_articles(paths)
    progress.start(len(files))
    extractions: list[Extraction] = []
    failures: list[Failure] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            article: Article = read_article(path)
            if article.meta.sha256 in seen:
                raise InputError(
                    f"{path} has the same text as {seen[article.meta.sha256]}: skipped"
                )
            seen[article.meta.sha256] = path
            extraction = extractor.extract(article)
        except SummarizerError as exc:
            failures.append(Failure(file=str(path), error=str(exc)))
            progress.article_done(path.stem, f"failed: {exc}")
            continue
        extractions.append(extraction)
        progress.article_done(
            path.stem,
            f"{len(extraction.actors)} actors, {len(extraction.quotes)} quotes, "
            f"{extraction.usage.seconds:.1f}s",
        )
    return extractions, failures


def build_briefing(
    extractions: list[Extraction],
    failures: list[Failure],
    backend: Backend,
    template: PromptTemplate,
    timings: dict[str, float],
) -> Briefing:
    sources = merge.sources_of(extractions)
    actors, index = merge.resolve_actors(extractions, sources)
    position_list = merge.positions(extractions, sources, index)
    usage = Usage()
    for extraction in extractions:
        for name in ("calls", "attempts", "prompt_tokens", "completion_tokens"):
            setattr(usage, name, getattr(usage, name) + getattr(extraction.usage, name))
        usage.seconds += extraction.usage.seconds
    usage.seconds = round(usage.seconds, 3)
    rejected = Counter(r.kind for e in extractions for r in e.rejected)
    return Briefing(
        headline=merge.headline(actors, position_list),
        sources=sources,
        actors=actors,
        positions=position_list,
        quotes=merge.align_quotes(extractions, sources, index),
        failures=sorted(failures, key=lambda f: f.file),
        rejected=dict(sorted(rejected.items())),
        provenance=Provenance(
            tool_version=tool_version(),
            backend=backend.name,
            model=backend.model_name,
            model_sha256=backend.model_sha256,
            prompt=f"{template.name}@{template.version}",
            prompt_sha256=template.sha256,
            sampling=backend.sampling,
            timings={k: round(v, 3) for k, v in timings.items()},
            usage=usage,
        ),
    )


def brief(
    paths: list[Path],
    extractor: Extractor,
    out_dir: Path | None = None,
    progress: Progress | None = None,
) -> BriefResult:
    progress = progress or Progress()
    if extractor.on_event is None:
        extractor.on_event = progress.event
    started = time.perf_counter()
    extractions, failures = extract_all(paths, extractor, progress)
    timings = {"extract_seconds": time.perf_counter() - started}
    briefing = build_briefing(extractions, failures, extractor.backend, extractor.template, timings)
    briefing.provenance.timings["total_seconds"] = round(time.perf_counter() - started, 3)
    result = BriefResult(briefing=briefing, extractions=extractions)
    if out_dir is not None:
        result.files = write_briefing(briefing, out_dir)
    return result


def write_briefing(briefing: Briefing, out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {
        "markdown": (out_dir / "briefing.md", render.markdown(briefing)),
        "json": (out_dir / "briefing.json", render.json_text(briefing)),
    }
    for path, text in outputs.values():
        write_atomic(path, text)
    return {kind: path for kind, (path, _) in outputs.items()}


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
