"""Stance rules on news they were not first written from (session 6, from the false positions of
BASIL tuning events 74..91): a question is no side, a stance word in a relative clause about
another noun is that noun's, support for a move against the issue opposes it, a plan is a side
only when it is an act on a measure, "I don't want A, I want B" is a contrast, and a turn of
the same subject as a pronoun ("but it worries …") is mixed."""

from __future__ import annotations

import re

import pytest

from summarizer.detect import sentences
from summarizer.stance_rules import rule_stance
from tests.test_stance import stance
from tests.test_stances_objects import positions


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # A question asked, not a side taken.
        ("The anchor, Doe, asked him whether passing the levy was a mistake.", "Doe", (), None),
        ("Doe asked whether Roe would back the plan.", "Doe", ("Roe",), None),
        ("Doe asked reporters: will they support the plan?", "Doe", (), None),
        ("Doe said passing the levy was a mistake.", "Doe", (), "opposes"),
        # A relative clause about another noun tells that noun's doing.
        ("Roe cited the case of a baker who was ordered to pay a penalty for turning away a "
         "client who wanted her cakes.", "Roe", (), None),
        # Praise of a noun that is no measure: no side by rule since session 10 (a wish).
        ("Doe praised the senators who opposed the bill.", "Doe", (), None),
        ("Berg, a scholar at the Acme Institute who served on Mr. Roe\u2019s "
         "staff, was among the critics.", "Berg", ("Mr. Roe",), "opposes"),
        ("Democrats who voted to fund the schools said the plan was a good deal.",
         "Democrats", (), "supports"),
        ("Roe was one of four members who voted against the act.", "Roe", (), "opposes"),
        ("Nordic leaders who have been critics of tariffs have embraced the plan for a "
         "joint fund.", "Nordic", (), "supports"),
        # Support for a move against the issue opposes it.
        ("Actor Otto Roe is calling for a boycott.", "Otto Roe", (), "opposes"),
        ("The union backed a veto of the bill.", "union", (), "opposes"),
        ("The union is not calling for a boycott.", "union", (), None),
        # Plain support for undoing a thing that is no measure opposes it; "end up" undoes
        # nothing; a wish for it is no side (a wish needs a measure).
        ("Roe has long supported ending birthright rights for visitors.", "Roe", (), "opposes"),
        ("The guild backed stopping the merger.", "guild", (), "opposes"),
        ("Roe supports ending up with a deal.", "Roe", (), "supports"),
        ("Roe calls for ending fees on ferries.", "Roe", (), None),  # a wish: no measure
        # The verb after "seek to" says the side.
        ("Doe will seek to thwart the action by any means.", "Doe", (), "opposes"),
        # A plan is a side only as an act on a measure.
        ("Acme\u2019s Shop this week put on hold plans to enlarge its main office.",
         "Acme\u2019s Shop", (), None),
        ("Doe plans to formally open her campaign in Ohio.", "Doe", (), None),
        ("Doe plans to sign the bill on Friday.", "Doe", (), "supports"),
        ("Doe plans to veto the bill.", "Doe", (), "opposes"),
        # Critical of it opposes it; introducing a bill backs it.
        ("Roe has been critical of the NFU\u2019s plan.", "Roe", ("NFU",), "opposes"),
        ("Berg has been critical of Roe since the primary.", "Berg", ("Roe",), None),
        ("Berg has been supportive of Roe.", "Berg", ("Roe",), "supports"),
        ("Berg last week introduced a draft bill on tariffs.", "Berg", (), "supports"),
    ],
)  # fmt: skip
def test_clauses_of_new_text(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A support denied, then another given: a contrast, not opposition.
        ("I don't want a digest of the audit! I want the whole blessed audit.", None),
        ("We do not support the bill.", "opposes"),
        # A wish whose object is no measure: no side by rule since session 10.
        ("We don't want a digest, and we don't want delay.", None),
    ],
)
def test_a_contrast_in_the_speakers_words(quote: str, expected: str | None) -> None:
    assert stance("Doe said so.", "Doe", spoken=(quote,)) == expected


def test_a_turn_inside_reported_words_is_mixed() -> None:
    text = (
        "The union said it supports making firms list gifts to lobbyists, but it worries the "
        "act goes beyond that."
    )
    (sentence,) = sentences(text)
    own = [(m.start(), m.end()) for m in re.finditer("The union", text)]
    content = text[len("The union said ") : -1]
    assert rule_stance(sentence, own, [], [], [content]) == "mixed"
    plain = "it supports making firms list gifts to lobbyists, and it wants more."
    assert rule_stance(sentence, own, [], [], [plain]) == "supports"


