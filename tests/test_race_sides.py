"""Issue 17, session 54: on a topic that is a race, a side is one on a candidate or on running,
never one on a policy the sentence names ("Labrador supports a path to legal status" on the
House majority leader race, "Huckabee is sharply critical of Obama's foreign policy" on the
presidential election: free BASIL events 83 and 53). Made-up articles."""

from __future__ import annotations

from dataclasses import replace

import pytest

from summarizer import issues, names
from summarizer.actors import find_actors
from summarizer.detect import sentences
from summarizer.stance_rules import rule_reading, rule_stance
from summarizer.stances import _on_issue, _on_issue_among
from tests.test_steps import rule_sides


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # A policy: no side in the race.
        ("Mayor Ada Roe supports a path to legal status.", None),
        ("Mayor Ada Roe is sharply critical of Bo Lind's harbour policy.", None),
        # A candidate, or running: a side in it.
        ("Mayor Ada Roe endorsed Bo Lind on Monday.", "supports"),
        ("Mayor Ada Roe supports the bid of her deputy.", "supports"),
    ],
)
def test_a_side_in_a_race_is_one_on_a_candidate_or_on_running(
    sentence: str, side: str | None
) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, "the mayoral race").get("Ada Roe") == side


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        # Backing a candidate on a topic that does not name the candidate: no side on it.
        ("Mayor Ada Roe endorsed Bo Lind on Monday.", "harbour tolls", None),
        ("Mayor Ada Roe, who has endorsed Bo Lind, praised the plan.", "labor politics", None),
        # Described before the name ("endorsed Republican presidential candidate Sen. Ted
        # Cruz" on "political campaign", PolNeAR train).
        ("Mayor Ada Roe endorsed Republican mayoral candidate Bo Lind.", "harbour tolls", None),
        (
            "Mayor Ada Roe endorsed Republican mayoral candidate Bo Lind.",
            "the mayoral race",
            "supports",
        ),
        # On a topic that names the candidate, or a race, a side on it.
        ("Mayor Ada Roe endorsed Bo Lind on Monday.", "Bo Lind's campaign", "supports"),
        ("Mayor Ada Roe endorsed Bo Lind on Monday.", "the mayoral election", "supports"),
        # The one a move the topic is targets: a side against the move (BASIL event 80's
        # "briefs … supporting Wal-Mart" on the class action against it).
        (
            "Mayor Ada Roe filed briefs supporting Bo Lind.",
            "class action lawsuit against Bo Lind",
            "opposes",
        ),
        # A name that modifies a thing the actor owns is no candidate backed; since session 65
        # a decision named by its subject ("her Lind decision", as "his Syria decision") is a
        # side on that subject, none on the tolls (it had read as support of the tolls).
        (
            "Mayor Ada Roe has stood by her Lind decision despite the blowback.",
            "harbour tolls",
            None,
        ),
        (
            "Mayor Ada Roe has stood by her decision despite the blowback.",
            "harbour tolls",
            "supports",
        ),
        ("Mayor Ada Roe signed the Lind harbour reforms into law.", "harbour tolls", "supports"),
        # Words after the name that are no noun it modifies leave it the one backed.
        ("Mayor Ada Roe endorsed Bo Lind here on Sunday.", "harbour tolls", None),
        ("Mayor Ada Roe defended Bo Lind against the charges.", "harbour tolls", None),
        # Against another actor: a side on a topic that names them and no move against them
        # (session 57; until then unread, whatever the topic), else none.
        ("Mayor Ada Roe criticized Bo Lind on Monday.", "Bo Lind's campaign", "opposes"),
        ("Mayor Ada Roe criticized Bo Lind on Monday.", "calls for Bo Lind to resign", None),
        ("Mayor Ada Roe criticized Bo Lind on Monday.", "harbour tolls", None),
        # The same with words that describe him before his name (session 58, from a PolNeAR
        # train sample, every sixth article from the second: "castigated Republican
        # presidential candidate Donald Trump" on "race relations"; unread until then).
        (
            "Mayor Ada Roe castigated Republican presidential candidate Bo Lind for his words.",
            "harbour tolls",
            None,
        ),
        (
            "Mayor Ada Roe castigated Republican presidential candidate Bo Lind for his words.",
            "Bo Lind's campaign",
            "opposes",
        ),
        ("Mayor Ada Roe criticized former Governor Bo Lind on Monday.", "harbour tolls", None),
        (
            "Mayor Ada Roe endorsed former Governor Bo Lind on Monday.",
            "the mayoral race",
            "supports",
        ),
    ],
)
def test_backing_a_candidate_is_a_side_only_on_a_topic_naming_the_candidate_or_a_race(
    sentence: str, topic: str, side: str | None
) -> None:
    # Session 55, from a sample of 60 rule readings on PolNeAR train articles with the model's
    # topics (every sixth from the first, judged by hand): "Jeb Bush endorsed Cruz" on
    # "political issues", "who has endorsed Clinton" on "Endorsements in the United States
    # Senate", "Kevin Cramer, who formally endorsed Trump" on a state party's convention.
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, topic).get("Ada Roe") == side


