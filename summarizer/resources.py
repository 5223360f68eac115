"""Where things live on disk: the shipped data (in the wheel or at the top of a checkout), the
user cache, and the one way this project writes a file (atomically)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

from .settings import from_environment

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder `name` (prompts, schemas, models) of an installed wheel or a checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"summarizer's {name}/ folder is missing from this installation")


def cache_dir() -> Path:
    """The user cache (assembled model, remembered hashes, cached extractions);
    SUMMARIZER_CACHE_DIR overrides it."""
    return from_environment().cache_dir or Path(platformdirs.user_cache_dir("summarizer"))


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file, and
    of two concurrent writers one whole file wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
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
