"""Issue 17, session 41: words and deeds of political news that take a side and that the rules
did not read, from the gold positions of the BASIL tuning events the model was left to read
("MoveOn.org … panned the agreement", "about 60 House Democrats boycotted the event", "The
House approved the plan 234-193"), each with the senses that take none; a text adopted takes
the side its own words take. "Disputed" is left out: what is disputed is someone's claim, which
may be for the issue or against it ("She and other Democrats disputed the claim that taxpayers
will pay for campaigns", of a bill they pass). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme panned the harbour agreement.", "opposes"),
        ("As Acme spoke, the camera panned out over the crowd.", None),
        ("Acme boycotted the ceremony for the harbour levy.", "opposes"),
        ("Acme will boycott the vote on the harbour levy.", "opposes"),
        ("Acme faces a boycott by consumers.", None),
        ("Acme ended the boycott last week.", None),
        # A claim disputed may be for the issue or against it: no side.
        ("Acme disputed the claim that the harbour levy would raise prices.", None),
        ("Acme approved the harbour plan 234-193.", "supports"),
        ("The harbour plan Acme drafted was approved by the council.", None),
        ("Acme passed the harbour bill on Friday.", "supports"),
        ("Acme passed the ball to the council.", None),
        ("Acme passed away on Friday.", None),
        # A text adopted takes the side its own words take.
        ("Acme approved a resolution condemning the harbour levy.", "opposes"),
        ("Acme passed a resolution opposing the harbour levy.", "opposes"),
        ("Acme passed a bill last week allowing harbour tolls.", "supports"),
        ("Acme cautioned against the harbour plan.", "opposes"),
        ("Acme lobbied for the harbour plan.", "supports"),
        ("Acme has come out against the harbour plan.", "opposes"),
        ("Acme spoke out against the harbour plan.", "opposes"),
        ("Acme took issue with the harbour plan.", "opposes"),
    ],
)
def test_words_and_deeds_of_political_news_take_a_side(text: str, expected: str | None) -> None:
    assert _stance(text, "Acme") == expected
