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


def test_a_full_name_the_candidates_keep_apart_is_not_the_surnames_actor() -> None:
    """A first name the Census lists do not hold shows no sex ("Zorana"), but the "she" that
    stands for her does: she is not the "Brenner" written "Mr. Brenner" (`speakers._subject`
    gives `actors.speaker_named` the pronoun's sex), and the full name no actor's name nor
    alias is weighed by the subject rule (`_listed`)."""
    text = (
        "President Brenner spoke in Dover on Monday. Mr. Brenner said the plan would pass.\n\n"
        "In a statement later in the day, the first lady, Zorana Brenner, questioned the plan. "
        '"It is a disgrace," she said.\n'
    )
    found = extracted(text)
    assert [q.speaker for q in found.quotes] == ["Zorana Brenner"]
    assert {a.name for a in found.actors} >= {"Brenner", "Zorana Brenner"}
