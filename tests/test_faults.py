"""How the command line fails: an unusable --out, square brackets in paths, Ctrl-C against a
server that does not answer, credentials in --base-url, `cache clear` and unfinished model files,
and the provenance `extract` prints.
Each ends with one line and its documented exit code, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer import schemas
from summarizer.errors import ConfigError
from summarizer.modelfile import STALE_PARTIAL_SECONDS
from summarizer.pipeline import check_out_dir

from .conftest import RECORDINGS, SEEDS
from .fake_openai import Handler, serving

FAST = 'Chancellor Olaf Berg said on Monday that the deal "will not pass".\n'
SLOW = 'Minister Anna Lind said on Tuesday that the plan "is dead for now". HANG\n'
UNREACHABLE = "http://127.0.0.1:9/v1"  # the discard port: nothing listens


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def isolated(tmp_path: Path) -> dict[str, str]:
    """An environment whose cache (model, hashes, extractions) is the test's own."""
    return {"SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}


# --- 5: an unusable --out is refused before any work -----------------------------------------


@pytest.mark.parametrize(
    ("out", "message"),
    [("file", "is a file, not a folder"), ("file/sub", "cannot be created: ")],
    ids=["an existing file", "a path under a file"],
)
def test_an_unusable_out_is_exit_2_before_any_work(tmp_path: Path, out: str, message: str) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    # No server listens there: had it been tried first, the run would end with exit 3.
    result = run(
        "--backend", "openai", "--base-url", UNREACHABLE, "brief", str(SEEDS),
        "--out", str(tmp_path / out), env=isolated(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: --out {tmp_path / out} {message}")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_read_only_out_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may write into a read-only folder, so os.access, which the check asks, is what
    # decides: it is told "no" here, whoever runs the tests.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(ConfigError, match="is not writable") as caught:
        check_out_dir(tmp_path / "new" / "out")
    assert caught.value.exit_code == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_out_folder_is_exit_2(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    result = run(
        "--quiet", "--backend", "replay", "--replay", str(RECORDINGS), "brief", str(SEEDS),
        "--out", str(locked / "out"),
    )  # fmt: skip
    assert result.returncode == 2 and "is not writable" in result.stderr


# --- 6: square brackets in paths are text, not markup ----------------------------------------


def test_square_brackets_in_paths_are_shown_as_they_are(tmp_path: Path) -> None:
    folder = tmp_path / "m[/x]"  # a folder "x]" in a folder "m["
    folder.mkdir(parents=True)
    (folder / "a[x].txt").write_text(FAST, encoding="utf-8")
    (folder / "[red]empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "o[/y]"
    result = run("--backend", "rules", "brief", str(folder), "--out", str(out))
    assert result.returncode == 5, result.stderr  # the empty article failed, the other not
    assert "Traceback" not in result.stderr
    assert "\n  a[x]: 1 actors" in result.stderr  # the progress line, unmangled
    assert f"failed: {folder / '[red]empty.txt'}: " in result.stderr
    assert result.stdout.splitlines() == [
        str(out / name) for name in ("briefing.md", "briefing.html", "briefing.json")
    ]
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in briefing["sources"]] == ["a[x]"]


# --- 9: Ctrl-C against a server that does not answer -----------------------------------------


class Hanging(Handler):
    """Answers every question about an article except those about one marked HANG, which it
    never answers."""

    def do_POST(self) -> None:
        body = self.read_body()
        if "HANG" in json.dumps(body["messages"]):
            self.release.wait(120)
            return
        super().do_POST()


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("concurrency", [1, 2])
def test_ctrl_c_stops_at_once_and_keeps_the_finished_articles(
    tmp_path: Path, concurrency: int
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(FAST, encoding="utf-8")
    (articles / "b.txt").write_text(SLOW, encoding="utf-8")
    extractions = tmp_path / "extractions"
    with serving(Hanging) as (url, server):
        process = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "--backend", "openai", "--base-url", url,
             "--timeout", "300", "--concurrency", str(concurrency),
             "--cache-dir", str(extractions),
             "brief", str(articles), "--out", str(tmp_path / "out")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **isolated(tmp_path)},
            # As in a terminal: a run started in the background (a CI job launched with `&`)
            # inherits SIGINT ignored, and Python then installs no Ctrl-C handler at all.
            preexec_fn=_sigint_default,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            hanging = lambda: any("HANG" in json.dumps(b["messages"]) for b in server.posts)  # noqa: E731
            while not (list(extractions.glob("??/*.json")) and hanging()):
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the fast article never finished"
                time.sleep(0.1)
            time.sleep(0.3)  # the request is in flight, the process waits for its answer
            interrupted = time.monotonic()
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=120)
            took = time.monotonic() - interrupted
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 130, stderr
    # Not a speed target: the in-flight request would hold it for --timeout (300 s) if it waited
    # (a second or two on an idle machine; the bound leaves room for a loaded one).
    assert took < 60, f"Ctrl-C took {took:.1f} s: it waited for the request in flight"
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert len(list(extractions.glob("??/*.json"))) == 1  # the finished article stays cached
    assert not (tmp_path / "out").exists()


# --- 13: credentials in --base-url and the API key appear nowhere ----------------------------


class FailingSome(Handler):
    """Refuses every question about an article marked FAIL, echoing the request's headers (as
    a careless proxy might)."""

    def do_POST(self) -> None:
        if "FAIL" in json.dumps(self.read_body()["messages"]):
            self.send_bytes(400, f"no; you sent {dict(self.headers)}".encode())
            return
        super().do_POST()


class Refusing(Handler):
    """Refuses to list its models, echoing the request's headers."""

    def do_GET(self) -> None:
        self.send_bytes(401, f"who are you? you sent {dict(self.headers)}".encode())


def test_credentials_never_reach_an_output_or_a_message(tmp_path: Path) -> None:
    from summarizer.backends.openai import redact

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(FAST, encoding="utf-8")
    (articles / "b.txt").write_text(SLOW.replace("HANG", "FAIL"), encoding="utf-8")
    out = tmp_path / "out"
    secrets = ("s3cretpw", "k3yk3y-token")
    with serving(FailingSome) as (url, server):
        with_credentials = url.replace("http://", "http://olaf:s3cretpw@")
        options = ("--backend", "openai", "--base-url", with_credentials, "--api-key", secrets[1])
        result = run(
            *options, "--constraint", "json_schema", "--no-cache", "brief", str(articles),
            "--out", str(out), env=isolated(tmp_path),
        )  # fmt: skip
    assert result.returncode == 5, result.stderr  # b.txt failed: its message names the server
    assert server.gets[0]["Authorization"]  # the credentials were sent
    failure = f"the server at {url.replace('http://', 'http://***@')} answered HTTP 400"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "briefing.html", "briefing.json", "briefing.md",
    ]  # fmt: skip
    outputs = {p.name: p.read_text(encoding="utf-8") for p in out.glob("briefing.*")}
    assert json.loads(outputs["briefing.json"])["provenance"]["model"] == "served.gguf"
    shown = {**outputs, "briefing.md": markdown_text_of(outputs["briefing.md"])}
    for name, text in [*shown.items(), ("stderr", result.stderr)]:
        assert failure in text, name
    for name, text in [*outputs.items(), ("stderr", result.stderr), ("stdout", result.stdout)]:
        assert not [secret for secret in secrets if secret in text], name

    # A server that refuses to list its models, echoing the credentials: exit 3, redacted.
    with serving(Refusing) as (url, server):
        options = ("--base-url", url.replace("http://", "http://olaf:s3cretpw@"))
        refused = run(
            "--backend", "openai", *options, "--api-key", secrets[1], "--no-cache", "extract",
            str(articles / "a.txt"), env=isolated(tmp_path),
        )  # fmt: skip
    assert refused.returncode == 3, refused.stderr
    assert refused.stderr.startswith(
        f"error: the server at {url.replace('http://', 'http://***@')} answered HTTP 401"
    )
    assert "you sent" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert not [secret for secret in secrets if secret in refused.stderr + refused.stdout]
    text = "GET https://u:p@h/v1 with Bearer k3yk3y-token"
    assert redact(text, "k3yk3y-token") == "GET https://***@h/v1 with Bearer ***"


# --- 15: `cache clear` removes the partial model files killed assemblies left ---------------


def test_cache_clear_removes_stale_partial_files(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    killed, running = models / ".m.gguf.1.partial", models / ".m.gguf.2.partial"
    killed.write_bytes(b"x" * 3 * 2**20)
    running.write_bytes(b"x")
    old = time.time() - STALE_PARTIAL_SECONDS - 60
    os.utime(killed, (old, old))
    (models / "m.gguf").write_bytes(b"GGUF")
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path)}
    env.pop("SUMMARIZER_EXTRACTIONS", None)
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "cache", "clear"], capture_output=True, text=True,
        env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"removed 1 unfinished model files (3 MiB) from {models}" in result.stdout
    assert sorted(p.name for p in models.iterdir()) == [running.name, "m.gguf"]


