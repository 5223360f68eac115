"""A JSON Schema compiled to a GBNF grammar, for llama.cpp in process and for the servers that
take a grammar (llama-cpp-python's server, llama-server)."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from ..errors import ModelError, ModelLoadError

LLAMA_CPP_MISSING = (
    "llama-cpp-python is not installed: run pip install 'summarizer[model]' "
    "(it builds from source, about 5 minutes)"
)
# llama.cpp's converter lets the model write up to ~20 whitespace characters between tokens;
# one optional space is all valid JSON needs, and it removes whitespace runaways.
_SPACE_RULE = re.compile(r"^space ::= .*$", re.MULTILINE)


def schema_to_gbnf(schema: dict[str, Any]) -> str:
    """The grammar for `schema`; raises ModelError instead of silently constraining nothing.
    Converted once per schema. The key keeps the properties' order, which the grammar (and so
    the order the model writes the keys in) follows."""
    return _gbnf(json.dumps(schema))


@functools.lru_cache(maxsize=256)
def _gbnf(schema_json: str) -> str:
    try:
        from llama_cpp.llama_grammar import json_schema_to_gbnf
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ModelError(LLAMA_CPP_MISSING) from exc
    try:
        gbnf = json_schema_to_gbnf(schema_json)
    except Exception as exc:  # the converter raises bare exceptions on what it cannot handle
        raise ModelLoadError(f"the output schema cannot be turned into a grammar: {exc}") from exc
    if "root ::=" not in gbnf:
        raise ModelLoadError(
            "the output schema produced no grammar root: refusing to run unconstrained"
        )
    return _SPACE_RULE.sub('space ::= " "?', gbnf)


def schema_options(value: dict[str, Any]) -> list[Any] | None:
    """The finite values a property allows (enum, const, or anyOf of them), else None."""
    if "enum" in value:
        return list(value["enum"])
    if "const" in value:
        return [value["const"]]
    if "anyOf" in value:
        found: list[Any] = []
        for branch in value["anyOf"]:
            options = schema_options(branch)
            if options is None:
                return None
            found += options
        return found
    return None
