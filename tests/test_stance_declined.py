"""Issue 17, session 38: a refusal to comment is a neutral position only where the actor shows
no side elsewhere in the article; a side shown in any of its evidence sentences says more than
"declined to comment" once, whichever sentence ranks first. Made-up sentences."""

from __future__ import annotations

from tests.test_stances_objects import positions

DECLINED = "Governor Ada Lind declined to comment on the harbour levy on Monday."
SIDE = "On Tuesday, Ada Lind opposed the harbour levy in a speech to the council."


def test_a_side_shown_elsewhere_outranks_a_refusal_to_comment() -> None:
    assert positions(f"{DECLINED}\n\n{SIDE}").get("Ada Lind") == "opposes"
    assert positions(f"{SIDE}\n\n{DECLINED}").get("Ada Lind") == "opposes"


def test_a_refusal_to_comment_alone_is_neutral() -> None:
    assert positions(f"{DECLINED}\n\nThe levy funds the docks.").get("Ada Lind") == "neutral"
