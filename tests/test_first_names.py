"""A person's sex by the first name (`lexicon/first_name_sexes.tsv`, built from the 1990 US
Census lists by `summarizer.first_names_build`): an honorific of the other sex is no form of
the name, and a he or she does not stand for a person of the other sex. Invented names and
sentences throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import first_names_build, names
from tests.test_names import by_name
from tests.test_quote_speakers import speakers


def test_the_shipped_list_is_what_the_build_makes(tmp_path: Path) -> None:
    out = tmp_path / "first_name_sexes.tsv"
    first_names_build.main(["--out", str(out)])
    assert out.read_bytes() == first_names_build.OUT.read_bytes()


def test_a_name_in_both_lists_needs_a_clear_share() -> None:
    male = {"otto": 1.0, "kim": 0.5, "lee": 0.04, "abe": 0.01, "cy": 0.004}
    female = {"kim": 0.6, "lee": 0.96, "jane": 0.05, "ada": 0.005, "ann": 0.008}
    # "kim" is shared; "lee" is 0.96 female. In one list only, a name must be at least twice
    # as common as the other list's lowest: "abe" and "ann" are, "cy" and "ada" are not.
    assert first_names_build.sexes(male, female) == {
        "abe": "M", "ann": "F", "jane": "F", "lee": "F", "otto": "M"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Jane Roe", "F"),
        ("Otto Roe", "M"),
        ("J. Otto Roe", "M"),  # an initial is passed over
        ("Kelly Roe", None),  # a name both sexes hold
        ("Roe", None),  # a surname alone
        ("Zyxo Roe", None),  # not in the lists
    ],
)
def test_the_sex_of_a_first_name(name: str, sex: str | None) -> None:
    assert names.first_name_sex(name) == sex


def test_mr_of_a_surname_is_no_form_of_a_womans_name() -> None:
    found = by_name("Jane Roe spoke on Monday. Mr. Roe said no.")
    assert "Mr. Roe" not in found["Jane Roe"].aliases


@pytest.mark.parametrize("text", ["Otto Roe spoke on Monday. Mr. Roe said no."])
def test_mr_of_a_surname_is_a_mans_name(text: str) -> None:
    assert "Mr. Roe" in by_name(text)["Otto Roe"].aliases


def test_he_is_not_the_woman_named_last() -> None:
    text = (
        "Otto Lind met reporters on Monday. Jane Roe questioned the plan. "
        "\u201cIt is wrong,\u201d he said."
    )
    assert speakers(text) == ["Otto Lind"]


def test_she_is_the_woman_named_last() -> None:
    text = (
        "Otto Lind met reporters on Monday. Jane Roe questioned the plan. "
        "\u201cIt is wrong,\u201d she said."
    )
    assert speakers(text) == ["Jane Roe"]


def test_a_subject_after_a_role_in_apposition_is_the_speaker() -> None:
    text = (
        "Otto Lind met reporters on Monday. His aide, Jane Roe, questioned the plan. "
        "\u201cIt is wrong,\u201d she said."
    )
    assert speakers(text) == ["Jane Roe"]


def test_mrs_after_mr_of_one_surname_is_the_womans() -> None:
    found = by_name("Jane Roe spoke. Mrs. Roe said no. Mr. Roe agreed. Mrs. Roe left.")
    # "Mr. Roe" is a man no full name gives, named with his honorific (not shown as "Roe",
    # Jane Roe's surname); the later "Mrs. Roe" is still Jane Roe's.
    assert "Roe" not in found and found["Mr. Roe"].aliases == []
    assert "Mrs. Roe" in found["Jane Roe"].aliases


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Vask spoke on Monday. Mrs. Vask said no. Mr. Vask agreed. Mrs. Vask left.",
        "Mrs. Vask spoke on Monday. Mr. Vask said no. Mrs. Vask agreed. Mr. Vask left.",
    ],
)
def test_mr_and_mrs_of_one_surname_named_in_full_nowhere_are_two_actors(text: str) -> None:
    from summarizer.actors import find_actors

    actors = find_actors(text, names.find_candidates(text))
    # Two people, two names (the second named with its honorific), and no mention shared.
    assert len(actors) == 2 and len({a.name for a in actors}) == 2
    mentions = [{(m.start, m.end) for m in a.mentions} for a in actors]
    assert mentions[0] and mentions[1] and not mentions[0] & mentions[1]
    assert all(len({m.text for m in a.mentions}) == 1 for a in actors)


def test_a_name_opening_with_miss_keeps_its_forms() -> None:
    found = by_name("Miss Ohio Jane Roe won on Monday. Jane Roe said no. Roe agreed.")
    assert {"Jane Roe", "Roe"} <= set(found["Miss Ohio Jane Roe"].aliases)


def test_a_pronoun_past_the_close_of_a_quotation_is_no_vote_for_a_name_in_it() -> None:
    from summarizer import referents
    from summarizer.actors import find_actors

    text = "Zola Berg signed the bill on Monday.\n\n\u201cWe owe it all to Berg,\u201d he said."
    actors = find_actors(text, names.find_candidates(text))
    shown = referents.genders(text, actors)
    # "he" is the speaker's; Berg, named inside the quotation, shows no gender.
    assert [shown.get(id(a)) for a in actors if a.name == "Zola Berg"] == [None]


def test_a_pronoun_after_a_whole_quotation_still_votes_for_its_speaker() -> None:
    from summarizer import referents
    from summarizer.actors import find_actors

    text = "Zola Berg signed the bill: \u201cWe won.\u201d She left at noon. Zola Berg came back."
    actors = find_actors(text, names.find_candidates(text))
    shown = referents.genders(text, actors)
    assert [shown.get(id(a)) for a in actors if a.name == "Zola Berg"] == ["she"]


def test_a_name_after_the_pronouns_own_he_or_she_in_a_sentence_before_is_no_subject() -> None:
    text = (
        "Ann Lee signed the bill on Monday. Jane Roe spoke in Ohio. The campaign was the first "
        "time she had voted, and she doubts Ann Lee can win. \u201cIt is a false choice,\u201d "
        "she said."
    )
    # The sentence before speaks of "she" before it names Ann Lee: its she is the one sought.
    assert speakers(text) == ["Jane Roe"]


def test_a_name_before_the_pronoun_in_a_sentence_before_is_still_the_subject() -> None:
    text = (
        "Jane Roe spoke in Ohio. Ann Lee said she doubts it. "
        "\u201cIt is a false choice,\u201d she said."
    )
    assert speakers(text) == ["Ann Lee"]


def test_a_pronoun_after_that_in_a_sentence_before_leaves_its_subject() -> None:
    text = (
        "Jon Burr ran the unit in 1980. After years of trying to show that he understands, "
        "Otto Lind said he meets families. \u201cI listen,\u201d he said."
    )
    assert speakers(text) == ["Otto Lind"]


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("Roe won, and she doubts Lee can win.", "she doubts"),
        ("Though she did not name Lee, Roe was clear.", "she did"),
        # Inside a quotation that the sentence closes (its opening mark in a paragraph before):
        # the quoted speaker's word, no cut.
        ("Was to leave in May but she just quit early,\u201d Lind wrote.", None),
        ("Lee said that she understands.", None),  # after "that": no clause of its own
    ],
)
def test_where_a_sentence_before_stops_giving_the_subject(sentence: str, cut: str | None) -> None:
    from summarizer import referents

    at = referents._before_pronoun(100, sentence, "she", [])
    assert at == (100 + sentence.index(cut) if cut else 100 + len(sentence))


def test_a_name_in_the_phrase_opening_a_sentence_before_is_no_subject() -> None:
    text = (
        "Otto Lind signed the bill on Monday. Bob Pike signed the bill on Tuesday. Filling in "
        "for Jane Roe at the forum where Bob Pike spoke, Dan Wexler criticized the mayor.\n\n"
        "\u201cShe took the money,\u201d he said."
    )
    # Jane Roe follows a preposition; Bob Pike is named in the opening phrase's own clause.
    assert speakers(text) == ["Dan Wexler"]


def test_a_sentence_whose_opening_phrase_no_name_follows_keeps_its_names() -> None:
    text = (
        "Jane Roe signed the bill on Monday. Bob Pike signed the bill on Tuesday. While Bob Pike "
        "was in Ohio, he met donors in Dayton.\n\n\u201cWe will win,\u201d he said."
    )
    # No name after the comma: the phrase's own subject is the one the "he" stands for.
    assert speakers(text) == ["Bob Pike"]
