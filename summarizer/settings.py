"""Settings as data: one frozen dataclass per backend, the run's own settings, and the
environment, read here and nowhere else. Each default is written once, in its dataclass; the
command line's options take theirs from these fields.

Precedence, wherever settings are built: an option given > its environment variable > the
field's default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# The environment variables summarizer reads, by the Environment field they fill.
VARIABLES = {
    "model": "SUMMARIZER_MODEL",
    "cache_dir": "SUMMARIZER_CACHE_DIR",
    "extractions": "SUMMARIZER_EXTRACTIONS",
    "base_url": "SUMMARIZER_BASE_URL",
    "api_key": "OPENAI_API_KEY",
}


@dataclass(frozen=True)
class Environment:
    """What the environment variables say; None where one is unset or empty."""

    model: Path | None = None  # SUMMARIZER_MODEL: a GGUF file instead of the default model
    cache_dir: Path | None = None  # SUMMARIZER_CACHE_DIR: the whole cache (model, extractions)
    extractions: Path | None = None  # SUMMARIZER_EXTRACTIONS: the cached extractions only
    base_url: str | None = None  # SUMMARIZER_BASE_URL: the OpenAI-compatible server
    api_key: str | None = None  # OPENAI_API_KEY: its bearer token


def from_environment(environ: Mapping[str, str] | None = None) -> Environment:
    """The environment variables of `environ` (default: this process's), the one place
    summarizer reads them. An empty variable counts as unset, as for the command line's
    options."""
    source = os.environ if environ is None else environ
    value = {field: source.get(variable) or None for field, variable in VARIABLES.items()}

    def path(field: str) -> Path | None:
        return Path(text) if (text := value[field]) else None

    return Environment(
        model=path("model"),
        cache_dir=path("cache_dir"),
        extractions=path("extractions"),
        base_url=value["base_url"],
        api_key=value["api_key"],
    )


@dataclass(frozen=True)
class LlamaSettings:
    """The in-process llama.cpp backend."""

    model: Path | None = None  # a GGUF file; None: the default model

    @classmethod
    def given(
        cls, model: str | Path | None = None, env: Environment | None = None
    ) -> LlamaSettings:
        """`model`, else SUMMARIZER_MODEL, else the default model."""
        chosen = model or (env or from_environment()).model
        return cls(model=Path(chosen) if chosen else None)


@dataclass(frozen=True)
class OpenAISettings:
    """A model served over an OpenAI-compatible HTTP API."""

    base_url: str | None = None  # the API root, e.g. http://127.0.0.1:8000/v1 (required)
    served_model: str | None = None  # None: the server's first model
    api_key: str | None = None  # sent as a bearer token
    concurrency: int = 4  # articles sent at once
    constraint: str = "auto"  # how the schema travels: auto, json_schema or grammar
    timeout: float = 600.0  # seconds to wait for one answer


@dataclass(frozen=True)
class ReplaySettings:
    """The replay of recorded model outputs (the tests' backend)."""

    path: Path | None = None  # the recordings file (required)


@dataclass(frozen=True)
class RulesSettings:
    """No model: the rules alone (nothing to set)."""


@dataclass(frozen=True)
class RunSettings:
    """What a command line run does apart from its backend."""

    backend: str = "llama"  # a registered backend's name
    prompt: str | None = None  # a shipped template's name or a template file; None: default
    quiet: bool = False  # no progress output
    cache: bool = True  # read and write the cache of extractions
    cache_dir: Path | None = None  # the cached extractions; None: the user cache's
