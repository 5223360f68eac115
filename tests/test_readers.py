"""Reading articles as people have them: web pages, feeds, JSON Lines and WARC archives, each
bad record listed as failed while reading goes on."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.load import Article
from summarizer.readers import find_inputs, iso_date, read_inputs
from summarizer.types import Failure

warcio = pytest.importorskip("warcio", reason="the readers' extra: pip install -e '.[dev]'")

BODY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars from next "
    "spring, after engineers found that two of its piers had cracked. Mayor Ana Lopes said "
    "the decision was painful but unavoidable."
)
QUOTE = '"We cannot put lives at risk for the sake of a shorter commute," Lopes said.'


def page(number: int, *, title: str = "Harbour bridge to close", day: str = "2024-03-05") -> str:
    paragraphs = "".join(
        f"<p>{text}</p>" for text in (f"{BODY} Report {number}.", QUOTE, BODY.upper())
    )
    return (
        "<!doctype html><html><head>"
        f"<title>{title} | The Harbour Times</title>"
        '<meta property="og:site_name" content="The Harbour Times">'
        f'<meta property="og:title" content="{title}">'
        '<meta name="author" content="Rui Costa">'
        f'<meta property="article:published_time" content="{day}T08:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> | <a href='/city'>City</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"
    )


def items(*paths: Path) -> tuple[list[Article], list[Failure]]:
    found = list(read_inputs(list(paths)))
    return (
        [a for a in found if isinstance(a, Article)],
        [f for f in found if isinstance(f, Failure)],
    )


def test_a_web_page_gives_its_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(page(1), encoding="utf-8")
    (article,), failures = items(path)
    assert failures == []
    meta = article.meta
    assert (meta.id, meta.title, meta.outlet, meta.date, meta.author) == (
        "bridge",
        "Harbour bridge to close",
        "The Harbour Times",
        "2024-03-05",
        "Rui Costa",
    )
    assert QUOTE in article.text
    assert "Home" not in article.text and "newsletter" not in article.text
    assert "\n\n" in article.text  # paragraphs set apart, as in a text file


def test_json_lines_records_with_metadata_and_bad_lines_listed(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        {"text": f"{BODY}\n\n{QUOTE}", "title": "Bridge", "url": "https://www.harbour.example/a"},
        "not json at all",
        {"title": "no text here"},
        ["a", "list"],
        {"id": "b2", "text": BODY, "outlet": "Harbour Times", "date": "2024-03-06T10:00:00+01:00"},
    ]
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n",
        encoding="utf-8",
    )
    articles, failures = items(path)
    assert [a.meta.id for a in articles] == ["dump-00001", "b2"]
    first, second = (a.meta for a in articles)
    assert (first.title, first.url, first.outlet, first.file) == (
        "Bridge",
        "https://www.harbour.example/a",
        "harbour.example",  # no outlet given: the site's name
        f"{path}#1",
    )
    assert (second.outlet, second.date) == ("Harbour Times", "2024-03-06")
    assert [f.file for f in failures] == [f"{path}#2", f"{path}#3", f"{path}#4"]
    assert "no `text`" in failures[1].error


def test_json_lines_text_with_typewriter_marks_is_curled(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    typed = QUOTE.replace('"', "''")
    path.write_text(json.dumps({"id": "a1", "text": f"{BODY}\n\n{typed}"}) + "\n", "utf-8")
    (article,), _ = items(path)
    assert "\u201cWe cannot put lives at risk" in article.text
    assert article.meta.notes == ["2 typewriter quotation marks ('') read as \u201c or \u201d"]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Times</title><link>https://harbour.example/</link>
<item><title>Bridge to close</title><link>https://harbour.example/bridge</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><author>rui@harbour.example (Rui Costa)</author>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>{body}</p><p>{quote}</p><p>{body}</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://harbour.example/short</link>
<description>Just a teaser, no article.</description></item>
</channel></rss>
"""


def test_a_feed_with_full_text_and_an_entry_without(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS.format(body=BODY, quote=QUOTE.replace('"', "&quot;")), encoding="utf-8")
    (article,), (failure,) = items(path)
    meta = article.meta
    assert (meta.title, meta.outlet, meta.date, meta.url) == (
        "Bridge to close",
        "Harbour Times",
        "2024-03-05",
        "https://harbour.example/bridge",
    )
    assert QUOTE in article.text
    assert failure.file == f"{path}#2" and "no full text" in failure.error


