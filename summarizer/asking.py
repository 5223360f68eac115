"""Asking the model one question about an article: generate, validate (jsonschema and pydantic),
re-ask with the problems fed back a bounded number of times, count the usage."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from . import schemas
from .errors import ExtractionError
from .generation import Backend, Generation, Message, Request
from .prompting import PromptTemplate
from .types import Rejected, SpeakerOut, StanceOut, TopicOut, Usage

# What the model writes, task by task.
OUTPUTS: dict[str, type[BaseModel]] = {
    "topic": TopicOut,
    "stance": StanceOut,
    "speaker": SpeakerOut,
}


@dataclass(frozen=True)
class Answer:
    """A valid answer, and its choice margins by key (`Generation.margins`), None if unknown."""

    parsed: dict[str, Any]
    margins: dict[str, float] | None = None


@dataclass
class Asker:
    """Asks the questions about one article and adds up what they cost."""

    backend: Backend
    template: PromptTemplate
    article_id: str
    variables: dict[str, Any]  # what every question about this article shows
    max_attempts: int = 3
    on_event: Callable[[str], None] | None = None
    usage: Usage = field(default_factory=Usage)
    # Valid answers by request key, shared by the articles of a run: a question asked again
    # word for word (a syndicated copy's passage) is answered once.
    answered: dict[str, Answer] = field(default_factory=dict)

    def ask(
        self,
        task: str,
        schema: dict[str, Any],
        max_tokens: int,
        variables: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Ask until the answer is valid JSON that passes both the request's JSON Schema
        (jsonschema) and the task's pydantic model, at most max_attempts times, feeding the
        specific problems back each time. Raises ExtractionError, carrying the attempts and the
        last raw output, when every attempt fails."""
        return dict(self.answer(task, schema, max_tokens, variables).parsed)

    def answer(
        self,
        task: str,
        schema: dict[str, Any],
        max_tokens: int,
        variables: dict[str, Any] | None = None,
    ) -> Answer:
        """As `ask`, with the answer's choice margins when the backend knows them."""
        messages: list[Message] = self.template.messages(
            task, {**self.variables, **(variables or {})}
        )
        request = Request(messages, schema, max_tokens, self._label(task))
        key = request.key(self.backend.sampling)
        if key in self.answered:
            return self.answered[key]
        raw = ""
        problems: list[str] = []
        attempts = self.max_attempts
        for attempt in range(1, attempts + 1):
            self.usage.attempts += 1
            generation = self._generate(request)
            raw = generation.text
            problems = _problems(generation, schema, OUTPUTS[task])
            if not problems:
                # A re-asked answer's margins are those of its last attempt.
                self.answered[key] = Answer(json.loads(raw), generation.margins)
                return self.answered[key]
            if attempt < attempts:
                self.event(f"{self.article_id}: re-asking {task} ({problems[0]})")
                messages = [
                    *messages[:2],
                    {"role": "assistant", "content": raw},
                    {
                        "role": "user",
                        "content": "Your answer has these problems:\n"
                        + "\n".join(f"- {p}" for p in problems[:8])
                        + "\nAnswer again with corrected JSON.",
                    },
                ]
                request = Request(messages, schema, max_tokens, request.label)
        raise ExtractionError(
            f"{self._label(task)}: no valid answer after {attempts} attempts "
            f"(last problem: {problems[0]})",
            attempts=attempts,
            last_output=raw,
        )

    def gave_up(
        self, kind: Literal["position", "quote"], value: str, exc: ExtractionError
    ) -> Rejected:
        """One unanswerable question drops its item: the report of it, with the attempts and
        the last raw output (the rest of the article stands)."""
        self.event(f"{self.article_id}: gave up on a {kind}: {exc}")
        return Rejected(
            kind=kind,
            value=value,
            reason=f"{exc} (last output: {exc.last_output[:200]!r})",
        )

    def event(self, message: str) -> None:
        if self.on_event:
            self.on_event(message)

    def _label(self, task: str) -> str:
        return f"template {self.template.name!r}, article {self.article_id!r}, task {task}"

    def _generate(self, request: Request) -> Generation:
        generation = self.backend.generate(request)
        self.usage.calls += 1
        self.usage.prompt_tokens += generation.prompt_tokens
        self.usage.evaluated_tokens += generation.evaluated_tokens
        self.usage.completion_tokens += generation.completion_tokens
        self.usage.seconds += generation.seconds
        return generation


def _problems(generation: Generation, schema: dict[str, Any], model: type[BaseModel]) -> list[str]:
    """What is wrong with an answer: cut off, not JSON, against the schema or the model."""
    if generation.finish_reason == "length":
        return ["the answer was cut off at the token limit: answer more briefly"]
    try:
        parsed = json.loads(generation.text)
    except json.JSONDecodeError as exc:
        return [f"the answer is not valid JSON: {exc.msg} at character {exc.pos}"]
    problems = schemas.validate_plain(schema, parsed)
    if problems:
        return problems
    try:
        model.model_validate(parsed)
    except ValidationError as exc:
        return [f"{'.'.join(map(str, e['loc'])) or '(top)'}: {e['msg']}" for e in exc.errors()]
    return []
