"""Session 57, issue 17: a word of stance whose object is plainly another thing than the topic
is no side on it (from readings of PolNeAR train articles on the model's own topics, wrong at
3eccd60): an act of violence with no determiner ("decried violence", "not advocating
violence"), killings counted ("an increase in homicides"); a ban as an act on a thing the topic
does not name ("proposed barring all foreign visitors"); a call on someone to go, on a topic
that names neither them nor their going ("called on him to resign"); the backing a person
won, on a topic that is no race ("she won the endorsement of the union"); and no actor takes a
side on a topic that names only itself ("Donald Trump" for Trump), nor by defending its own
record, nor by judging someone's words ("His comments were derided by Smith"). And the other
way: opposing a person the topic names is a side on it ("opposed Berg" on "Berg's campaign").
Made-up sentences."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.detect import sentences
from summarizer.issues import topic_match
from summarizer.stance_rules import rule_stance
from summarizer.stances import _on_issue, read_positions
from tests.test_extract import Scripted
from tests.test_stance_phrasings import _TOPIC, _stance
from tests.test_steps import asker_for


@pytest.mark.parametrize(
    "text",
    [
        "Dan Smith decried an increase in homicides in some cities.",
        "Dan Smith said he was not advocating violence, only a loud voice.",
        "Dan Smith has long condemned political violence.",
        "Dan Smith denounced terrorism in all its forms.",
        "Dan Smith condemned the killings in the port.",
    ],
)
def test_violence_opposed_or_refused_is_no_side_on_another_topic(text: str) -> None:
    assert _stance(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The plan, not violence, is the object.
        ("Dan Smith condemned the plan as an act of violence against the poor.", "opposes"),
        ("Dan Smith backs a violence prevention plan for the port.", "supports"),
        ("Dan Smith criticized such attacks on his record.", "opposes"),
        ("Dan Smith opposes the plan and the violence it would bring.", "opposes"),
    ],
)
def test_a_stance_on_the_plan_near_words_of_violence_is_still_read(
    text: str, expected: str
) -> None:
    assert _stance(text) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Dan Smith proposed barring all foreign visitors from the port.", _TOPIC, None),
        ("Dan Smith supports banning trucks from the bridge.", _TOPIC, None),
        # The ban's thing is the topic: against it, as "ending" it is.
        ("Dan Smith proposed banning the toll.", "the Harbor toll", "opposes"),
        ("Dan Smith supports banning trucks from the bridge.", "trucks on the bridge",
         "opposes"),
        # The ban is the topic: backed.
        ("Dan Smith proposed banning trucks from the bridge.", "a ban on trucks", "supports"),
    ],
)  # fmt: skip
def test_a_ban_as_an_act(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Dan Smith called on him to resign.", _TOPIC, None),
        ("Dan Smith called on her to resign from her post.", "Judge Ann Berg\u2019s comments",
         None),
        ("Dan Smith urged her to step down.", "Judge Ann Berg\u2019s comments", None),
        # The topic names the one asked to go, or the going itself.
        ("Dan Smith called on Berg to resign.", "Judge Ann Berg\u2019s comments", "opposes"),
        ("Dan Smith called on her to resign.", "whether Berg should resign", "supports"),
    ],
)  # fmt: skip
def test_a_call_on_someone_to_go(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Days later she won the endorsement of the Union of Teachers.", _TOPIC, None),
        ("Ann Berg won the backing of the Union of Teachers.", _TOPIC, None),
        ("Ann Berg was endorsed by the Union of Teachers.", _TOPIC, None),
        # The plan backed, or a race: a side.
        ("The plan won the backing of the Union of Teachers.", _TOPIC, "supports"),
        ("Ann Berg won the backing of the Union of Teachers.", "the race for mayor", "supports"),
    ],
)  # fmt: skip
def test_backing_won_by_a_person(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, "Union of Teachers", topic) == expected


_SELF_TEXT = (
    "Governor Ann Berg decried the Harbor toll plan on Monday. "
    "Dan Smith praised the Harbor toll plan as a good deal. "
    "A coalition called Save the Harbor Toll has railed against the plan."
)


_COALITION = "Save the Harbor Toll"


@pytest.mark.parametrize(
    ("topic", "sides"),
    [
        ("Ann Berg", {"Dan Smith": "supports", _COALITION: "opposes"}),
        ("Gov. Ann Berg", {"Dan Smith": "supports", _COALITION: "opposes"}),
        ("Berg", {"Dan Smith": "supports", _COALITION: "opposes"}),
        # Other words: a topic of its own; a part of an actor's name is no actor.
        ("Ann Berg\u2019s toll plan",
         {"Ann Berg": "opposes", "Dan Smith": "supports", _COALITION: "opposes"}),
        ("Harbor Toll", {"Ann Berg": "opposes", "Dan Smith": "supports", _COALITION: "opposes"}),
    ],
)  # fmt: skip
def test_no_side_on_a_topic_that_names_only_the_actor(topic: str, sides: dict[str, str]) -> None:
    view = ArticleView.of(_SELF_TEXT)
    actors = find_actors(_SELF_TEXT, names.find_candidates(_SELF_TEXT))
    backend = Scripted({"evidence": 1, "stance": "opposes"})
    read = read_positions(view, actors, [], lambda: topic, asker_for(view, backend))
    assert {p.actor: p.stance for p in read.positions} == sides
    assert backend.requests == []
    if "Ann Berg" not in sides:
        (rejected,) = read.rejected
        assert rejected.value == "Ann Berg" and "names only this actor" in rejected.reason


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("In a statement on the vote, Dan Smith defended her record as mayor.", _TOPIC, None),
        ("Dan Smith defended his own voting record on Monday.", _TOPIC, None),
        # The record is the topic, or the plan is the object.
        ("Dan Smith defended his record on Monday.", "Dan Smith\u2019s record as mayor",
         "supports"),
        ("Dan Smith defended the Harbor toll plan and his record.", _TOPIC, "supports"),
    ],
)  # fmt: skip
def test_defending_ones_own_record(text: str, topic: str, expected: str | None) -> None:
    assert _stance(text, topic=topic) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His comments were quickly derided by Dan Smith, the council leader.", None),
        ("The remarks by Ann Berg drew sharp criticism from Dan Smith.", None),
        ("The Harbor toll plan was quickly derided by Dan Smith.", "opposes"),
    ],
)
def test_words_judged_in_the_passive_are_no_side(text: str, expected: str | None) -> None:
    assert _stance(text) == expected


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("Ann Berg\u2019s campaign", "opposes"),
        ("Berg\u2019s remarks on judges", "opposes"),
        ("Berg holds a rally on the toll", "opposes"),
        ("Mayor Ann Berg", "opposes"),
        # Another topic, a race whose sides are its candidates, or a move against her (which
        # an attack on her would back): a side on her alone.
        (_TOPIC, None),
        ("Berg vs. Lee", None),
        ("the impeachment of Ann Berg", None),
        ("calls for Ann Berg to resign", None),
        ("Lee criticizes Ann Berg", None),
        ("Ann Berg fired from the port board", None),
    ],
)
def test_opposing_a_person_the_topic_names(topic: str, expected: str | None) -> None:
    text = "Dan Smith sharply criticized Ann Berg on Monday."
    (sentence,) = sentences(text)
    own = [(text.index("Dan Smith"), text.index("Dan Smith") + len("Dan Smith"))]
    other = [(text.index("Ann Berg"), text.index("Ann Berg") + len("Ann Berg"))]
    assert rule_stance(sentence, own, other, [], on_issue=_on_issue(topic)) == expected


@pytest.mark.parametrize(
    ("topic", "owner", "owns"),
    [
        ("Ann Berg\u2019s campaign", "Berg", True),
        ("Mayor Ann Berg", "Berg", True),
        ("Gov. Ann Berg holds a rally", "Ann Berg", True),
        ("Lee criticizes Ann Berg", "Lee", True),
        ("Lee criticizes Ann Berg", "Berg", False),
        ("Ann Berg fired from the port board", "Berg", False),
        ("the impeachment of Ann Berg", "Berg", False),
    ],
)
def test_the_names_a_topic_shows_owning_or_doing_it(topic: str, owner: str, owns: bool) -> None:
    words = topic_match(topic)
    assert words is not None and words.owns(owner) is owns
