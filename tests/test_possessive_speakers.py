"""A name with a possessive is no speaker of the verb after it: "Roe's comments came as …"
names the comments, "Roe's campaign released a statement, saying …" the campaign. Invented
sentences and names throughout."""

from __future__ import annotations

from tests.test_apposed_speakers import extracted

TEXT = (
    "Roe's comments came as Lind turned down an invitation to meet with senators during her "
    'trip, saying such a session could "deepen the rift" around her visit.\n\n'
    "Roe's campaign released a statement on Monday, saying the plan was \"a disgrace to "
    'farmers."\n\n'
    'Roe said on Monday that the plan was "a disgrace to farmers."\n'
)


def test_a_possessive_before_a_noun_of_saying_is_no_speaker() -> None:
    speakers = [q.speaker for q in extracted(TEXT).quotes]
    assert speakers[0] == "Lind"  # who turned it down, saying …


def test_a_possessive_subject_is_no_speaker_of_the_participle() -> None:
    speakers = [q.speaker for q in extracted(TEXT).quotes]
    assert speakers[1] != "Roe"


def test_the_name_itself_still_speaks() -> None:
    speakers = [q.speaker for q in extracted(TEXT).quotes]
    assert speakers[2] == "Roe"
