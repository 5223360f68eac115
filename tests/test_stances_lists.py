"""Two general constructions that hide holders (session 9, from the misses of BASIL tuning events
56..98; the sentences here are made up): members listed after a group that acts share its act
and side ("major retailers like A, B and C all wrote …", "the heads of six firms, including A and
B, sent …", "Representatives A of Ohio and B of Texas urged …"), and a noun of stance in
apposition or as the predicate says the side of whom it describes ("Senator A, a staunch opponent
of the plan", "A is a vocal supporter of the bill", "critics of the plan, including A"), when its
object is the issue. A member takes a side only where the group's clause has a stance word the
rules read."""

from __future__ import annotations

import pytest

from tests.test_stance import stance
from tests.test_stances_objects import positions


@pytest.mark.parametrize(
    ("text", "actor", "others", "expected"),
    [
        # Members listed after a group that acts share its side.
        ("Major retailers like Fenwick, Acme Stores and Bluebird Foods all wrote to the "
         "mayor and voiced their opposition to the levy.", "Bluebird Foods",
         ("Fenwick", "Acme Stores"), "opposes"),
        ("Major retailers like Fenwick, Acme Stores and Bluebird Foods all wrote to the "
         "mayor and voiced their opposition to the levy.", "Fenwick",
         ("Acme Stores", "Bluebird Foods"), "opposes"),
        ("On Tuesday, the heads of six Dover firms, including Castlegate and Orbis, sent a "
         "letter to the governor opposing the levy.", "Castlegate", ("Orbis",), "opposes"),
        ("Tenant groups such as Fairhome urged the council to reject the levy.", "Fairhome", (),
         "opposes"),
        ("Tenant groups such as Fairhome started urging tenants to sign up for marches.",
         "Fairhome", (), None),  # signing up for rallies is no signing of a measure
        # A group that lists its members: its words follow the list.
        ("Republicans, including Senator Ann Pike and Senator Tom Hale, criticized the levy.",
         "Republicans", ("Senator Ann Pike", "Senator Tom Hale"), "opposes"),
        ("Republicans, including Senator Ann Pike and Senator Tom Hale, criticized the levy.",
         "Senator Tom Hale", ("Republicans", "Senator Ann Pike"), "opposes"),
        # Names with their places, joined: one subject.
        ("Representatives Tom Hale of Ohio and Ann Pike of Texas urged the council to repeal "
         "the levy.", "Ann Pike", ("Tom Hale",), "opposes"),
        # No stance word in the group's clause, or the list is no subject: no side.
        ("Companies including Castlegate and Orbis reported higher profits.", "Orbis",
         ("Castlegate",), None),
        ("The mayor urged companies like Castlegate and Orbis to back the levy.", "Orbis",
         ("The mayor", "Castlegate"), None),
        ("The levy hurt firms such as Castlegate and Orbis, the report said.", "Orbis",
         ("Castlegate",), None),
        # A noun of stance in apposition or as the predicate.
        ("Paul Kerr, a longtime critic of the plan, said the council had rushed.", "Paul Kerr",
         (), "opposes"),
        ("The group met at the home of Senator Mark Dunn, Republican of Ohio and a longtime "
         "opponent of the plan, on Monday.", "Senator Mark Dunn", (), "opposes"),
        ("Ruth Lane is a vocal supporter of the bill.", "Ruth Lane", (), "supports"),
        ("Ruth Lane has long been a champion of the measure.", "Ruth Lane", (), "supports"),
        ("Roe is arguably the county\u2019s fiercest opponent of the levy.", "Roe", (), "opposes"),
        ("Kerr, the sponsor of the bill, spoke first.", "Kerr", (), "supports"),
        # The clause's own act comes first.
        ("Senators Tom Hale and Ann Pike, two of the strongest critics of the plan, offered "
         "support for the levy.", "Tom Hale", ("Ann Pike",), "supports"),
        # Plural: the group's noun of stance says its members' side.
        ("Critics of the plan, including Paul Kerr and Ruth Lane, say it will cost jobs.",
         "Ruth Lane", ("Paul Kerr",), "opposes"),
        ("Supporters of the measure such as Ruth Lane say it will pay for the roads.", "Ruth Lane",
         (), "supports"),
        # Its object not the issue, or the noun not describing the actor: no side.
        ("Paul Kerr, a longtime critic of the food, said the council had rushed.", "Paul Kerr",
         (), None),
        ("Ruth Lane is a supporter of the local opera.", "Ruth Lane", (), None),
        ("Paul Kerr met a critic of the plan on Monday.", "Paul Kerr", (), None),
        ("Paul Kerr, a critic of Mayor Roe, spoke first.", "Paul Kerr", ("Mayor Roe",), None),
        ("Trump supporters such as Ruth Lane cheered.", "Ruth Lane", ("Trump",), None),
    ],
)  # fmt: skip
def test_listed_members_and_nouns_of_stance(
    text: str, actor: str, others: tuple[str, ...], expected: str | None
) -> None:
    assert stance(text, actor, others) == expected


def test_listed_members_become_actors_with_the_groups_side() -> None:
    text = (
        "Dover council passes parking levy\n\n"
        "The Dover council on Monday passed a levy on downtown parking.\n\n"
        "Major retailers like Fenwick, Acme Stores and Bluebird Foods all wrote to the "
        "mayor and voiced their opposition to the levy.\n\n"
        "On Tuesday, the heads of six Dover firms, including Castlegate and Orbis, sent a letter "
        "to the governor opposing the levy.\n\n"
        "Representatives Tom Hale of Ohio and Ann Pike of Texas urged the council to repeal the "
        "levy.\n\n"
        "The group met at the home of Senator Mark Dunn, Republican of Ohio and a longtime "
        "opponent of the plan, to plan their next steps.\n"
    )
    read = positions(text)
    for name in ("Fenwick", "Acme Stores", "Bluebird Foods", "Castlegate", "Orbis"):
        assert read.get(name) == "opposes", name
    assert read.get("Ann Pike") == read.get("Tom Hale") == "opposes"
    assert read.get("Mark Dunn") == "opposes"


def test_members_of_a_group_that_takes_no_side_are_no_actors() -> None:
    text = (
        "Dover firms report profits\n\n"
        "Companies including Castlegate and Orbis reported higher profits on Monday.\n"
    )
    assert positions(text) == {}


def test_a_possessive_inside_a_listed_name_is_no_member() -> None:
    text = (
        "Dover firms protest levy\n\n"
        "On Monday, the heads of six Dover firms, including Rosie\u2019s Bakery and Orbis, sent "
        "a letter to the governor opposing the levy.\n"
    )
    read = positions(text)
    assert read.get("Orbis") == "opposes"
    assert "Rosie" not in read
