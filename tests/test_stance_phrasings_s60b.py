"""Session 60, issue 17: a third round of phrasings no rule read at 7cf437b: a measure that
"should be scrapped" or "should be passed" (a judgment of the issue), a court asked to strike
it down, a rush to its defence, testimony, marches, protests and petitions against it. Guards:
a requirement ("must be approved by voters"), a person asked to stop by, a question asked of
the actor. Made-up sentences; each phrasing looked up in the three corpora and its uses read."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dan Smith said the Harbor toll plan should be scrapped.", "opposes"),
        ("Dan Smith said the Harbor toll plan must be stopped.", "opposes"),
        ("Dan Smith said the Harbor toll plan should be passed.", "supports"),
        ("Dan Smith asked the court to strike down the Harbor toll plan.", "opposes"),
        ("Dan Smith asked a federal judge to block the Harbor toll plan.", "opposes"),
        ("Dan Smith rushed to the defense of the Harbor toll plan.", "supports"),
        ("Dan Smith testified against the Harbor toll plan.", "opposes"),
        ("Dan Smith signed a petition against the Harbor toll plan.", "opposes"),
        ("Dan Smith marched against the Harbor toll plan.", "opposes"),
        ("Dan Smith protested against the Harbor toll plan.", "opposes"),
    ],
)
def test_phrasings_of_a_side(text: str, side: str) -> None:
    assert _stance(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith said the Harbor toll plan must be approved by voters.",
        "Dan Smith asked Ann Roe to stop by on Monday about the Harbor toll plan.",
        "Dan Smith was asked about securing the border to stop the Harbor toll plan.",
        "Dan Smith ran into the petition against the Harbor toll plan.",
    ],
)
def test_the_same_words_without_a_side(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize("word", ["later", "soon", "even", "himself", "instead", "just", "often"])
def test_an_adverb_after_the_name_is_no_noun_it_modifies(word: str) -> None:
    # "Dan Smith later criticized …" had read no side: "later" was taken for a noun that the
    # name modifies ("the NATO office"), so the name led no clause (lexicon/non_nouns.txt)
    assert _stance(f"Dan Smith {word} criticized the Harbor toll plan.") == "opposes"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dan Smith agreed with critics of the Harbor toll plan.", "opposes"),
        ("Dan Smith agreed with supporters of the Harbor toll plan.", "supports"),
    ],
)
def test_agreeing_with_a_side(text: str, side: str) -> None:
    assert _stance(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith said Sunday that he would vote against the Harbor toll plan.",
        "Dan Smith told reporters on Monday that he would vote against the Harbor toll plan.",
        "Dan Smith said in a statement that he would vote against the Harbor toll plan.",
        "Dan Smith told reporters on Monday that he opposes the Harbor toll plan.",
    ],
)
def test_reported_words_after_whom_and_when_they_were_told(text: str) -> None:
    # "would" after the speaker's pronoun is "will" told later, as right after "said"; and
    # the pronoun is the speaker after "told reporters on Monday that" too
    assert _stance(text) == "opposes"


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith said critics feared that he would vote against the Harbor toll plan.",
        "Dan Smith said the mayor\u2019s aide believes he opposes the Harbor toll plan.",
    ],
)
def test_others_words_reported_within_are_not_the_speaker_s(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dan Smith voted to override the veto of the Harbor toll plan.", "supports"),
        (
            "Dan Smith voted to override the governor\u2019s veto of the Harbor toll plan.",
            "supports",
        ),
        ("Dan Smith vetoed the Harbor toll plan.", "opposes"),
        ("Dan Smith fast-tracked the Harbor toll plan.", "supports"),
        ("Dan Smith stood firm against the Harbor toll plan.", "opposes"),
        ("Dan Smith reversed course on the Harbor toll plan.", "mixed"),
        ("Dan Smith flip-flopped on the Harbor toll plan.", "mixed"),
    ],
)
def test_deeds_and_turns(text: str, side: str) -> None:
    # an override of a veto had read as opposition, from "veto"
    assert _stance(text) == side
