"""Backends: the in-process llama.cpp model, an OpenAI-compatible server, and the replay of
recorded outputs.

Construction of the heavy model happens here, in one place.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from ..generation import Backend

BACKENDS = ("llama", "openai", "replay")


def open_backend(
    kind: str = "llama",
    *,
    model: str | None = None,
    replay: Path | None = None,
    base_url: str | None = None,
    served_model: str | None = None,
    api_key: str | None = None,
    concurrency: int = 4,
    constraint: str = "auto",
    timeout: float = 600.0,
) -> Backend:
    if kind == "llama":
        from ..modelfile import resolve
        from .llama import LlamaBackend

        return LlamaBackend(resolve(model))
    if kind == "openai":
        from .openai import OpenAIBackend

        if not base_url:
            raise ConfigError("the openai backend needs --base-url (e.g. http://127.0.0.1:8000/v1)")
        return OpenAIBackend(
            base_url,
            model=served_model,
            api_key=api_key,
            concurrency=concurrency,
            constraint=constraint,
            timeout=timeout,
        )
    if kind == "replay":
        from .replay import ReplayBackend

        if replay is None or not replay.is_file():
            raise ConfigError(
                f"the replay backend needs a recordings file; {replay} does not exist"
            )
        return ReplayBackend(replay)
    raise ConfigError(f"unknown backend {kind!r}: use one of {', '.join(BACKENDS)}")
