"""The one backend interface: messages and a JSON Schema in, constrained JSON text out."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

Message = dict[str, str]


@dataclass(frozen=True)
class Request:
    messages: list[Message]
    schema: dict[str, Any]
    max_tokens: int
    label: str = ""  # what is asked about (template, article, task): for messages, not the key

    def key(self, sampling: dict[str, Any]) -> str:
        """A stable hash of everything that decides the answer."""
        payload = json.dumps(
            {
                "messages": self.messages,
                "schema": self.schema,
                "max_tokens": self.max_tokens,
                "sampling": sampling,
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class Generation:
    text: str
    finish_reason: str  # "stop" or "length"
    prompt_tokens: int = 0
    evaluated_tokens: int = 0  # prompt tokens evaluated, after reuse of a cached prefix
    completion_tokens: int = 0
    seconds: float = 0.0
    # For an answer chosen among options (`llama._choose`), each value's choice margin by its
    # key: the chosen option's probability minus the runner-up's, where the model decided
    # (`llama.walk`); None when the backend does not know it (a server, a grammar, an older
    # recording).
    margins: dict[str, float] | None = None


class Backend(Protocol):
    """Every backend: in-process llama.cpp, an OpenAI-compatible server, the test replay."""

    name: str
    model_sha256: str | None
    constrains_output: bool  # whether the schema really restricts decoding
    cacheable: bool  # whether its extractions go into the on-disk cache (not for replays)
    concurrency: int  # how many articles it can work on at once

    @property
    def model_name(self) -> str:
        """The model's name, for the cache key (when there is no sha256) and provenance."""

    @property
    def sampling(self) -> dict[str, Any]: ...

    def ready(self) -> None:
        """Load the model or reach the server; called once, only when there is work to do.
        Raises ModelError (a configuration problem, fatal to the run)."""

    def generate(self, request: Request) -> Generation: ...


@runtime_checkable
class Interruptible(Protocol):
    """A backend whose requests can be told to give up (between retries) when the run stops."""

    def interrupt(self) -> None: ...
