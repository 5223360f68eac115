"""Stance rules over the actor's deeds and words (session 5): more verbs and evaluations that
take a side, the stance's object checked (someone's words, another actor: no side on the issue),
a change of mind read as mixed, and an actor named inside another speaker's reported words."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.backends.rules import RulesOnlyBackend
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from tests.test_stance import stance


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # Verbs of judgment with the issue as their object.
        ("Pelosi denounced the offer on Saturday.", "Pelosi", (), "opposes"),
        ("Schumer slammed the proposal.", "Schumer", (), "opposes"),
        ("The senator blasted the plan as a gimmick.", "senator", (), "opposes"),
        ("Republicans welcomed the offer.", "Republicans", (), "supports"),
        ("McCarthy hailed the bill.", "McCarthy", (), "supports"),
        ("Romney lauded the deal.", "Romney", (), "supports"),
        # An evaluation of the issue, in the actor's clause.
        ("Pelosi had called his proposal \u201ca non-starter.\u201d", "Pelosi", (), "opposes"),
        ("Schumer called the proposal one-sided and ineffective.", "Schumer", (), "opposes"),
        # A judgment of the issue in the actor's reported words is its own, whoever they name.
        ("Roe said Doe made a reasonable, good faith offer.", "Roe", ("Doe",),
         "supports"),
        ("Mr. Roe said Friday that Democrats had made a serious mistake cutting the deal.",
         "Mr. Roe", ("Democrats",), "opposes"),
        ("Mr. Doe said Monday that Democrats opposed the deal.", "Mr. Doe", ("Democrats",), None),
        # Its object is someone's words, not the issue: no side on the issue.
        ("Top officials including Roe have condemned Weber's comments.", "Roe",
         ("Weber",), None),
        ("Weber apologized for his remarks Friday.", "Weber", (), None),
        ("Lind apologized for her post on Friday.", "Lind", (), "mixed"),
        # Its object is another actor: a side on the person, not on the issue.
        ("Roe criticized Weber on Friday.", "Roe", ("Weber",), None),
        ("Roe criticized Weber's plan on Friday.", "Roe", ("Weber",), "opposes"),
        ("The union endorses Doe.", "union", ("Doe",), "supports"),  # she is the side
        # ", and" opens a clause of another subject.
        ("Mayor Lind rejected it before Mr. Weber spoke, and Senator Roe, the party "
         "whip, denounced the offer.", "Senator Roe", ("Mayor Lind", "Mr. Weber"),
         "opposes"),
        # "block" as a noun is no act.
        ("Mr. Roe spoke of an old butcher's block on display.", "Mr. Roe", (), None),
        # Done to the actor, not by it.
        ("Doe was criticized by the mayor.", "Doe", (), None),
        ("Roe, backed by Democrats in the House, spoke on Saturday.", "Roe", (), None),
        ("Lee, a spokesman, expressed his displeasure by stating that it is wrong.", "Lee", (),
         "opposes"),  # "by stating": its own means, not someone else's act
        # A turn of the actor's own: mixed.
        ("Roe had first said he intended to sign the levy but backed off once his town "
         "drew scrutiny.", "Roe", (), "mixed"),
        ("Doe planned to sign the bill, but Roe backed off.", "Doe", ("Roe",), "supports"),
        # A side the text marks as given up since: no side now.
        ("Doe initially voted to block the spending bill.", "Doe", (), None),
        ("Doe at first opposed the plan, aides said.", "Doe", (), None),
        ("Doe originally backed the plan.", "Doe", (), None),
        ("Doe said: we need to back away from that.", "Doe", (), None),
        # The subject of a relative clause: "X, who voted against …".
        ("For now, only one Democratic mayor faces a real primary fight: Mayor Jane "
         "Doe of Dover, who voted against the deal.", "Mayor Jane Doe", (),
         "opposes"),
        ("Doe met Senator Roe, who was criticized by many.", "Senator Roe", ("Doe",), None),
        # Counted among the critics: opposed (BASIL 58: an expert, named with his post, "was
        # among the critics"); the critics' targets take no side.
        ("Doe, a senator from Ohio, was among the critics.", "Doe", (), "opposes"),
        ("Doe was among the fiercest critics of the plan.", "Doe", (), "opposes"),
        ("Doe was among the critics\u2019 targets.", "Doe", (), None),
        # The last of several subjects acting together (BASIL 65: a list of bodies ending in a
        # company, all urging the governor to reject a measure): the list may be long and name
        # others.
        ("The mayor\u2019s office, the local chamber and the data firm Acme all urged the "
         "governor to veto the levy.", "Acme", ("governor",), "opposes"),
        ("Roe and Acme have both urged Doe to veto the bill.", "Acme", ("Roe", "Doe"),
         "opposes"),
        ("Doe met Roe and Acme all day to discuss the veto.", "Acme", ("Doe", "Roe"), None),
        ("Roe, who was raised on Medicaid payments after his mother died, also on Acme "
         "Radio defended his budget.", "Roe", ("Medicaid",), "supports"),
        ("It was a missed chance for Doe, who needs to make appeals to workers to ensure that "
         "they show up as eagerly for her.", "Doe", (), None),  # the workers' zeal
        # "the state's" is no verb of saying: the clause is read whole.
        ("Roe signed an amended form of the state's bill, two days after refusing to "
         "sign a first draft.", "Roe", (), "mixed"),
    ],
)  # fmt: skip
def test_deeds_their_objects_and_turns(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


def positions(text: str) -> dict[str, str]:
    extractor = Extractor(RulesOnlyBackend(), load_template("default"))
    extraction = extractor.extract(Article(meta=describe(text, Path("a.txt")), text=text))
    return {p.actor: p.stance for p in extraction.positions if p.attribution == "rule"}


def test_an_actor_inside_another_speakers_reported_words_takes_no_side_there() -> None:
    text = (
        "Senate Democrats voted on Friday to fund the schools.\n\n"
        "State Senator Otto Roe said Friday that Senate Democrats had made a serious mistake "
        "cutting the deal."
    )
    read = positions(text)
    assert read.get("Senate Democrats") is None


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A judgment of the issue in the speaker's own words.
        ("This plan was morally reprehensible and a civic failure,", "opposes"),
        ("The Senate-passed tax bill fails to meet these basic tests,", "opposes"),
        ("This is a bad, outrageous plan,", "opposes"),
        ("It is a good deal for the country,", "supports"),
        ("The deal is not bad,", None),
        ("We got a good deal of attention,", None),
    ],
)
def test_a_judgment_of_the_issue_in_the_speakers_words(quote: str, expected: str | None) -> None:
    text = f"\u201c{quote}\u201d Doe said."
    assert stance(text, "Doe", spoken=(quote,)) == expected


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # Asking another actor to leave is a side on that.
        ("Roe urged Weber to step aside.", ("Weber",), "supports"),
        ("Four mayors called on Weber to drop out of the race.", ("Weber",), "supports"),
        ("Roe urged Congress to reject the deal.", ("Congress",), "opposes"),
        ("Roe urged Congress to apologize.", ("Congress",), None),
    ],
)
def test_what_the_actor_asks_another_to_do(
    text: str, others: tuple[str, ...], expected: str | None
) -> None:
    actor = text.split(" urged")[0].split(" called")[0]
    assert stance(text, actor, others) == expected
