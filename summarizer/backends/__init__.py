"""Backends: the in-process llama.cpp model, an OpenAI-compatible server, the replay of
recorded outputs and the rules alone (no model), each registered by name with its settings
type and a factory.

Adding a backend is a file with its class plus one `@register` factory here. The factories
import their backend when called, so naming a backend never loads another one's libraries;
construction of the heavy model happens in these factories, in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from ..errors import ConfigError
from ..generation import Backend
from ..settings import LlamaSettings, OpenAISettings, ReplaySettings, RulesSettings

S = TypeVar("S")


@dataclass(frozen=True)
class Registration:
    factory: Callable[[Any], Backend]
    settings_type: type[Any]


_REGISTRY: dict[str, Registration] = {}


def register(
    name: str, settings_type: type[S]
) -> Callable[[Callable[[S], Backend]], Callable[[S], Backend]]:
    """Register the decorated factory as backend `name`, built from a `settings_type`."""

    def add(factory: Callable[[S], Backend]) -> Callable[[S], Backend]:
        if name in _REGISTRY:
            raise ValueError(f"backend {name!r} is registered twice")
        _REGISTRY[name] = Registration(factory, settings_type)
        return factory

    return add


def names() -> tuple[str, ...]:
    """The registered backends' names, in registration order."""
    return tuple(_REGISTRY)


def _registration(name: str) -> Registration:
    if name not in _REGISTRY:
        raise ConfigError(f"unknown backend {name!r}: use one of {', '.join(_REGISTRY)}")
    return _REGISTRY[name]


def settings_type(name: str) -> type[Any]:
    """The settings dataclass of backend `name`; ConfigError for an unknown name."""
    return _registration(name).settings_type


def settings_for(name: str, values: Mapping[str, Any]) -> Any:
    """Backend `name`'s settings from `values` by field name; a field `values` lacks keeps its
    default, and values no field takes are ignored (they are other backends' settings)."""
    kind = settings_type(name)
    return kind(**{f.name: values[f.name] for f in fields(kind) if f.name in values})


def create(name: str, settings: Any = None) -> Backend:
    """Backend `name`, built from its settings (default: the settings type's defaults)."""
    registration = _registration(name)
    if settings is None:
        settings = registration.settings_type()
    if not isinstance(settings, registration.settings_type):
        raise TypeError(
            f"backend {name!r} takes {registration.settings_type.__name__}, "
            f"not {type(settings).__name__}"
        )
    return registration.factory(settings)


@register("llama", LlamaSettings)
def _llama(settings: LlamaSettings) -> Backend:
    from ..modelfile import resolve
    from .llama import LlamaBackend

    return LlamaBackend(resolve(settings.model))


@register("openai", OpenAISettings)
def _openai(settings: OpenAISettings) -> Backend:
    from .openai import OpenAIBackend

    return OpenAIBackend(settings)


@register("replay", ReplaySettings)
def _replay(settings: ReplaySettings) -> Backend:
    from .replay import ReplayBackend

    if settings.path is None or not settings.path.is_file():
        raise ConfigError(
            f"the replay backend needs a recordings file; {settings.path} does not exist"
        )
    return ReplayBackend(settings.path)


@register("rules", RulesSettings)
def _rules(settings: RulesSettings) -> Backend:
    from .rules import RulesOnlyBackend

    return RulesOnlyBackend()
