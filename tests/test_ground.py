from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.ground import find_mentions, locate

ARTICLE = "Macron said \u201cgeography is  stubborn\u201d \u2014 and NATO\u2019s office waits."


def test_exact_match() -> None:
    span = locate(ARTICLE, "NATO\u2019s office")
    assert span is not None and ARTICLE[span.start : span.end] == span.text


def test_match_after_normalising_marks_dashes_and_whitespace() -> None:
    span = locate(ARTICLE, '"geography is stubborn" - and')
    assert span is not None
    assert span.text == "\u201cgeography is  stubborn\u201d \u2014 and"
    assert ARTICLE[span.start : span.end] == span.text


def test_bounded_fuzzy_match_returns_the_article_text() -> None:
    span = locate(ARTICLE, "and NATO's ofice waits")
    assert span is not None and ARTICLE[span.start : span.end] == span.text
    assert "office" in span.text


def test_invented_text_is_not_found() -> None:
    assert locate(ARTICLE, "Macron praised the plan warmly") is None
    assert locate(ARTICLE, "") is None


def test_mentions_whole_words_case_insensitive() -> None:
    text = "Nato met. NATO said. NATOS is other. Macron and Emmanuel Macron."
    found = find_mentions(text, ["NATO", "Macron", "Emmanuel Macron"])
    assert [m.text for m in found] == ["Nato", "NATO", "Macron", "Emmanuel Macron"]


@given(st.text(max_size=300), st.data())
def test_located_spans_are_exact(text: str, data: st.DataObject) -> None:
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    span = locate(text, text[start:end])
    if span is not None:
        assert text[span.start : span.end] == span.text
