"""Stage 1: read article files and the metadata their text states."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .types import ArticleMeta

ARTICLE_SUFFIXES = (".txt", ".md")

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES.split())}


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    text: str


def find_articles(paths: list[Path]) -> list[Path]:
    """Expand files and directories into article files, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(
                    f"{path} holds no articles: put .txt or .md files in it, or name the files"
                )
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path} does not exist: check the path")
    return found


def read_article(path: Path) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    notes: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        notes.append("not valid UTF-8: decoded as Windows-1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path} is empty: nothing to summarise")
    return Article(meta=describe(text, path, notes), text=text)


def describe(text: str, path: Path, notes: list[str] | None = None) -> ArticleMeta:
    """Metadata the text states: title, outlet and date, in the forms news pages use."""
    return ArticleMeta(
        id=path.stem,
        file=str(path),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        chars=len(text),
        title=_title(text),
        outlet=_outlet(text),
        date=_date(text),
        notes=notes or [],
    )


def _title(text: str) -> str | None:
    explicit = re.search(
        r"^\s*(?:date\s+\S+\s+)?Title:\s*(.+)$", text, re.MULTILINE | re.IGNORECASE
    )
    if explicit:
        return explicit.group(1).strip()
    lines = [line.strip() for line in text.strip().split("\n")]
    first = lines[0] if lines else ""
    if len(lines) > 1 and 0 < len(first) <= 150 and not first.endswith((".", "\u201d", '"')):
        return first
    return None


def _outlet(text: str) -> str | None:
    dateline = re.match(r"\s*[A-Z][A-Z .,'-]+\(([^)]{2,40})\)\s*[\u2014\u2013-]", text)
    if dateline:
        return dateline.group(1).strip()
    copyright_line = re.search(r"^\s*(?:\u00a9|\(c\)|Copyright)\s*(.+?)\s*$", text, re.MULTILINE)
    if copyright_line:
        return copyright_line.group(1)
    return None


def _date(text: str) -> str | None:
    iso = re.search(r"\b(?:date:?\s*)(\d{4})-(\d{2})-(\d{2})\b", text, re.IGNORECASE)
    if iso:
        return "-".join(iso.groups())
    dotted = re.search(r"\bdate:?\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\b", text, re.IGNORECASE)
    if dotted:
        day, month, year = dotted.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    written = re.search(
        r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b", text
    )
    if written:
        month_name, day, year = written.groups()
        return f"{year}-{_MONTHS[month_name.lower()]:02d}-{int(day):02d}"
    return None
