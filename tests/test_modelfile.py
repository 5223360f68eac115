"""Assembling the default model from its part packages, on small fake parts."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from summarizer import modelfile
from summarizer.errors import ModelError

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
