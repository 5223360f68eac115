"""Settings travel as one object per backend, built from the options and the environment in one
place; backends are chosen from a registry."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from summarizer import backends, cli
from summarizer.errors import ConfigError
from summarizer.settings import (
    VARIABLES,
    LlamaSettings,
    OpenAISettings,
    ReplaySettings,
    RunSettings,
    from_environment,
)

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"


def test_the_registry_lists_exactly_the_shipped_backends() -> None:
    assert backends.names() == ("llama", "openai", "replay", "rules")
    assert backends.settings_type("llama") is LlamaSettings
    assert backends.settings_type("openai") is OpenAISettings
    assert backends.settings_type("replay") is ReplaySettings


def test_an_unknown_backend_names_the_known_ones() -> None:
    for attempt in (lambda: backends.create("nope"), lambda: backends.settings_for("nope", {})):
        with pytest.raises(ConfigError, match="unknown backend 'nope': use one of llama, openai"):
            attempt()


def test_a_backend_takes_only_its_own_settings_type() -> None:
    with pytest.raises(TypeError, match="takes ReplaySettings, not OpenAISettings"):
        backends.create("replay", OpenAISettings(base_url="http://host/v1"))


def test_settings_for_takes_its_fields_and_keeps_the_other_defaults() -> None:
    values = {"base_url": "http://host/v1", "timeout": 5.0, "path": Path("x.jsonl")}
    assert backends.settings_for("openai", values) == OpenAISettings(
        base_url="http://host/v1", timeout=5.0
    )
    assert backends.settings_for("replay", values) == ReplaySettings(path=Path("x.jsonl"))


def test_a_missing_recordings_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs a recordings file"):
        backends.create("replay", ReplaySettings(path=tmp_path / "none.jsonl"))


def _option_defaults() -> dict[str, object]:
    command = typer.main.get_command(cli.app)
    return {param.name: param.default for param in command.params if param.name}


def test_the_command_line_takes_its_defaults_from_the_settings() -> None:
    defaults = _option_defaults()
    for settings_type, names in (
        (OpenAISettings, ("served_model", "concurrency", "constraint", "timeout")),
        (RunSettings, ("backend", "prompt", "quiet")),
    ):
        fields = {f.name: f.default for f in dataclasses.fields(settings_type)}
        for name in names:
            assert defaults[name] == fields[name], name
    assert defaults["replay"] == ReplaySettings().path
    assert defaults["no_cache"] is (not RunSettings().cache)


def test_each_default_is_written_once() -> None:
    """The server timeout's default was once spelled in four places."""
    spelled = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        for _ in re.finditer(r"\b600\.0\b", path.read_text(encoding="utf-8"))
    ]
    assert spelled == ["settings.py"]


def test_the_environment_is_read_in_settings_only() -> None:
    readers = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(r"os\.environ|getenv|envvar\s*=", path.read_text(encoding="utf-8"))
    )
    assert readers == ["settings.py"]


def test_the_environment_fills_an_environment_and_empty_counts_as_unset() -> None:
    env = from_environment(
        {
            "SUMMARIZER_MODEL": "/models/m.gguf",
            "SUMMARIZER_CACHE_DIR": "",
            "SUMMARIZER_BASE_URL": "http://host/v1",
            "OPENAI_API_KEY": "secret",
            "UNRELATED": "x",
        }
    )
    assert env.model == Path("/models/m.gguf") and env.base_url == "http://host/v1"
    assert env.api_key == "secret"
    assert env.cache_dir is None and env.extractions is None
    assert set(VARIABLES) == {f.name for f in dataclasses.fields(env)}


def test_a_model_given_wins_over_the_environment() -> None:
    env = from_environment({"SUMMARIZER_MODEL": "/models/env.gguf"})
    assert LlamaSettings.given(None, env).model == Path("/models/env.gguf")
    assert LlamaSettings.given("mine.gguf", env).model == Path("mine.gguf")
    assert LlamaSettings.given(None, from_environment({})).model is None  # the default model


def test_cache_dir_option_wins_over_its_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in VARIABLES.values():
        monkeypatch.delenv(variable, raising=False)
    runner = CliRunner()
    from_variable = tmp_path / "from-variable"
    env = {"SUMMARIZER_EXTRACTIONS": str(from_variable)}
    result = runner.invoke(cli.app, ["cache", "info"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{from_variable}:")
    option = tmp_path / "from-option"
    result = runner.invoke(cli.app, ["--cache-dir", str(option), "cache", "info"], env=env)
    assert result.output.startswith(f"{option}:")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "root"))
    result = runner.invoke(cli.app, ["cache", "info"])
    assert result.output.startswith(f"{tmp_path / 'root' / 'extractions'}:")
