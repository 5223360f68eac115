from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.detect import quoted_spans, sentences


def texts(text: str) -> list[str]:
    return [q.text for q in quoted_spans(text)]


def test_split_quote_gives_two_spans() -> None:
    text = '"Whatever people say, geography is stubborn," Macron said. "The rest," he added.'
    assert texts(text) == ["Whatever people say, geography is stubborn,", "The rest,"]


def test_mixed_mark_styles_pair() -> None:
    text = 'He said "We are not in favor,\u201d the official added. \u201cIt is over.\u201d'
    assert texts(text) == ["We are not in favor,", "It is over."]


def test_apostrophes_are_not_quotes() -> None:
    text = "NATO\u2019s office isn\u2019t open. She said \u2018in their heads\u2019 today."
    assert texts(text) == ["in their heads"]


def test_multi_paragraph_quote_is_joined() -> None:
    text = (
        "He said:\n\n\u201cFirst paragraph goes on.\n\n\u201cSecond paragraph ends.\u201d\n\nDone."
    )
    (span,) = quoted_spans(text)
    assert span.text.startswith("First paragraph") and span.text.endswith("ends.")
    assert text[span.start : span.end] == span.text


def test_unclosed_quote_is_dropped() -> None:
    assert texts("He said \u201cthis never closes.\n\nNext paragraph.") == []


def test_sentences_do_not_split_inside_quotes() -> None:
    text = 'He said "It is late. We go." Then he left. Mr. Smith stayed.'
    assert [s.text for s in sentences(text)] == [
        'He said "It is late. We go."',
        "Then he left.",
        "Mr. Smith stayed.",
    ]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"\u201c\u201d\u2018\u2019'")), max_size=200))
def test_spans_are_always_exact(text: str) -> None:
    for span in quoted_spans(text):
        assert text[span.start : span.end] == span.text
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
