"""A name written in full never names an actor of the other sex who shares the surname: "Ada
Brenner" is not the "Brenner" the article writes "Mr. Brenner" (`actors.find_actor`). Invented
sentences and names throughout."""

from __future__ import annotations

from tests.test_apposed_speakers import extracted


def test_a_woman_named_in_full_is_not_the_man_of_her_surname() -> None:
    text = (
        'Mr. Brenner spoke in Dover on Monday. "We will win," Mr. Brenner said.\n\n'
        "In a statement later, the first lady, Ada Brenner, questioned the plan. "
        '"It is a disgrace," she said.\n'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Brenner", "Ada Brenner"]


def test_a_full_name_of_the_same_sex_is_the_surnames_actor() -> None:
    text = (
        'Mr. Brenner spoke in Dover on Monday. "We will win," Mr. Brenner said.\n\n'
        'Later, Tom Brenner said "it is a disgrace."\n'
    )
    speakers = [q.speaker for q in extracted(text).quotes]
    assert speakers[0] == speakers[1]
