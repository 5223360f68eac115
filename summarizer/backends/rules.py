"""No model at all: every question the rules leave open is answered "no answer".

What comes out is what the rules find by themselves: quotes with the speakers the reporting-verb
rules name, and the positions the stance-word rules read. A speaker question is answered
"none", a stance question "unclear", and the topic is a fixed placeholder. It serves the
rule-only golden test (a rule change shows its whole diff at once, with no model) and users who
want a quick briefing without loading a model.
"""

from __future__ import annotations

import json
from typing import Any

from ..generation import Generation, Request
from .grammar import schema_options

NO_TOPIC = "(no topic: rules only)"
NO_ANSWER = ("none", "unclear")


def no_answer(schema: dict[str, Any]) -> str:
    """The JSON answer that says nothing: 'none' or 'unclear' where the schema offers it, else
    its first option, and a placeholder for free text."""
    answer: dict[str, Any] = {}
    for name, spec in schema.get("properties", {}).items():
        options = schema_options(spec)
        if options:
            answer[name] = next((o for o in options if o in NO_ANSWER), options[0])
        else:
            answer[name] = NO_TOPIC
    return json.dumps(answer)


class RulesOnlyBackend:
    name = "rules"
    model_name = "rules-only"
    model_sha256: str | None = None
    constrains_output = True
    cacheable = False  # as fast as a cache hit, and nothing to reuse
    concurrency = 1

    @property
    def sampling(self) -> dict[str, Any]:
        return {}

    def ready(self) -> None:
        pass

    def generate(self, request: Request) -> Generation:
        return Generation(text=no_answer(request.schema), finish_reason="stop")
