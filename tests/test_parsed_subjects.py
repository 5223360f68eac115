"""A name the dependency parser reads as the active subject of any verb is an actor, where the
lexicon's verbs of agency (`names.acts`) do not list the verb (`actors._SideTaking.parsed_subject`,
`parse.Parse.named_subject`); a phrase that is no one's name is not. Invented sentences and
names throughout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer import cli
from summarizer import parse as parse_module
from summarizer.errors import ModelLoadError
from summarizer.parse import parse
from tests.test_apposed_speakers import extracted


def _actors(text: str) -> set[str]:
    return {a.name for a in extracted(text).actors}


def test_a_person_owned_by_a_company_acts_with_a_verb_no_list_holds() -> None:
    text = (
        "Lawmakers in Dover passed the measure on Tuesday.\n\n"
        "Orbis Systems's Dana Whitcombe canceled the company's planned events in the state.\n"
    )
    assert "Dana Whitcombe" in _actors(text)


def test_the_second_of_two_joined_subjects_acts_past_a_place_and_an_adverb() -> None:
    text = (
        "Representatives Otto Brenner of Ohio and Al Verity of Texas formally introduced an "
        "article of impeachment on Thursday.\n"
    )
    assert {"Otto Brenner", "Al Verity"} <= _actors(text)


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        # an adverb opening the sentence is no part of a name
        ("Only Brenner canceled the plan for the voters of Dover.\n", "Only Brenner"),
        # a person described by party and state, not named
        ("The Illinois Democrat resigned from the board on Monday.\n", "Illinois Democrat"),
        # a thing a common noun owns
        (
            "The pact's text is short, and its statutes' Articles Nine and Ten restrict its reach "
            "to the North Atlantic.\n",
            "Articles Nine",
        ),
    ],
)
def test_a_phrase_that_names_no_one_is_no_actor(text: str, not_actor: str) -> None:
    assert not_actor not in _actors(text)


def test_a_surname_after_two_given_names_joined_is_neither_ones() -> None:
    """ "Ada and Otto Verity said …": both are named there, so a later "Verity said" is not the
    one named last in full (Otto), as `speakers._namesake` reads a surname alone."""
    text = (
        "Ada and Otto Verity said on Friday that they had earned $3 million from book sales.\n\n"
        '"We owe it to the opportunities this state provides," Verity said in a statement.\n\n'
        "In May, Ada Verity filed a disclosure with the election board.\n"
    )
    found = extracted(text)
    assert {"Ada Verity", "Otto Verity"} <= {a.name for a in found.actors}
    assert [q.speaker for q in found.quotes] == ["Verity"]


def test_the_parse_reads_the_subject_of_a_verb_and_not_an_object() -> None:
    text = "Jane Roe praised the plan, and the council thanked Otto Lind."
    parsed = parse(text)
    assert parsed.subject_of_verb(0, len("Jane Roe"))
    lind = text.index("Otto Lind")
    assert not parsed.subject_of_verb(lind, lind + len("Otto Lind"))
    assert parsed.subject_verb(0, len("Jane Roe")) == parsed.word_at(text.index("praised"))


def test_a_missing_parser_model_is_a_clear_error_with_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the parser's model no article that needs it can be read: one line naming it and
    what to do, exit 3, no traceback (`parse._pipeline`, `cli.main`)."""
    monkeypatch.setattr(parse_module, "PIPELINE", "no_such_parser_pipeline")
    parse_module._pipeline.cache_clear()
    try:
        with pytest.raises(ModelLoadError, match="no_such_parser_pipeline") as caught:
            parse("Jane Roe praised the plan.")
        assert caught.value.exit_code == 3
        folder = tmp_path / "articles"
        folder.mkdir()
        # a name only the parser shows acting: the parser is needed
        (folder / "a.txt").write_text("Orbis Systems's Dana Whitcombe canceled the events.\n")
        cache, out = str(tmp_path / "cache"), str(tmp_path / "out")
        argv = ["summarizer", "--backend", "rules", "--cache-dir", cache, "brief", str(folder)]
        monkeypatch.setattr(sys, "argv", [*argv, "--out", out])
        with pytest.raises(SystemExit) as exited:
            cli.main()
        assert exited.value.code == 3
        error = capsys.readouterr().err
        assert "no_such_parser_pipeline" in error and "Traceback" not in error
    finally:
        parse_module._pipeline.cache_clear()
