"""Each regex fragment of the rules on its own: news-style strings it takes, and strings it must
not take. The rules built from them are tested on whole sentences in test_attribute.py,
test_stance.py, test_names.py and test_detect.py."""

from __future__ import annotations

import re

import pytest

from summarizer import lexicon, patterns

# fragment name -> (strings it matches whole, strings it does not)
FRAGMENTS: dict[str, tuple[list[str], list[str]]] = {
    "VERBS": (
        ["said", "says", "told reporters", "pointed out", "emphasized", "emphasised", "went on"],
        ["Said", "saying", "pointed", "tell"],
    ),
    "VERB_FIRST": (["Said", "said", "Wrote", "asked"], ["Told", "SAID", "tweeted"]),
    "PARTICIPLE": (["claiming", "tweeting", "saying"], ["claimed", "saying so"]),
    "NAME": (
        [
            "Jens Stoltenberg",
            "Charles de Gaulle",
            "Osama bin Laden",
            "Mr. Morgan",
            "Rep. Jason Chaffetz",
            "NATO",
            "Ahmed al Tayeb",
        ],
        [
            "During the summit",
            "However Smith",
            "The President",
            "jens stoltenberg",
            "Ann Bea Cid Dee Eve Flo",
        ],
    ),
    "ARTICLE": (["the", "The", "an", "A", "another", "One"], ["these", "Some"]),
    "DESC": (
        [
            "an Elysee official",
            "the newspaper",
            "a senior government official",
            "the French foreign ministry",
            "One analyst",
        ],
        ["the book", "official", "the officials said", "a very long list of words official"],
    ),
    "ANY_DESC": (["the book", "a friend", "a narrator", "another close aide"], ["the Times"]),
    "ROLE_BEFORE": (
        [
            "Trump lawyer ",
            "9/11 widow ",
            "MSNBC host ",
            "Clinton campaign manager ",
            "Lind campaign spokesman ",
            "Acme executive director ",
        ],
        ["lawyer", "the lawyer ", "Trump widower", "the company president ", "said aide "],
    ),
    "ANY_ROLE": (
        ["", "White House press secretary ", "panel Chairman "],
        ["said ", "the spokesman told ", "one two three four five six "],
    ),
    "ADVERB": (["", " also", " reportedly", " has", " later"], [" said", " also has"]),
    "PARENTHESIS": (
        ["", " (R-Fla.)", "(D-N.Y.)"],
        [" (a note that runs on well past forty chars)"],
    ),
    "APPOSITION": (
        [", R-Ky.,", ", the county clerk of Dover, one of the towns that sued,"],
        [", a, b, c,", ', "We will win",', ","],
    ),
    "PHRASE": ([" of the Sierra Club", " in the Clinton ad", " at Reuters"], [" the Sierra Club"]),
    "FILLER": (["", " on Monday", " reporters", " in a statement"], [" the", " its", " Monday."]),
    "CONNECTIVE": (["", "However, ", "In contrast, ", "On Monday, "], ["Thus, ", "However "]),
    "INTRODUCTION": (["", "During a speech earlier in the day, "], ["Because of the rain, "]),
    "AGAINST": (
        ["is against", "came out strongly against", "voted against", "campaigned against"],
        ["against", "security against", "was very much against"],
    ),
    "AGENCY": (
        ["said", "criticised", "criticized", "labelled", "vetoed", "veto", "wrote"],
        ["saying", "opposing", "Said"],
    ),
    "AUX": (["", "has ", "has also firmly "], ["has also firmly strongly ", "has"]),
}


@pytest.mark.parametrize(
    ("name", "text", "matches"),
    [
        (name, text, matches)
        for name, (good, bad) in FRAGMENTS.items()
        for matches, texts in ((True, good), (False, bad))
        for text in texts
    ],
)
def test_a_fragment_matches_what_it_should(name: str, text: str, matches: bool) -> None:
    assert bool(re.fullmatch(getattr(patterns, name), text)) is matches


