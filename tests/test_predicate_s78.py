"""A group named after the actor's own verb "to be" is what the actor is, not another actor
whose words start there: "Sens. Roe and Doe were the only Republicans to oppose it" is
their vote (session 78: two PolNeAR train senators lost their reading once "Republicans" became
an actor of the article); "Roe said it was Democrats who blocked it" stays theirs."""

from __future__ import annotations

from tests.test_stance import stance


def test_a_group_the_actor_is_does_not_end_its_clause() -> None:
    text = "Sens. Ada Lind of Ohio and Bo Roe of Utah were the only Republicans to oppose it."
    assert stance(text, "Ada Lind", others=("Republicans", "Bo Roe")) == "opposes"
    text = "Ada Lind was the only Republican to vote against the bill."
    assert stance(text, "Ada Lind", others=("Republican",)) == "opposes"


def test_a_group_in_the_actor_s_words_is_theirs() -> None:
    text = "Ada Lind said it was Democrats who blocked the bill."
    assert stance(text, "Ada Lind", others=("Democrats",)) is None
