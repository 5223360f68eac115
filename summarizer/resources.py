"""Where things live on disk: the shipped data (in the wheel or at the top of a checkout), the
user cache, and the one way this project writes a file (atomically)."""

from __future__ import annotations

import os
import secrets
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
    of two concurrent writers one whole file wins. The file gets the permissions the umask
    leaves, as any tool's output does (0644 under umask 022)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
