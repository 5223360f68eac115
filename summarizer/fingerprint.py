"""The fingerprint of this installation: a sha256 over every file of the package, code and data.

It goes into every cache key, so that no edit -- a rule, a lexicon entry, a template, the
decoding code, a module added tomorrow -- can ever serve an extraction made before it. Nothing
is listed by hand: every file counts, wherever it sits in the package.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from .resources import data_dir

_PACKAGE = Path(__file__).resolve().parent
_DATA = ("prompts", "schemas", "models")  # beside the package in a checkout, inside in a wheel
_SKIPPED = {"__pycache__"}


def _files(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and not _SKIPPED.intersection(path.relative_to(root).parts)
        and path.suffix not in {".pyc", ".pyo"}
    )


@functools.cache
def package_sha256() -> str:
    """sha256 over every file of the installed package and of its data folders."""
    roots = [_PACKAGE]
    for name in _DATA:
        folder = data_dir(name)
        if not folder.is_relative_to(_PACKAGE):
            roots.append(folder)
    return tree_sha256(roots)


def tree_sha256(roots: list[Path]) -> str:
    """sha256 over the relative path and bytes of every file under `roots` (compiled Python
    left out: it follows from the source)."""
    digest = hashlib.sha256()
    for root in roots:
        for path in _files(root):
            name = f"{root.name}/{path.relative_to(root).as_posix()}"
            digest.update(name.encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