def test_a_truncated_feed_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    full = RSS.format(body=BODY, quote="A quote.")
    path.write_text(full[: full.index("<item><title>Only")] + "<item><title>Cut off", "utf-8")
    articles, failures = items(path)
    assert [a.meta.title for a in articles] == ["Bridge to close"]
    assert any("malformed" in f.error for f in failures)


def warc_bytes(records: list[tuple[str, str, bytes]], *, compress: bool) -> bytes:
    """A WARC of (url, content type or "404", body) response records after a warcinfo record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for url, content_type, body in records:
        status = "404 Not Found" if content_type == "404" else "200 OK"
        headers = StatusAndHeaders(
            status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        if content_type not in ("404", "text/html"):
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
        )
    return out.getvalue()


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_gives_every_html_response_and_goes_on_past_bad_records(
    tmp_path: Path, compress: bool
) -> None:
    records = [
        ("https://harbour.example/1", "text/html", page(1).encode()),
        ("https://harbour.example/logo.png", "image/png", b"\x89PNG not a page"),
        ("https://harbour.example/gone", "404", b"<html><body>Not found</body></html>"),
        ("https://harbour.example/empty", "text/html", b"<html><body></body></html>"),
        ("https://harbour.example/2", "text/html", page(2).encode()),
        ("https://harbour.example/3", "text/html", page(3).encode()),
        ("https://harbour.example/4", "text/html", page(4).encode()),
    ]
    data = bytearray(warc_bytes(records, compress=compress))
    # Break the record of page 2 in its middle: its header (plain) or its compressed bytes.
    marker = data.find(b"WARC/1.", data.find(b"harbour.example/empty") + 1)
    if compress:
        members = [i for i in range(len(data)) if data.startswith(b"\x1f\x8b\x08", i)]
        marker = members[5]  # request, png, 404, empty, 1 ... the sixth member is page 2
        data[marker + 12 : marker + 40] = b"\x00" * 28
    else:
        data[marker : marker + 8] = b"GARBAGE!"
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(bytes(data))
    articles, failures = items(path)
    assert [a.meta.url for a in articles] == [
        "https://harbour.example/1",
        "https://harbour.example/3",
        "https://harbour.example/4",
    ]
    assert articles[0].meta.outlet == "The Harbour Times"
    assert articles[0].meta.file.startswith(f"{path}@")
    errors = " ".join(f.error for f in failures)
    assert "HTTP status 404" in errors
    assert "no article text" in errors
    assert "broken WARC record" in errors


def test_folders_are_read_recursively_and_missing_paths_are_errors(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "page.html").write_text(page(1), encoding="utf-8")
    (tmp_path / "a" / "note.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    assert [p.name for p in find_inputs([tmp_path / "a"])] == ["page.html", "note.txt"]
    with pytest.raises(InputError, match="does not exist"):
        find_inputs([tmp_path / "nowhere"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no articles"):
        find_inputs([tmp_path / "empty"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:00:00Z", "2024-03-05"),
        ("Tue, 05 Mar 2024 08:00:00 GMT", "2024-03-05"),
        ("2024-13-45", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_dates_are_iso_days(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_gzip_is_not_mistaken_for_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(gzip.compress(b"<html></html>"))
    articles, failures = items(path)
    assert articles == [] and len(failures) == 1


def test_brief_reads_pages_and_json_lines_into_one_briefing(tmp_path: Path) -> None:
    """`summarizer brief` takes the inputs `stories` takes; their metadata reach the sources."""
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bridge.html").write_text(page(1), encoding="utf-8")
    record = {
        "text": "The council voted on Monday. " + QUOTE + " the mayor said.\n\nMore follows.",
        "title": "Council votes on the bridge",
        "url": "https://example.org/news/bridge-vote",
        "outlet": "Example News",
        "date": "2024-03-06",
    }
    (tmp_path / "in" / "dump.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "--backend", "rules", "--no-cache", "--quiet",
         "brief", str(tmp_path / "in"), "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    sources = json.loads((out / "briefing.json").read_text(encoding="utf-8"))["sources"]
    by_outlet = {s["outlet"]: s for s in sources}
    assert by_outlet["The Harbour Times"]["date"] == "2024-03-05"
    assert by_outlet["Example News"]["url"] == "https://example.org/news/bridge-vote"
