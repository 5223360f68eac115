"""An acronym is the body whose name it spells: "NRA" is the National Rifle Association the
article also names in full, "S.E.C." the Securities and Exchange Commission; one actor, named
in full unless the article writes the acronym more often ("NATO"), the other form its alias.
Where two names spell it, it stays a name of its own (session 77: 22 texts of the corpora listed
a body twice, by name and by acronym, among them BASIL tuning event 74's American Civil
Liberties Union)."""

from __future__ import annotations

import pytest

from summarizer import names
from tests.test_stances_objects import positions


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The National Rifle Association opposed the bill. The NRA said it was unfair.",
            "National Rifle Association",
            "NRA",
        ),
        (
            "The S.E.C. said on Monday that the Securities and Exchange Commission would act.",
            "Securities and Exchange Commission",
            "S.E.C.",
        ),
    ],
)
def test_an_acronym_is_the_body_it_spells(text: str, name: str, acronym: str) -> None:
    found = {c.name: c.forms for c in names.find_candidates(text)}
    assert acronym not in found
    assert acronym in found[name]


def test_the_body_is_named_as_the_article_names_it_most() -> None:
    text = (
        "The OFU met on Monday. The OFU said the levy was unfair, and the Ohio Farm Union "
        "asked for a vote. The OFU will meet again."
    )
    found = {c.name: c.forms for c in names.find_candidates(text)}
    assert "Ohio Farm Union" in found["OFU"]


def test_a_measure_is_no_body_to_fold_into() -> None:
    text = "The OCA passed. The Ohio Care Act is law now. The OCA is popular."
    found = {c.name for c in names.find_candidates(text)}
    assert {"OCA", "Ohio Care Act"} <= found


def test_an_acronym_of_a_name_like_a_persons_stays_apart() -> None:
    text = "HP gave no money. Hewlett Packard said so on Monday. HP left the event."
    found = {c.name for c in names.find_candidates(text)}
    assert {"HP", "Hewlett Packard"} <= found


def test_an_acronym_two_names_spell_stays_apart() -> None:
    text = "The Ohio Bar Council and the Ohio Business Coalition spoke. The OBC said it was unfair."
    found = {c.name for c in names.find_candidates(text)}
    assert {"Ohio Bar Council", "Ohio Business Coalition", "OBC"} <= found


def test_the_body_named_both_ways_holds_one_position() -> None:
    text = (
        "The Ohio Farm Union opposed the levy on Monday. The OFU denounced the levy again on "
        "Tuesday."
    )
    assert positions(text) == {"Ohio Farm Union": "opposes"}
