"""The schema constraint is real: it compiles to a grammar that encodes the enums, and a schema
that cannot be compiled is an error, not a silent fallback to free JSON."""

from __future__ import annotations

import math

import pytest

pytest.importorskip("llama_cpp")

from summarizer.backends.grammar import schema_to_gbnf
from summarizer.backends.llama import choice_margin, enum_fields, string_field, walk
from summarizer.errors import ModelError
from summarizer.schemas import grammar_schema


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


def test_enum_only_schemas_are_answered_by_choice() -> None:
    speaker = {
        "type": "object",
        "properties": {"speaker": {"type": "string", "enum": ["NATO", "China", "none"]}},
        "required": ["speaker"],
        "additionalProperties": False,
    }
    stance = grammar_schema("stance-output")
    stance["properties"]["evidence"] = {"type": "integer", "enum": [2, 12]}
    assert enum_fields(speaker) == [("speaker", ["NATO", "China", "none"])]
    assert enum_fields(stance) == [
        ("evidence", [2, 12]),
        ("stance", ["supports", "opposes", "neutral", "mixed", "unclear"]),
    ]
    # A free string (the topic) goes through the grammar.
    assert enum_fields(grammar_schema("topic-output")) is None


def test_choice_follows_the_models_scores_down_the_option_tokens() -> None:
    # Options: "Jens Stoltenberg" = [1, 2, 9], "Jens Stoltenberg Jr" = [1, 2, 3, 9],
    # "China" = [4, 9]. Token 1 beats 4; after [1, 2], 3 beats 9.
    scores = {0: [0.0, 5.0, 0.0, 0.0, 1.0, 0, 0, 0, 0, 0], 1: [0.0] * 3 + [2.0] + [0.0] * 5 + [1.0]}
    evaluated: list[list[int]] = []

    def logits() -> list[float]:
        return scores[len(evaluated)]

    paths = [[1, 2, 9], [1, 2, 3, 9], [4, 9]]
    choice, steps, margin = walk(paths, logits, evaluated.append)
    assert (choice, steps) == (1, 2)
    # The closer choice decides the margin: 2.0 against 1.0 is tanh(0.5) apart (5.0 against 1.0
    # before it, tanh(2)).
    assert margin == pytest.approx(math.tanh(0.5))
    assert evaluated == [[1, 2]]  # the shared tokens, evaluated once, before the second choice
    # One option left after the first choice: no more model work.
    evaluated.clear()
    scores[0] = [0.0, 0.0, 0.0, 0.0, 9.0, 0, 0, 0, 0, 0]
    choice, steps, margin = walk(paths, logits, evaluated.append)
    assert (choice, steps, evaluated) == (2, 1, [])
    assert margin == pytest.approx(math.tanh(4.5))
    # A single option is no choice: certain.
    assert walk([[4, 9]], logits, evaluated.append) == (0, 0, 1.0)


def test_the_margin_of_a_tie_is_zero_and_of_three_ways_counts_them_all() -> None:
    assert choice_margin([1.0, 1.0]) == 0.0
    # Three options scored 0, -ln 2, -ln 2: probabilities 1/2, 1/4, 1/4.
    assert choice_margin([0.0, -math.log(2), -math.log(2)]) == pytest.approx(0.25)


def test_a_single_free_string_is_written_without_its_json() -> None:
    assert string_field(grammar_schema("topic-output")) == ("topic", 60)
    assert string_field(grammar_schema("stance-output")) is None
