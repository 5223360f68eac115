"""Loading whatever is in a folder: clear errors for what is not an article."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.load import describe, find_articles, read_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"%PDF-1.7 binary stuff", "a PDF file"),
        (b"\x00\x01\x02\x03 data", "a binary file"),
    ],
)
def test_unusable_files_are_clear_errors(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_article(write(tmp_path, "bad.txt", data))


def test_invalid_utf8_is_decoded_and_noted(tmp_path: Path) -> None:
    article = read_article(
        write(tmp_path, "latin.txt", "Caf\u00e9 owner said \u201cyes\u201d.".encode("cp1252"))
    )
    assert "Caf\u00e9" in article.text
    assert article.meta.notes == ["not valid UTF-8: decoded as Windows-1252"]


@pytest.mark.parametrize(
    ("text", "codec", "note"),
    [
        ("\u201cOui\u201d, a dit le ma\u00eetre.", "utf-16", "UTF-16"),
        ("Stra\u00dfe und Br\u00fccke, sagte M\u00fcller.", "cp1252", "Windows-1252"),
        (
            "日本政府は計画を発表した。" * 3,
            "shift_jis",
            "CP932",
        ),
        (
            "Президент России заявил, что этот план неприемлем для Москвы. " * 3,
            "cp1251",
            "Windows-1251",
        ),
    ],
)
def test_text_in_another_encoding_is_detected(
    tmp_path: Path, text: str, codec: str, note: str
) -> None:
    article = read_article(write(tmp_path, "a.txt", text.encode(codec)))
    assert article.text == text
    assert article.meta.notes == [f"not valid UTF-8: decoded as {note}"]


def test_utf8_is_read_exactly_with_or_without_a_byte_order_mark(tmp_path: Path) -> None:
    text = "Macron said \u201cno\u201d \u2014 in Z\u00fcrich."
    for data in (text.encode(), b"\xef\xbb\xbf" + text.encode()):
        article = read_article(write(tmp_path, "a.txt", data))
        assert article.text == text and article.meta.notes == []


def test_html_saved_as_text_is_stripped(tmp_path: Path) -> None:
    page = (
        b"<!DOCTYPE html><html><head><title>T</title><script>var x=1;</script></head>"
        b"<body><nav>Home</nav><p>Macron said &ldquo;no&rdquo;.</p><p>NATO met.</p></body></html>"
    )
    article = read_article(write(tmp_path, "page.txt", page))
    assert "Macron said \u201cno\u201d." in article.text
    assert "var x" not in article.text and "<p>" not in article.text
    assert "HTML markup removed" in article.meta.notes


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        find_articles([tmp_path / "nope"])
    with pytest.raises(InputError, match="holds no articles"):
        find_articles([tmp_path])


def test_seed_metadata_in_its_several_forms() -> None:
    metas = {p.stem[:3]: read_article(p).meta for p in sorted(SEEDS.glob("*.txt"))}
    assert metas["000"].outlet == "Taiwan News"
    assert metas["001"].title == "Mixed Messages Surround NATO\u2019s Office Controversy in Japan"
    assert metas["001"].outlet == "TheJapantimes"
    assert metas["002"].date == "2023-07-13"
    assert metas["002"].title.startswith("Japan\u2019s Proposal for NATO Office")
    assert metas["003"].title == "Macron blocks scheme to open NATO office in Japan: Politico"
    assert metas["004"].title is None


@given(st.binary(max_size=500))
def test_loading_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except InputError:
            return
        assert article.text.strip()
        assert describe(article.text, path).sha256 == article.meta.sha256


def test_typewriter_quotation_marks_are_read_as_curly(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Ada Pike said, ''We will not back down,'' and left.\n")
    article = read_article(path)
    assert article.text.startswith("Ada Pike said, \u201cWe will not back down,\u201d and")
    assert article.meta.notes == ["2 typewriter quotation marks ('') read as \u201c or \u201d"]
