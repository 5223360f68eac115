"""Issue 17, session 44: an actor that denies, disputes or dismisses an allegation, a report or
a claim opposes it ("Acme vigorously denied the Harbour Gazette report"), as the event gold
frames such issues (supports: the report holds; opposes: it is false). A denial of anything else
("denied that a change of the law was needed", "denied services") shows no side by rule; one
that dismisses a plan or an idea opposes it, but not a critique (its target's defence). Made-up
sentences."""

from __future__ import annotations

import pytest

from tests.test_stance_moves import _stance


@pytest.mark.parametrize(
    ("text", "actor", "spoken", "expected"),
    [
        ("Acme vigorously denied the Harbour Gazette report.", "Acme", (), "opposes"),
        ("Ada Lind emphatically denied the allegations on Monday.", "Ada Lind", (), "opposes"),
        ("Ada Lind has denied any wrongdoing.", "Ada Lind", (), "opposes"),
        (
            "The mayor's office disputed the article in a statement.",
            "mayor's office",
            (),
            "opposes",
        ),
        ("Otto Roe disputes the claims of the Harbour Gazette.", "Otto Roe", (), "opposes"),
        (
            "“We deny these false accusations,” Pike said.",
            "Pike",
            ("We deny these false accusations",),
            "opposes",
        ),
        ("Felipe Roe has also dismissed Pike's idea.", "Felipe Roe", (), "opposes"),
        ("Ada Lind dismissed the plan as a gimmick.", "Ada Lind", (), "opposes"),
        # Denials of anything else: no side by rule.
        (
            "Ada Lind denied that a change of the law would be needed.",
            "Ada Lind",
            (),
            None,
        ),
        ("Acme can deny services to some customers.", "Acme", (), None),
        # A claim "that …": what it says decides its side, and no rule reads it.
        ("Otto Roe disputes claims that the levy was rushed.", "Otto Roe", (), None),
        ("Otto Roe disputed the figures.", "Otto Roe", (), None),
        # A critique dismissed defends its target: no side by rule.
        ("Ada Lind dismissed the bishops' critique.", "Ada Lind", (), None),
        ("Ada Lind dismissed the idea that the levy was rushed.", "Ada Lind", (), None),
        # A denial denied is no side.
        ("Ada Lind did not deny the report.", "Ada Lind", (), None),
    ],
)
def test_a_denied_allegation_is_opposed(
    text: str, actor: str, spoken: tuple[str, ...], expected: str | None
) -> None:
    assert _stance(text, actor, spoken=spoken) == expected


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        ("Robert Roe's office disputed the article in a statement.", "Robert Roe", "opposes"),
        ("Special counsel Robert Roe's team disputed the Harbour report.", "Robert Roe", "opposes"),
        ("Otto Pike's lawyers denied the allegations.", "Otto Pike", "opposes"),
        ("Otto Pike's aides opposed the levy.", "Otto Pike", "opposes"),
        # Those the name only describes act for themselves; and a campaign may be an effort
        # ("Roe's campaign to cut the levy has been fueled by the enthusiasm of …").
        ("Otto Pike's campaign opposes the levy.", "Otto Pike", None),
        ("Otto Pike's voters opposed the levy.", "Otto Pike", None),
        ("Otto Pike's critics opposed the levy.", "Otto Pike", None),
        ("Otto Pike's rivals opposed the levy.", "Otto Pike", None),
    ],
)
def test_those_who_act_for_an_actor_show_its_side(
    text: str, actor: str, expected: str | None
) -> None:
    """Its office, team, lawyers and aides act for it (roles.tsv "acts_for"), in the
    plural as in the singular ("Roe's aides opposed": not other subjects of the verb)."""
    assert _stance(text, actor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lind would neither confirm nor deny the report.",
        "Ada Lind, a spokeswoman for the office, could neither confirm nor deny the report.",
        "Ada Lind declined to confirm or deny the report.",
        "Ada Lind would not say what she thinks of the levy.",
        "Ada Lind, who does not comment on her clients for privacy reasons, has declined to say "
        "whether the account was hacked.",
        "Ada Lind has declined to comment.",
    ],
)
def test_neither_confirming_nor_denying_takes_no_side(text: str) -> None:
    assert _stance(text, "Ada Lind") == "neutral"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Lind is deeply concerned about the new law.", "opposes"),
        ("Ada Lind said she was concerned with the proposal.", "opposes"),
        # A concern about something else, or none.
        ("Ada Lind is concerned about the bill's prospects.", None),
        ("Ada Lind was not concerned about the plan.", None),
        ("Ada Lind is concerned about voters.", None),
    ],
)
def test_a_concern_about_a_measure_opposes_it(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Lind") == expected


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # A relative clause about a thing the clause names: its doing, not the actor's.
        (
            "The Roe campaign attributed her narrow win to the states' overwhelmingly white "
            "electorates, which favor Pike.",
            ("Pike",),
            None,
        ),
        # But "which" with a pronoun: the actor's own act on that thing.
        (
            "Roe campaign officials made no effort to introduce a carbon tax, which they favor "
            "but cannot pass.",
            (),
            "supports",
        ),
    ],
)
def test_which_after_an_object_is_about_it(
    text: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert _stance(text, "Roe campaign", others) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Criticism or support met with, not given (rule audit s44-1).
        (
            "Former speaker Otto Pike noted that both Mayor Roe and Ada Lind have survived "
            "criticism over lifting the words of others.",
            None,
        ),
        ("Ada Lind also addressed criticism the network has received over its coverage.", None),
        ("Ada Lind faced heavy criticism over the plan.", None),
        ("Ada Lind has received support from unions.", None),
        # Given: hers.
        ("Ada Lind criticized the plan.", "opposes"),
        ("Ada Lind voiced her support for the plan.", "supports"),
    ],
)
def test_criticism_met_with_is_not_the_actors(text: str, expected: str | None) -> None:
    assert _stance(text, "Ada Lind") == expected


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        # "reasonable" of a suspicion judges no measure (rule audit s44-1); of a prosecutor
        # it may ("no reasonable prosecutor would bring such a case").
        ("No reasonable prosecutor would bring such a case", "opposes"),
        ("It created at least a reasonable suspicion that access was undermined", None),
        ("The plan is reasonable", "supports"),
    ],
)
def test_reasonable_judges_only_a_measure(spoken: str, expected: str | None) -> None:
    text = f"“{spoken},” Ada Lind said."
    assert _stance(text, "Ada Lind", spoken=(spoken,)) == expected
