"""Reviewer R2's findings on the quote-speaker change (speakers-h6) and the later sentence
rules, on made-up sentences."""

from __future__ import annotations

import pytest

from summarizer import detect, speakers
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution
from summarizer.detect import sentences
from tests.test_attribute import speaker
from tests.test_extract import Scripted
from tests.test_speakers_learned import attribute, quote_span, span, view_with
from tests.test_stance import stance


@pytest.mark.parametrize(
    "text",
    [
        # A new clause after the set-off "said X," has its own subject, who speaks.
        'The plan failed, said Jane Doe, and Otto Roe called it "a disaster."',
        'The plan failed, said Jane Doe, while Otto Roe called it "a disaster."',
        'Turnout was low, said Doe, the Acme spokeswoman, but the mayor called it "a triumph."',
        'Turnout was low, said Doe, the Acme spokeswoman, as the mayor called it "a triumph."',
    ],
)
def test_said_x_set_off_gives_no_speaker_to_a_quote_of_another_clause(text: str) -> None:
    assert speaker(text) != "Jane Doe" and speaker(text) != "Doe"


def test_said_x_set_off_in_its_own_clause_still_speaks() -> None:
    text = "Her remarks, said Jane Doe, the Acme spokeswoman, are \u201cquite fair.\u201d"
    assert speaker(text) == "Jane Doe"


def _nested(text: str, *attributions: tuple[str, str]) -> tuple[int, str] | None:
    """The learned source of the text's quote, each (source, cue) an attribution whose content
    runs from after its cue to past the quote."""
    end = quote_span(text)[1]
    view = view_with(
        text,
        *(
            Attribution(
                source=(span(text, source),),
                cue=(span(text, cue),),
                content=((span(text, cue)[1] + 1, end + 1),),
                kind="mixed",
            )
            for source, cue in attributions
        ),
    )
    return speakers._learned_source(view, next(iter(detect.quotations(text).spans)))


def test_according_to_inside_a_report_keeps_its_quote() -> None:
    text = 'On Monday, Jane Doe said that, according to Otto Roe, the plan is "dead for now."'
    found = _nested(text, ("Jane Doe", "said"), ("Otto Roe", "according to"))
    assert found is not None and found[1] == "Otto Roe"


# Was a strict xfail: any cue outside the verbs of saying gave its quote to the reporter around
# it (narrowing that to wishes and thoughts cost 3 right speakers of PolNeAR train's seventh, gold
# the reporter around a 'characterized', a 'promised', a 'was once an advocate'). Fixed in session
# 13 by three acts of speech only (speakers._SPEECH_ACTS: vowed, accused, urged), which changed
# no quote of PolNeAR train or the tuning BASIL events.
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # An act of speech inside a report: the quoted words are the inner source's.
        ('On Monday, Jane Doe said Otto Roe vowed to "fight it to the end."', "vowed to"),
        ('On Monday, Jane Doe said Otto Roe accused Acme of "lying to us all."', "accused"),
        ('On Monday, Jane Doe said Otto Roe urged Acme to "stop the madness."', "urged"),
    ],
)
def test_a_nested_speech_act_keeps_its_quote(text: str, cue: str) -> None:
    found = _nested(text, ("Jane Doe", "said"), ("Otto Roe", cue))
    assert found is not None and found[1] == "Otto Roe"


def test_of_two_sayers_around_a_wish_the_nearer_speaks() -> None:
    text = (
        "On Monday, Jane Doe said Otto Roe told her the allies wanted to know if Acme is "
        '"in it for good."'
    )
    found = _nested(text, ("Jane Doe", "said"), ("Otto Roe", "told her"), ("allies", "wanted to"))
    assert found is not None and found[1] == "Otto Roe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "backing" or "backed" after a verb form is the noun or the verb of support (bdc7ebd
        # read every "back…" after "-ed"/"-ing" as the adverb).
        ("Doe pledged backing for the bill.", "supports"),
        ("Doe voiced backing for the bill.", "supports"),
        ("Doe signaled backing for the bill.", "supports"),
        # The adverb "back" after a verb form stays no support.
        ("Doe stepped back from the bill.", None),
        ("Doe was set back by the bill.", None),
        ("Doe was striking back at the board.", None),
    ],
)
def test_back_after_a_verb_form_is_an_adverb_only_when_bare(text: str, expected: str) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter naming a part, a plan or a war is no middle initial: the sentence ends there
        # (bdc7ebd joined them, and a "he said" after took the first sentence's subject).
        ("It came after World War I. Germany lost the war.", 2),
        ("Seniors rely on Medicare Part D. Republicans want to cut it.", 2),
        ("The deal was Plan B. Acme said no.", 2),
        ("The law is called Title X. Planned Parenthood gets funds from it.", 2),
        # Middle initials still end no sentence.
        ("Sen. Byron L. Dorgan said no. He left.", 2),
        ("Acme hired Jane Q. Doe. Roe left.", 2),
    ],
)
def test_a_lettered_part_or_plan_ends_a_sentence(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


def test_he_said_after_a_lettered_plan_is_the_next_sentence_s_subject() -> None:
    text = (
        "John Doe met voters in Ohio on Monday. Otto Roe was there too.\n\n"
        'Doe has long backed Plan B. Activists say Roe wants to end it. "It is a waste," he said.'
    )
    found = attribute(ArticleView.of(text), Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Otto Roe", "rule")]
