"""A statement's source that refers back to someone is read as a quote's speaker is: "the
governor has opposed …" is the one governor named before, not an actor "governor"; and a
description owned by a person ("the court of Chief Justice Jane Roe") is not that person."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors, find_speaker
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution, kind_of
from summarizer.extract import find_speech

from .test_apposed_speakers import extracted
from .test_extract import Scripted
from .test_steps import asker_for


def _attribution(text: str, source: str, cue: str, content: str) -> Attribution:
    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    contents = (span(content),)
    return Attribution(
        source=(span(source),), cue=(span(cue),), content=contents, kind=kind_of(text, contents)
    )


def _speakers(text: str, *attributions: tuple[str, str, str]) -> dict[str, tuple[str | None, str]]:
    """Each statement's content -> (speaker, how resolved), the taggers' finds fixed."""
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [_attribution(text, *a) for a in attributions]
    speech = find_speech(view, asker_for(view, Scripted()))
    return {s.content[0].text: (s.speaker, str(s.resolved_by)) for s in speech.statements}


def test_a_role_only_one_person_holds_names_that_person() -> None:
    text = (
        "Gov. Otto Lind signed the levy on Monday. Mayor Jane Roe spoke next. "
        "But the governor has opposed calls for a higher minimum wage."
    )
    found = _speakers(text, ("the governor", "has opposed calls for", "a higher minimum wage"))
    assert found["a higher minimum wage"] == ("Otto Lind", "description")


def test_a_role_two_people_hold_stays_a_described_speaker() -> None:
    text = (
        "Gov. Otto Lind signed the levy on Monday. Gov. Jane Roe spoke next. "
        "But the governor has opposed calls for a higher minimum wage."
    )
    found = _speakers(text, ("the governor", "has opposed calls for", "a higher minimum wage"))
    assert found["a higher minimum wage"][0] not in ("Otto Lind", "Jane Roe")


def test_mr_and_a_surname_two_people_share_is_the_one_the_honorific_fits() -> None:
    text = (
        "Jane Lind and Otto Lind run the Dover Times. Mr. Lind said the paper would close in May."
    )
    found = _speakers(text, ("Mr. Lind", "said", "the paper would close in May"))
    assert found["the paper would close in May"] == ("Otto Lind", "name")


def test_what_a_person_owns_is_not_the_person() -> None:
    text = (
        "Chief Justice Jane Roe spoke at Harvard on Monday. The court of Chief Justice Jane Roe "
        "has issued a series of rulings in favor of plaintiffs."
    )
    candidates = names.find_candidates(text)
    actors = find_actors(text, candidates)
    assert find_speaker(actors, "Chief Justice Jane Roe") is not None
    assert find_speaker(actors, "The court of Chief Justice Jane Roe") is None
    assert find_speaker(actors, "the wife of Jane Roe") is None
    # A person's words and a recording of the person are the person's.
    for speaking in ("the words of Jane Roe", "A video of Jane Roe"):
        found_roe = find_speaker(actors, speaking)
        assert found_roe is not None and found_roe.name == "Jane Roe"
    found = _speakers(
        text,
        (
            "The court of Chief Justice Jane Roe",
            "has issued",
            "a series of rulings in favor of plaintiffs",
        ),
    )
    assert found["a series of rulings in favor of plaintiffs"][0] != "Jane Roe"


def test_an_official_of_an_organisation_still_speaks_for_it() -> None:
    text = "NATO met in Brussels on Monday. An official of NATO said the office would open."
    candidates = names.find_candidates(text)
    actors = find_actors(text, candidates)
    nato = find_speaker(actors, "An official of NATO")
    assert nato is not None and nato.name == "NATO"


def test_mr_is_no_woman_when_only_women_of_the_name_are_shown() -> None:
    text = (
        "Amira Vask spoke in Dover on Monday. Ms. Vask said the levy was unfair. "
        "Mr. Vask said the paper would close in May."
    )
    found = _speakers(text, ("Mr. Vask", "said", "the paper would close in May"))
    assert found["the paper would close in May"][0] not in ("Amira Vask", "Ms. Vask")


def test_the_and_an_organisation_word_is_the_organisation_named_before_with_it() -> None:
    # "the court" is the Supreme Court the text named, as a quote's speaker and a statement's
    # source alike (it was a described actor "court"); a word that names no organisations ("the
    # two") refers to no name that holds it.
    text = (
        "The Supreme Court heard the Acme case on Monday. "
        '"We will rule by June," the court said. '
        "Later the court said it would hear more cases. "
        "Ana Roe and Dan Lind of Two Rivers Bank met. The two said they were pleased."
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        _attribution(text, "the court", "said it", "it would hear more cases"),
        _attribution(text, "The two", "said they", "they were pleased"),
    ]
    speech = find_speech(view, asker_for(view, Scripted()))
    assert [(q.speaker, q.attribution) for q in speech.quotes] == [("Supreme Court", "rule")]
    found = {s.content[0].text: s.speaker for s in speech.statements}
    assert found["it would hear more cases"] == "Supreme Court"
    assert found["they were pleased"] != "Two Rivers Bank"


def test_the_state_senator_is_not_one_placed_in_another_state_by_a_bare_abbreviation() -> None:
    """ "Sens. Otto Vask (Ky.) and Ada Lind (Fla.) debated. … The Florida senator's answer was
    that "…"": not Vask, whom "(Ky.)" places in Kentucky (`speakers._STATE_OF`)."""
    text = (
        "Sens. Otto Vask (Ky.) and Ada Lind (Fla.) debated tax credits on Tuesday.\n\n"
        'The Florida senator\u2019s answer was that "the family comes first," so the state '
        "should help.\n"
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Florida senator"]
