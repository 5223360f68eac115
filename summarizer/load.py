"""Stage 1: read article files and the metadata their text states."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

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
    kind = _binary_kind(raw)
    if kind:
        raise InputError(f"{path} is {kind}, not an article: convert it to text first")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        notes.append("not valid UTF-8: decoded as Windows-1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_like_html(text):
        text = html_to_text(text)
        notes.append("HTML markup removed")
    if not text.strip():
        raise InputError(f"{path} is empty: nothing to summarise")
    return Article(meta=describe(text, path, notes), text=text)


_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.odt document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"GGUF": "a model file",
}


def _binary_kind(raw: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            return kind
    head = raw[:4096]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "a binary file"
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return (
        "<html" in head
        or "<!doctype html" in head
        or len(re.findall(r"</?(p|div|br|span|a)\b", head)) >= 3
    )


class _TextExtractor(HTMLParser):
    _BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "li",
        "tr",
        "section",
        "article",
        "title",
    }
    _SKIP: ClassVar[set[str]] = {"script", "style", "noscript", "nav", "footer", "header", "aside"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: paragraphs kept, scripts and navigation dropped."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n\n".join(line for line in lines if line)


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
