"""The Python API the CLI is built on: usable from a notebook or another program.

import summarizer
extraction = summarizer.extract(open("article.txt").read())
result = summarizer.brief(["seeds/"], out="briefing")
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from . import backends
from .cache import ExtractionCache
from .extract import Extractor
from .generation import Backend
from .load import Article, describe
from .pipeline import BriefResult, ProgressCallbacks
from .pipeline import brief as _brief
from .prompting import usable_template
from .settings import LlamaSettings
from .types import Extraction


def extractor(
    *, model: str | None = None, prompt: str | None = None, backend: Backend | None = None
) -> Extractor:
    """An Extractor on the given model (default: SUMMARIZER_MODEL, else the embedded default
    model) and template."""
    return Extractor(
        backend=backend or backends.create("llama", LlamaSettings.given(model)),
        template=usable_template(prompt),
    )


def extract(
    text: str,
    *,
    name: str = "article",
    model: str | None = None,
    prompt: str | None = None,
    backend: Backend | None = None,
) -> Extraction:
    """Actors, positions and grounded quotes of one article's text."""
    article = Article(meta=describe(text, Path(name)), text=text)
    return extractor(model=model, prompt=prompt, backend=backend).extract(article)


def brief(
    paths: Sequence[str | Path],
    *,
    out: str | Path | None = None,
    model: str | None = None,
    prompt: str | None = None,
    backend: Backend | None = None,
    progress: ProgressCallbacks | None = None,
    cache: bool = True,
) -> BriefResult:
    """A cross-source briefing of the articles at `paths` (files or folders). Extractions are
    cached on disk (see `summarizer cache`) unless `cache` is False."""
    return _brief(
        [Path(p) for p in paths],
        extractor(model=model, prompt=prompt, backend=backend),
        Path(out) if out is not None else None,
        progress,
        ExtractionCache.default() if cache else None,
    )
