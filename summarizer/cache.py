"""Cached extractions on disk: one JSON file per (article text, model, template, schemas,
sampling, code) key. A re-run with nothing changed does no model work; an interrupted run
resumes from the articles already stored. Files are written atomically, so a kill never leaves
a corrupt entry and two runs sharing the cache at once only ever replace a whole file with an
equal one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .errors import SummarizerError
from .resources import cache_dir, write_atomic
from .types import Extraction


def default_dir() -> Path:
    return cache_dir() / "extractions"


@dataclass
class ExtractionCache:
    root: Path

    @classmethod
    def default(cls) -> ExtractionCache:
        return cls(default_dir())

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(
        self, key: str, check: Callable[[Extraction], object] | None = None
    ) -> Extraction | None:
        """The stored extraction, or None. An entry that is unreadable, from an incompatible
        version, or fails `check` (the checks a fresh extraction passes, which raise a
        SummarizerError) is treated as absent: deleted, to be rebuilt."""
        path = self._path(key)
        try:
            extraction = Extraction.model_validate_json(path.read_bytes())
            if check is not None:
                check(extraction)
        except FileNotFoundError:
            return None
        except (OSError, ValidationError, SummarizerError):
            path.unlink(missing_ok=True)
            return None
        return extraction

    def put(self, key: str, extraction: Extraction) -> None:
        write_atomic(self._path(key), extraction.model_dump_json())

    def entries(self) -> list[Path]:
        return sorted(self.root.glob("??/*.json")) if self.root.is_dir() else []

    def clear(self) -> int:
        """Remove every cached extraction; return how many there were."""
        count = len(self.entries())
        if self.root.is_dir():
            shutil.rmtree(self.root)
        return count
