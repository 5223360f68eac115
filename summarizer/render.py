"""Render a briefing: Markdown (Jinja2 template) and versioned JSON."""

from __future__ import annotations

from functools import cache

import jinja2

from .types import Briefing


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer", "templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters["cite"] = lambda refs: "".join(f"[{r}]" for r in sorted(set(refs)))
    env.filters["oneline"] = lambda text: " ".join(str(text).split())
    return env


def markdown(briefing: Briefing) -> str:
    names = {a.id: a.name for a in briefing.actors}
    return _environment().get_template("briefing.md.j2").render(b=briefing, names=names)


def json_text(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"