# --- 18: `extract` prints the extraction's provenance ----------------------------------------


def test_extract_prints_the_provenance_of_a_fresh_and_of_a_cached_extraction(
    tmp_path: Path,
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(FAST, encoding="utf-8")
    with serving() as (url, server):
        args = ("--backend", "openai", "--base-url", url, "--cache-dir", str(tmp_path / "x"))
        fresh = run(*args, "extract", str(article), env=isolated(tmp_path))
        asked = len(server.posts)
        cached = run(*args, "extract", str(article), env=isolated(tmp_path))
    assert fresh.returncode == cached.returncode == 0, fresh.stderr + cached.stderr
    assert asked and len(server.posts) == asked  # the second run came from the cache
    first, second = json.loads(fresh.stdout), json.loads(cached.stdout)
    for output in (first, second):
        assert schemas.validate("extract-output", output) == []
        assert schemas.validate("extraction", output["extraction"]) == []
    assert first["extraction"] == second["extraction"]
    provenance = first["provenance"]
    assert provenance["model"] == "served.gguf" and provenance["backend"] == "openai"
    assert provenance["prompt"].startswith("default@") and len(provenance["prompt_sha256"]) == 64
    assert provenance["sampling"] == {"temperature": 0.0, "seed": 0}
    assert (provenance["cached"], second["provenance"]["cached"]) == (False, True)
    assert {**second["provenance"], "cached": False} == provenance  # today's, the same


def test_extract_output_shape_is_pinned() -> None:
    result = run(
        "--backend", "replay", "--replay", str(RECORDINGS), "extract",
        str(SEEDS / "000_563b04466e7df62f.txt"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["extraction", "provenance"]
    assert list(data["provenance"]) == [
        "tool_version", "backend", "model", "model_sha256", "prompt", "prompt_sha256",
        "sampling", "cached",
    ]  # fmt: skip
    assert data["extraction"]["extraction_version"] == "1.4"
    assert all(a["kind"] in {"named", "described"} for a in data["extraction"]["actors"])
    assert set(data["extraction"]["statements"][0]) == {
        "speaker", "resolved_by", "source", "cue", "content", "kind", "quote", "confidence",
    }  # fmt: skip
    assert data["provenance"]["backend"] == "replay" and data["provenance"]["cached"] is False


def markdown_text_of(markdown: str) -> str:
    """What a CommonMark renderer shows of `markdown`: its text, escapes undone."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt().parse(markdown)
    return " ".join(
        child.content
        for token in tokens
        if token.children
        for child in token.children
        if child.type in {"text", "code_inline"}
    )
