"""Assembling the default model from its part packages, on small fake parts."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from summarizer import modelfile
from summarizer.backends.llama import LlamaBackend
from summarizer.errors import ModelError, ModelLoadError

CHUNKS = [b"GGUF" + b"a" * 1000, b"b" * 700, b"c" * 5]


@pytest.fixture()
def fake_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    site = tmp_path / "site"
    parts = []
    for i, chunk in enumerate(CHUNKS, start=1):
        package = site / f"fakepart{i}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("", encoding="utf-8")
        (package / "data" / f"part{i:02d}.bin").write_bytes(chunk)
        parts.append(
            {
                "package": f"fake-part{i}",
                "module": f"fakepart{i}",
                "resource": f"data/part{i:02d}.bin",
            }
        )
    monkeypatch.syspath_prepend(str(site))
    for i in range(1, len(CHUNKS) + 1):
        sys.modules.pop(f"fakepart{i}", None)
    whole = b"".join(CHUNKS)
    info = {
        "name": "fake",
        "file": "fake.gguf",
        "size": len(whole),
        "sha256": hashlib.sha256(whole).hexdigest(),
        "install": "pip install fake",
        "parts": parts,
    }
    monkeypatch.setattr(modelfile, "manifest", lambda: info)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    return info


def test_assembles_once_and_reuses(fake_parts: dict) -> None:
    first = modelfile.resolve(None)
    assert first.path.read_bytes() == b"".join(CHUNKS)
    assert first.sha256 == fake_parts["sha256"]
    stamp = first.path.stat().st_mtime_ns
    second = modelfile.resolve(None)
    assert second.path == first.path
    assert second.path.stat().st_mtime_ns == stamp  # not re-assembled


def test_a_corrupted_cache_file_is_detected_and_rebuilt(fake_parts: dict) -> None:
    path = modelfile.resolve(None).path
    data = bytearray(path.read_bytes())
    data[10] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(1, 1))
    assert modelfile.resolve(None).path.read_bytes() == b"".join(CHUNKS)


def test_missing_parts_name_the_fix(fake_parts: dict) -> None:
    fake_parts["parts"][1]["module"] = "not_installed_part"
    with pytest.raises(ModelError, match=r"fake-part2.*pip install fake"):
        modelfile.resolve(None)


def test_wrong_parts_are_caught_by_the_hash(fake_parts: dict) -> None:
    fake_parts["sha256"] = "0" * 64
    with pytest.raises(ModelError, match="do not form the expected file"):
        modelfile.resolve(None)
    cache = Path(os.environ["SUMMARIZER_CACHE_DIR"]) / "models"
    assert not [p for p in cache.iterdir() if p.name.endswith(".partial")]
    assert not (cache / "fake.gguf").exists()


def test_custom_model_must_be_gguf(tmp_path: Path) -> None:
    bad = tmp_path / "x.gguf"
    bad.write_bytes(b"<html>")
    with pytest.raises(ModelError, match="not a GGUF"):
        modelfile.resolve(str(bad))
    with pytest.raises(ModelError, match="does not exist"):
        modelfile.resolve(str(tmp_path / "missing.gguf"))


def test_stale_partial_files_are_removed_on_the_next_assembly(fake_parts: dict) -> None:
    models = Path(os.environ["SUMMARIZER_CACHE_DIR"]) / "models"
    models.mkdir(parents=True)
    killed = models / ".fake.gguf.4242.partial"  # a run killed while assembling
    killed.write_bytes(b"GGUF" + b"a" * 500)
    old = time.time() - modelfile.STALE_PARTIAL_SECONDS - 60
    os.utime(killed, (old, old))
    running = models / ".fake.gguf.4343.partial"  # another run, assembling right now
    running.write_bytes(b"GGUF")
    modelfile.resolve(None)
    assert not killed.exists() and running.exists()
    assert sorted(p.name for p in models.iterdir()) == [running.name, "fake.gguf"]


def overwrite_in_place(path: Path, header: bytes) -> None:
    """Overwrite the start of `path`, keeping its size and mtime: the remembered hash cannot
    tell."""
    stat = path.stat()
    with path.open("r+b") as handle:
        handle.write(header)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


class Loads:
    """LlamaBackend._load's stand-in: llama.cpp loads only the intact fake model (or nothing,
    with intact=None), and each call is counted."""

    def __init__(self, intact: bytes | None) -> None:
        self.intact, self.calls = intact, 0

    def __call__(self, backend: LlamaBackend) -> object:
        self.calls += 1
        if self.intact is None or backend.model.path.read_bytes() != self.intact:
            raise ModelLoadError(f"llama.cpp could not load {backend.model.path}: bad header")
        return SimpleNamespace(eval=lambda tokens: None)


def test_a_model_overwritten_in_place_is_rebuilt_when_it_fails_to_load(
    fake_parts: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = modelfile.resolve(None)
    overwrite_in_place(model.path, b"XXXXXXXX")
    assert modelfile.resolve(None).path.read_bytes()[:8] == b"XXXXXXXX"  # the hash is trusted
    loads = Loads(intact=b"".join(CHUNKS))
    monkeypatch.setattr(LlamaBackend, "_load", lambda backend: loads(backend))
    backend = LlamaBackend(modelfile.resolve(None))
    backend.ready()
    assert loads.calls == 2  # failed, rebuilt, loaded
    assert model.path.read_bytes() == b"".join(CHUNKS)
    assert modelfile.resolve(None).path.stat().st_mtime_ns == model.path.stat().st_mtime_ns


def test_a_model_that_fails_to_load_after_its_rebuild_is_exit_3(
    fake_parts: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = modelfile.resolve(None)
    overwrite_in_place(model.path, b"XXXXXXXX")
    loads = Loads(intact=None)
    monkeypatch.setattr(LlamaBackend, "_load", lambda backend: loads(backend))
    with pytest.raises(ModelLoadError, match="could not load") as caught:
        LlamaBackend(modelfile.resolve(None)).ready()
    assert caught.value.exit_code == 3 and loads.calls == 2  # rebuilt and tried once more
    assert model.path.read_bytes() == b"".join(CHUNKS)
    # An intact file that does not load is not rebuilt, and a custom model never is.
    loads.calls = 0
    with pytest.raises(ModelLoadError):
        LlamaBackend(modelfile.resolve(None)).ready()
    assert loads.calls == 1
    with pytest.raises(ModelLoadError):
        LlamaBackend(modelfile.resolve(str(model.path))).ready()
    assert loads.calls == 2
