"""Issue 17, session 48: a group the text describes speaking without an article ("Two law
enforcement officials said", "Federal prosecutors said", "Hunter's lawyers said", "Critics
said") is a described speaker of its statements and quotes, one actor for both, and may hold a
position; a group only in a statement left out speaks nowhere. Made-up articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.backends.rules import RulesOnlyBackend
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Extraction

OPENING = "The harbour levy passed on Friday. Ada Roe spoke later.\n\n"


def _extract(text: str) -> Extraction:
    extractor = Extractor(RulesOnlyBackend(), load_template("default"))
    return extractor.extract(Article(meta=describe(text, Path("a.txt")), text=text))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Two port authority officials said the vote was close.", "port authority officials"),
        ("Critics said the harbour levy would hurt fishermen.", "critics"),
        ("Federal prosecutors said on Monday that the vote was close.", "Federal prosecutors"),
        ("Otto Pike's lawyers said the vote was close.", "Otto Pike's lawyers"),
        # Groups, companies, organisations named by what they are (session 50).
        ("Fishing industry groups said the vote was close.", "Fishing industry groups"),
        ("Shipping companies said the vote was close.", "Shipping companies"),
        ("Civil rights organizations said the vote was close.", "Civil rights organizations"),
        # No group: anonymous sources, or a share of one, or a kind alone.
        ("Sources said the vote was close.", None),
        ("Some critics said the vote was close.", None),
        ("Several groups said the vote was close.", None),
        ("Two companies said the vote was close.", None),
    ],
)
def test_a_described_group_speaks_its_statements(sentence: str, speaker: str | None) -> None:
    extraction = _extract(OPENING + sentence)
    said = [s for s in extraction.statements if s.content and "vote" in s.content[0].text]
    said += [s for s in extraction.statements if s.content and "fishermen" in s.content[0].text]
    assert [s.speaker for s in said] == [speaker]
    if speaker is not None:
        actor = next(a for a in extraction.actors if a.name == speaker)
        assert actor.kind == "described"
        assert said[0].resolved_by == "description"


def test_a_group_is_one_actor_for_its_quotes_and_statements_and_holds_a_side() -> None:
    text = (
        OPENING + "Two port authority officials said they oppose the harbour levy.\n\n"
        "\u201cThe levy will ruin us,\u201d two port authority officials said."
    )
    extraction = _extract(text)
    groups = [a for a in extraction.actors if "officials" in a.name]
    assert [(a.name, a.kind) for a in groups] == [("port authority officials", "described")]
    assert [q.speaker for q in extraction.quotes] == ["port authority officials"]
    sides = {p.actor: p.stance for p in extraction.positions if p.attribution == "rule"}
    assert sides.get("port authority officials") == "opposes"


def test_a_group_only_in_a_statement_left_out_is_no_actor() -> None:
    text = (
        "Mixed Messages Surround the Harbour Levy in Dover\n\n"
        "Port leaders have sparked a debate on the possibility of opening a toll office in "
        "Dover, a move that has drawn criticism from Ada Roe.\n\n"
        "Critics said the toll office was a mistake."
    )
    extraction = _extract(text)
    assert any("sparked a debate" in r.value for r in extraction.rejected)
    described = [a.name for a in extraction.actors if a.kind == "described"]
    assert described == ["critics"]


def test_a_longer_group_is_its_own_and_a_share_of_a_group_no_group() -> None:
    text = (
        OPENING + "Leaders said the vote was close. Central European leaders said the harbour "
        "levy was fair. Other officials said the harbour levy was unfair."
    )
    speakers = {s.content[0].text: s.speaker for s in _extract(text).statements}
    assert speakers["the vote was close"] == "leaders"
    # More words than the group named before: another group, named as written.
    assert speakers["the harbour levy was fair"] == "Central European leaders"
    # "Other officials", "some critics": no group the text describes by name.
    assert speakers["the harbour levy was unfair"] is None


def test_a_described_speaker_is_named_by_its_most_specific_description() -> None:
    text = (
        "An official said the harbour levy was unfair.\n\n"
        "A port authority official, who declined to be identified, said the levy would hurt "
        "fishermen. The official also said the vote was close."
    )
    extraction = _extract(text)
    described = [(a.name, a.aliases) for a in extraction.actors if a.kind == "described"]
    assert described == [("port authority official", ["official"])]
    assert {s.speaker for s in extraction.statements} == {"port authority official"}


def test_a_description_past_a_preposition_names_no_speaker() -> None:
    text = (
        "The narrator said the harbour levy was unfair.\n\n"
        "The narrator in the Acme ad said the levy would hurt fishermen."
    )
    names = [a.name for a in _extract(text).actors if a.kind == "described"]
    assert "narrator in the Acme ad" not in names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Critics of the toll bill said the vote was close.", "critics of the toll bill"),
        # Its opening word in lower case as for "critics", a name after "of" or not (session 66:
        # "Supporters of Mr. Roe" and "supporters of Mr. Roe" one group; this read "Executives").
        (
            "Executives of nine Dover firms said the vote was close.",
            "executives of nine Dover firms",
        ),
        # Whose it is a clause or a list: no group.
        ("Critics of the bill and the toll said the vote was close.", None),
    ],
)
def test_a_group_and_whose_it_is_speaks(sentence: str, speaker: str | None) -> None:
    extraction = _extract(OPENING + sentence)
    said = [s for s in extraction.statements if s.content and "vote" in s.content[0].text]
    assert [s.speaker for s in said] == [speaker]


GROUP_SPEAKS = (
    "The harbour levy passed on Friday.\n\nDock union leaders said the vote was close.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # A group is no "he" or "she": the words from that subject on are another's.
        (
            "Dock union leaders have never trusted the mayor, in part because he favors "
            "the harbour levy.",
            None,
        ),
        # Control: the group's own words.
        ("Dock union leaders have long opposed the harbour levy.", "opposes"),
    ],
)
def test_a_group_takes_no_side_of_a_he_or_she_in_its_sentence(
    sentence: str, side: str | None
) -> None:
    extraction = _extract(GROUP_SPEAKS + sentence)
    sides = {p.actor: p.stance for p in extraction.positions}
    assert sides.get("Dock union leaders") == side


def test_a_he_or_she_is_no_group() -> None:
    extraction = _extract(
        GROUP_SPEAKS + "Dock union leaders have never trusted the mayor, in part because he "
        "favors the harbour levy."
    )
    favors = [s for s in extraction.statements if s.cue and s.cue[0].text == "favors"]
    assert [s.speaker for s in favors] == [None]


def test_a_person_takes_the_side_of_his_own_he() -> None:
    extraction = _extract(
        OPENING + "Otto Pike has never trusted the port, in part because he favors the "
        "harbour levy."
    )
    assert {p.actor: p.stance for p in extraction.positions}.get("Otto Pike") == "supports"
