"""Issue 17, session 43: kinds of false rule readings found by judging a random sample of the
rules' readings on PolNeAR train by hand (`bench/rule_audit.py`, s43-1): a body named before
its members ("Supreme Court justices who are opposed to …": the justices', not the Court's), a
question put to another about its side ("asking Pike why he has criticized …"), "block" as a
noun of place ("apartment block by apartment block") and a clause with its own subject after a
verb of saying and a comma ("Lind previously reported, The Acme Foundation refused …"). Each
with a control whose side still reads. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # A body's members or followers named after it: their side, not the body's.
        (
            "Otto Roe has said that he would nominate Harbour Court justices who are opposed "
            "to the levy.",
            "Harbour Court",
            None,
        ),
        ("Acme employees oppose the harbour levy.", "Acme", None),
        ("Harbour Party voters back the levy.", "Harbour Party", None),
        ("Acme opposes the harbour levy.", "Acme", "opposes"),
        ("Acme officials opposed the harbour levy.", "Acme", "opposes"),
        # A question put to another about its side: the other's.
        (
            "Co-moderator Ada Lind raised the issue of the mayor's spending, asking Pike why "
            "he has criticized the harbour levy.",
            "Ada Lind",
            None,
        ),
        ("Ada Lind asked Pike if he opposes the harbour levy.", "Ada Lind", None),
        ("Ada Lind, asked why she opposes the levy, said it was unfair.", "Ada Lind", "opposes"),
        # "block" as a noun of place.
        (
            "Nearby, Acme is building a new town, apartment block by apartment block, beside "
            "the harbour.",
            "Acme",
            None,
        ),
        ("Acme moved its office two blocks from the harbour.", "Acme", None),
        ("Acme will block the harbour levy.", "Acme", "opposes"),
        # A verb of saying, a comma and a clause with its own subject: that subject's act.
        (
            "Harbour News reporter Ada Lind previously reported, The Roe Foundation refused to "
            "release the names of its donors.",
            "Ada Lind",
            None,
        ),
        # her own refusal still reads (a refusal to release names is none since session 59:
        # tests/test_stance_dev_phrasings.py)
        ("Ada Lind previously refused to back the harbour levy.", "Ada Lind", "opposes"),
    ],
)
def test_the_sides_of_others_near_the_actor_are_not_its_own(
    text: str, actor: str, expected: str | None
) -> None:
    assert _stance(text, actor) == expected
