"""Backends: the in-process llama.cpp model and the replay of recorded outputs.

Construction of the heavy model happens here, in one place.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from ..generation import Backend

BACKENDS = ("llama", "replay")


def open_backend(
    kind: str = "llama", *, model: str | None = None, replay: Path | None = None
) -> Backend:
    if kind == "llama":
        from ..modelfile import resolve
        from .llama import LlamaBackend

        return LlamaBackend(resolve(model))
    if kind == "replay":
        from .replay import ReplayBackend

        if replay is None or not replay.is_file():
            raise ConfigError(
                f"the replay backend needs a recordings file; {replay} does not exist"
            )
        return ReplayBackend(replay)
    raise ConfigError(f"unknown backend {kind!r}: use one of {', '.join(BACKENDS)}")
