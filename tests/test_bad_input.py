"""Bad input end to end (issue 15): each case ends in a one-line message with the documented exit
code, or is read whole; nothing is silently lost and no NUL byte reaches an output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from summarizer import load, pipeline
from summarizer.extract import Extractor
from summarizer.generation import Generation, Request
from summarizer.pipeline import brief, write_briefing
from summarizer.prompting import load_template
from summarizer.resources import write_atomic

from .conftest import RECORDINGS, SEEDS

ARTICLE = (
    "Title: Harbour plan divides the council\n\n"
    "Mayor Anna Berg said on Monday that the harbour plan \u201cwill not pass.\u201d\n\n"
    "\u201cWe need more time,\u201d Berg said.\n"
)


class FirstOption:
    """A model that answers every question with its first option (the topic: `topic`)."""

    name = "first-option"
    model_name = "first-option"
    model_sha256 = None
    constrains_output = True
    cacheable = False
    concurrency = 1

    def __init__(self, topic: str = "the harbour plan") -> None:
        self.topic = topic

    @property
    def sampling(self) -> dict[str, Any]:
        return {}

    def ready(self) -> None:
        pass

    def generate(self, request: Request) -> Generation:
        answer = {}
        for name, spec in request.schema["properties"].items():
            options = spec.get("enum") or [
                v for branch in spec.get("anyOf", []) for v in branch.get("enum", [])
            ]
            answer[name] = options[0] if options else self.topic
        return Generation(text=json.dumps(answer), finish_reason="stop")


def run_brief(paths: list[Path], out: Path | None = None, topic: str = "the harbour plan"):  # type: ignore[no-untyped-def]
    return brief(paths, Extractor(FirstOption(topic), load_template("default")), out_dir=out)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "--quiet", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and text in errors[0], result.stderr


# --- 1. encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "note"),
    [
        ("utf-16", "decoded as UTF-16"),  # with a byte order mark, as Windows' Notepad saves it
        ("utf-16-le", "decoded as UTF-16-LE"),  # without one
        ("utf-32", "decoded as UTF-32"),
        ("cp1252", "decoded as Windows-1252"),
    ],
)
def test_text_in_another_encoding_is_read_whole_and_the_briefing_says_so(
    tmp_path: Path, codec: str, note: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "berg.txt").write_bytes(ARTICLE.encode(codec))
    result = run_brief([folder], tmp_path / "out")
    (extraction,) = result.extractions
    assert [q.text for q in extraction.quotes] == ["will not pass.", "We need more time,"]
    assert {q.speaker for q in extraction.quotes} == {"Anna Berg"}
    (source,) = result.briefing.sources
    assert source.notes == [f"not valid UTF-8: {note}"]
    for path in result.files.values():
        written = path.read_text(encoding="utf-8")
        assert "\x00" not in written
        assert note in written, path.name


def test_nul_and_control_characters_never_reach_an_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = ARTICLE.encode() * 100 + b"Berg\x00 left.\x1b[0m\x07\n"  # NUL past the first 4 KiB
    (folder / "berg.txt").write_bytes(data)
    result = run_brief([folder], tmp_path / "out")
    assert result.briefing.sources[0].notes == ["3 control characters removed"]
    for path in result.files.values():
        assert not any(c in path.read_text(encoding="utf-8") for c in "\x00\x1b\x07")


def test_bytes_that_are_no_text_are_a_listed_failure_never_an_empty_success(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(bytes(range(128, 256)) * 4)
    result = run_brief([folder])
    assert len(result.briefing.sources) == 1
    (failure,) = result.briefing.failures
    assert failure.file.endswith("b.txt")
    assert "not text in any encoding summarizer recognises: save it as UTF-8" in failure.error


def test_an_undecodable_file_on_its_own_is_exit_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "b.txt"
    bad.write_bytes(bytes(range(128, 256)) * 4)
    assert_one_line_error(cli("extract", str(bad)), 2, "not text in any encoding")


# --- 2. unclosed quotation marks --------------------------------------------------------------


def test_an_unclosed_mark_loses_no_other_quote_and_is_reported(tmp_path: Path) -> None:
    text = (
        "Mayor Anna Berg said the plan \u201cwill fail. "
        "\u201cWe need time,\u201d Berg said on Monday. \u201cMore time,\u201d she added."
    )
    path = tmp_path / "berg.txt"
    path.write_text(text, encoding="utf-8")
    (extraction,) = run_brief([path]).extractions
    assert [q.text for q in extraction.quotes] == ["We need time,", "More time,"]
    (unclosed,) = [r for r in extraction.rejected if "never closed" in r.reason]
    assert unclosed.kind == "quote" and unclosed.value.startswith("will fail.")
    assert unclosed.reason == "the quotation mark at character 30 is never closed"


# --- 4. subfolders ----------------------------------------------------------------------------


def test_subfolders_are_read_in_name_order_and_hidden_ones_skipped(tmp_path: Path) -> None:
    for name in ("b.txt", "a/c.md", "a/deeper/d.txt", "c.txt", ".hidden/e.txt", "a/.f.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE + name, encoding="utf-8")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF-1.7")
    found = load.find_articles([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/c.md",
        "a/deeper/d.txt",
        "b.txt",
        "c.txt",
    ]


def test_a_folder_linked_into_itself_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    assert load.find_articles([tmp_path]) == [tmp_path / "a" / "x.txt"]


# --- 11. long input ---------------------------------------------------------------------------


def test_an_article_over_the_limit_is_refused_with_its_length(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_ARTICLE_CHARS", 1000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    long_text = ARTICLE + "x" * (1001 - len(ARTICLE))
    (folder / "long.txt").write_text(long_text, encoding="utf-8")
    result = run_brief([folder])
    assert len(result.briefing.sources) == 1
    (failure,) = result.briefing.failures
    assert (
        failure.error
        == f"{folder / 'long.txt'} is 1,001 characters, over the limit of 1,000: split it"
    )


def test_a_huge_file_is_refused_from_its_size_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(20_000_000)  # sparse: no 20 MB written to the disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(load.InputError, match="is 20,000,000 bytes, over the limit of"):
        load.read_article(huge)


def test_a_huge_file_on_its_own_is_exit_2_and_among_others_exit_5(tmp_path: Path) -> None:
    huge = tmp_path / "in" / "huge.txt"
    huge.parent.mkdir()
    with huge.open("wb") as out:
        out.truncate(20_000_000)
    assert_one_line_error(cli("extract", str(huge)), 2, "split it")
    seed = next(SEEDS.glob("000_*.txt"))
    shutil.copy(seed, huge.parent / seed.name)
    result = cli(
        "--backend", "replay", "--replay", str(RECORDINGS), "brief", str(huge.parent),
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.returncode == 5, result.stderr
    assert "Traceback" not in result.stderr
    assert f"failed: {huge}: {huge} is 20,000,000 bytes" in " ".join(result.stderr.split())


def test_the_2_mb_transcript_length_is_within_the_limit() -> None:
    assert load.MAX_ARTICLE_CHARS >= 1_926_855  # tests/test_extract.py's transcript


# --- 16, 17. output files ---------------------------------------------------------------------


def test_two_runs_writing_into_one_folder_leave_one_runs_three_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, golden_result: Any
) -> None:
    """The first run stops after its first file until the second has written all of its own
    (or 2 s have passed): without a lock on the folder, the set would be mixed."""
    five = golden_result.briefing
    one = five.model_copy(update={"sources": five.sources[:1]})
    first_paused, second_done = threading.Event(), threading.Event()

    def write_and_maybe_pause(path: Path, text: str) -> None:
        write_atomic(path, text)
        if threading.current_thread().name == "first" and path.name == "briefing.md":
            first_paused.set()
            second_done.wait(2)

    def second() -> None:
        first_paused.wait(10)
        write_briefing(one, out, {})
        second_done.set()

    monkeypatch.setattr(pipeline, "write_atomic", write_and_maybe_pause)
    out = tmp_path / "out"
    threads = [
        threading.Thread(target=write_briefing, args=(five, out, {}), name="first"),
        threading.Thread(target=second, name="second"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sources = len(json.loads((out / "briefing.json").read_text(encoding="utf-8"))["sources"])
    markdown = (out / "briefing.md").read_text(encoding="utf-8")
    html = (out / "briefing.html").read_text(encoding="utf-8")
    plural = "s" if sources != 1 else ""
    assert f"\n{sources} source{plural} \u00b7" in markdown
    assert f"Briefing of {sources} source{plural} \u00b7" in html


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_files_have_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        write_atomic(tmp_path / "briefing.md", "# x\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "briefing.md").stat().st_mode & 0o777 == mode
