"""One error family. Every message says what went wrong and what to do next."""

from __future__ import annotations


class SummarizerError(Exception):
    """Root of the errors meant for the user; the CLI shows them without a traceback."""

    exit_code = 1


class ConfigError(SummarizerError):
    """A bad option, a missing template, an unknown file: the user can fix it."""

    exit_code = 2


class InputError(SummarizerError):
    """An article that cannot be read or used."""

    exit_code = 2


class ModelError(SummarizerError):
    """The model file is missing or corrupt, or the backend cannot run it."""

    exit_code = 3


class ModelLoadError(ModelError):
    """The model cannot be loaded or the server cannot be reached: no article can succeed."""


class ExtractionError(SummarizerError):
    """The model's output stayed invalid or ungrounded after every attempt."""

    exit_code = 4

    def __init__(self, message: str, *, attempts: int = 0, last_output: str = "") -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_output = last_output