def test_a_plan_the_topic_does_not_name_is_no_side_on_it() -> None:
    text = "Roe has been critical of the NFU\u2019s plan to post armed guards at every school."
    (sentence,) = sentences(text)
    own = [(0, len("Roe"))]
    others = [(m.start(), m.end()) for m in re.finditer("NFU", text)]

    def on_gun_control(words: str) -> bool:
        return "gun" in words

    def on_school_safety(words: str) -> bool:
        return "school" in words

    assert rule_stance(sentence, own, others, [], on_issue=on_gun_control) is None
    assert rule_stance(sentence, own, others, [], on_issue=on_school_safety) == "opposes"
    assert rule_stance(sentence, own, others, []) == "opposes"  # no topic: read as before


def test_a_concession_after_a_side_is_mixed() -> None:
    text = (
        "The guild pushed back Monday on a study, but at the same time admitted fee "
        "changes would be necessary."
    )
    assert stance(text, "The guild") == "mixed"
    assert stance("The guild pushed back Monday on a study.", "The guild") == "opposes"
    assert stance("Doe softened her opposition to the bill.", "Doe") == "mixed"


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # The agent of a measure's making backs it.
        ("Also, an amendment sponsored by Senator Otto Roe of Ohio would bar "
         "state grants.", "Senator Otto Roe", "supports"),
        ("The levy bill was first pushed by the Ohio Policy Center.", "Ohio Policy Center",
         "supports"),
        ("The budget authored by Mr. Roe would trim programs.", "Mr. Roe", "supports"),
        # Not a measure, or no making of it.
        ("Roe, backed by Democrats in the House, spoke on Saturday.", "Democrats", None),
        # No making of it, but the agent's own criticism of it (`passive_agent`, session 50).
        ("The bill was criticized by Doe.", "Doe", "opposes"),
        ("The bill was not criticized by Doe.", "Doe", None),
    ],
)  # fmt: skip
def test_the_agent_of_a_measure_backs_it(text: str, actor: str, expected: str | None) -> None:
    assert stance(text, actor) == expected


def test_a_name_in_apposition_to_the_subject_leads_its_clause() -> None:
    text = (
        "The Ohio Democratic leader, Representative Otto Roe of Dayton, also "
        "criticized the legislation."
    )
    assert stance(text, "Otto Roe", ("Ohio Democratic leader",)) == "opposes"
    # A name in a list joined by "and" is not in apposition, but one of the subjects (session 7,
    # `test_joined_subjects`; session 6 read no side for it).
    listed = "Weber, Roe and Doe criticized the legislation."
    assert stance(listed, "Roe", ("Weber", "Doe")) == "opposes"
    assert stance("Weber, Roe criticized it.", "Roe", ("Weber",)) is None


