"""Issue 17, session 39: everyday words of political news that take a side and that the rules
did not know, found in model readings under the bar on the BASIL tuning events and counted over
PolNeAR train: attacks ("ripped", "took aim at", "lashed out at", "bashed"), a defence ("came to
her defense"), a refusal to weigh in (no side), sides told with a preposition ("railed against",
"rallied behind", "stood by her vote", "signed on to"), and what a measure is called ("a power
grab"), but not where the speaker turns the phrase around ("a power grab for the people"). "A
witch hunt" is the speaker's side only when the speaker is its subject: a cry of "Witch Hunt!"
in a quotation is most often about another matter than the story's (Trump's tweets in a story
on a comedian). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance

TOPIC = "harbour levy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Lind ripped the levy as rigged.", "opposes"),
        ("Ada Lind took aim at the levy on Sunday.", "opposes"),
        ("Ada Lind lashed out at the levy.", "opposes"),
        ("Ada Lind bashed the levy in a speech.", "opposes"),
        ("Ada Lind tore into the levy.", "opposes"),
        ("Ada Lind mocked the levy.", "opposes"),
        ("Ada Lind balked at the levy.", "opposes"),
        ("Ada Lind scoffed at the levy.", "opposes"),
        ("Ada Lind ridiculed the levy.", "opposes"),
        ("Ada Lind came to the levy's defense.", "supports"),
        ("Ada Lind declined to weigh in on the merits of the levy.", "neutral"),
        ("Ada Lind called the levy a power grab.", "opposes"),
        # Sides told with a preposition: against a measure, behind or for it, with a side.
        ("Ada Lind railed against the levy.", "opposes"),
        ("Ada Lind fought against the levy.", "opposes"),
        ("Ada Lind has turned against the levy.", "opposes"),
        ("Ada Lind lobbied against the levy.", "opposes"),
        ("Ada Lind distanced herself from the levy.", "opposes"),
        ("Ada Lind rallied behind the levy.", "supports"),
        ("Ada Lind lined up behind the levy.", "supports"),
        ("Ada Lind signed on to the levy.", "supports"),
        ("Ada Lind stood up for the levy.", "supports"),
        ("Ada Lind fought for the levy.", "supports"),
        ("Ada Lind stood by her vote for the levy.", "supports"),
        ("Ada Lind sided with the levy's backers.", "supports"),
        ("Ada Lind is on board with the levy.", "supports"),
        ("Ada Lind is not on board with the levy.", "opposes"),
        ("Ada Lind got behind the levy.", "supports"),
    ],
)
def test_everyday_words_of_a_side(text: str, expected: str) -> None:
    assert _stance(text, "Ada Lind", topic=TOPIC) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("We will fight this witch hunt.", "opposes"),
        ("The levy is a power grab.", "opposes"),
        # The phrase turned around by the speaker: no side by rule.
        ("Yes, it is a power grab — a power grab on behalf of the people.", None),
        ("It is a power grab for the people of the harbour.", None),
        # What else a measure is called: "a disaster", "a sham"; not disaster relief.
        ("The levy is a disaster.", "opposes"),
        ("This is a sham.", "opposes"),
        ("The town needs disaster relief.", None),
        ("It is a witch hunt!", None),
    ],
)
def test_what_a_quotation_calls_the_measure(quote: str, expected: str | None) -> None:
    text = f"Ada Lind said: “{quote}”"
    assert _stance(text, "Ada Lind", spoken=(quote,), topic=TOPIC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lind ripped off the label before the vote.",
        "Ada Lind ripped through the crowd.",
        "Ada Lind took part in a mock trial.",
        "Ada Lind stood by as the levy passed.",
        "Ada Lind was on board the flight to the harbour.",
        "Ada Lind got behind the wheel.",
        "Ada Lind and her rivals turned against each other over the levy.",
        "Ada Lind will speak about the fight against the levy.",
        # "fights for" is a wish: its side is its object's, here no measure.
        "Ada Lind fought for her life.",
    ],
)
def test_no_side_in_other_senses(text: str) -> None:
    assert _stance(text, "Ada Lind", topic=TOPIC) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not given yet: no side (PolNeAR train: "have not signed on to the legislation yet").
        ("Ada Lind has not signed on to the levy yet.", None),
        ("Ada Lind has not endorsed Otto Roe yet.", None),
        # "yet" opening another clause: the denial stands.
        ("Ada Lind did not back the levy, yet voters did.", "opposes"),
        ("Ada Lind has not signed on to the levy.", "opposes"),
    ],
)
def test_support_not_given_yet(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Lind", ("Otto Roe",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those the actor joins in an act: the act is the actor's too.
        (
            "Ada Lind joined several other Republicans Tuesday in calling on Otto Roe to give "
            "up his bid.",
            "supports",
        ),
        ("Ada Lind joined a chorus of Republicans calling for Otto Roe to drop out.", "supports"),
        # Not joined in an act, or not joined: their words are theirs.
        ("Ada Lind joined Republicans, who oppose the levy.", None),
        ("Ada Lind met Republicans calling for Otto Roe to drop out.", None),
    ],
)
def test_joined_in_an_act(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Lind", ("Otto Roe", "Republicans"), topic="Senate race") == expected


@pytest.mark.parametrize(
    "text",
    [
        # The one asked named with a title and a place: up to five words before "to".
        "Ada Lind called on Missouri State Sen. Otto Roe to give up his bid.",
        "Ada Lind urged Missouri State Sen. Otto Roe to step aside.",
    ],
)
def test_asked_of_someone_named_with_a_title(text: str) -> None:
    others = ("Missouri State Sen. Otto Roe",)
    assert _stance(text, "Ada Lind", others, topic="Senate race") == "supports"


@pytest.mark.parametrize(
    "text",
    [
        # A deed: articles of impeachment introduced, as a bill introduced.
        "Ada Lind introduced articles of impeachment against Otto Roe.",
        "Ada Lind and Eli Pike of Ohio formally introduced an article of impeachment.",
    ],
)
def test_articles_of_impeachment_introduced(text: str) -> None:
    others = ("Otto Roe", "Eli Pike")
    assert _stance(text, "Ada Lind", others, topic="impeachment of Otto Roe") == "supports"
