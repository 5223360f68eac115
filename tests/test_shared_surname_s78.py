"""A surname two people the article names in full share is none of its own: a bare "Mr. Roe" is
the one of them the article names most (of those an honorific's sex fits), and of two named as
often, the one named last before it; never a third person "Roe" beside Asa Roe and Seth Roe
(session 78: BASIL tuning event 65's New York Times article listed a third Hutchinson beside the
governor and his son, and gave it the son's warning; 34 of the 1,079 texts of the rules snapshot
listed such a surname, most often a "Clinton" beside Hillary and Bill)."""

from __future__ import annotations

from pathlib import Path

from summarizer import backends
from summarizer.actors import shared_surnames
from summarizer.extract import Extraction, Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.types import Actor, Position, Span

from .test_apposed_speakers import extracted

_FAMILY = (
    "Gov. Asa Roe of Ohio spoke on Monday about the levy. His son, Seth Roe, opposes it. "
    "\u201cI love my dad,\u201d Seth Roe said. Mr. Roe, 31, is a union organizer. "
)


def _positions(text: str) -> list[Position]:
    extractor = Extractor(backends.create("rules"), load_template(None))
    found: Extraction = extractor.extract(Article(meta=describe(text, Path("roe")), text=text))
    return found.positions


def test_a_shared_surname_is_no_third_person() -> None:
    text = _FAMILY + "Mr. Roe criticized the levy on Tuesday."
    found = extracted(text)
    assert sorted(a.name for a in found.actors if a.type == "person") == ["Asa Roe", "Seth Roe"]
    seth, asa = (next(a for a in found.actors if a.name == n) for n in ("Seth Roe", "Asa Roe"))
    assert text.rindex("Mr. Roe") in {m.start for m in seth.mentions}
    assert not any(m.text == "Roe" for m in asa.mentions)


def test_its_readings_are_the_bearers() -> None:
    text = _FAMILY + "Mr. Roe criticized the levy. Gov. Asa Roe defended it."
    sides = {(p.actor, p.stance) for p in _positions(text)}
    assert ("Seth Roe", "opposes") in sides
    assert ("Asa Roe", "supports") in sides
    assert not any(actor == "Roe" for actor, _ in sides)


def test_the_one_named_most_is_meant() -> None:
    text = (
        "Ada Lind, the mayor, spoke on Monday. Ada Lind has backed the levy since May. Ada "
        "Lind and her husband, Bo Lind, paid it. Lind criticized the toll on Tuesday."
    )
    found = extracted(text)
    assert {a.name for a in found.actors if a.type == "person"} == {"Ada Lind", "Bo Lind"}
    ada = next(a for a in found.actors if a.name == "Ada Lind")
    assert text.rindex("Lind") in {m.start for m in ada.mentions}


def test_one_told_apart_by_age_is_no_one_s_mention() -> None:
    # Neither name has a suffix to tell the younger by: the mention is left to no one.
    text = _FAMILY + "Gov. Asa Roe spoke. The younger Mr. Roe criticized the levy on Saturday."
    assert ("Asa Roe", "opposes") not in {(p.actor, p.stance) for p in _positions(text)}


def test_an_honorific_outweighs_a_bare_mention_inside_it() -> None:
    # The names step gave Bo Roe the bare "Roe" inside "Mrs. Roe": the honorific tells it is
    # Ada's (a PolNeAR train text had given Mrs. Clinton's words to Bill Clinton).
    text = "Bo Roe and Ada Roe met. Later Mrs. Roe spoke."
    at = text.index("Mrs. Roe")

    def span(start: int, words: str) -> Span:
        return Span(start=start, end=start + len(words), text=words)

    bo = Actor(name="Bo Roe", type="person", mentions=[span(0, "Bo Roe"), span(at + 5, "Roe")])
    ada = Actor(name="Ada Roe", type="person", mentions=[span(11, "Ada Roe")])
    roe = Actor(name="Roe", type="person", aliases=["Mrs. Roe"], mentions=[span(at, "Mrs. Roe")])
    actors, _, _ = shared_surnames(text, [bo, ada, roe], [], [])
    mentions = {a.name: [m.text for m in a.mentions] for a in actors}
    assert mentions == {"Bo Roe": ["Bo Roe"], "Ada Roe": ["Ada Roe", "Mrs. Roe"]}


def test_a_first_name_no_list_knows_may_be_of_either_sex() -> None:
    # "Mr. Roe" fits Zeb Roe, whose first name no list knows, as well as George W. Roe: the one
    # named last in its paragraph (a PolNeAR train text had given Jeb Bush's words to his
    # brother, the one whose first name showed him a man).
    text = (
        "George W. Roe, the former governor, spoke on Monday.\n\n"
        "Zeb Roe announced his campaign on Tuesday. Mr. Roe criticized the levy."
    )
    zeb = next(a for a in extracted(text).actors if a.name == "Zeb Roe")
    assert text.rindex("Mr. Roe") in {m.start for m in zeb.mentions}