@pytest.mark.parametrize(
    ("fragment", "text", "speaker"),
    [
        ("SPEAKER", "Trump lawyer Marc Kasowitz", "Marc Kasowitz"),
        ("SPEAKER", "the president", "the president"),
        ("SPEAKER", "the Times", "the Times"),
        ("SPEAKER", "They", "They"),
        ("SPEAKER", "the book", None),  # before a quote, a described speaker needs a role noun
        ("SPEAKER", "press secretary Josh Earnest", None),
        ("SPEAKER_AFTER", "White House press secretary Josh Earnest", "Josh Earnest"),
        ("SPEAKER_AFTER", "IMF chief economist Maury Obstfeld", "Maury Obstfeld"),
        ("SPEAKER_AFTER", "the book", "the book"),
        ("SPEAKER_AFTER", "she", "she"),
        ("SPEAKER_AFTER", "reporters told", None),
    ],
)
def test_a_speaker_fragment_names_the_speaker(
    fragment: str, text: str, speaker: str | None
) -> None:
    match = re.fullmatch(getattr(patterns, fragment), text)
    assert (match.group("speaker") if match else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (" \u2015 Pamela Padilla", "Pamela Padilla"),
        ("\u2014 Paul Oduya, Dayton", "Paul Oduya"),
        (" \u2013 Ana Ruiz (Texas)", "Ana Ruiz"),
        (" said Smith.", None),
        ("- Smith", None),  # a hyphen signs nothing
        (" \u2014 and then the crowd left", None),
    ],
)
def test_signed(text: str, speaker: str | None) -> None:
    match = patterns.SIGNED.search(text)
    assert (match.group("speaker") if match else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "end"),
    [
        # The shorter entry first: "told" takes the speaker before "told reporters" does.
        (", told Reuters John Smith.", "Reuters John Smith", 25),
        (", told reporters John Smith.", "John Smith", 27),
        (", Mitch McConnell, R-Ky., said.", "Mitch McConnell", 30),
        (" the book said on Friday.", "the book", 14),
    ],
)
def test_after_a_quote(text: str, speaker: str, end: int) -> None:
    match = next(filter(None, (p.search(text) for p in patterns.AFTER_QUOTE)))
    assert (match.group("speaker"), match.end()) == (speaker, end)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Stoltenberg said: ", "Stoltenberg"),
        ("Asked why, according to a French diplomat, ", "a French diplomat"),
        ("Said Ellis: ", "Ellis"),
        ("After a long debate, a neighbour commented: ", "a neighbour"),
        ("The president announced the ", None),  # the quoted words are an object
        # A party tag is no name; an apposition may follow it.
        ("Sen. Ann Cole, R-Utah, whose views have changed, said Trump made ", "Sen. Ann Cole"),
        ("Sen. Ann Cole, D-Va., said ", "Sen. Ann Cole"),
        ("In Dover, Smith, a Democrat, said ", "Smith"),
    ],
)
def test_before_a_quote(text: str, speaker: str | None) -> None:
    match = next(filter(None, (p.search(text) for p in patterns.BEFORE_QUOTE)), None)
    assert (match.group("speaker") if match else None) == speaker


@pytest.mark.parametrize(
    ("pattern", "good", "bad"),
    [
        (
            "STANCE_CUE",
            ["France opposes the plan", "It calls for talks", "Tokyo backed it", "A MISTAKE"],
            ["The minister visited Paris", "the background", "calling for talks"],
        ),
        (
            "OPPOSE",
            ["France is against it", "voted strongly against", "REJECTED", "dissatisfied"],
            ["security against the Soviet bloc", "it supports the plan", "blockade"],
        ),
        (
            "SUPPORT",
            [
                "backs the plan",
                "calling for talks",
                "under consideration",
                "exploring the possibility",
                "plans to sign",
                "voted for it",
                "signed the bill",
            ],
            [
                "the background",
                "opposes it",
                "seeker",
                "exploring it",
                "the plan",
                "supporters",
                "backed down",
                "plans to expand its headquarters",  # a plan is a side only as an act on a measure
            ],
        ),
        (
            "NEGATION",
            ["We are not in ", "is never really in ", "no ", "didn\u2019t "],
            ["not very much in ", "hasn't worked; we "],
        ),
        ("MIXED", ["apologized", "changed her mind", "mixed feelings"], ["mixed up"]),
        ("CONDITIONAL", ["if they pay", "unless it", "as long as"], ["iffy", "life"]),
        ("CLAUSE_BREAK", [", while", "it; then", "yes but no", ", whereas"], ["butter", "whilst"]),
        ("AGENT", ["foreign ministry", "Chief Cabinet Secretary", "government"], ["charter"]),
        ("ABBREVIATION_END", ["Mr.", "the U.S.", "Sept.", "Sep.", "Smith vs."], ["Lt.", "end."]),
        ("POSSESSIVE_END", ["NATO's", "NATO\u2019s"], ["Jones", "NATO's office"]),
        ("THAT", ["reported that"], ["thatch"]),
    ],
)
def test_a_pattern_finds_what_it_should(pattern: str, good: list[str], bad: list[str]) -> None:
    compiled = getattr(patterns, pattern)
    assert all(compiled.search(text) for text in good), [t for t in good if not compiled.search(t)]
    assert not any(compiled.search(text) for text in bad), [t for t in bad if compiled.search(t)]


