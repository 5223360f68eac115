"""Session 52, from the described speakers of the BASIL articles: a described speaker whose head
is a person ("the Orvale-born journalist", "an attorney for the drivers' union") is a person,
not an organisation (roles.tsv `person`; not "candidate" or "nominee", which more often stand
for a person the text names: "the Republican nominee" for Trump); and a phrase of time
after a speaker ("The congressman over the weekend joked") says when, not who: the speaker is
the one "the congressman" names back. Invented names."""

from __future__ import annotations

from tests.test_apposed_speakers import extracted

HEADS = (
    "Mayor Otto Vask unveiled a toll plan for the Orvale bridge on Monday.\n\n"
    "“He tried to silence me,” the Orvale-born journalist told reporters in August.\n\n"
    "“This is a plan for the few,” an attorney for the drivers\u2019 union said.\n"
)


def test_a_described_persons_head_makes_a_person() -> None:
    types = {a.name: a.type for a in extracted(HEADS).actors}
    assert types == {
        "Otto Vask": "person",
        "Orvale-born journalist": "person",
        "attorney": "person",
    }


WHEN = (
    "Rep. Otto Vask said on Friday that his account had been hacked.\n\n"
    "The congressman over the weekend joked about the incident on Twitter, asking whether "
    "his “kitchen blender” would be next.\n"
)


def test_a_phrase_of_time_after_a_speaker_is_no_part_of_it() -> None:
    found = extracted(WHEN)
    assert [a.name for a in found.actors] == ["Otto Vask"]
    assert [q.speaker for q in found.quotes] == ["Otto Vask"]
    assert {s.speaker for s in found.statements} == {"Otto Vask"}
