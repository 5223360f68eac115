"""schemas/ is generated from the pydantic models; this fails when they drift apart."""

from __future__ import annotations

import json

import pytest

from summarizer import schemas
from summarizer.resources import data_dir


@pytest.mark.parametrize("name", list(schemas.MODELS))
def test_schema_file_matches_the_models(name: str) -> None:
    on_disk = (data_dir("schemas") / f"{name}.schema.json").read_text(encoding="utf-8")
    assert on_disk == schemas.dump(schemas.generate(name)), (
        f"schemas/{name}.schema.json is stale: regenerate it with "
        "`python -c 'from summarizer import schemas; from pathlib import Path; "
        'schemas.write_all(Path("schemas"))\'`'
    )


def test_no_stray_schema_files() -> None:
    files = {p.name for p in data_dir("schemas").glob("*.json")}
    assert files == {f"{n}.schema.json" for n in schemas.MODELS}


def test_briefing_json_shape_is_pinned(golden_result) -> None:
    data = json.loads(golden_result.briefing.model_dump_json())
    assert data["briefing_version"] == "1.9"
    assert list(data) == [
        "briefing_version", "headline", "overview", "sources", "actors", "issues", "positions",
        "quotes", "statements", "agreements", "disagreements", "doubts", "failures", "rejected",
        "provenance",
    ]  # fmt: skip
    assert {a["kind"] for a in data["actors"]} <= {"named", "described"}
    assert data["statements"]
    for statement in data["statements"]:
        assert set(statement) == {"speaker", "text", "kinds", "sources", "variants"}
        assert all(
            set(v) == {
                "source", "text", "kind", "content", "cue", "said_by", "resolved_by", "quote",
                "confidence", "evidence",
            }
            for v in statement["variants"]
        )  # fmt: skip
    assert set(data["sources"][0]) == {
        "ref", "id", "file", "sha256", "title", "outlet", "date", "notes",
    }  # fmt: skip
    assert set(data["positions"][0]) == {
        "actor", "topic", "issue", "reported_topic", "stance", "summary", "source", "evidence",
        "attribution",
    }  # fmt: skip
    assert set(data["issues"][0]) == {"id", "name", "wordings", "sources"}
    assert {p["issue"] for p in data["positions"]} == {i["id"] for i in data["issues"]}
    # A model reading's margin, where the backend knows it; the sources that read alike a
    # reading under the bar shown for their sake.
    extra = {"confidence", "agreed_by"}
    assert all(set(p) - set(data["positions"][0]) <= extra for p in data["positions"])
    assert any("agreed_by" in p for p in data["positions"])
    for finding in data["agreements"] + data["disagreements"] + data["doubts"]:
        assert set(finding) == {"kind", "actor", "topic", "sides"}
        assert all(set(side) == {"says", "sources", "evidence"} for side in finding["sides"])
    assert set(data["provenance"]) == {
        "tool_version", "backend", "model", "model_sha256", "prompt", "prompt_sha256",
        "sampling", "timings", "usage",
    }  # fmt: skip
    assert schemas.validate("briefing", data) == []


def test_grammar_schemas_have_no_refs() -> None:
    for name in ("topic-output", "stance-output", "speaker-output"):
        assert "$ref" not in json.dumps(schemas.grammar_schema(name))
