from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.detect import (
    curl_typewriter_quotes,
    quotations,
    quoted_spans,
    sentences,
    shifted,
)


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


def test_unclosed_quote_is_dropped_and_reported() -> None:
    found = quotations("He said \u201cthis never closes.\n\nNext paragraph.")
    assert found.spans == []
    assert [(u.at, u.text) for u in found.unclosed] == [(8, "this never closes.")]


@pytest.mark.parametrize(
    ("text", "quotes", "unclosed_at"),
    [
        # An opening mark that never closes loses no other quote of its paragraph.
        (
            "Smith said \u201cwe will win. Jones said \u201cthe plan is good.\u201d "
            "Brown said \u201cok.\u201d",
            ["the plan is good.", "ok."],
            [11],
        ),
        (
            'Smith said "we will win. Jones said "the plan is good." Brown said "ok."',
            ["the plan is good.", "ok."],
            [11],
        ),
        # One that never closes across paragraphs: the next paragraphs are read again alone.
        (
            "He said \u201cit goes on.\n\n\u201cStill open. \u201cNew,\u201d she said.\n\nDone.",
            ["New,"],
            [8, 22],
        ),
        # An article on one line (no paragraphs) with one stray mark keeps its other quotes.
        (
            '"We are ready," Berg said. The "deal is dead. "Not yet," Vos said. "Soon," he added.',
            ["We are ready,", "Not yet,", "Soon,"],
            [31],
        ),
    ],
)
def test_an_unclosed_mark_is_reported_and_the_quotes_that_close_are_kept(
    text: str, quotes: list[str], unclosed_at: list[int]
) -> None:
    found = quotations(text)
    assert [s.text for s in found.spans] == quotes
    assert [u.at for u in found.unclosed] == unclosed_at


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "He said \u201cit was \u201ca disgrace\u201d and a shame,\u201d Smith said.",
            "it was \u201ca disgrace\u201d and a shame,",
        ),
        (
            'He said "it was "a disgrace" and a shame," Smith said.',
            'it was "a disgrace" and a shame,',
        ),
        (
            'He said "it was \u201ca disgrace\u201d and a shame," Smith said.',
            "it was \u201ca disgrace\u201d and a shame,",
        ),
        (
            "\u201cThey call it \u2018a deal\u2019 but it is \u201cnothing,\u201d\u201d he said.",
            "They call it \u2018a deal\u2019 but it is \u201cnothing,\u201d",
        ),
        # Washington Post style: a space between an inner single mark and the closing mark.
        (
            "\"Nobody said, 'Well, this is urgent,' \" Lind said.",
            "Nobody said, 'Well, this is urgent,' ",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_stays_part_of_it(text: str, quote: str) -> None:
    assert texts(text) == [quote]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("\u201dVi vinner\u201d, sa han.", ["Vi vinner"]),  # Swedish
        (
            "\u201eWir gewinnen\u201c, sagte er. \u00bbNein\u00ab, sagte sie.",
            ["Wir gewinnen", "Nein"],
        ),
        (
            "\u201cWe won,\u201c he said. \u201cAgain.\u201c",
            ["We won,", "Again."],
        ),  # \u201c for both
        ("\u00ab Nous gagnons \u00bb, dit-il.", [" Nous gagnons "]),
    ],
)
def test_marks_typed_the_other_way_round_still_pair(text: str, quotes: list[str]) -> None:
    assert texts(text) == quotes


def test_sentences_do_not_split_inside_quotes() -> None:
    text = 'He said "It is late. We go." Then he left. Mr. Smith stayed.'
    assert [s.text for s in sentences(text)] == [
        'He said "It is late. We go."',
        "Then he left.",
        "Mr. Smith stayed.",
    ]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"\u201c\u201d\u2018\u2019'")), max_size=200))
def test_spans_are_always_exact(text: str) -> None:
    found = quotations(text)
    for span in found.spans:
        assert text[span.start : span.end] == span.text
    assert found.spans == sorted(found.spans, key=lambda s: s.start)
    for mark in found.unclosed:
        assert text[mark.at] in '"\u201c\u201d\u201e\u00ab\u00bb'
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_state_written_short_before_a_title_ends_no_sentence() -> None:
    text = "Two lawmakers have urged Ariz. Gov. Pat Doe to veto the levy. She has not said."
    assert [s.text for s in sentences(text)] == [
        "Two lawmakers have urged Ariz. Gov. Pat Doe to veto the levy.",
        "She has not said.",
    ]
    # A sentence that ends with the state, then one that opens with another word, still splits.
    two = "He lives in Phoenix, Ariz. The governor said no."
    assert len(sentences(two)) == 2
    # A lowercase word that spells a state's abbreviation is no state.
    assert len(sentences("He fell ill. Gov. Cuomo visited him.")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A middle initial ends no sentence; a capital letter before a word that opens one does.
        ("Sen. Byron L. Dorgan said no. He left.", 2),
        ("George W. Bush spoke. Later, Barack H. Obama spoke.", 2),
        ("It was in World War I. The next war came.", 2),
        ("Plan B. He said so.", 2),
        # "Sens." and "Reps." are titles, as "Sen." is.
        ("Republican Sens. John Doe and Jane Roe urged it. Then they left.", 2),
    ],
)
def test_initials_and_plural_titles_end_no_sentence(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "curled"),
    [
        (
            "She said, ''It is over,'' and left.",
            "She said, \u201cIt is over,\u201d and left.",
        ),
        ("\n''We are ready.''\n", "\n\u201cWe are ready.\u201d\n"),
        ("the so-called ''red line'' policy", "the so-called \u201cred line\u201d policy"),
        # a single mark beside a double one: the third apostrophe stays
        ("'''Sir, go,'' she said", "\u201c'Sir, go,\u201d she said"),
        ("shouted 'Out!''' at them", "shouted 'Out!'\u201d at them"),
        ("dial ''1'' for English", "dial \u201c1\u201d for English"),
        # feet and inches, a lone apostrophe, four in a row: no quotation marks
        ("He is 6'2'' tall", "He is 6'2'' tall"),
        ("a 5'11'' guard", "a 5'11'' guard"),
        ("the Smiths' house", "the Smiths' house"),
        ("a '''' row", "a '''' row"),
    ],
)
def test_typewriter_marks_are_curled(text: str, curled: str) -> None:
    assert curl_typewriter_quotes(text)[0] == curled


def test_typewriter_quotes_are_found_and_offsets_move() -> None:
    text = "Ada Pike said, ''We will not back down,'' and left."
    curled, replaced = curl_typewriter_quotes(text)
    (span,) = quoted_spans(curled)
    assert span.text == "We will not back down,"
    start = text.index("We")
    assert shifted(start, replaced) == span.start
    assert curled[shifted(text.index(" and"), replaced)] == " "
    assert shifted(3, replaced) == 3  # before any mark: unmoved


@given(st.text(alphabet="ab '\n", max_size=40))
def test_curling_keeps_every_other_character(text: str) -> None:
    curled, replaced = curl_typewriter_quotes(text)
    assert len(curled) == len(text) - len(replaced)
    kept = [i for i in range(len(text)) if not any(at <= i <= at + 1 for at in replaced)]
    assert [curled[shifted(i, replaced)] for i in kept] == [text[i] for i in kept]