@pytest.mark.parametrize(
    ("topic", "side"), [("Dee Kim endorses Lind", "supports"), ("tolls", None)]
)
def test_the_one_a_topic_names_is_backed_in_any_of_its_forms(topic: str, side: str | None) -> None:
    # Session 55: "voiced his support of Hillary" on "Obama endorses Clinton" (BASIL event 72,
    # held out; seen in the rules snapshot, which lists every BASIL text).
    text = "Leona Lind spoke on Monday. Mayor Ada Roe voiced her support of Leona on Tuesday."
    assert rule_sides(text, topic).get("Ada Roe") == side


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Long before the Harbor Union was ready to endorse a candidate, Ada Roe spoke.",
         "Harbor Union"),
        ("Ada Roe, who sits at zero such endorsements, said the count speaks volumes.", "Ada Roe"),
        ("Ada Roe has won 31 endorsements so far.", "Ada Roe"),
    ],
)  # fmt: skip
def test_an_endorsement_of_no_one_named_or_counted_is_no_side(sentence: str, actor: str) -> None:
    # Session 55, from the same sample: "ready to endorse a candidate", "sits at zero such
    # endorsements" were read as support.
    text = f"The Harbor Union said on Monday it spent $1 million. {sentence}"
    assert actor not in rule_sides(text, "harbour tolls")


def _quoted_side(quote: str, topic: str) -> str | None:
    """Ada Roe's side in her own quotation, on `topic`, in an article whose one other actor is
    Bo Lind (`issues.TopicWords.actors`, as `stances` fills it)."""
    text = f"\u201c{quote},\u201d Ada Roe wrote."
    (sentence,) = sentences(text)
    on_issue = _on_issue(topic)
    assert isinstance(on_issue, issues.TopicWords)
    on_issue = replace(on_issue, actors=frozenset(issues.topic_stems("Ada Roe Bo Lind")))
    at = text.index("Ada Roe")
    return rule_stance(sentence, [(at, at + 7)], [], [quote], on_issue=on_issue)


@pytest.mark.parametrize(
    ("quote", "topic", "side"),
    [
        # Session 55, from PolNeAR train (Morton Blackwell's "I have decided to endorse Ted Cruz"
        # on "Conservative politics"; "Sorry, I Still Won't Ever Vote for Trump" on "conservative
        # movement"): an actor backed in the speaker's own words is no side on another topic.
        ("I have decided to endorse Bo Lind and to urge others to join me", "harbour tolls", None),
        ("I won't ever vote for Bo Lind", "harbour tolls", None),
        # On a topic that names the actor, or a race, it is.
        ("I have decided to endorse Bo Lind and to urge others to join me", "Bo Lind's campaign",
         "supports"),
        ("I won't ever vote for Bo Lind", "the mayoral race", "opposes"),
        # A thing backed is read as before.
        ("I back the harbour tolls", "harbour tolls", "supports"),
    ],
)  # fmt: skip
def test_an_actor_backed_in_a_quotation_is_a_side_only_on_a_topic_naming_it(
    quote: str, topic: str, side: str | None
) -> None:
    assert _quoted_side(quote, topic) == side


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        # Session 56, from a second sample of PolNeAR train rule readings (every sixth article
        # from the fourth, the model's topics): "to say he was leaning toward supporting Mr.
        # Trump" on "WASP power structure". Past a verb of saying, the words stop at another
        # actor as the clause's do: backing it is a side only where the topic names it or is a
        # race.
        ("Ada Roe said she was leaning toward supporting Mr. Lind.", "harbour tolls", None),
        ("Ada Roe said she supports Bo Lind.", "harbour tolls", None),
        ("Ada Roe said she supports Bo Lind.", "Bo Lind's campaign", "supports"),
        ("Ada Roe said she supports Bo Lind.", "the mayoral race", "supports"),
        # Against another actor stays unread, as in the clause.
        ("Ada Roe said she opposes Bo Lind.", "harbour tolls", None),
        # A thing backed, whoever's it is, is read as before.
        ("Ada Roe said she supports the harbour tolls of Bo Lind.", "harbour tolls", "supports"),
    ],
)
def test_an_actor_backed_in_reported_words_is_a_side_only_on_a_topic_naming_it(
    sentence: str, topic: str, side: str | None
) -> None:
    text = f"Bo Lind spoke on Monday. {sentence}"
    assert rule_sides(text, topic).get("Ada Roe") == side


