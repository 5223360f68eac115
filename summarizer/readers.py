"""Read articles from the forms people keep news in: text files, web pages, RSS and Atom feeds,
JSON Lines and WARC archives (`summarizer stories`).

Every reader is a generator: it yields each article as soon as it is read, and a `Failure` for a
record it cannot use, then goes on. JSON Lines and WARC files are streamed, one record at a
time, so a file of any size is read in constant memory; a WARC record that is broken is skipped
by looking for the next record's start. Metadata the input states (title, outlet, date, author,
url) goes into each article's `ArticleMeta`; what the input does not state is taken from the
text, as for a text file.
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from .errors import InputError, SummarizerError
from .load import (
    ARTICLE_SUFFIXES,
    Article,
    curled,
    describe,
    find_articles,
    html_to_text,
    read_article,
)
from .types import Failure

# A record larger than this is not a news page (a video, a dump): it is listed as failed.
MAX_RECORD_BYTES = 8 * 1024 * 1024
# A feed entry with less text than this carries a summary, not the article.
MIN_FEED_TEXT_CHARS = 400

Item = Article | Failure

_TEXT = ARTICLE_SUFFIXES
_HTML = (".html", ".htm")
_FEED = (".xml", ".rss", ".atom")
_JSONL = (".jsonl",)
_WARC = (".warc", ".warc.gz")
SUFFIXES = _TEXT + _HTML + _FEED + _JSONL + _WARC


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (
        ("warc", _WARC),
        ("jsonl", _JSONL),
        ("feed", _FEED),
        ("html", _HTML),
        ("text", _TEXT),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def find_inputs(paths: list[Path]) -> list[Path]:
    """Files as given (any name) and the supported files inside folders and their subfolders,
    in name order, hidden ones skipped (as `load.find_articles` does for text)."""
    return find_articles(paths, SUFFIXES)


def read_inputs(paths: list[Path]) -> Iterator[Item]:
    """Every article of every input, in order; a failure for what cannot be read."""
    for path in find_inputs(paths):
        reader = _READERS.get(kind_of(path) or "text", _read_text)
        try:
            yield from reader(path)
        except OSError as exc:
            yield Failure(file=str(path), error=f"cannot read {path}: {exc}")


def _read_text(path: Path) -> Iterator[Item]:
    try:
        yield read_article(path)
    except SummarizerError as exc:
        yield Failure(file=str(path), error=str(exc))


# --- Web pages ---------------------------------------------------------------------------------


def _read_html(path: Path) -> Iterator[Item]:
    try:
        yield page_article(path.read_bytes(), article_id=path.stem, file=str(path))
    except SummarizerError as exc:
        yield Failure(file=str(path), error=str(exc))


def page_article(
    markup: bytes | str, *, article_id: str, file: str, url: str | None = None
) -> Article:
    """The main text and metadata of a news page, found by trafilatura (boilerplate dropped)."""
    import trafilatura  # deferred: lxml and its models take a second to import

    # It logs what it cannot parse as an error; the article's failure says it once, here.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = _paragraphs(getattr(document, "text", None) or "")
    if not text:
        raise InputError("no article text found in the page")
    return _article(
        text,
        article_id=article_id,
        file=file,
        notes=["main text of an HTML page (trafilatura)"],
        title=getattr(document, "title", None),
        outlet=getattr(document, "sitename", None) or _host(url or getattr(document, "url", None)),
        date=getattr(document, "date", None),
        author=getattr(document, "author", None),
        url=url or getattr(document, "url", None),
    )


def _paragraphs(text: str) -> str:
    """One paragraph a line (trafilatura's form) to paragraphs set apart by a blank line (the
    form the rest of the pipeline reads)."""
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n\n".join(line for line in lines if line)


# --- Feeds -------------------------------------------------------------------------------------


def _read_feed(path: Path) -> Iterator[Item]:
    import feedparser  # deferred: only feeds need it

    parsed = feedparser.parse(path.read_bytes())
    if parsed.get("bozo") and not parsed.entries:
        yield Failure(file=str(path), error=f"not a readable feed: {parsed.get('bozo_exception')}")
        return
    outlet = parsed.feed.get("title") or _host(parsed.feed.get("link"))
    for number, entry in enumerate(parsed.entries, start=1):
        file = f"{path}#{number}"
        try:
            yield _feed_article(entry, path, number, file, outlet)
        except SummarizerError as exc:
            yield Failure(file=file, error=str(exc))
    if parsed.get("bozo"):
        yield Failure(
            file=str(path),
            error=f"the feed is malformed after entry {len(parsed.entries)}: "
            f"{parsed.get('bozo_exception')}",
        )


def _feed_article(entry: Any, path: Path, number: int, file: str, outlet: str | None) -> Article:
    contents = entry.get("content") or []
    markup = max((c.get("value", "") for c in contents), key=len, default="")
    text = html_to_text(markup) if markup else ""
    if len(text) < MIN_FEED_TEXT_CHARS:
        summary = html_to_text(entry.get("summary", "") or "")
        text = max(text, summary, key=len)
    if len(text) < MIN_FEED_TEXT_CHARS:
        raise InputError("the entry carries no full text (only a summary): give the pages instead")
    parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
    day = date.fromtimestamp(calendar.timegm(parsed_date)).isoformat() if parsed_date else None
    return _article(
        text,
        article_id=f"{path.stem}-{number:04d}",
        file=file,
        notes=["entry of a feed"],
        title=entry.get("title"),
        outlet=outlet,
        date=day,
        author=entry.get("author"),
        url=entry.get("link"),
    )


# --- JSON Lines --------------------------------------------------------------------------------

_JSONL_FIELDS = ("title", "url", "outlet", "date", "author")


def _read_jsonl(path: Path) -> Iterator[Item]:
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            file = f"{path}#{number}"
            try:
                yield _jsonl_article(raw, path, number, file)
            except SummarizerError as exc:
                yield Failure(file=file, error=str(exc))


def _jsonl_article(raw: bytes, path: Path, number: int, file: str) -> Article:
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not a JSON object: {exc}") from exc
    if not isinstance(record, dict):
        raise InputError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no `text`: each line needs the article's text")
    given = {k: record[k] for k in _JSONL_FIELDS if isinstance(record.get(k), str)}
    record_id = record.get("id")
    return _article(
        text.replace("\r\n", "\n"),
        article_id=str(record_id) if record_id else f"{path.stem}-{number:05d}",
        file=file,
        notes=[],
        title=given.get("title"),
        outlet=given.get("outlet") or _host(given.get("url")),
        date=given.get("date"),
        author=given.get("author"),
        url=given.get("url"),
    )


# --- WARC archives -----------------------------------------------------------------------------

_WARC_START = re.compile(rb"WARC/1\.[01]\r?\n")
_GZIP_START = b"\x1f\x8b\x08"


def _read_warc(path: Path) -> Iterator[Item]:
    """Every HTML response of the archive, one record in memory at a time. A broken record is
    listed as failed and reading resumes at the next record's start."""
    from warcio.archiveiterator import ArchiveIterator  # deferred: only archives need it

    number = 0
    position = 0
    stem = path.name.split(".")[0]
    with path.open("rb") as stream:
        while True:
            stream.seek(position)
            records = ArchiveIterator(stream)
            offset = position
            try:
                for record in records:
                    if not _is_html_response(record):
                        continue
                    number += 1
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    status = str(record.http_headers.get_statuscode())
                    body = b""
                    if status.startswith("2"):
                        body = record.content_stream().read(MAX_RECORD_BYTES + 1)
                    # Known once the record is read to its end (warcio reads on to learn it).
                    offset = position + records.get_record_offset()
                    yield _warc_item(url, status, body, f"{path}@{offset}", f"{stem}-{number:06d}")
                return
            except Exception as exc:  # warcio and zlib raise many kinds on a broken record
                yield Failure(
                    file=f"{path}@{offset}", error=f"broken WARC record at or after here: {exc}"
                )
                following = _next_record_start(stream, offset + 1)
                if following is None:
                    return
                position = following


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def _warc_item(url: str | None, status: str, body: bytes, file: str, article_id: str) -> Item:
    if not status.startswith("2"):
        return Failure(file=file, error=f"{url}: HTTP status {status}, not a page")
    if len(body) > MAX_RECORD_BYTES:
        return Failure(file=file, error=f"{url}: larger than {MAX_RECORD_BYTES} bytes")
    try:
        return page_article(body, article_id=article_id, file=file, url=url)
    except SummarizerError as exc:
        return Failure(file=file, error=str(exc))


