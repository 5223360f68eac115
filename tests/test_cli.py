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


def test_prompts_check_catches_a_missing_variable(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "prompts" / "default.j2").read_text(encoding="utf-8")
    broken = tmp_path / "broken.j2"
    broken.write_text(source.replace("{{ topic }}", "{{ subject }}"), encoding="utf-8")
    result = run("prompts", "check", str(broken))
    assert result.returncode == 2
    assert "'subject'" in result.stderr
    assert run("prompts", "check", "default").returncode == 0


def test_one_bad_article_does_not_sink_the_briefing(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (articles / seed.name).write_bytes(seed.read_bytes())
    (articles / "empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "--quiet", "--backend", "replay", "--replay", str(RECORDINGS), "brief", str(articles),
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 5, result.stderr
    assert "empty.txt" in result.stderr and "is empty" in result.stderr
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5
    assert [f["file"].endswith("empty.txt") for f in data["failures"]] == [True]


def test_golden_check_passes_on_the_recorded_run_and_shows_a_changed_stance(tmp_path: Path) -> None:
    from .conftest import GOLDEN

    seed = SEEDS / "000_563b04466e7df62f.txt"
    replay = ("--quiet", "--backend", "replay", "--replay", str(RECORDINGS))
    result = run(*replay, "check", str(GOLDEN / "extractions"), str(seed))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout

    # The stored expectation says one thing, the run another: a readable, failing diff.
    expected = json.loads((GOLDEN / "extractions" / f"{seed.stem}.json").read_text("utf-8"))
    position = expected["positions"][0]
    old = position["stance"]
    position["stance"] = "supports" if old != "supports" else "opposes"
    (tmp_path / f"{seed.stem}.json").write_text(json.dumps(expected), encoding="utf-8")
    result = run(*replay, "check", str(tmp_path), str(seed))
    assert result.returncode == 1
    change = f"~ position {position['actor']!r}: stance {position['stance']} -> {old}"
    assert change in result.stdout
