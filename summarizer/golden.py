"""Golden checks: compare a run's extractions with stored expected results, as a readable diff.

Tolerant where it should be (sets, not lists; names compared case- and space-insensitively;
summaries fuzzily) and strict where it must be (quote text and offsets, speakers, stances).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .errors import InputError
from .types import Extraction

SUMMARY_SIMILARITY = 60.0


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _added_and_removed(
    expected: dict[Any, dict[str, Any]],
    actual: dict[Any, dict[str, Any]],
    describe: Callable[[Any, dict[str, Any]], str],
) -> list[str]:
    """`- …` for what the run lost, `+ …` for what it gained; the keys say what is the same."""
    lost = [f"- {describe(k, expected[k])}" for k in sorted(expected.keys() - actual.keys())]
    return lost + [f"+ {describe(k, actual[k])}" for k in sorted(actual.keys() - expected.keys())]


def compare(expected: dict[str, Any], actual: Extraction) -> list[str]:
    """Differences between an expected extraction (JSON) and an actual one; empty if none."""
    got = json.loads(actual.model_dump_json())
    expected_actors = {_key(a["name"]): a for a in expected["actors"]}
    actual_actors = {_key(a["name"]): a for a in got["actors"]}
    diff = _added_and_removed(expected_actors, actual_actors, lambda _k, a: f"actor {a['name']!r}")
    for key in sorted(expected_actors.keys() & actual_actors.keys()):
        before, after = expected_actors[key]["type"], actual_actors[key]["type"]
        if before != after:
            diff.append(f"~ actor {expected_actors[key]['name']!r}: type {before} -> {after}")

    def quotes(data: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
        return {(q["start"], q["end"]): q for q in data["quotes"]}

    expected_quotes, actual_quotes = quotes(expected), quotes(got)
    diff += _added_and_removed(
        expected_quotes,
        actual_quotes,
        lambda span, q: f"quote {span[0]}-{span[1]} {q['speaker']!r}: {q['text'][:70]!r}",
    )
    for span in sorted(expected_quotes.keys() & actual_quotes.keys()):
        before, after = expected_quotes[span], actual_quotes[span]
        if before["text"] != after["text"]:
            diff.append(
                f"~ quote {span[0]}-{span[1]}: text {before['text']!r} -> {after['text']!r}"
            )
        if _key(before["speaker"]) != _key(after["speaker"]):
            diff.append(
                f"~ quote {span[0]}-{span[1]} {before['text'][:40]!r}: speaker "
                f"{before['speaker']!r} -> {after['speaker']!r}"
            )

    def positions(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {_key(p["actor"]): p for p in data["positions"]}

    expected_positions, actual_positions = positions(expected), positions(got)
    diff += _added_and_removed(
        expected_positions,
        actual_positions,
        lambda _k, p: f"position {p['actor']!r} {p['stance']}",
    )
    for key in sorted(expected_positions.keys() & actual_positions.keys()):
        before, after = expected_positions[key], actual_positions[key]
        who = repr(before["actor"])
        if before["stance"] != after["stance"]:
            diff.append(f"~ position {who}: stance {before['stance']} -> {after['stance']}")
        if before["evidence"]["start"] != after["evidence"]["start"]:
            diff.append(f"~ position {who}: evidence moved to {after['evidence']['text'][:60]!r}")
        summaries = before.get("summary") or "", after.get("summary") or ""
        if summaries != ("", "") and fuzz.token_set_ratio(*summaries) < SUMMARY_SIMILARITY:
            diff.append(f"~ position {who}: summary {before['summary']!r} -> {after['summary']!r}")
    return diff


def load_expected(folder: Path) -> dict[str, dict[str, Any]]:
    """Expected extractions in `folder` (one `<article id>.json` each), by article id."""
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder of golden extractions")
    expected = {}
    for path in sorted(folder.glob("*.json")):
        try:
            expected[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} is not valid JSON: {exc}") from exc
    if not expected:
        raise InputError(f"{folder} holds no golden extractions (<article id>.json files)")
    return expected


def stable(extraction: Extraction) -> dict[str, Any]:
    """An extraction as stored in a golden folder: without what depends on where it ran."""
    data: dict[str, Any] = json.loads(extraction.model_dump_json())
    data["article"]["file"] = Path(data["article"]["file"]).name
    data["usage"]["seconds"] = 0.0  # the clock of the recording machine, not a result
    return data