def test_a_source_written_with_its_verb_leaves_the_verb_of_saying_to_the_rules() -> None:
    # The statement's source is "The writers acknowledge": what follows is their words, whose
    # subject is the charter, not an act of theirs (the shape of a sentence of BASIL 54).
    text = (
        "Nearly 40 nurses at Acme sent Roe a letter on Friday.\n\n"
        "The writers acknowledge that the charter indeed calls for town-level answers to "
        "local needs but say it is \u201cno license to gut the schools\u201d and requires "
        "help from the state."
    )
    assert positions(text).get("writers") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Deriding the other side's words, under the actor's label for them: no side read.
        ("Doe was deriding what she called \u201cscaremongering\u201d from the "
         "plan\u2019s critics.", None),
        ("Doe criticized what she called a reckless plan.", "opposes"),
        ("Doe denounced the lies about the bill.", None),
    ],
)  # fmt: skip
def test_someones_words_under_a_label_are_no_issue(text: str, expected: str | None) -> None:
    assert stance(text, "Doe") == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # Not taken yet.
        ("Doe has yet to give an endorsement for the post.", "Doe", (), None),
        ("Doe has endorsed Roe in the race.", "Doe", ("Roe",), "supports"),
        # A poll's share is no side.
        ("In the survey, Doe earned 12 percent support.", "Doe", (), None),
        ("A new poll shows Doe as the most favored candidate.", "Doe", (), None),
        ("Doe, who leads in the polls, opposes the bill.", "Doe", (), "opposes"),
        ("Doe voiced her support for the bill.", "Doe", (), "supports"),
        # Condemning an act of violence is no side on the issue.
        ("Senator Doe also condemned the attack on Sunday.", "Senator Doe", (), None),
        ("Doe condemned the shooting on Sunday.", "Doe", (), None),
        ("Doe condemned the plan on Sunday.", "Doe", (), "opposes"),
        # Not a measure named after it, nor support.
        ("Doe supports the assault weapons ban.", "Doe", (), "supports"),
        ("The group opposes the assault weapons ban.", "group", (), "opposes"),
        ("Doe backs a gun violence prevention bill.", "Doe", (), "supports"),
        ("Doe criticized such attacks on his character.", "Doe", (), "opposes"),
        # A question about the actor is no act of it.
        ("Whether Doe backed the plan is unclear.", "Doe", (), None),
        # Described by another: its view, not the actor's act.
        ("The secretary has characterized Doe as trying to undermine the alliance.", "Doe", (),
         None),
        # Seeking to undermine opposes.
        ("Doe has repeatedly sought to undermine the inquiry.", "Doe", (), "opposes"),
    ],
)  # fmt: skip
def test_sides_not_taken(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    """Session 7, from rule readings of free BASIL events (no gold) judged by hand."""
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # "Back" in a phrasal verb or a compound backs nothing.
        ("Doe fired back at the board on Twitter.", "Doe", (), None),
        ("Doe is respected by back-bench members.", "Doe", (), None),
        ("Doe backed the bill.", "Doe", (), "supports"),
        # "A proposed warrant" is a thing, not a proposal of the actor's.
        ("Doe had forwarded a proposed warrant to his own account.", "Doe", (), None),
        ("Doe proposed a new budget.", "Doe", (), "supports"),
        # Nor is another's proposed thing, named with its owner (session 9, tuning event 55).
        ("Doe made it clear he won't pay for any of the mayor's proposed toll.", "Doe", (), None),
        ("Doe made it clear he won\u2019t fund the mayor\u2019s proposed toll.", "Doe", (), None),
        # Running for a seat is no side.
        ("Doe, who is seeking the seat, spoke on Monday.", "Doe", (), None),
        ("Doe sought the Republican nomination.", "Doe", (), None),
        ("Doe is seeking the Republican presidential nomination.", "Doe", (), None),
        # A ban sought is a side, unlike a seat: against the practice banned (session 10, P5:
        # a ban is a move against what it names, as a boycott or a veto; "supports" before).
        ("Doe is seeking a ban on the practice.", "Doe", (), "opposes"),
        # Support gathered for oneself is no side given.
        ("Doe had trouble rounding up conservative support.", "Doe", (), None),
        ("Doe moved quickly to generate support.", "Doe", (), None),
        ("Doe expressed support for the plan.", "Doe", (), "supports"),
    ],
)  # fmt: skip
def test_words_that_look_like_sides(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    """Session 7, from rule readings of free BASIL events (no gold) judged by hand."""
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # Names joined by "and" into one subject share its side.
        ("Senators John Doe and Jane Roe urged the governor to veto the bill.", "John Doe",
         ("Jane Roe", "governor"), "opposes"),
        ("Senators John Doe and Jane Roe urged the governor to veto the bill.", "Jane Roe",
         ("John Doe", "governor"), "opposes"),
        ("Poe, Roe, and Lind called on Weber to step aside.", "Roe",
         ("Poe", "Lind", "Weber"), "supports"),
        ("Poe, Roe, and Lind called on Weber to step aside.", "Poe",
         ("Roe", "Lind", "Weber"), "supports"),
        # Not names in a list of objects, nor one that is only in apposition.
        ("Doe praised Roe and Poe for their votes.", "Roe", ("Doe", "Poe"), None),
        ("Roe, Doe opposed the bill.", "Roe", ("Doe",), None),
        ("In Dover, Roe and Weber opposed the bill.", "Roe",
         ("Dover", "Weber"), "opposes"),
        # A group joined to the actor, its members listed: they share its verb (session 49).
        ("Acme Corp. and major firms including Orbis Bank, Dover Mills and Fenwick opposed the "
         "harbour levy.", "Acme Corp.", ("Orbis Bank", "Dover Mills", "Fenwick"), "opposes"),
        ("Acme Corp. and groups such as the Dover League backed the levy.", "Acme Corp.",
         ("Dover League",), "supports"),
        # Not a member named after a verb of the actor's own.
        ("Acme Corp. praised firms including Orbis Bank, which opposed the levy.", "Acme Corp.",
         ("Orbis Bank",), None),
        # The clause break after the act asked is found where the title words were cut.
        ("Doe urged Senate Majority Leader Harry Reid to act quickly but critics opposed the bill.",
         "Doe", ("Harry Reid", "critics"), None),
    ],
)  # fmt: skip
def test_joined_subjects(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    """Session 7, from BASIL tuning events' gold holders with no evidence (event 61, 88)."""
    assert stance(text, actor, others) == expected


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # A body's relative clause is its own act.
        ("The governor faced pressure from employers, including Acme, which opposed the measure.",
         "Acme", ("governor",), "opposes"),
        # Not a "which" about the noun a phrase holds the name in.
        ("Spain opposes setting up an office in France, which was proposed last month.", "France",
         ("Spain",), None),
        # Reintroducing a measure backs it.
        ("Doe, Democrat of Ohio, will reintroduce a measure on fishing permits.", "Doe", (),
         "supports"),
        # Joined names with party tags and titles between them.
        ("Speaker Ada Lind (D-Ohio) and Senate Minority Leader Otto Roe (D-Iowa) "
         "rejected the offer.", "Otto Roe", ("Ada Lind",), "opposes"),
        ("Speaker Ada Lind (D-Ohio) and Senate Minority Leader Otto Roe (D-Iowa) "
         "rejected the offer.", "Ada Lind", ("Otto Roe",), "opposes"),
    ],
)  # fmt: skip
def test_bodies_and_titled_lists(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    """Session 7, from BASIL tuning events' gold holders with no evidence (events 65, 75, 91)."""
    assert stance(text, actor, others) == expected


def test_a_condition_in_one_sentence_of_a_quotation_leaves_the_others_read() -> None:
    quote = (
        "He will hand back what he seized only if we build him a useless tower. This is a bad deal."
    )
    text = f"Doe tweeted: \u201c{quote}\u201d"
    assert stance(text, "Doe", (), (quote,)) == "opposes"
    conditional = "If they pay for it, this is a good deal."
    assert stance(f"Doe said: \u201c{conditional}\u201d", "Doe", (), (conditional,)) is None


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # Calling for another to act: the act asked says the side.
        ("Prominent Republicans are calling for Gov. Jan Doe to veto the bill.",
         "Prominent Republicans", ("Jan Doe",), "opposes"),
        # A wish whose object is no measure: no side by rule since session 10.
        ("Doe is calling for new limits on the sale of rifles.", "Doe", (), None),
        # Others' guess at what the actor will do is no act of hers.
        ("Reporters traded rumors that Doe will veto the bill.", "Doe", (), None),
        ("Doe said that she will veto the bill.", "Doe", (), "opposes"),
    ],
)  # fmt: skip
def test_acts_asked_and_guessed(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    """Session 7, from BASIL tuning event 88 (a sentence split at "Ariz." before)."""
    assert stance(text, actor, others) == expected


def test_a_need_in_ones_own_words_is_still_a_side() -> None:
    quote = "We need to block this bill."
    assert stance(f"Doe said: \u201c{quote}\u201d", "Doe", (), (quote,)) == "opposes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Complaints, fuming, protests and anger at something are opposition ...
        ("Acme, which complained that the toll was unfair, hired a lobbyist.", "opposes"),
        ("Doe fumed over the toll on Friday.", "opposes"),
        ("Doe protested the toll at a rally.", "opposes"),
        ("Doe was furious about the toll.", "opposes"),
        # ... but not a complaint of an illness or about anything, a protest as a noun, or a
        # feeling with no object.
        ("Doe complained of chest pains on Friday.", None),
        ("Doe complained about his microphone after the debate.", None),
        ("Doe joined a protest on Friday.", None),
        ("Doe was furious.", None),
    ],
)  # fmt: skip
def test_complaints_and_anger_are_opposition(text: str, expected: str | None) -> None:
    """Session 9, words of opposition the lexicon lacked (tuning event 65)."""
    assert stance(text, "Acme" if text.startswith("Acme") else "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What follows a verb of saying is the speaker's words: another's support named there is
        # no act of the speaker's ...
        ("Doe asserted the charges were unfair because of Roe\u2019s early support of the toll.",
         None),
        ("Doe insisted the panel had fresh questions the witness refused to answer last year.",
         None),
        # ... but a judgment of the issue there, or the speaker's own side, is.
        ("Doe insisted the toll was a bad deal.", "opposes"),
        ("Doe insisted that he opposes the toll.", "opposes"),
    ],
)  # fmt: skip
def test_asserting_and_insisting_are_verbs_of_saying(text: str, expected: str | None) -> None:
    """Session 9, from the one disagreement shown on the held-out events (read, as the issue
    asks of every shown disagreement): "asserted" was read as an act, so another's support
    named in the claim became the speaker's."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Support, backing or endorsements the actor receives: no side it takes.
        ("Doe has support from 52 percent of primary voters.", None),
        ("Doe has a strong ground game and support from all major Democrats.", None),
        ("Doe has strong support among young voters.", None),
        ("Doe won the caucuses that year with evangelical support.", None),
        ("Doe picked up an endorsement from a onetime rival.", None),
        ("Doe has rung up major endorsements from party leaders.", None),
        ("Doe secured the endorsement of the union.", None),
        ("Doe has earned the support of four in ten voters.", None),
        ("Doe picks up his first congressional endorsements.", None),
        ("Doe still maintains an overwhelming lead in congressional endorsements.", None),
        # Support taken back is no side read by these words.
        ("Acme and Orbis have reduced their financial support for the convention.", None),
        # A stance word in another sense: an advantage, a part played.
        ("Doe has two advantages working in his favor.", None),
        ("Doe has won eight contests, but the next ones do not work in Doe's favor.", None),
        ("Doe has played a supporting role in the scandal.", None),
        # Criticism the actor endures or sparks is someone else's.
        ("Doe has endured criticism for telling voters to stay.", None),
        ("Doe sparked opposition to the plan.", None),
        # The actor's own support, given: still read.
        ("Doe lends his support to the bill.", "supports"),
        ("Doe voiced support for the plan.", "supports"),
        ("Doe withdrew his support for the bill.", "opposes"),
        ("Doe is in favor of the plan.", "supports"),
        ("Doe is supporting the bill.", "supports"),
        ("Doe endorsed the bill.", "supports"),
    ],
)  # fmt: skip
def test_support_received_is_no_side(text: str, expected: str | None) -> None:
    """Session 18, from rule readings of PolNeAR train (no stance gold; a sample of 160 judged
    by hand): the actor at the receiving end of support, or a stance word in another sense."""
    assert stance(text, "Acme" if text.startswith("Acme") else "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cannot" negates as "not" does.
        ("Doe declared that he cannot currently support the bill.", "opposes"),
        # Support denied to no one in particular, or not given yet: no side.
        ("Doe has not endorsed a candidate.", None),
        ("Doe is not backing any particular candidate.", None),
        ("Doe hasn't yet endorsed the bill.", None),
        ("Doe has not endorsed the bill.", "opposes"),
        # Reluctance is no side taken.
        ("Doe, who was reluctant to endorse the bill, spoke.", None),
        ("Doe was reluctant to back the plan.", None),
        # A good turn is no side.
        ("Doe will return the favor to the board.", None),
        # A participle of a compound adjective: the compound names the backer.
        ("Doe is facing a challenge from a tea-party backed candidate.", None),
        ("Doe is facing a challenge from rebels, Acme-backed fighters.", None),
        ("Doe backed the bill.", "supports"),
        # A relative clause after a comma about the noun the verb governs: that noun's doing.
        ("Doe is targeting rural voters, who have typically backed the plan, as she campaigns.",
         None),
        ("Doe, who has typically backed the plan, is targeting rural voters.", "supports"),
        ("Doe signed the bill, which bans the practice.", "supports"),
        # Also when another relative clause, without a comma, comes after it.
        ("Doe is targeting rural voters, who have backed the plan, and a mayor who ran.", None),
    ],
)  # fmt: skip
def test_negations_and_other_nouns_doings(text: str, expected: str | None) -> None:
    """Session 18, from rule readings of PolNeAR train (no stance gold; a second sample of 130
    judged by hand)."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # Expected to win, or well thought of: no side taken.
        ("Doe is strongly favored to keep the seat.", "Doe", None),
        ("Doe is viewed favorably by half of the voters.", "Doe", None),
        ("Doe favored the plan.", "Doe", "supports"),
        # Support the actor counts on holding is its voters', not its own.
        ("Doe can't count on holding onto that support.", "Doe", None),
        # What others call a measure is no side of the body that passes it.
        ("The Ohio Senate passes bill criticized as unfair.", "The Ohio Senate", None),
        # Declining or refusing to back is opposition; refusing to disown is none.
        ("Doe declined to endorse the bill.", "Doe", "opposes"),
        ("Doe refused to support the bill.", "Doe", "opposes"),
        ("Doe refuses to disavow the endorsement.", "Doe", None),
        ("Doe refused to condemn the bill.", "Doe", None),
        # A possessive leads its clause only through a body or person acting for it.
        ("Doe's Border plan leaves everyone unhappy.", "Doe", None),
        ("Doe's Cape Town office will welcome the plan.", "Doe", None),
        ("Doe's foreign ministry opposed the plan.", "Doe", "opposes"),
        ("Doe's Foreign Ministry opposed the plan.", "Doe", "opposes"),
    ],
)  # fmt: skip
def test_favoured_refused_and_possessed(text: str, actor: str, expected: str | None) -> None:
    """Session 18, from a third sample of 110 rule readings of PolNeAR train judged by hand."""
    assert stance(text, actor, ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural noun right before the stance word is its subject: theirs, not the actor's.
        ("Doe was just as popular in May, when rural voters were backing the plan, as now.",
         None),
        ("Doe has been badly outspent by his rival and groups supporting the plan.", None),
        ("Doe opposed the plan, which critics of tariffs have embraced.", "opposes"),
        # Not a noun joined to the actor, one a preposition governs, a singular noun, nor part
        # of a compound.
        ("Doe and his allies have criticized the plan.", "opposes"),
        ("Doe submitted briefs in the case supporting the plan.", "supports"),
        ("Doe, a critic of tariffs, has embraced the plan.", "supports"),
        ("Doe approved a resolution condemning the plan.", "opposes"),
        ("Doe, whose grass-roots campaigns against the plan galvanized voters, died.",
         "opposes"),
    ],
)  # fmt: skip
def test_a_plural_nouns_side_is_its_own(text: str, expected: str | None) -> None:
    """Session 18, from a sample of 100 rule readings of PolNeAR train judged by hand (readings
    whose stance word stood seven or more words after the actor were right 16 of 31 times; many
    of the wrong ones had another subject)."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe avoids condemning the plan.", None),
        ("Doe and other members protested the plan.", "opposes"),
        ("Doe has expressed concern, arguing that the region does not welcome the plan.",
         "opposes"),
        ("Doe filed briefs supporting the plan.", "supports"),
    ],
)  # fmt: skip
def test_verbs_in_s_and_avoiding(text: str, expected: str | None) -> None:
    """Session 18: a verb in -s is no plural subject ("does not welcome"), a noun joined to the
    actor by "and" shares its side, and avoiding a stance is none (PolNeAR dev's golden)."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lawsuit claims that Doe favors men over women in pay.", None),
        ("Roe repeated the debunked claim that Doe opposed the invasion.", None),
        ("Roe made allegations that Doe backed the plan.", None),
        ("Roe said on Friday that Doe backed the plan.", "supports"),
    ],
)  # fmt: skip
def test_a_claim_about_the_actor_is_no_act_of_its(text: str, expected: str | None) -> None:
    """Session 18, from a free BASIL event (80, no gold): a lawsuit's claim was read as the
    company's own side; on PolNeAR train the change removes four more such readings."""
    assert stance(text, "Doe", ("Roe",)) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("The tea party people I know who support him know that he has changed.", None),
        ("The voters I met that back the plan are few.", None),
        ("I know we support the plan.", "supports"),
        ("I strongly support the plan.", "supports"),
    ],
)  # fmt: skip
def test_a_relative_clause_in_a_quotation_is_not_the_speakers(
    quote: str, expected: str | None
) -> None:
    """Session 18, from a PolNeAR train reading judged by hand: a stance word in a relative
    clause after "I know" is the people's, not the speaker's."""
    assert stance("Doe said so.", "Doe", spoken=(quote,)) == expected


