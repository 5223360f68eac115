"""The word lists: well-formed, sorted, free of duplicates, and apart where they must be."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import lexicon, patterns

LISTS = [f.name for f in lexicon.files()]
SOURCES = "\n".join(
    p.read_text(encoding="utf-8") for p in Path(patterns.__file__).parent.rglob("*.py")
)

# The lists whose entries are fragments of a regular expression; all others are plain words.
REGEX_LISTS = {
    "agency_verbs.txt",
    "connectives.txt",
    "contest_words.txt",
    "reporting_verbs.txt",
    "stance_against_verbs.txt",
    "stance_words.tsv",
}
# What the last field of each .tsv list may say.
USES = {
    "abbreviations.tsv": {"in_name", "sentence"},
    "roles.tsv": {
        "describes",
        "before_name",
        "acts_for",
        "person",
        "document",
        "voice_of",
        "group",
    },
    "stance_words.tsv": {"cue", "oppose", "support", "mixed", "issue", "wish"},
    "stance_nouns.tsv": {"oppose", "support"},
    "sexed_nouns.tsv": {"F", "M"},
}
LOWERCASE = {
    "body_kinds.txt",
    "common_words.txt",
    "descriptors.txt",
    "feeling_participles.txt",
    "first_name_sexes.tsv",
    "honorifics.txt",
    "issue_stopwords.txt",
    "list_openers.txt",
    "measure_plain_words.txt",
    "measure_words.txt",
    "media_names.txt",
    "member_nouns.txt",
    "media_words.txt",
    "name_particles.txt",
    "name_stopwords.txt",
    "negation_words.txt",
    "nationalities.txt",
    "nicknames.tsv",
    "non_nouns.txt",
    "outlet_nouns.txt",
    "not_plurals.txt",
    "org_words.txt",
    "paper_words.txt",
    "prepositions.txt",
    "raising_words.txt",
    "roles.tsv",
    "saying_verbs.txt",
    "sexed_nouns.tsv",
    "sourceless_words.txt",
    "stance_non_issues.txt",
    "stance_nouns.tsv",
    "stance_objects.txt",
    "surname_titles.txt",
    "teaser_openers.txt",
    "thing_words.txt",
    "title_forms.tsv",
    "title_small_words.txt",
    "titles.txt",
    "topic_stopwords.txt",
    "unacting_verbs.txt",
    "unspeaking_nouns.txt",
    "us_states.txt",
    "verb_auxiliaries.txt",
    "violent_acts.txt",
}


def test_the_lists_are_the_expected_ones() -> None:
    assert len(LISTS) == 58
    assert set(USES) | REGEX_LISTS | LOWERCASE <= set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_a_list_is_sorted_and_unique(name: str) -> None:
    keys = lexicon.entries(name)
    assert keys, name
    assert list(keys) == sorted(keys), f"{name}: keep it sorted (sort the file)"
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"{name}: {sorted(duplicates)} listed twice"


@pytest.mark.parametrize("name", LISTS)
def test_a_list_is_well_formed(name: str) -> None:
    text = (Path(lexicon.__file__).parent / name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name}: a header comment says what the entries are"
    assert text.endswith("\n") and not text.endswith("\n\n"), name
    for row in lexicon.table(name):
        assert all(field == field.strip() and field for field in row), (name, row)
        if name.endswith(".tsv"):
            assert len(row) == 2, (name, row)
        if name in USES:
            uses = row[-1].split()
            assert uses and set(uses) <= USES[name], (name, row)
            assert len(set(uses)) == len(uses), (name, row)
        if name in LOWERCASE:
            assert row[0] == row[0].lower(), (name, row)


@pytest.mark.parametrize("name", sorted(REGEX_LISTS))
def test_a_regex_entry_compiles_and_captures_nothing(name: str) -> None:
    for entry in lexicon.entries(name):
        assert re.compile(entry).groups == 0, f"{name}: {entry!r} must not capture"
        assert "|" not in re.sub(r"\([^()]*\)", "", entry), f"{name}: {entry!r}: group the |"


@pytest.mark.parametrize("name", sorted(set(LISTS) - REGEX_LISTS))
def test_a_plain_entry_is_words(name: str) -> None:
    for entry in lexicon.entries(name):
        assert re.fullmatch(r"[\w.'-]+(?: [\w.'-]+)*", entry), f"{name}: {entry!r}"


@pytest.mark.parametrize("name", LISTS)
def test_every_list_is_used(name: str) -> None:
    stem = name.removesuffix(".txt").removesuffix(".tsv")
    assert re.search(rf"""["']{re.escape(stem)}(?:\.t[sx]t)?["']""", SOURCES), name


def test_every_use_of_a_tsv_list_has_entries() -> None:
    for name, uses in USES.items():
        for use in uses:
            assert lexicon.used_by(name.removesuffix(".tsv"), use), (name, use)
    with pytest.raises(KeyError, match="no entry"):
        lexicon.used_by("roles", "nobody")


def test_the_lists_that_must_not_overlap_do_not() -> None:
    words = lexicon.words
    assert not words("honorifics") & words("descriptors")
    assert not words("titles") & words("descriptors")
    assert not words("nationalities") & {c.casefold() for c in lexicon.entries("countries.tsv")}
    assert not set(lexicon.used_by("stance_words", "oppose")) & set(
        lexicon.used_by("stance_words", "support")
    )
    assert not words("common_words") & words("titles")
    assert not words("media_words") & words("descriptors")
    assert words("outlet_nouns") <= words("media_words")


def test_the_lists_that_must_nest_do() -> None:
    words = lexicon.words
    assert words("surname_titles") <= words("titles")
    assert words("honorifics") - {"miss"} <= words("titles")  # "Miss" was never a title word
    assert set(patterns.VERB_FIRST_WORDS) <= set(lexicon.entries("reporting_verbs"))
    assert words("name_stopwords") <= words("title_small_words") | {"s"}
    forms = {form for found in lexicon.mapping("title_forms").values() for form in found}
    assert forms <= words("titles")  # another form of a title is a title word itself


def test_countries_and_their_capitals() -> None:
    countries = lexicon.mapping("countries")
    capitals = [c for found in countries.values() for c in found]
    assert len(capitals) == len(set(capitals))
    assert {"Tokyo", "Kyiv", "Kiev", "Washington"} <= set(capitals)
    assert countries["Ukraine"] == ("Kyiv", "Kiev")
    assert countries["Iceland"] == ()
    assert not {c.casefold() for c in capitals} & {c.casefold() for c in countries}
    # Every form of a country named in several ways is a country, and in one group only.
    grouped = [f for c, found in lexicon.mapping("country_forms").items() for f in (c, *found)]
    assert set(grouped) <= set(countries) and len(grouped) == len(set(grouped))


def test_a_list_is_read_once() -> None:
    assert lexicon.entries("titles") == lexicon.entries("titles.txt")
    assert lexicon.table("titles.txt") is lexicon.table("titles.txt")


def test_every_demonym_names_a_listed_country_and_is_a_nationality() -> None:
    countries = set(lexicon.entries("countries.tsv"))
    demonyms = lexicon.mapping("demonyms")
    assert {"chinese", "japanese", "french"} <= set(demonyms)
    assert all(len(found) == 1 and found[0] in countries for found in demonyms.values())
    assert set(demonyms) <= lexicon.words("nationalities")
