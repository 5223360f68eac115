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
    (articles / "report.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (articles / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    first = sorted(SEEDS.glob("*.txt"))[0]
    (articles / "zz_copy.txt").write_bytes(first.read_bytes())
    out = tmp_path / "out"
    result = run(
        "--quiet", "--backend", "replay", "--replay", str(RECORDINGS), "brief", str(articles),
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 5, result.stderr
    assert "empty.txt" in result.stderr and "is empty" in result.stderr
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5
    failed = {Path(f["file"]).name: f["error"] for f in data["failures"]}
    assert sorted(failed) == ["empty.txt", "photo.txt", "report.txt", "zz_copy.txt"]
    assert "PDF" in failed["report.txt"] and "same text as" in failed["zz_copy.txt"]
    assert all(f"failed: {f['file']}" in result.stderr for f in data["failures"])
    assert "Traceback" not in result.stderr


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


def test_a_truncated_gguf_is_a_model_error(tmp_path: Path) -> None:
    truncated = tmp_path / "model.gguf"
    truncated.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x00" * 64)
    article = tmp_path / "a.txt"
    article.write_text('The minister said "we will act" on Monday.\n', encoding="utf-8")
    result = run("--model", str(truncated), "--no-cache", "brief", str(article))
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines()[-1].startswith("error: llama.cpp could not load")
    assert "Traceback" not in result.stderr


def test_the_openai_backend_without_a_server_url_is_exit_2(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "SUMMARIZER_BASE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "--backend", "openai", "--no-cache", "brief",
         str(SEEDS), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "error: the openai backend needs --base-url (e.g. http://127.0.0.1:8000/v1)\n"
    )
    assert not (tmp_path / "out").exists()


def test_an_unreachable_server_is_one_line_and_exit_3(tmp_path: Path) -> None:
    result = run(
        "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--no-cache",
        "brief", str(SEEDS), "--out", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "cannot reach an OpenAI-compatible server at http://127.0.0.1:9/v1" in result.stderr
    assert "Traceback" not in result.stderr and not list(tmp_path.iterdir())


def test_a_failing_server_is_retried_then_reported_per_article(tmp_path: Path) -> None:
    import http.server
    import threading

    posts: list[str] = []

    class Failing(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # /v1/models answers: the server is up
            body = json.dumps({"data": [{"id": "m"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # every completion fails
            posts.append(self.path)
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    article = tmp_path / "a.txt"
    article.write_text(
        'Chancellor Olaf Berg said on Monday that the deal "will not pass".\n', encoding="utf-8"
    )
    try:
        result = run(
            "--backend", "openai", "--base-url", f"http://127.0.0.1:{server.server_port}/v1",
            "--no-cache", "brief", str(article), "--out", str(tmp_path / "out"),
        )  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 4, result.stderr  # no article succeeded
    assert "failed 3 times (HTTP 503" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(posts) == 3  # bounded retries, then the article is reported as failed
    assert (tmp_path / "out" / "briefing.json").is_file()


def test_cache_info_and_clear(tmp_path: Path) -> None:
    import os

    entry = tmp_path / "extractions" / "ab" / ("ab" + "0" * 62 + ".json")
    entry.parent.mkdir(parents=True)
    entry.write_text("{}", encoding="utf-8")
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path)}
    info = subprocess.run(
        [sys.executable, "-m", "summarizer", "cache", "info"], capture_output=True, text=True,
        env=env,
    )  # fmt: skip
    assert "1 cached extractions" in info.stdout
    cleared = subprocess.run(
        [sys.executable, "-m", "summarizer", "cache", "clear"], capture_output=True, text=True,
        env=env,
    )  # fmt: skip
    assert "removed 1 cached extractions" in cleared.stdout and not entry.exists()


def test_a_usage_error_is_a_message_not_a_traceback() -> None:
    result = run("brief", "--no-such-option", "seeds")
    assert result.returncode == 2
    assert "No such option" in result.stderr and "Traceback" not in result.stderr


def test_a_template_with_a_missing_variable_is_refused_before_any_work(tmp_path: Path) -> None:
    from summarizer.resources import data_dir

    broken = tmp_path / "broken.j2"
    source = (data_dir("prompts") / "default.j2").read_text(encoding="utf-8")
    broken.write_text(source.replace("{{ topic }}", "{{ topik }}"), encoding="utf-8")
    result = run(
        "--backend", "replay", "--replay", str(RECORDINGS), "--prompt", str(broken),
        "brief", str(SEEDS), "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "topik" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