def _next_record_start(stream: IO[bytes], start: int, chunk: int = 1 << 20) -> int | None:
    """The offset of the next thing that looks like a record's start (a WARC header line, or a
    gzip member of a .warc.gz) at or after `start`; None at the end of the file."""
    stream.seek(start)
    base = start
    tail = b""
    while True:
        block = stream.read(chunk)
        if not block:
            return None
        data = tail + block
        hits = [m.start() for m in [_WARC_START.search(data)] if m]
        gzip_at = data.find(_GZIP_START)
        if gzip_at >= 0:
            hits.append(gzip_at)
        if hits:
            return base - len(tail) + min(hits)
        tail = data[-16:]
        base += len(block)


# --- Shared ------------------------------------------------------------------------------------


def _article(
    text: str,
    *,
    article_id: str,
    file: str,
    notes: list[str],
    title: str | None,
    outlet: str | None,
    date: str | None,
    author: str | None,
    url: str | None,
) -> Article:
    if not text.strip():
        raise InputError(f"{file} is empty: nothing to summarise")
    text, notes = curled(text, notes)
    stated = describe(text, Path(article_id), notes)
    given = {
        "file": file,
        "title": _clean(title),
        "outlet": _clean(outlet),
        "date": iso_date(date),
        "author": _clean(author),
        "url": _clean(url),
    }
    meta = stated.model_copy(
        update={k: v for k, v in given.items() if v is not None or k == "file"}
    )
    meta = meta.model_copy(update={"id": article_id})
    return Article(meta=meta, text=text)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO date or date-time (or RFC 2822, as feeds write it); None if the
    value is no date."""
    if not value:
        return None
    value = value.strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


_READERS = {
    "text": _read_text,
    "html": _read_html,
    "feed": _read_feed,
    "jsonl": _read_jsonl,
    "warc": _read_warc,
}
