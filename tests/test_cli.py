"""The command line: clear one-line errors and documented exit codes, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import RECORDINGS, SEEDS


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = run(
        "--backend", "replay", "--replay", str(RECORDINGS), "brief", str(tmp_path / "nope")
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_folder_without_articles(tmp_path: Path) -> None:
    result = run("--backend", "replay", "--replay", str(RECORDINGS), "brief", str(tmp_path))
    assert result.returncode == 2
    assert "holds no articles" in result.stderr


def test_a_file_that_is_not_gguf(tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"%PDF-1.4 not a model")
    result = run("--model", str(fake), "extract", str(SEEDS / "000_563b04466e7df62f.txt"))
    assert result.returncode == 3
    assert "not a GGUF model file" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_template(tmp_path: Path) -> None:
    result = run("--prompt", "nope", "brief", str(SEEDS))
    assert result.returncode == 2
    assert "unknown prompt template" in result.stderr


def test_schema_command_prints_the_shipped_schema() -> None:
    result = run("schema", "extraction")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Extraction"


def test_prompts_list_and_help() -> None:
    assert "default" in run("prompts", "list").stdout
    help_text = run("--help").stdout
    for command in ("brief", "extract", "schema", "prompts"):
        assert command in help_text


def test_brief_from_replay_writes_both_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "--quiet", "--backend", "replay", "--replay", str(RECORDINGS), "brief", str(SEEDS),
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (out / "briefing.md").read_text(encoding="utf-8").startswith("# ")
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5
    assert not list(out.glob("*.tmp"))
