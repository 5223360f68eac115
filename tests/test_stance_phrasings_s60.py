"""Session 60, issue 17: phrasings of taking a side that news uses and no rule read (each read
no side, or "sided with opponents of" read support, at 294b157): skepticism and doubt about a
thing, cold water poured on it, souring on it, scuttling, torpedoing, watering down or
filibustering it, joining its critics, pulling one's support for it, misgivings, frustration
or upset about it, faulting, rebuffing, trashing, nixing or disparaging it, making the case
against it, being dead set against it, calling it unconstitutional, a boondoggle, misguided or
a sham; warming or coming around to it, spearheading, shepherding, authoring or helping pass a
measure, voting to approve it, urging its passage, joining its supporters, making the case for
it, pressing for it, blessing it, being pleased with it, okaying, ratifying, adopting or
rubber-stamping it, calling it long overdue. Guards: what they may also
say that takes no side on it. Made-up sentences; the probes that led here were made up too,
each phrasing then looked up in the corpora's texts and its uses read."""

from __future__ import annotations

import pytest

from tests.test_stance_phrasings import _stance


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith sided with opponents of the Harbor toll plan.",
        "Dan Smith is skeptical of the Harbor toll plan.",
        "Dan Smith has long been wary of the Harbor toll plan.",
        "Dan Smith cast doubt on the Harbor toll plan.",
        "Dan Smith expressed skepticism about the Harbor toll plan.",
        "Dan Smith voiced doubts about the Harbor toll plan.",
        "Dan Smith poured cold water on the Harbor toll plan.",
        "Dan Smith has soured on the Harbor toll plan.",
        "Dan Smith scuttled the Harbor toll plan.",
        "Dan Smith torpedoed the Harbor toll plan.",
        "Dan Smith watered down the Harbor toll plan.",
        "Dan Smith filibustered the Harbor toll plan.",
        "Dan Smith joined critics of the Harbor toll plan.",
        "Dan Smith pulled his support for the Harbor toll plan.",
        "Dan Smith rescinded his endorsement of the Harbor toll plan.",
        "Dan Smith has misgivings about the Harbor toll plan.",
        "Dan Smith is frustrated with the Harbor toll plan.",
        "Dan Smith is upset about the Harbor toll plan.",
        "Dan Smith faulted the Harbor toll plan.",
        "Dan Smith rebuffed the Harbor toll plan.",
        "Dan Smith trashed the Harbor toll plan.",
        "Dan Smith nixed the Harbor toll plan.",
        "Dan Smith disparaged the Harbor toll plan.",
        "Dan Smith made the case against the Harbor toll plan.",
        "Dan Smith is dead set against the Harbor toll plan.",
        "Dan Smith called the Harbor toll plan unconstitutional.",
        "Dan Smith called the Harbor toll plan a boondoggle.",
        "Dan Smith called the Harbor toll plan misguided.",
        "Dan Smith called the Harbor toll plan a sham.",
    ],
)
def test_phrasings_of_opposition(text: str) -> None:
    assert _stance(text) == "opposes"


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith sided with supporters of the Harbor toll plan.",
        "Dan Smith warmed to the Harbor toll plan.",
        "Dan Smith came around to the Harbor toll plan.",
        "Dan Smith spearheaded the Harbor toll plan.",
        "Dan Smith shepherded the Harbor toll plan through the Senate.",
        "Dan Smith authored the Harbor toll plan.",
        "Dan Smith co-authored the Harbor toll bill.",
        "Dan Smith helped pass the Harbor toll plan.",
        "Dan Smith voted to approve the Harbor toll plan.",
        "Dan Smith urged passage of the Harbor toll plan.",
        "Dan Smith joined supporters of the Harbor toll plan.",
        "Dan Smith made the case for the Harbor toll plan.",
        "Dan Smith pressed for the Harbor toll plan.",
        "Dan Smith gave his blessing to the Harbor toll plan.",
        "Dan Smith is pleased with the Harbor toll plan.",
        "Dan Smith okayed the Harbor toll plan.",
        "Dan Smith ratified the Harbor toll treaty.",
        "Dan Smith adopted the Harbor toll plan.",
        "Dan Smith rubber-stamped the Harbor toll plan.",
        "Dan Smith said the Harbor toll plan was long overdue.",
    ],
)
def test_phrasings_of_support(text: str) -> None:
    assert _stance(text) == "supports"


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith co-authored a paper on the Harbor toll plan.",  # a paper: no measure
        "Dan Smith warned that global warming to such levels would doom the Harbor toll plan.",
        "Dan Smith warmed to the crowd at the Harbor toll plan rally.",
        "Dan Smith said the Harbor toll plan lacked the votes to pass.",  # a noun, no vote cast
        "Dan Smith touted his record on the Harbor toll plan.",  # self-praise, no side
        "Dan Smith cited a commanding upset by Ann Roe over the Harbor toll plan.",  # a noun
        "Dan Smith adopted the Harbor toll test.",  # no measure adopted
        "Dan Smith adopted a child before the Harbor toll plan passed.",
        "Dan Smith pressed for details on the Harbor toll plan.",  # a wish, for no measure
        "Dan Smith said it was his own fault that the Harbor toll plan stalled.",
    ],
)
def test_what_the_same_words_say_without_a_side(text: str) -> None:
    assert _stance(text) is None


def test_a_text_adopted_takes_the_side_of_its_own_words() -> None:
    text = "Dan Smith adopted a resolution opposing the Harbor toll plan."
    assert _stance(text) == "opposes"
