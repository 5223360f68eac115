"""The layering of the package is a checked contract (import-linter, configured in pyproject)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_layers_are_kept() -> None:
    result = subprocess.run(
        [_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _tool(name: str) -> str:
    command = shutil.which(name, path=str(Path(sys.executable).parent))
    assert command, f"{name} is a dev dependency: pip install -e '.[dev]'"
    return command


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "summarizer", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
