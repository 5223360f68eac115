"""Issue 17, session 38: a stance word is a side on the issue only where it is aimed at the
issue. A noun of support or opposition names what it is for ("support for the show" in a story
on a levy: no side on the levy; "support for raising the levy", an act: read; with no topic
known, read as before). "Pushed back" with nothing it is against ("pushed back, saying the
report was wrong") is no side, topic or none. A plan interrupted by who made it ("a plan, set up
by Roe, to visit Oslo") is still the plan checked against the topic. A quotation that is what
the speaker calls another's act ("called Roe's absence “appalling”") is a side on the issue only
where that is a measure or the issue. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance

TOPIC = "the harbour levy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun of stance aimed at another thing: no side on the levy.
        ("Ada Lind went on the show to demonstrate support for the show.", None),
        ("Ada Lind voiced opposition to the farmers' strike.", None),
        # At the issue, a measure or an act: read.
        ("Ada Lind voiced support for the levy.", "supports"),
        ("Ada Lind voiced support for the bill.", "supports"),
        ("Ada Lind voiced opposition to raising the levy.", "opposes"),
        # At a person the topic does not name: a side on that person, none on the levy, as
        # "backed Otto Roe" (session 57); read as support here until session 59
        # (tests/test_stance_noun_person_object.py).
        ("Ada Lind voiced support for Otto Roe.", None),
        # Pushed back: against what it names, else no side.
        ("Ada Lind pushed back, saying the report was wrong.", None),
        ("Ada Lind pushed back hard on the levy.", "opposes"),
        ("Ada Lind pushed back Friday against the levy.", "opposes"),
        # A plan with who made it set off: its aim is still checked against the topic.
        ("Ada Lind backed a plan, set up by Otto Roe, to visit Oslo in May.", None),
        ("Ada Lind backed a plan to visit Oslo in May.", None),
    ],
)
def test_a_stance_word_is_a_side_on_what_it_is_aimed_at(text: str, expected: str | None) -> None:
    others = ("Otto Roe",) if "Otto Roe" in text else ()
    assert _stance(text, "Ada Lind", others, topic=TOPIC) == expected


def test_support_for_another_actor_named_is_a_side_taken() -> None:
    # The other actor's name is blanked out of the clause the rules read: still a name.
    text = "Acme, which has provided financial support for Otto Roe, began to build support for it."
    assert _stance(text, "Acme", ("Otto Roe",), topic=TOPIC) == "supports"


def test_with_no_topic_a_noun_of_stance_reads_as_before() -> None:
    text = "Ada Lind went on the show to demonstrate support for the show."
    assert _stance(text, "Ada Lind") == "supports"


def test_pushed_back_against_nothing_named_is_no_side_with_or_without_a_topic() -> None:
    assert _stance("Ada Lind pushed back, saying the report was wrong.", "Ada Lind") is None
    assert _stance("Ada Lind pushed back on the levy.", "Ada Lind") == "opposes"


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # What the speaker calls another's act or trait, not the issue: no side on it.
        (
            "Ada Lind called Otto Roe\u2019s absence \u201cappalling and unacceptable.\u201d",
            TOPIC,
            None,
        ),
        # Another's measure, or the issue itself: read.
        (
            "Ada Lind called Otto Roe\u2019s plan \u201cappalling and unacceptable.\u201d",
            TOPIC,
            "opposes",
        ),
        ("Ada Lind called the levy \u201cappalling and unacceptable.\u201d", TOPIC, "opposes"),
        # No topic known: read as before.
        (
            "Ada Lind called Otto Roe\u2019s absence \u201cappalling and unacceptable.\u201d",
            "",
            "opposes",
        ),
    ],
)
def test_a_quotation_calling_anothers_act_is_a_side_only_on_a_measure(
    text: str, topic: str, expected: str | None
) -> None:
    quote = "appalling and unacceptable."
    assert _stance(text, "Ada Lind", ("Otto Roe",), spoken=(quote,), topic=topic) == expected
