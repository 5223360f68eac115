"""Session 59, issue 17: "Neither" and "Either" open no name ("Neither Cruz nor Christie
acknowledged …" gave Ted Cruz the role "Neither" in a PolNeAR train text, seen in the rules
snapshot). Made-up text."""

from __future__ import annotations

from summarizer import names


def test_neither_and_either_are_no_part_of_a_name_or_a_role() -> None:
    text = (
        "Neither Roe nor Lind acknowledged the plan. Either Ada Roe or Jane Doe will win. "
        "Ada Roe spoke."
    )
    found = {c.name: c.roles for c in names.find_candidates(text)}
    assert "Ada Roe" in found and not found["Ada Roe"]
    assert not any(word in name for name in found for word in ("Neither", "Either"))
