"""Stage 1: read article files and the metadata their text states."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import charset_normalizer

from .detect import curl_typewriter_quotes
from .errors import InputError
from .types import ArticleMeta

ARTICLE_SUFFIXES = (".txt", ".md")

# The longest article read. Extraction's memory grows with the text (about 0.13 GiB a million
# characters, on top of the model's 2.2 GiB), so this keeps a run under 2.5 GiB while a 2 MB
# transcript is still read whole.
MAX_ARTICLE_CHARS = 2_000_000
_MAX_BYTES_PER_CHAR = 4  # a longer file is over the limit in any encoding: it is not read

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES.split())}


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    text: str


def find_articles(paths: list[Path], suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> list[Path]:
    """Expand files and folders (with their subfolders) into article files, in a stable order:
    in folders, the files whose names end in one of `suffixes`; a file named is taken as it is."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = _articles_in(path, set(), suffixes)
            if not files:
                raise InputError(
                    f"{path} holds no articles: put {', '.join(suffixes)} files in it, or name "
                    "the files"
                )
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path} does not exist: check the path")
    return found


def _articles_in(folder: Path, seen: set[Path], suffixes: tuple[str, ...]) -> list[Path]:
    """The files of `folder` and of its subfolders whose names end in one of `suffixes`, in
    name order (a subfolder's files where its name sorts); hidden files and folders (a name
    starting with a dot) are skipped, and a folder reached again through a link is read
    once."""
    seen.add(folder.resolve())
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        raise InputError(f"cannot read the folder {folder}: {exc.strerror}") from exc
    found: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry.resolve() not in seen:
                found.extend(_articles_in(entry, seen, suffixes))
        elif entry.name.lower().endswith(suffixes) and entry.is_file():
            found.append(entry)
    return found


def read_article(path: Path) -> Article:
    """The article's text, decoded and cleaned, with notes on what loading did to it; an
    InputError for anything that is not a readable article of a usable length."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_CHARS * _MAX_BYTES_PER_CHAR:
            raise InputError(
                f"{path} is {size:,} bytes, over the limit of {MAX_ARTICLE_CHARS:,} "
                "characters: split it"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    notes: list[str] = []
    kind = _binary_kind(raw)
    if kind:
        raise InputError(f"{path} is {kind}, not an article: convert it to text first")
    decoded = _decode(raw)
    if decoded is None and b"\x00" in raw[:4096]:
        raise InputError(f"{path} is a binary file, not an article: convert it to text first")
    if decoded is None:
        raise InputError(
            f"{path} is not text in any encoding summarizer recognises: save it as UTF-8"
        )
    text, encoding = decoded
    if encoding:
        notes.append(f"not valid UTF-8: decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = _CONTROL.subn("", text)
    if removed:
        notes.append(f"{removed} control character{'s' if removed != 1 else ''} removed")
    if _looks_like_html(text):
        text = html_to_text(text)
        notes.append("HTML markup removed")
    text, notes = curled(text, notes)
    if not text.strip():
        raise InputError(f"{path} is empty: nothing to summarise")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{path} is {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}: split it"
        )
    return Article(meta=describe(text, path, notes), text=text)


def curled(text: str, notes: list[str]) -> tuple[str, list[str]]:
    """An article's text with its typewriter quotation marks curled
    (`detect.curl_typewriter_quotes`), and its notes with one saying so where there were any."""
    text, replaced = curl_typewriter_quotes(text)
    if not replaced:
        return text, notes
    marks = "mark" if len(replaced) == 1 else "marks"
    return text, [
        *notes,
        f"{len(replaced)} typewriter quotation {marks} ('') read as \u201c or \u201d",
    ]


# Control characters other than tab and line breaks (NUL among them) never reach an output.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.odt document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"GGUF": "a model file",
}

# Byte order marks, longest first (UTF-32's little-endian mark begins with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", None),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _binary_kind(raw: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            return kind
    return None


def _decode(raw: bytes) -> tuple[str, str | None] | None:
    """The text, and the encoding it was read in when that is not UTF-8; None when no encoding
    reads it. UTF-8 (with or without a byte order mark) is read exactly, as is any text with a
    byte order mark; other text in the encoding charset-normalizer finds, and in Windows-1252
    wherever that reads it as well as the best guess (Western text, the most common case). NUL
    bytes mean a binary file, unless they are UTF-16 or UTF-32 without a byte order mark."""
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), label
            except UnicodeDecodeError:
                break
    nul = b"\x00" in raw[:4096]
    if not nul:
        try:
            return raw.decode("utf-8"), None
        except UnicodeDecodeError:
            pass
    guess = charset_normalizer.from_bytes(raw).best()
    if guess is None or (nul and not guess.encoding.startswith(("utf_16", "utf_32"))):
        return None
    western = None if nul else charset_normalizer.from_bytes(raw, cp_isolation=["cp1252"]).best()
    if western and western.chaos <= guess.chaos and western.coherence >= guess.coherence:
        return str(western), "Windows-1252"
    return str(guess), _encoding_name(guess.encoding)


def _encoding_name(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return f"Windows-{name[2:]}" if name.startswith("cp125") else name.upper()


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
