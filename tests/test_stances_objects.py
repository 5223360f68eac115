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
        ("Romney said Trump put forth a reasonable, good faith proposal.", "Romney", ("Trump",),
         "supports"),
        ("Mr. de Leon said Monday that Democrats had made a grave mistake striking a bargain.",
         "Mr. de Leon", ("Democrats",), "opposes"),
        ("Mr. Doe said Monday that Democrats opposed the deal.", "Mr. Doe", ("Democrats",), None),
        # Its object is someone's words, not the issue: no side on the issue.
        ("Top leaders including McConnell have condemned Akin's comments.", "McConnell",
         ("Akin",), None),
        ("Akin apologized for his remarks Monday.", "Akin", (), None),
        ("Lauten apologized for her post on Monday.", "Lauten", (), "mixed"),
        # Its object is another actor: a side on the person, not on the issue.
        ("Coons criticized McConnell on Monday.", "Coons", ("McConnell",), None),
        ("Coons criticized McConnell's plan on Monday.", "Coons", ("McConnell",), "opposes"),
        ("The union endorses Clinton.", "union", ("Clinton",), "supports"),  # she is the side
        # ", and" opens a clause of another subject.
        ("Speaker Pelosi rejected it before Mr. Trump spoke, and Senator Schumer, the Democratic "
         "leader, denounced the offer.", "Senator Schumer", ("Speaker Pelosi", "Mr. Trump"),
         "opposes"),
        # "block" as a noun is no act.
        ("Mr. Obama spoke of a stone slaver's block on exhibit.", "Mr. Obama", (), None),
        # Done to the actor, not by it.
        ("Doe was criticized by the mayor.", "Doe", (), None),
        ("Trump, backed by Republicans in the Senate, spoke on Saturday.", "Trump", (), None),
        ("Wang, a spokesman, expressed his displeasure by stating that it is wrong.", "Wang", (),
         "opposes"),  # "by stating": its own means, not someone else's act
        # A turn of the actor's own: mixed.
        ("Hutchinson had initially said he planned to sign the bill but backed off as his state "
         "became a focal point.", "Hutchinson", (), "mixed"),
        ("Doe planned to sign the bill, but Roe backed off.", "Doe", ("Roe",), "supports"),
        # A side the text marks as given up since: no side now.
        ("Doe initially voted to block the spending bill.", "Doe", (), None),
        ("Doe at first opposed the plan, aides said.", "Doe", (), None),
        ("Doe originally backed the plan.", "Doe", (), None),
        ("Doe said: we have got to back away from that.", "Doe", (), None),
        # The subject of a relative clause: "X, who voted against …".
        ("Right now, only one Democratic senator faces a serious primary challenge: Senator Dianne "
         "Feinstein of California, who voted against the deal.", "Senator Dianne Feinstein", (),
         "opposes"),
        ("Doe met Senator Roe, who was criticized by many.", "Senator Roe", ("Doe",), None),
        # Counted among the critics: opposed (BASIL 58, "James Carafano, … was among the
        # critics"); the critics' targets take no side.
        ("Doe, a senator from Ohio, was among the critics.", "Doe", (), "opposes"),
        ("Doe was among the fiercest critics of the plan.", "Doe", (), "opposes"),
        ("Doe was among the critics\u2019 targets.", "Doe", (), None),
        # The last of several subjects acting together (BASIL 65, "… and … company Acxiom all
        # urged the governor to reject the measure"): the list may be long and name others.
        ("The mayor\u2019s office, the local chamber and the data company Acme all urged the "
         "governor to reject the measure.", "Acme", ("governor",), "opposes"),
        ("Roe and Acme have both urged Doe to veto the bill.", "Acme", ("Roe", "Doe"),
         "opposes"),
        ("Doe met Roe and Acme all day to discuss the veto.", "Acme", ("Doe", "Roe"), None),
        ("Ryan, who was raised on Social Security benefits after his father died, also on Fox "
         "News defended his budget.", "Ryan", ("Social Security",), "supports"),
        ("It was a lost chance for Clinton, who needs to make appeals to voters to ensure that "
         "they turn out as enthusiastically for her.", "Clinton", (), None),  # the voters' zeal
        # "the state's" is no verb of saying: the clause is read whole.
        ("Hutchinson signed a revised version of the state's bill, one day after refusing to "
         "sign an earlier version.", "Hutchinson", (), "mixed"),
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
        "Senate Democrats voted on Monday to reopen the government.\n\n"
        "State Senator Kevin Lopez said Monday that Senate Democrats had made a grave mistake "
        "striking the deal."
    )
    read = positions(text)
    assert read.get("Senate Democrats") is None


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A judgment of the issue in the speaker's own words.
        ("This deal was morally reprehensible and political malpractice,", "opposes"),
        ("The House-passed budget resolution fails to meet these moral criteria,", "opposes"),
        ("This is a bad, outrageous deal,", "opposes"),
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
        ("Romney urged Akin to step aside.", ("Akin",), "supports"),
        ("Five senators called on Akin to drop out of the race.", ("Akin",), "supports"),
        ("Obama urged Congress to reject the deal.", ("Congress",), "opposes"),
        ("Obama urged Congress to apologize.", ("Congress",), None),
    ],
)
def test_what_the_actor_asks_another_to_do(
    text: str, others: tuple[str, ...], expected: str | None
) -> None:
    actor = text.split(" urged")[0].split(" called")[0]
    assert stance(text, actor, others) == expected
