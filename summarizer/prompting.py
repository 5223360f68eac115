"""Prompt templates: Jinja2 files in prompts/ with a declared contract, rendered strictly.

A template file opens with a Jinja comment holding TOML: name, version, description and the
variables it uses. Its blocks are the messages: `system`, `article` (the shared prefix of every
request about one article, so llama.cpp evaluates it once) and one block per task.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from .detect import sentences
from .errors import ConfigError
from .generation import Message
from .resources import data_dir

TASKS = ("topic", "stance", "speaker")
REQUIRED_BLOCKS = ("system", "article", *TASKS)
_HEADER = re.compile(r"\A\{#-?\s*\n(?P<toml>.*?)\n\s*-?#\}", re.DOTALL)


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    version: str
    description: str
    variables: tuple[str, ...]
    source: str
    path: Path

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    def _template(self) -> jinja2.Template:
        env = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )
        return env.from_string(self.source)

    def render_block(self, block: str, variables: dict[str, Any]) -> str:
        template = self._template()
        if block not in template.blocks:
            raise ConfigError(f"prompt template {self.name!r} has no block {block!r}")
        try:
            context = template.new_context(variables)
            return "".join(template.blocks[block](context)).strip()
        except jinja2.UndefinedError as exc:
            raise ConfigError(
                f"prompt template {self.name!r} ({self.path}) uses a variable it was not given: "
                f"{exc.message}. Declare only the variables listed by `summarizer prompts show`."
            ) from exc

    def messages(self, task: str, variables: dict[str, Any]) -> list[Message]:
        """System message, then the article (the shared prefix, empty in a template whose
        questions show only their passage) followed by the task, as one user message."""
        parts = (self.render_block("article", variables), self.render_block(task, variables))
        user = "\n\n".join(part for part in parts if part)
        return [
            {"role": "system", "content": self.render_block("system", variables)},
            {"role": "user", "content": user},
        ]

    def undeclared(self) -> tuple[set[str], set[str]]:
        """(used but not declared, declared but not used) variable names."""
        env = jinja2.Environment()
        used = jinja2.meta.find_undeclared_variables(env.parse(self.source))
        declared = set(self.variables)
        return used - declared, declared - used


SAMPLE_ARTICLE = (
    'French President Emmanuel Macron said "geography is stubborn." NATO Secretary-General '
    "Jens Stoltenberg said the office is still on the table."
)


def sample_variables() -> dict[str, Any]:
    """Values for every variable the pipeline provides, from a two-sentence sample article."""
    shown = sentences(SAMPLE_ARTICLE)
    return {
        "sentences": shown,
        "lead": shown,
        "topic": "a NATO office in Japan",
        "actor": "Jens Stoltenberg",
        "mentioned_in": shown[1:],
        "quote": {"text": "geography is stubborn.", "sentence": 1},
        "passage": shown[0].text,
        "window": shown,
        "candidates": ["Emmanuel Macron", "Jens Stoltenberg", "none"],
    }


PROVIDED = frozenset(
    {
        "sentences",
        "lead",
        "topic",
        "actor",
        "mentioned_in",
        "quote",
        "passage",
        "window",
        "candidates",
    }
)


def check(template: PromptTemplate) -> list[str]:
    """Problems with a template, found by rendering every task on a sample article (no model)."""
    problems = []
    used_undeclared, declared_unused = template.undeclared()
    problems += [f"uses {name!r} but does not declare it" for name in sorted(used_undeclared)]
    problems += [f"declares {name!r} but never uses it" for name in sorted(declared_unused)]
    problems += [
        f"declares {name!r}, which summarizer does not provide (it provides "
        f"{', '.join(sorted(PROVIDED))})"
        for name in sorted(set(template.variables) - PROVIDED)
    ]
    for task in TASKS:
        try:
            template.messages(task, sample_variables())
        except ConfigError as exc:
            problems.append(f"task {task}: {exc}")
    return problems


def usable_template(name_or_path: str | None) -> PromptTemplate:
    """`load_template`, refusing (ConfigError) a template that `check` finds problems with:
    a broken template fails before any model work, not once per article."""
    template = load_template(name_or_path)
    problems = check(template)
    if problems:
        raise ConfigError(
            f"prompt template {template.name!r} ({template.path}) cannot be used: "
            + "; ".join(problems[:3])
            + ". Fix it, and check it with `summarizer prompts check`"
        )
    return template


def shipped_templates() -> dict[str, Path]:
    return {p.stem: p for p in sorted(data_dir("prompts").glob("*.j2"))}


def load_template(name_or_path: str | None) -> PromptTemplate:
    """A shipped template by name (default: "default"), or a template file by path."""
    name_or_path = name_or_path or "default"
    shipped = shipped_templates()
    if name_or_path in shipped:
        path = shipped[name_or_path]
    else:
        path = Path(name_or_path)
        if not path.is_file():
            raise ConfigError(
                f"unknown prompt template {name_or_path!r}: use one of "
                f"{', '.join(sorted(shipped))} or the path of a template file"
            )
    return parse_template(path.read_text(encoding="utf-8"), path)


def parse_template(source: str, path: Path) -> PromptTemplate:
    header = _HEADER.match(source)
    if not header:
        raise ConfigError(
            f"{path} has no header: a template starts with a {{# ... #}} comment holding "
            "name, version, description and variables (see prompts/default.j2)"
        )
    try:
        meta = tomllib.loads(header.group("toml"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: the header is not valid TOML: {exc}") from exc
    missing = [key for key in ("name", "version", "description", "variables") if key not in meta]
    if missing:
        raise ConfigError(f"{path}: the header lacks {', '.join(missing)}")
    try:
        blocks = set(jinja2.Environment().parse(source).find_all(jinja2.nodes.Block))
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: template syntax error: {exc.message}") from exc
    names = {block.name for block in blocks}
    absent = [b for b in REQUIRED_BLOCKS if b not in names]
    if absent:
        raise ConfigError(f"{path}: the template lacks the block(s) {', '.join(absent)}")
    return PromptTemplate(
        name=str(meta["name"]),
        version=str(meta["version"]),
        description=str(meta["description"]),
        variables=tuple(meta["variables"]),
        source=source,
        path=path,
    )