def test_a_question_cut_by_a_clause_break_is_no_side() -> None:
    """Session 18, from a PolNeAR train reading judged by hand: the question mark stood past a
    clause break ("but"), so the clause up to it read as a side."""
    text = "Does Doe oppose the plan but favor exceptions, such as when a court rules?"
    assert stance(text, "Doe", ()) is None
    assert stance("Doe opposes the plan but favors exceptions.", "Doe", ()) == "opposes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Declining to speak: no side, as "declined to comment".
        ("Doe refused to discuss the plan.", "neutral"),
        ("Doe, the mayor, declined to speculate on the vote.", "neutral"),
        ("Doe had a tense run-in with a reporter, when he refused to discuss the plan.", None),
        ("Doe refused to speak to reporters as she left.", "neutral"),
        # Support drummed up is sought for oneself, no side.
        ("Doe went home to drum up support for a bid.", None),
        # Refusing an act still opposes it; a "talk" of another's is no refusal of one's own.
        ("Doe refused to sign the plan.", "opposes"),
        ("Doe did not speak at the rally.", None),
    ],
)  # fmt: skip
def test_refusing_to_speak_is_no_side(text: str, expected: str | None) -> None:
    """Session 19, from PolNeAR train rule readings of "refused to <verb>" judged by hand (of 31,
    four were refusals to speak, answer, discuss or speculate, read as opposition; one reading
    that took the place of one of them came from "drum up support")."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People the actor's name only describes: their clause, not the actor's.
        ("Among Doe voters, most said they are set on voting for the plan.", None),
        ("A Doe supporter said she backs the plan.", None),
        ("Doe said she backs the plan.", "supports"),
        # "Advocate" in a name.
        ("Doe wears a suit in a show he calls Consumer Advocate TV.", None),
        ("Doe is a longtime advocate for the plan.", "supports"),
        ("Doe, an advocate of the plan, spoke.", "supports"),
        ("Doe, the gun control advocate who ran, spoke.", "supports"),
    ],
)  # fmt: skip
def test_words_about_others_near_the_actor(text: str, expected: str | None) -> None:
    """Session 19, from a sample of 160 PolNeAR train rule readings judged by hand (those whose
    stance word stands seven or more words after the actor: 50, 18 plainly wrong)."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "back" as an adverb: "was back", "bounce back", "takes back"; the verb still reads.
        ("The real Doe was back.", None),
        ("Doe is poised to bounce back after his loss.", None),
        ("Unity doesn't mean Doe takes back everything he said.", None),
        ("Doe is backing the plan.", "supports"),
        ("Doe will back the plan.", "supports"),
        # Support lost or moving in polls is received, not given.
        ("Doe is bleeding support and staff.", None),
        ("Doe, whose support cratered in two weeks, drew a contrast.", None),
        ("Doe, whose support for the plan is firm, spoke.", "supports"),
        # Criticism answered is received.
        ("Doe has responded to criticism on the plan by pointing to the record.", None),
        ("Doe has criticized the plan.", "opposes"),
        # The actor itself as the object; those a participle is about.
        ("Doe defends himself against claims he exaggerated.", None),
        ("Doe defends the plan.", "supports"),
        ("Doe called those advocating for more intervention fools.", None),
        ("Doe has been advocating for the plan.", "supports"),
        ("Doe was among those supporting the plan.", "supports"),
        ("Doe saw his support collapse after the debate.", None),
        ("Doe used to support fellow senator Roe.", "supports"),
        # Endorsers named after the actor are theirs.
        ("Some Doe endorsers have their own ideas for attacking the plan.", None),
    ],
)  # fmt: skip
def test_adverbs_received_support_and_other_objects(text: str, expected: str | None) -> None:
    """Session 19, from the same sample of 160 PolNeAR train rule readings, those whose stance
    word stands within six words of the actor (110, about 15 plainly wrong)."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Other people as the subject: theirs, unless the actor is one of them or joined to them.
        ("Doe said he thinks many back the plan.", None),
        ("Doe and many others backed the plan.", "supports"),
        ("Doe was among those supporting the plan.", "supports"),
        # A headline's capitals; no one in particular; "welcome" as a noun.
        ("Doe Defends Himself Against Claims.", None),
        ("Doe, a leader free to support anyone, spoke.", None),
        ("Doe seemed to overstay his welcome.", None),
        ("Doe got a warm welcome.", None),
        ("Doe welcomed the plan.", "supports"),
        # "back" with nothing after it; "may" as a modal, not the month.
        ("\u201cI want my dues back,\u201d wrote Doe.", None),
        ("Doe may be willing to back the plan.", None),
        ("Doe in May backed the plan.", "supports"),
    ],
)  # fmt: skip
def test_others_no_one_and_nouns(text: str, expected: str | None) -> None:
    """Session 19, from a second sample of 170 PolNeAR train rule readings judged by hand."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another's warning or charge about the actor is theirs.
        ("Roe, speaking at a rally, warned that Doe opposes the plan.", None),
        ("Roe charged that Doe supports the plan.", None),
        ("Roe said that Doe opposes the plan.", "opposes"),
        # "slam-dunk" is no slam; criticism dealt with is received.
        ("Doe faced a slam-dunk indictment.", None),
        ("Doe slammed the plan.", "opposes"),
        ("Doe has dealt with criticism of his own leadership.", None),
        ("Doe sought to deal with the debt by supporting a tax.", "supports"),
        ("Doe responded to growing criticism by pointing to the record.", None),
    ],
)  # fmt: skip
def test_warnings_compounds_and_criticism_dealt_with(text: str, expected: str | None) -> None:
    """Session 19, from the second sample of PolNeAR train rule readings judged by hand."""
    assert stance(text, "Doe", ("Roe",)) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A mistake made, or a mistake of thinking, judges no measure; a measure judged still does.
        ("Oh, he's going to make a mistake.", None),
        ("The office made a \u201cmistake\u201d in the check.", None),
        ("It is a mistake to assume polls matter.", None),
        ("The risks of a policy mistake are real.", None),
        ("It was a big mistake to invade.", "opposes"),
        # An error judged, not a vendor's; "on the table" as a thing's place.
        ("It was the vendor error.", None),
        ("That deal was an error.", "opposes"),
        ("Watch a fetus on the table.", None),
        ("Everything is on the table.", "supports"),
        ("An office is still \u201con the table.\u201d", "supports"),
    ],
)  # fmt: skip
def test_judging_words_in_other_senses(quote: str, expected: str | None) -> None:
    """Session 19, from a third sample of 170 PolNeAR train rule readings judged by hand."""
    assert stance("Doe said so.", "Doe", spoken=(quote,)) == expected


