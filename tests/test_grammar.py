"""The schema constraint is real: it compiles to a grammar that encodes the enums, and a schema
that cannot be compiled is an error, not a silent fallback to free JSON."""

from __future__ import annotations

import pytest

pytest.importorskip("llama_cpp")

from summarizer.backends.llama import schema_to_gbnf
from summarizer.errors import ModelError


def test_enum_values_are_in_the_grammar() -> None:
    gbnf = schema_to_gbnf(
        {
            "type": "object",
            "properties": {
                "speaker": {"type": "string", "enum": ["Emmanuel Macron", "none"]},
                "evidence": {"type": "integer", "enum": [3, 7]},
            },
            "required": ["speaker", "evidence"],
        }
    )
    assert '"\\"Emmanuel Macron\\""' in gbnf
    assert '"\\"none\\""' in gbnf
    assert '"3"' in gbnf and '"7"' in gbnf
    assert 'space ::= " "?' in gbnf  # no whitespace runaways


def test_a_schema_that_cannot_become_a_grammar_fails_loudly() -> None:
    with pytest.raises(ModelError, match="grammar"):
        schema_to_gbnf({"type": "object", "properties": {"x": {"$ref": "#/$defs/missing"}}})
