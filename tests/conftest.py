"""Shared fixtures. Golden fixtures are recorded from the real default model, only through
`pytest --update-golden`, and reviewed like code; the replay backend refuses any other prompt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings

from summarizer.backends.replay import RecordingBackend, ReplayBackend
from summarizer.extract import Extractor
from summarizer.golden import stable
from summarizer.pipeline import BriefResult, brief
from summarizer.prompting import load_template

# Property tests check behaviour, not speed: no per-example deadline (a loaded machine must not
# turn a slow example into a failure).
settings.register_profile("summarizer", deadline=None)
settings.load_profile("summarizer")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"
RECORDINGS = GOLDEN / "recordings.jsonl"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Re-record the golden fixtures by running the real default model on seeds/.",
    )
    parser.addoption(
        "--update-expected",
        action="store_true",
        help="Rewrite the expected outputs from the existing recordings (no model run): after a "
        "change of output format, with the model's recorded answers unchanged.",
    )
    parser.addoption(
        "--update-rules",
        action="store_true",
        help="Rewrite the rule-only golden files (tests/golden/rules/) from the current rules "
        "(no model): review their diff like code.",
    )


def stable_briefing(result: BriefResult) -> dict:
    """The briefing as JSON, without what depends on the clock."""
    data = json.loads(result.briefing.model_dump_json())
    data["provenance"]["timings"] = {}
    data["provenance"]["usage"]["seconds"] = 0.0
    data["provenance"]["tool_version"] = ""
    for source in data["sources"]:
        source["file"] = Path(source["file"]).name  # the checkout's location varies
    return data


stable_extraction = stable


def record_golden() -> None:
    from summarizer import backends
    from summarizer.settings import LlamaSettings

    recorder = RecordingBackend(backends.create("llama", LlamaSettings.given()), RECORDINGS)
    brief([SEEDS], Extractor(recorder, load_template("default")))
    recorder.save()


def write_expected(result: BriefResult) -> None:
    folder = GOLDEN / "extractions"
    folder.mkdir(parents=True, exist_ok=True)
    for extraction in result.extractions:
        (folder / f"{extraction.article.id}.json").write_text(
            json.dumps(stable_extraction(extraction), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    (GOLDEN / "briefing.json").write_text(
        json.dumps(stable_briefing(result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


@pytest.fixture(scope="session")
def golden_result(request: pytest.FixtureRequest) -> BriefResult:
    """The seed briefing, replayed from the recorded outputs of the real model."""
    update = request.config.getoption("--update-golden")
    if update:
        record_golden()
    replay = ReplayBackend(RECORDINGS, keep_going=True)
    result = brief([SEEDS], Extractor(replay, load_template("default")))
    replay.check()  # every request the run made that was not recorded, listed at once
    if update or request.config.getoption("--update-expected"):
        # The expected outputs are what the pipeline makes of the recorded answers.
        assert not result.briefing.failures, result.briefing.failures
        write_expected(result)
    return result


@pytest.fixture()
def replay() -> ReplayBackend:
    return ReplayBackend(RECORDINGS)