@pytest.mark.parametrize(
    ("pattern", "good", "bad"),
    [
        # What follows a name: a plain noun it modifies ("the NATO office"), not a verb.
        ("MODIFIES", [" office", " summit", " liaison office"], [" said", " leaders", " firmly"]),
        (
            "NO_COMMENT",
            [" did not comment", ", the government's spokesperson, did not comment"],
            [" commented", " did not say", " declined to say"],
        ),
        ("POSSESSIVE", ["'s foreign ministry", "\u2019 charter"], ["s office", " office"]),
        ("POSSESSIVE_MARK", ["'s response", "\u2019s aides", "'s"], ["s response", " 's"]),
        (
            "ATTRIBUTION_END",
            [".", " Friday.", ",", " on Friday.", " early Tuesday.", " in a statement Monday."],
            [" it would fail.", "!"],
        ),
    ],
)
def test_a_pattern_matches_what_follows_a_name(
    pattern: str, good: list[str], bad: list[str]
) -> None:
    compiled = getattr(patterns, pattern)
    assert all(compiled.match(text) for text in good), [t for t in good if not compiled.match(t)]
    assert not any(compiled.match(text) for text in bad), [t for t in bad if compiled.match(t)]


def test_possessive_gives_what_follows() -> None:
    match = patterns.POSSESSIVE.match("'s foreign ministry said")
    assert match and match.group("after") == "foreign ministry said"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Rep. Jason Chaffetz", "Rep\u2024 Jason Chaffetz"),
        ("Charles B. Rangel", "Charles B\u2024 Rangel"),
        ("Lt. Col. Ann Wu", "Lt\u2024 Col\u2024 Ann Wu"),
        ("the end. The next", "the end. The next"),
        ("Rep.Jason", "Rep.Jason"),
    ],
)
def test_abbreviation_masks_a_period_inside_a_name(text: str, masked: str) -> None:
    assert patterns.ABBREVIATION.sub(lambda m: m.group()[:-1] + patterns.DOT, text) == masked


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the Bank of Japan said", ["Bank of Japan"]),
        ("NATO's office in Tokyo", ["NATO's", "Tokyo"]),
        ("Charles de Gaulle and Osama bin Laden", ["Charles de Gaulle", "Osama", "Laden"]),
        ("O'Neill met Ms. Lee", ["O'Neill", "Ms", "Lee"]),  # unless ABBREVIATION masks it
        ("O'Neill met Ms\u2024 Lee", ["O'Neill", "Ms\u2024 Lee"]),
    ],
)
def test_run_of_capitalised_words(text: str, runs: list[str]) -> None:
    assert [m.group() for m in patterns.RUN.finditer(text)] == runs


@pytest.mark.parametrize(
    ("form", "text", "acts"),
    [
        ("NATO", "NATO has firmly opposed the plan.", True),
        ("NATO", "NATO, the alliance of 31 countries, said no.", True),
        ("Times", "according to the Times, it failed", True),
        ("Beijing", "opposition from Beijing grew", True),
        ("Japan", "Japan and South Korea said so", True),
        ("ministry", "a statement by the ministry said", True),
        ("NATO", "the NATO summit opened", False),
        ("NATO", "in NATO's charter", False),
        ("Japan", "Japanese officials said", False),
    ],
)
def test_agency(form: str, text: str, acts: bool) -> None:
    assert bool(patterns.agency(form).search(text)) is acts


def test_initials() -> None:
    assert patterns.INITIALS.fullmatch("G.K.") and patterns.INITIALS.fullmatch("J.")
    assert not patterns.INITIALS.fullmatch("GK")


def test_an_alternation_does_not_depend_on_the_order_of_its_list() -> None:
    verbs = lexicon.entries("reporting_verbs")
    assert patterns.alternation(reversed(verbs)) == patterns.alternation(verbs) == patterns.VERBS
    assert patterns.phrases(["running mate", "aide"]) == r"(?:aide|running\s+mate)"


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("Democrats called for ", "for"),
        ("delivered to the ", "to"),
        ("serving Under  ", "under"),
        ("a rift among ", "among"),
        ("a stage-in ", None),  # part of a word, no preposition
        ("the winner ", None),
        ("for the party, ", None),  # only right before the name
    ],
)
def test_preposition_before_a_name(before: str, found: str | None) -> None:
    pattern = patterns.preposition_before(["for", "to", "among", *patterns.MORE_PREPOSITIONS])
    match = pattern.search(before + "Schumer", 0, len(before))
    assert (match.group("preposition").lower() if match else None) == found
