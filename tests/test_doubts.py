"""A stance is kept only where the reading is sure, and a difference between sources is shown as
a disagreement only when every side meets the bar: the model's choice margin end to end (the
backend's answer, the recording, the position, the briefing's doubts)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from summarizer.backends.replay import RecordingBackend, ReplayBackend
from summarizer.extract import Extractor
from summarizer.generation import Generation, Request
from summarizer.pipeline import brief
from summarizer.prompting import load_template
from summarizer.stances import STANCE_MIN_MARGIN

from .test_markdown import ALLOWED, rendered

# A hostile article: Jane Doe opposes the toll, and her own words hold a link to "the plan"
# that a stance word rule once read as support.
TOLL = (
    "Title: Council weighs a <b>bridge</b> toll\n\n"
    "Jane Doe opposes the new bridge toll. She told Tuesday's meeting that it would punish "
    "commuters.\n\n"
    "\u201cClick [the plan](javascript:alert(1)) and read every page before voting,\u201d "
    "Doe told residents.\n"
)
# Another outlet, where only the model reads her: "urged" is a cue, no side.
TOLL_B = (
    "Title: Toll vote delayed\n\n"
    "Jane Doe urged residents to <script>alert(2)</script> read the proposal again.\n\n"
    "The council will vote in May.\n"
)


class Chooser:
    """Answers every question with its first option (the topic: a fixed one), with a margin."""

    name = "chooser"
    model_name = "chooser"
    model_sha256 = None
    constrains_output = True
    cacheable = False
    concurrency = 1

    def __init__(self, margin: float | None) -> None:
        self.margin = margin
        self.asked: list[str] = []

    @property
    def sampling(self) -> dict[str, Any]:
        return {}

    def ready(self) -> None:
        pass

    def generate(self, request: Request) -> Generation:
        answer: dict[str, Any] = {}
        for name, spec in request.schema["properties"].items():
            options = spec.get("enum") or [
                v for branch in spec.get("anyOf", []) for v in branch.get("enum", [])
            ]
            answer[name] = options[0] if options else "the <i>toll</i>"
        self.asked.append(request.label)
        margins = None if self.margin is None else dict.fromkeys(answer, self.margin)
        return Generation(json.dumps(answer), "stop", margins=margins)


def _brief(tmp_path: Path, margin: float | None) -> Any:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(TOLL, encoding="utf-8")
    (folder / "b.txt").write_text(TOLL_B, encoding="utf-8")
    extractor = Extractor(Chooser(margin), load_template("default"))
    return brief([folder], extractor, out_dir=tmp_path / "out")


def test_the_hostile_toll_article_reads_jane_doe_opposing_by_rule(tmp_path: Path) -> None:
    result = _brief(tmp_path, margin=None)
    first = result.extractions[0]
    (position,) = [p for p in first.positions if p.actor == "Jane Doe"]
    assert (position.stance, position.attribution) == ("opposes", "rule")
    assert position.evidence.text == "Jane Doe opposes the new bridge toll."
    # No evidence is ever a header line of the file.
    for extraction in result.extractions:
        assert not any(p.evidence.text.startswith("Title:") for p in extraction.positions)


def test_one_model_reading_against_a_rule_reading_is_a_doubt_not_a_disagreement(
    tmp_path: Path,
) -> None:
    result = _brief(tmp_path, margin=None)  # a margin the backend does not know
    briefing = result.briefing
    assert [f for f in briefing.disagreements if f.kind == "stance"] == []
    (doubt,) = briefing.doubts
    assert {side.says: [e.read_by for e in side.evidence] for side in doubt.sides} == {
        "opposes": ["rule"],
        "supports": ["model"],
    }
    markdown = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    assert "### Doubts to check" in markdown and "Doubts to check</h3>" in html
    # The article's markup is text in both.
    elements = rendered(markdown)
    assert elements.tags <= ALLOWED and not elements.attributes
    assert "<script>alert(2)</script>" in " ".join("".join(elements.text).split())
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html
    # Also in the JSON, with its schema.
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    assert data["briefing_version"] == "1.9" and len(data["doubts"]) == 1


def test_a_model_stance_under_the_bar_is_dropped_as_unclear(tmp_path: Path) -> None:
    result = _brief(tmp_path, margin=STANCE_MIN_MARGIN - 0.01)
    second = result.extractions[1]
    assert [p for p in second.positions if p.attribution == "model"] == []
    (dropped,) = [r for r in second.rejected if r.kind == "position"]
    assert dropped.value == "Jane Doe" and "unclear" in dropped.reason
    assert f"{STANCE_MIN_MARGIN - 0.01:.2f}" in dropped.reason
    assert result.briefing.doubts == []


def test_a_model_stance_at_the_bar_keeps_its_margin(tmp_path: Path) -> None:
    result = _brief(tmp_path, margin=STANCE_MIN_MARGIN)
    (kept,) = [p for p in result.extractions[1].positions if p.attribution == "model"]
    assert kept.confidence == STANCE_MIN_MARGIN
    (doubt,) = result.briefing.doubts  # still one model reading against a rule reading
    model_side = next(s for s in doubt.sides if s.says == "supports")
    assert model_side.evidence[0].confidence == STANCE_MIN_MARGIN


def test_recordings_keep_the_margins_and_older_ones_read_as_unknown(tmp_path: Path) -> None:
    recordings = tmp_path / "recordings.jsonl"
    recorder = RecordingBackend(Chooser(0.75), recordings)
    schema = {"properties": {"stance": {"enum": ["supports", "opposes"]}}}
    request = Request([{"role": "user", "content": "?"}], schema, 5, "test")
    recorder.generate(request)
    recorder.save()
    assert ReplayBackend(recordings).generate(request).margins == {"stance": 0.75}
    recorder = RecordingBackend(Chooser(None), recordings)
    recorder.generate(request)
    recorder.save()
    entry = json.loads(recordings.read_text(encoding="utf-8").splitlines()[1])
    assert "margins" not in entry  # as in the recordings made before margins
    assert ReplayBackend(recordings).generate(request).margins is None


def test_the_bench_cache_keeps_an_answer_as_a_recording_does(tmp_path: Path) -> None:
    path = Path(__file__).resolve().parent.parent / "bench" / "stance_margins.py"
    spec = importlib.util.spec_from_file_location("stance_margins", path)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules["stance_margins"] = bench
    spec.loader.exec_module(bench)
    schema = {"properties": {"stance": {"enum": ["supports", "opposes"]}}}
    request = Request([{"role": "user", "content": "?"}], schema, 5, "test")
    recordings = tmp_path / "recordings.jsonl"
    recorder = RecordingBackend(Chooser(0.75), recordings)
    recorder.generate(request)
    recorder.save()
    recording = json.loads(recordings.read_text(encoding="utf-8").splitlines()[1])
    cache = tmp_path / "cache.json"
    cached = bench.CachedBackend(Chooser(0.75), cache)
    assert cached.generate(request) == ReplayBackend(recordings).generate(request)
    (entry,) = json.loads(cache.read_text(encoding="utf-8")).values()
    assert {"key": recording["key"], "label": "test", **entry} == recording
    # A cache written before holds text, finish reason and margins alone.
    key = request.key({})
    cache.write_text(json.dumps({key: {"text": "{}", "finish_reason": "stop", "margins": None}}))
    assert bench.CachedBackend(Chooser(0.75), cache).generate(request).margins is None
