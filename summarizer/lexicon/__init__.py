"""The word lists the rules are built from: one reviewed file per concept, in this folder.

A `.txt` file holds one entry a line; a `.tsv` file holds one entry a line followed by a tab and
more fields (for most, the rules that use the entry: `roles.tsv`, `stance_words.tsv`,
`abbreviations.tsv`). Lines starting with `#` are comments, each file's header says what its
entries are and how they are written (plain words, or fragments of a regular expression). The
files are kept sorted and free of duplicates (tests/test_lexicon.py); the regular expressions made
from them are composed in one place, `summarizer.patterns`.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

_HERE = resources.files(__name__)


def files() -> list[Traversable]:
    """Every word list, in name order (their bytes are part of the extraction cache key)."""
    return sorted(
        (f for f in _HERE.iterdir() if f.name.endswith((".txt", ".tsv"))), key=lambda f: f.name
    )


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a word list (`name` with its extension), each split into its tab-separated
    fields; a `.txt` list's rows have one field."""
    text = (_HERE / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.split("\t")) if name.endswith(".tsv") else (line,))
    return tuple(rows)


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a list (its first field), in file order: `entries("reporting_verbs")`.
    Without an extension, `name.txt`."""
    return tuple(row[0] for row in table(_file(name)))


def words(name: str) -> frozenset[str]:
    """The entries of a list as a set, for membership tests: `words("titles")`."""
    return frozenset(entries(name))


@functools.cache
def used_by(name: str, use: str) -> tuple[str, ...]:
    """The entries of a `.tsv` list whose last field (space-separated names of the rules that use
    them) names `use`: `used_by("roles", "describes")`."""
    found = tuple(row[0] for row in table(f"{name}.tsv") if use in row[-1].split())
    if not found:
        raise KeyError(f"no entry of {name}.tsv is used by {use!r}")
    return found


@functools.cache
def mapping(name: str) -> dict[str, tuple[str, ...]]:
    """A two-field `.tsv` list as entry → the comma-separated values of its second field (`-` for
    none): `mapping("countries")["Ukraine"] == ("Kyiv", "Kiev")`."""
    return {
        row[0]: () if row[1] == "-" else tuple(v.strip() for v in row[1].split(","))
        for row in table(f"{name}.tsv")
    }


def _file(name: str) -> str:
    return name if name.endswith((".txt", ".tsv")) else f"{name}.txt"
