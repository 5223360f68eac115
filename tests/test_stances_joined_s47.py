"""Issue 17, session 47: two ways a list of names that act together lost its side. Three names
joined as one subject ("Tully Marsh, Jonas Wilder and Peter Brandt criticized the toll bill")
are the source of one statement, held by the last two; for each of those the other was taken
for a name describing it and dropped from the names the rules join, so only the first read a
side. And a relative clause of the whole list ("…, all of whom opposed the toll bill") was
blanked out as a relative clause about another noun ("of whom"), and gave no name but the last
a side where the list stands deep in its sentence. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stances_objects import positions

NAMES = ("Tully Marsh", "Jonas Wilder", "Peter Brandt")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tully Marsh, Jonas Wilder and Peter Brandt criticized the toll bill.",
        "Tully Marsh, Jonas Wilder and Peter Brandt, all of whom opposed the toll bill, met on "
        "Monday.",
        "The senators waited: Tully Marsh, Jonas Wilder and Peter Brandt, all of whom opposed "
        "the toll bill.",
        # The list deep in its sentence, after a clause of another subject.
        "From there, the mayor rode to the bridge, where three senators waited: Tully Marsh, "
        "Jonas Wilder and Peter Brandt, all of whom opposed the toll bill.",
    ],
)
def test_every_name_of_a_list_that_acts_together_takes_its_side(sentence: str) -> None:
    read = positions(
        "The toll bill passed on Friday. Tully Marsh spoke on Thursday. Jonas Wilder spoke too. "
        f"Peter Brandt spoke last.\n\n{sentence}"
    )
    assert {name: read.get(name) for name in NAMES} == dict.fromkeys(NAMES, "opposes")


def test_a_relative_clause_of_another_noun_after_of_stays_unread() -> None:
    # "of whom" after a noun, not a share of the list: the friend's clause, not Wilder's.
    read = positions(
        "The toll bill passed on Friday.\n\nJonas Wilder, a friend of whom Tully Marsh "
        "approved, met the mayor."
    )
    assert read.get("Jonas Wilder") is None


def test_two_names_joined_as_one_source_still_both_take_the_side() -> None:
    read = positions(
        "The toll bill passed on Friday.\n\nJonas Wilder and Peter Brandt opposed the toll bill."
    )
    assert read.get("Jonas Wilder") == read.get("Peter Brandt") == "opposes"


def test_names_listed_after_a_colon_that_take_a_side_are_actors() -> None:
    # Named once, in a list after a colon ("waited: A, B and C, all of whom opposed …"): the
    # list is no object of the verb before the colon; each name takes the side.
    read = positions(
        "The toll bill passed on Friday.\n\nFrom there, the mayor rode to the bridge, where "
        "three senators waited: Tully Marsh, Jonas Wilder and Peter Brandt, all of whom "
        "opposed the toll bill."
    )
    assert {name: read.get(name) for name in NAMES} == dict.fromkeys(NAMES, "opposes")
