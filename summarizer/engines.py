"""Where the extractions of `summarizer stories` run: in this process (`local`), or as Ray actors
on one machine or a cluster (`ray`, the optional extra `pip install '.[ray]'`).

With Ray, reading, grouping, the cache and the merge stay on the driver; only the articles the
cache lacks go to the workers. Each worker is an actor that builds its backend once (loads the
model once, or connects to a served one) and extracts one article per call, so the output is the
local engine's, file for file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import backends
from .errors import ConfigError, ModelLoadError, SummarizerError
from .extract import Extractor
from .load import Article
from .pipeline import Engine, LocalEngine, Outcome
from .prompting import usable_template


@dataclass(frozen=True)
class ExtractorSpec:
    """What a worker needs to build the driver's extractor where it runs: plain, picklable
    values (the backend itself, with a loaded model, never travels)."""

    backend: str
    settings: Any  # the backend's settings dataclass
    prompt: str | None
    with_positions: bool = True

    def build(self) -> Extractor:
        extractor = Extractor(
            backend=backends.create(self.backend, self.settings),
            template=usable_template(self.prompt),
        )
        extractor.with_positions = self.with_positions
        return extractor


@dataclass(frozen=True)
class RaySettings:
    address: str | None = None  # None: a Ray instance of this machine (started if none runs)
    workers: int | None = None  # None: as many as the cluster's CPUs allow
    worker_cpus: float = 1.0  # CPUs each worker reserves (the model's threads)


class _Worker:
    """One Ray actor: its extractor is built once, on first use."""

    def __init__(self, spec: ExtractorSpec) -> None:
        self.spec = spec
        self.extractor: Extractor | None = None

    def extract(self, position: int, article: Article) -> Outcome:
        if self.extractor is None:
            self.extractor = self.spec.build()
        self.extractor.backend.ready()
        try:
            return position, self.extractor.extract(article)
        except ModelLoadError:
            raise
        except SummarizerError as exc:
            return position, SummarizerError(str(exc))  # its message, picklable whatever it was


class RayEngine:
    name = "ray"

    def __init__(self, spec: ExtractorSpec, settings: RaySettings | None = None) -> None:
        self.spec = spec
        self.settings = settings or RaySettings()

    def run(self, articles: list[Article], extractor: Extractor) -> Iterator[Outcome]:
        if not articles:
            return
        ray = _ray()
        if not ray.is_initialized():
            ray.init(
                address=self.settings.address,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.WARNING,
            )
        cpus = float(ray.cluster_resources().get("CPU", 1.0))
        count = self.settings.workers or max(1, int(cpus // self.settings.worker_cpus))
        count = min(count, len(articles))
        worker = ray.remote(num_cpus=self.settings.worker_cpus)(_Worker)
        actors = [worker.remote(self.spec) for _ in range(count)]
        pool = ray.util.ActorPool(actors)
        try:
            outcomes = pool.map_unordered(
                lambda actor, job: actor.extract.remote(*job), list(enumerate(articles))
            )
            yield from outcomes
        except ray.exceptions.RayTaskError as exc:
            cause = exc.as_instanceof_cause()
            if isinstance(cause, ModelLoadError):
                raise ModelLoadError(str(cause)) from exc
            raise
        finally:
            for actor in actors:
                ray.kill(actor)


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(
            "--engine ray needs Ray: pip install 'summarizer[ray]' (or choose --engine local)"
        ) from exc
    return ray


ENGINES: dict[str, Callable[[ExtractorSpec, RaySettings], Engine]] = {
    "local": lambda spec, settings: LocalEngine(),
    "ray": RayEngine,
}


def create(name: str, spec: ExtractorSpec, settings: RaySettings | None = None) -> Engine:
    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
    return ENGINES[name](spec, settings or RaySettings())