def test_an_endorsement_to_be_made_names_no_one() -> None:
    """Session 19, from the same sample: "says he will make an endorsement in the race"."""
    assert stance("Doe says he will make an endorsement in the race soon.", "Doe", ()) is None
    assert stance("Doe made an endorsement of the plan.", "Doe", ()) == "supports"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nouns and adjectives of stance words, no side.
        ("Doe has faced questions about investing in polling, opposition research and data.",
         None),
        ("Doe called it a sign of an opposing campaign in disarray.", None),
        ("Doe is looking forward to an exceptionally welcoming scene.", None),
        ("Polls show him leading Doe as her favorables sink.", None),
        ("Doe is opposing the plan.", "opposes"),
        ("Doe sent a letter opposing the plan.", "opposes"),
        ("Doe voiced opposition to the plan.", "opposes"),
        # Nothing endorsed, or no object at all; the main clause after a short relative clause.
        ("The Doe campaign has endorsed none of this.", None),
        ("Doe, who hadn't endorsed during the primaries, decided to back the plan.", "supports"),
        ("Doe has not endorsed the plan.", "opposes"),
        ("Doe has indicated that the plan is something he cannot support.", "opposes"),
        # Support captured, thanked for or taken advantage of is received.
        ("Doe captured the support of voters.", None),
        ("Doe is thanking voters for their support.", None),
        ("Doe could take advantage of late-coming support.", None),
        # The actor's reports showing others' doings.
        ("Doe reports show that groups have spent $1 million supporting him.", None),
    ],
)  # fmt: skip
def test_nouns_adjectives_and_findings(text: str, expected: str | None) -> None:
    """Session 19, from the third sample of PolNeAR train rule readings (its clause readings)."""
    assert stance(text, "Doe", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe has shown an inclination to dial back the temperature.", None),
        ("Doe was primed to replace the committee representing the Syrian opposition.", None),
        ("Doe voiced strong opposition to the plan.", "opposes"),
        ("Doe came out in opposition on Tuesday.", "opposes"),
        ("Doe hopes others do not make the same mistake this time.", None),
        ("Doe said the party had made a grave mistake striking the deal.", "opposes"),
        ("Doe is not sure she can vote for the plan.", None),
    ],
)  # fmt: skip
def test_dialled_back_the_opposition_a_mistake_made_and_unsure(
    text: str, expected: str | None
) -> None:
    """Session 19, from a fourth sample of 170 PolNeAR train rule readings (those whose stance
    word stands seven or more words after the actor: 48, 12 plainly wrong)."""
    assert stance(text, "Doe", ()) == expected
