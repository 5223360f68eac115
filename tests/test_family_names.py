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
    # The man, known only as "Mr. Brenner", is named with his honorific beside Ada Brenner.
    assert [q.speaker for q in extracted(text).quotes] == ["Mr. Brenner", "Ada Brenner"]


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


def test_a_surname_alone_is_not_the_relative_named_in_full_by_kinship() -> None:
    """Two people of one surname named in full, one introduced as the other's relative ("his
    eldest daughter, Zorana Vask"): the surname alone is the other's, so the two are two actors
    and her "she" is hers (before, "Vask" stood apart from both full names and became the one
    actor, holding every mention of the surname)."""
    text = (
        "Otto Vask spoke at the convention on Thursday. Vask said the plan would pass.\n\n"
        "At center stage was Vask's eldest daughter, Zorana Vask, who spoke about her father. "
        '"I have seen him fight for his family," she said.\n'
    )
    found = extracted(text)
    assert {a.name for a in found.actors} >= {"Otto Vask", "Zorana Vask"}
    assert [q.speaker for q in found.quotes] == ["Zorana Vask"]
    (otto,) = [a for a in found.actors if a.name == "Otto Vask"]
    assert "Vask" in otto.aliases


def test_the_surname_alone_as_a_speaker_is_the_one_the_names_gave_it() -> None:
    """ "Vask said" after "his wife, Gabriela Vask, wrote …": the surname is Otto Vask's (the
    names step gave it to him, not to the relative introduced by kinship), not the Vask named
    in full last."""
    text = (
        "Otto Vask was sentenced on Thursday. Otto Vask said he was sorry.\n\n"
        '"We need him because life is very hard at home," his wife, Gabriela Vask, wrote in a '
        "letter to the court.\n\n"
        '"I will not do it again," Vask said.\n'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Gabriela Vask", "Otto Vask"]


def test_a_surname_alone_is_the_one_named_before_it_not_a_relative_named_after() -> None:
    """ "Jackson said" right after "Rep. Otto Jackson Jr." is his (the only Jackson named before
    it; his suffix aside, the surname is his), not his father's or his wife's, named further on."""
    text = (
        "Rep. Otto Jackson Jr. pleaded guilty on Wednesday.\n\n"
        '"I am sorry," Jackson said.\n\n'
        "His wife, Ada Jackson, also pleaded guilty. The judge had backed the campaign of "
        "Jackson's father, the Rev. Otto Jackson.\n"
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Otto Jackson Jr"]


def test_an_honorific_is_not_given_to_one_named_before_whose_sex_no_list_shows() -> None:
    """ "Mr. Khan" beside Zorana Khan named before (a first name the lists do not hold) and
    their son, Captain Khan, named after: not hers for being named first."""
    text = (
        "The parents, Ahmed and Zorana Khan, spoke at the convention. Their son, Captain Khan, "
        "died in 2004.\n\n"
        'Mr. Khan said the plan was "a disgrace."\n'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Khan"]


def test_a_surname_after_the_is_no_one_of_the_family() -> None:
    """ "the Khan family" names no one of it: the surname is not given to Zorana Khan, named
    before it (Omar Khan named after), and so "Mr. Khan" after it is not hers either."""
    text = (
        "The parents, Ahmed and Zorana Khan, spoke at the convention.\n\n"
        "Mr. Trump answered the Khan family on Sunday.\n\n"
        'Mr. Khan said the plan was "a disgrace." Omar Khan, a soldier, died in 2004.\n'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Khan"]
