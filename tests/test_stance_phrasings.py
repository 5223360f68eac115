"""Session 56, issue 17: phrasings of taking a side that any news uses and the rules did not
read (each was read by no rule at 1576ce0): crying foul, a walk-out in protest, a suit to stop
a measure, lobbying hard for it, leading or joining the fight against it or the push for it,
vowing to fight it, voicing concerns or objections about it, being among its fiercest critics,
cheering it, joining a chorus of criticism. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from summarizer.stances import _on_issue

_TOPIC = "the Harbor toll plan"


def _stance(
    text: str, actor: str = "Dan Smith", topic: str = _TOPIC, spoken: tuple[str, ...] = ()
) -> str | None:
    (sentence,) = sentences(text)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(actor), text)]
    return rule_stance(sentence, spans, [], list(spoken), on_issue=_on_issue(topic))


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith cried foul over the Harbor toll plan.",
        "Dan Smith walked out in protest of the Harbor toll plan.",
        "Dan Smith sued to stop the Harbor toll plan.",
        "Dan Smith led the fight against the Harbor toll plan.",
        "Dan Smith joined the effort to block the Harbor toll plan.",
        "Dan Smith vowed to fight the Harbor toll plan.",
        "Dan Smith voiced concerns about the Harbor toll plan.",
        "Dan Smith raised objections to the Harbor toll plan.",
        "Dan Smith expressed serious reservations about the toll plan.",
        "Dan Smith is among the plan\u2019s fiercest critics.",
        "Dan Smith joined the chorus of criticism of the Harbor toll plan.",
    ],
)
def test_phrasings_of_opposition(text: str) -> None:
    assert _stance(text) == "opposes"


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith lobbied hard for the Harbor toll plan.",
        "Dan Smith joined the push to pass the Harbor toll plan.",
        "Dan Smith led the campaign for the Harbor toll plan.",
        "Dan Smith cheered the Harbor toll plan.",
    ],
)
def test_phrasings_of_support(text: str) -> None:
    assert _stance(text) == "supports"


@pytest.mark.parametrize(
    "text",
    [
        # Cheering a team is no side; praise is its object's side.
        "Dan Smith cheered the team on.",
        # Fighting back, or for something, is not fighting the measure.
        "Dan Smith vowed to fight back.",
        # Concerns about a person, not a measure.
        "Dan Smith voiced concerns about the mayor.",
    ],
)
def test_no_side_by_these_phrasings(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Session 56, from the rules snapshot's PolNeAR texts (seven readings, all "opposes"):
        # "supporters of the bill have rejected Saudi concerns", "Mr. Obama dismissed the
        # criticism as the voice of …", "Mr. Trump rejected attacks from Jeb Bush …", "reject
        # the term containment", "has rejected the label". Rejecting others' words against a
        # thing defends it; refusing a word is no side. Neither the rejection nor the words of
        # the criticism it names is read.
        "Dan Smith rejected Saudi concerns about the Harbor toll plan.",
        "Dan Smith dismissed the criticism as the voice of the shipping lobby.",
        "Dan Smith rejected attacks from rivals that he was soft on the plan.",
        "Dan Smith rejected the term containment.",
        "Dan Smith brushed aside complaints about the toll plan.",
    ],
)
def test_rejecting_criticism_or_a_word_is_no_opposition(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith rejected the Harbor toll plan.",
        "Dan Smith criticized the Harbor toll plan as an attack on workers.",
    ],
)
def test_opposition_to_the_measure_is_read_as_before(text: str) -> None:
    assert _stance(text) == "opposes"


def test_criticizing_attacks_opposes_them() -> None:
    # The thirty tuning events: "Robert Gibbs … criticized such attacks on “character and
    # faith.”" (BASIL event 50) opposes the attacks, the topic there.
    assert _stance("Dan Smith criticized such attacks on the Harbor toll plan.") == "opposes"


@pytest.mark.parametrize(
    "text",
    [
        # Session 56, the second PolNeAR train sample: "Mr. Trump also opens himself up to
        # criticism about his own personal life, including allegations …" read as his
        # opposition to his own campaign. Criticism one is open to, exposed to, comes under,
        # invites or prompts is others', as criticism one faces or draws already was.
        "Dan Smith opened himself up to criticism about the Harbor toll plan.",
        "Dan Smith exposed himself to criticism over the Harbor toll plan.",
        "Dan Smith came under criticism for the Harbor toll plan.",
        "Dan Smith invited criticism with the Harbor toll plan.",
        "Dan Smith prompted criticism with the Harbor toll plan.",
    ],
)
def test_criticism_one_meets_is_no_side_of_ones_own(text: str) -> None:
    assert _stance(text) is None


def test_criticism_one_voices_is_still_opposition() -> None:
    assert _stance("Dan Smith voiced criticism of the Harbor toll plan.") == "opposes"
