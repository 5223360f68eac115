"""Session 60, issue 17: phrasings of taking a side that news uses and no rule read (each read
no side, or "sided with opponents of" read support, at 294b157): skepticism and doubt about a
thing, cold water poured on it, souring on it, scuttling, torpedoing, watering down or
filibustering it; warming or coming around to it, spearheading, shepherding, authoring or
helping pass a measure, voting to approve it, urging its passage. Guards: what they may also
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
    ],
)
def test_what_the_same_words_say_without_a_side(text: str) -> None:
    assert _stance(text) is None
