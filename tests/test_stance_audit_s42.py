"""Issue 17, session 42: kinds of false rule readings found by judging three more random
samples of the rules' readings on PolNeAR train by hand (`bench/rule_audit.py`; s42-1 and s42-2,
then five kinds from s42-3, judged at the session's end): a side whose restatement is withheld
("declined to affirm his support": not opposition) or a refusal to say ("refused to say that
Roe was up to the job"), the actor at the receiving end of another's criticism ("struggled with
his criticism") or side ("they wouldn't back him", "more voters view him unfavorably than
support him"), words a speaker quotes inside a quotation (others' words: "people who say, 'I'll
vote for her'"), a share of a group ("47 percent of Cuban Americans"), a right to act
("reserved the right to reject"), support welcomed from others ("welcomed support from the Tea
Party"), a quotation opened after a comma read as the clause's own verbs ("emphasized, “Radical
Islam advocates hate …”"), and sympathy ("our support goes out to the victims": no side); from
s42-3, a relative clause whose subject is another ("Clinton, who he's supporting"), support of
"anyone but" one (against that one), a private contract ("did not sign a nondisclosure
agreement"), a manner adopted ("planned to adopt a more presidential tone") and guests welcomed
("welcomed world leaders to the White House"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The saying of a side withheld: no side either way.
        ("Otto Roe declined to affirm his support for the harbour levy.", None),
        ("Otto Roe refused to reaffirm his support for the harbour levy.", None),
        ("Otto Roe did not repeat his backing of the harbour levy.", None),
        ("Otto Roe has not reiterated his opposition to the harbour levy.", None),
        ("Otto Roe refused to confirm the harbour levy report.", None),
        ("Otto Roe refused to say in an interview that Ada Lind was up to the job.", None),
        ("Otto Roe refused to say whether he backs the harbour levy.", "neutral"),
        # Support welcomed from others is theirs.
        ("Otto Roe, who has welcomed support from the Harbour League, stands firm.", None),
        ("Otto Roe welcomed the harbour levy.", "supports"),
        # A right to act is no act.
        ("Otto Roe reserved the right to reject any bid for the harbour.", None),
        ("Otto Roe reserves the legal right to block the harbour levy.", None),
        # The side itself withheld or denied reads as before.
        ("Otto Roe refused to back the harbour levy.", "opposes"),
        ("Otto Roe does not support the harbour levy.", "opposes"),
        ("Otto Roe reaffirmed his support for the harbour levy.", "supports"),
        # Another's criticism the actor struggles with is not the actor's.
        ("Otto Roe had struggled with her harsh criticism of his plans.", None),
        ("Otto Roe struggled with criticism of the harbour levy.", None),
        ("Otto Roe struggled to support the harbour levy.", "supports"),
        # Sympathy is no side.
        ("Otto Roe said his support goes out to the families of the victims.", None),
        # Others' side, the actor its object.
        ("Otto Roe told his audience they wouldn't back him without their money.", None),
        ("Otto Roe told donors that they should endorse her.", None),
        ("More voters view Otto Roe unfavorably than support him.", None),
        # A quotation after a comma is read as the speaker's words, not as the clause's verb.
        ("Otto Roe emphasized, \u201cRadical Acme advocates hate for everyone.\u201d", None),
        ("Otto Roe wrote, \u201cOur support goes out to the victims.\u201d", None),
        ("Otto Roe wrote, \u201cthe plan is sound,\u201d and voted against the levy.", "opposes"),
        ("Otto Roe voiced his support for the harbour levy.", "supports"),
    ],
)
def test_a_withheld_restatement_a_receiving_end_and_sympathy_take_no_side(
    text: str, expected: str | None
) -> None:
    assert _stance(text, "Otto Roe") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With 47 percent of Harbour Democrats saying they will support the levy, it passed.",
            None,
        ),
        ("Some 47% of Harbour Democrats support the harbour levy.", None),
        ("Harbour Democrats support the harbour levy.", "supports"),
    ],
)
def test_a_share_of_a_group_is_not_the_group(text: str, expected: str | None) -> None:
    assert _stance(text, "Harbour Democrats") == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # The speaker quotes others inside the quotation: their words, not the speaker's.
        (
            "What scares us is people who say, \u2018I like Ada Lind, I\u2019ll back her.\u2019",
            None,
        ),
        ("What scares us is people who say, 'I like Ada Lind, I'll vote for her.'", None),
        ("They told me, \u2018We oppose the harbour levy.\u2019 I do not know why.", None),
        ("What scares us is people who say, \u2018I like Ada Lind, I\u2019ll back her.", None),
        # Sympathy is no side.
        ("Our deepest sympathy and support go out to the victims and their families.", None),
        # An apostrophe opens no quotation: the speaker's own words still read.
        ("The voters' choice is clear, and we support the harbour levy.", "supports"),
        ("I\u2019ll vote for her, and I\u2019m proud to support Ada Lind.", "supports"),
        ("The \u2018reform\u2019 is a sham, and we oppose the harbour levy.", "opposes"),
    ],
)
def test_words_quoted_inside_a_quotation_are_others(quote: str, expected: str | None) -> None:
    assert _stance(f"\u201c{quote}\u201d said Otto Roe.", "Otto Roe", spoken=(quote,)) == expected


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # A relative clause whose subject is another: the actor its object.
        ("Bo Lind said he is with Ada Pike, who he's supporting in the primary.", "Ada Pike", None),
        ("Ada Pike, whom they back, rejected the harbour levy.", "Ada Pike", "opposes"),
        ("Ada Pike, who has backed the harbour levy, spoke.", "Ada Pike", "supports"),
        # Support of anyone but one is against that one.
        ("Bo Lind is voting for anyone but Ada Pike.", "Bo Lind", "opposes"),
        ("Bo Lind will support anybody except Ada Pike.", "Bo Lind", "opposes"),
        ("Bo Lind is voting for Ada Pike.", "Bo Lind", "supports"),
        # A manner adopted, guests welcomed: no side.
        ("Bo Lind told aides he planned to adopt a more presidential tone.", "Bo Lind", None),
        ("Bo Lind planned to adopt the harbour levy.", "Bo Lind", "supports"),
        ("Bo Lind welcomed world leaders to the town hall for a dinner.", "Bo Lind", None),
        ("Bo Lind welcomed refugees to the town.", "Bo Lind", "supports"),
        # A private contract signed or not is no side.
        ("Bo Lind said he did not sign a nondisclosure agreement with Ada Pike.", "Bo Lind", None),
        ("Bo Lind did not sign the harbour levy bill.", "Bo Lind", "opposes"),
    ],
)
def test_an_object_relative_anyone_but_and_a_private_contract(
    text: str, actor: str, expected: str | None
) -> None:
    others = tuple(name for name in ("Ada Pike", "Bo Lind") if name != actor and name in text)
    assert _stance(text, actor, others=others) == expected
