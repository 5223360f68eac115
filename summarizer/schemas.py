"""JSON Schemas, generated from the pydantic models; schemas/ holds them as files."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from pydantic import BaseModel

from .resources import data_dir
from .types import (
    Briefing,
    Extraction,
    ExtractOutput,
    SpeakerOut,
    StanceOut,
    StoryIndex,
    TopicOut,
)

MODELS: dict[str, type[BaseModel]] = {
    "extraction": Extraction,
    "briefing": Briefing,
    "extract-output": ExtractOutput,
    "story-index": StoryIndex,
    "topic-output": TopicOut,
    "stance-output": StanceOut,
    "speaker-output": SpeakerOut,
}


def generate(name: str) -> dict[str, Any]:
    """The schema of `name` as pydantic generates it (what schemas/ must hold)."""
    schema = MODELS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{name}.schema.json"
    return schema


def dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_all(folder: Path) -> list[Path]:
    written = []
    for name in MODELS:
        path = folder / f"{name}.schema.json"
        path.write_text(dump(generate(name)), encoding="utf-8")
        written.append(path)
    return written


@cache
def shipped(name: str) -> dict[str, Any]:
    """The schema file in schemas/."""
    loaded: dict[str, Any] = json.loads(
        (data_dir("schemas") / f"{name}.schema.json").read_text(encoding="utf-8")
    )
    return loaded


def validate(name: str, instance: Any) -> list[str]:
    """jsonschema's complaints about `instance` against the shipped schema `name`."""
    return validate_plain(shipped(name), instance)


def inline(schema: dict[str, Any]) -> dict[str, Any]:
    """Resolve local $refs and drop titles/descriptions: the plain form a grammar is built from
    (llama.cpp's converter has had bugs with $ref)."""
    defs = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {
                k: walk(v)
                for k, v in node.items()
                if k not in ("$defs", "title", "description", "$schema", "$id", "default")
            }
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    result: dict[str, Any] = walk(schema)
    return result


def validate_plain(schema: dict[str, Any], instance: Any) -> list[str]:
    """jsonschema's complaints about `instance` against an in-memory schema."""
    validator = jsonschema.Draft202012Validator(schema)
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in validator.iter_errors(instance)
    ]


def grammar_schema(name: str) -> dict[str, Any]:
    """The shipped schema `name` in the plain form generation is constrained by."""
    return inline(shipped(name))
