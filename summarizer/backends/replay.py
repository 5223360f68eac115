"""Record real model outputs, and replay them: the backend of the fast tests.

A replay answers only the exact requests it has recorded (messages, schema, token budget and
sampling all go into the key) and raises on anything else, naming what was asked. With
`keep_going`, it notes each miss, answers it with "no answer" so that the run asks every question
it would ask, and `check()` then raises once, listing every miss of the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..generation import Backend, Generation, Request
from ..resources import write_atomic
from .rules import no_answer

_RE_RECORD = (
    "the prompt, template or schema changed since recording; re-record with "
    "`pytest --update-golden` and review the diff"
)


class ReplayMiss(ModelError):
    """A request that was never recorded."""


def _read(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            entries[entry["key"]] = entry
    return entries


def recorded(generation: Generation) -> dict[str, Any]:
    """A generation as a recording keeps it (`replayed` gives it back); margins only where the
    backend knows them."""
    entry: dict[str, Any] = {
        "text": generation.text,
        "finish_reason": generation.finish_reason,
        "prompt_tokens": generation.prompt_tokens,
        "evaluated_tokens": generation.evaluated_tokens,
        "completion_tokens": generation.completion_tokens,
        "seconds": round(generation.seconds, 3),
    }
    if generation.margins is not None:
        entry["margins"] = generation.margins
    return entry


def replayed(entry: dict[str, Any]) -> Generation:
    """The generation a recording keeps (`recorded`); what an older record lacks is unknown:
    no token counts or time, no margins."""
    return Generation(
        text=entry["text"],
        finish_reason=entry["finish_reason"],
        prompt_tokens=entry.get("prompt_tokens", 0),
        evaluated_tokens=entry.get("evaluated_tokens", 0),
        completion_tokens=entry.get("completion_tokens", 0),
        seconds=entry.get("seconds", 0.0),
        margins=entry.get("margins"),
    )


class ReplayBackend:
    name = "replay"
    constrains_output = True
    cacheable = False  # a replay is itself a record: answering from a cache would hide misses
    concurrency = 1

    def __init__(self, path: Path, *, keep_going: bool = False) -> None:
        self.path = path
        self.keep_going = keep_going
        self.misses: list[str] = []
        self._entries = _read(path)
        meta = self._entries.pop("meta", {})
        self.model_name: str = meta.get("model_name", "replay")
        self.model_sha256: str | None = meta.get("model_sha256")
        self._sampling: dict[str, Any] = meta.get("sampling", {})

    @property
    def sampling(self) -> dict[str, Any]:
        return self._sampling

    def ready(self) -> None:
        pass

    def generate(self, request: Request) -> Generation:
        key = request.key(self.sampling)
        entry = self._entries.get(key)
        if entry is None:
            if self.keep_going:
                self.misses.append(f"{request.label} (key {key[:12]})")
                return Generation(text=no_answer(request.schema), finish_reason="stop")
            raise ReplayMiss(
                f"no recorded output for {request.label} (key {key[:12]}) in {self.path}: "
                + _RE_RECORD
            )
        return replayed(entry)

    def check(self) -> None:
        """Raise once for every request of the run that was not recorded (with `keep_going`)."""
        if self.misses:
            raise ReplayMiss(
                f"{len(self.misses)} requests have no recorded output in {self.path}: "
                + _RE_RECORD
                + "".join(f"\n  {miss}" for miss in self.misses)
            )


class RecordingBackend:
    """Passes requests to a real backend and writes every exchange to a recordings file."""

    name = "recording"
    constrains_output = True
    cacheable = False  # every request must reach the model to be recorded
    concurrency = 1

    def __init__(self, inner: Backend, path: Path) -> None:
        self.inner = inner
        self.path = path
        self.model_name = inner.model_name
        self.model_sha256 = inner.model_sha256
        self._entries: dict[str, dict[str, Any]] = {}

    @property
    def sampling(self) -> dict[str, Any]:
        return self.inner.sampling

    def ready(self) -> None:
        self.inner.ready()

    def generate(self, request: Request) -> Generation:
        generation = self.inner.generate(request)
        key = request.key(self.sampling)
        self._entries[key] = {"key": key, "label": request.label, **recorded(generation)}
        return generation

    def save(self) -> None:
        meta = {
            "key": "meta",
            "model_name": self.model_name,
            "model_sha256": self.model_sha256,
            "sampling": self.sampling,
        }
        lines = [json.dumps(meta, ensure_ascii=False)]
        lines += [json.dumps(e, ensure_ascii=False) for e in self._entries.values()]
        write_atomic(self.path, "\n".join(lines) + "\n")