@pytest.mark.parametrize(
    ("topic", "side"), [("harbour tolls", None), ("Bo Lind's campaign", "supports")]
)
def test_a_person_backed_in_a_statement_is_known_by_a_title_of_courtesy(
    topic: str, side: str | None
) -> None:
    # Session 56, the same sample: "stood at a Bush event here to say he was leaning toward
    # supporting Mr. Trump" read as a statement, Trump no actor of that article. A surname after
    # "Mr." or "Ms." is a person's, backed, whether or not the article shows it acting.
    sentence = "Ada Roe said she was leaning toward backing Mr. Lind."
    reported = ("she was leaning toward backing Mr. Lind",)
    assert _side_of_the_only_actor(sentence, topic, reported) == side


@pytest.mark.parametrize(
    ("sentence", "topic", "side"),
    [
        # Session 56, from the PolNeAR train samples (the model's topics): "Mr. Trump boasted
        # that he welcomed the former president to a newly built Trump National Golf Club" on
        # his campaign; "Donald Trump defended his campaign manager as a 'very decent man'" on
        # "battery charges". Support of a person the words describe is a side on that person.
        ("Ada Roe welcomed the former president to her golf club.", "Ada Roe's campaign", None),
        ("Ada Roe defended her campaign manager as a decent man.", "battery charges", None),
        # In a race, backing a described candidate is a side.
        ("Ada Roe endorsed the former senator on Monday.", "the mayoral race", "supports"),
        # A person's thing is read as before, and so is a person praised for an act (the
        # thirty tuning events: "McConnell, for instance, commended the president "for taking
        # bipartisan steps toward …"", BASIL event 58).
        ("Ada Roe praised the president's harbour plan.", "harbour plan", "supports"),
        (
            "Ada Roe commended the president \u201cfor taking steps\u201d on the harbour plan.",
            "harbour plan",
            "supports",
        ),
    ],
)
def test_support_of_a_described_person_is_no_side_on_another_topic(
    sentence: str, topic: str, side: str | None
) -> None:
    assert _rule_side(sentence, topic) == side


def _rule_side(sentence: str, topic: str) -> str | None:
    (read,) = sentences(sentence)
    own = [(0, len("Ada Roe"))]
    found = rule_reading(read, own, [], [], on_issue=_on_issue(topic))
    return found.stance if found else None


@pytest.mark.parametrize(
    ("topic", "side"), [("harbour tolls", None), ("the mayoral race", "supports")]
)
def test_a_person_backed_is_known_by_a_first_name_and_a_surname(
    topic: str, side: str | None
) -> None:
    # Session 56, the first PolNeAR train sample: "Roloson supports Democrat Hillary Clinton in
    # the presidential race" on "Millennials' expectations of success", Clinton no actor of that
    # article. A first name and a surname name a person, whatever word stands before them.
    sentence = "Ada Roe supports Democrat Leona Lind for mayor."
    assert _side_of_the_only_actor(sentence, topic) == side


def _side_of_the_only_actor(
    sentence: str, topic: str, reported: tuple[str, ...] = ()
) -> str | None:
    """The rules' side of Ada Roe in `sentence` (her words there `reported`), after a sentence
    that makes her the article's only actor: the one she backs is none."""
    text = f"Ada Roe spoke at a rally. {sentence}"
    actors = find_actors(text, names.find_candidates(text))
    assert [a.name for a in actors] == ["Ada Roe"]
    read = sentences(text)[1]
    own = [(read.start, read.start + len("Ada Roe"))]
    on_issue = _on_issue_among(topic, actors)
    found = rule_reading(read, own, [], [], list(reported), on_issue=on_issue)
    return found.stance if found else None
