"""A name in an aside of its sentence, between dashes or in parentheses, is no subject for a
"he" or "she" after it (`referents._set_off`): the subject rule passes it over for the person the
sentence is about. Invented sentences and names throughout."""

from __future__ import annotations

import pytest

from tests.test_apposed_speakers import extracted

OPENING = "Senator Tom Brenner met voters in Dover on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps out of a belief that a fight would help him — as it did President Otto Roe in "
        "the 1990s — or fear of the new majority, Mr. Brenner dived into the debate.",
        "Long before the vote (which President Otto Roe had called a farce), Mr. Brenner had "
        "urged calm.",
    ],
)
def test_a_name_set_off_in_an_aside_is_no_subject(sentence: str) -> None:
    text = f'{OPENING}{sentence} "We talked about that today," he told reporters.\n'
    assert [q.speaker for q in extracted(text).quotes] == ["Tom Brenner"]


def test_a_name_after_a_single_dash_is_still_the_subject() -> None:
    text = (
        f"{OPENING}Governor Paul Vance spoke on Tuesday. The deal collapsed — Mr. Brenner "
        'walked out. "We are done," he said.\n'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Tom Brenner"]


@pytest.mark.parametrize(
    "opening",
    ["As Gov. Paul Vance approached the podium", "After Gov. Paul Vance arrived at the hall"],
)
def test_the_subject_of_a_clause_of_time_opening_a_sentence_is_a_subject(opening: str) -> None:
    """ "As Gov. Paul Vance approached the podium, rain began to fall.": Vance is no object of
    a preposition "as" but the clause's subject, so the "he" two sentences on is his
    (`referents._subclause_subject`), not Brenner's, named a sentence further back."""
    text = (
        f"{OPENING}{opening}, rain began to fall. It was not a usual speech. Instead, he said "
        'his rule would be "buy local."\n'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Paul Vance"]
