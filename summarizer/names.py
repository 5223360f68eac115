"""Candidate actor names, found in the text: the model chooses among them, never invents one.

A candidate is a run of capitalised words ("Jens Stoltenberg", "NATO", "New Zealand"). Titles
before a name ("NATO Secretary-General", "French President") are split off as its role; forms
of one name (surname alone, other word order, other case) are folded into one candidate whose
aliases list every form the article uses.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import lexicon
from .ground import normalise
from .patterns import (
    ABBREVIATION,
    DOT,
    HOUSE_IN_FULL,
    INITIALS,
    POSSESSIVE_END,
    RUN,
    TEASER_OPENERS,
    US_STATES,
    VERBS,
    agency,
    phrases,
    stance_agent,
)
from .types import ActorType

# The word lists: each file of lexicon/ says what its words are.
TITLE_WORDS = lexicon.words("titles")
_HONORIFICS = lexicon.words("honorifics")  # split off like titles, but no role
_SURNAME_TITLES = lexicon.words("surname_titles")
_DESCRIPTORS = lexicon.words("descriptors")
# Those of them that say nothing of what a person is, no role: "Crooked Hillary Clinton".
_NO_ROLE = frozenset({"crooked"})
NATIONALITIES = lexicon.words("nationalities")
_COMMON = lexicon.words("common_words")
COUNTRIES = frozenset(c.casefold() for c in lexicon.entries("countries.tsv"))
PLACES = COUNTRIES | US_STATES  # a country's or a state's name, folded ("ohio", "france")
# A capital often stands for its government ("Tokyo is making plans"): one actor with the country.
CAPITALS = {
    capital.casefold(): country
    for country, capitals in lexicon.mapping("countries").items()
    for capital in capitals
}
# "the Chinese government", "the Japan government": the country's government, one actor with it.
_DEMONYMS = {
    adjective: countries[0] for adjective, countries in lexicon.mapping("demonyms").items()
}
_COUNTRY_NAMES = {c.casefold(): c for c in lexicon.entries("countries.tsv")}
_ORG_WORDS = lexicon.words("org_words")
_MEDIA_WORDS = lexicon.words("media_words")
_MEDIA_NAMES = lexicon.words("media_names")
_OUTLET_NOUNS = lexicon.words("outlet_nouns")
# A broadcaster's call sign: "KBFX-TV", "WNYC-FM".
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM)")
_OPENERS = frozenset(w.lower() for w in lexicon.entries("not_name_openers"))
_SMALL_WORDS = lexicon.words("title_small_words")
_PARTICLES = lexicon.words("name_particles") - {"of", "the"}
_HEADLINE_SMALL = frozenset({"as", "but", "if", "is", "nor", "so", "than", "via", "vs"})
# First names and their nicknames: each written first name → the canonical names it may stand for.
_NICKNAMES = lexicon.mapping("nicknames")
_FIRST_FORMS: dict[str, frozenset[str]] = {
    written: frozenset(
        canonical
        for canonical, nicknames in _NICKNAMES.items()
        if written == canonical or written in nicknames
    )
    for written in {*_NICKNAMES, *(n for nicknames in _NICKNAMES.values() for n in nicknames)}
}
FIRST_NAMES = frozenset(_FIRST_FORMS)
# First names whose sex the 1990 US Census lists leave in little doubt (`first_names_build`).
_FIRST_NAME_SEXES = {name: sex for name, (sex,) in lexicon.mapping("first_name_sexes").items()}
# An honorific that shows a person's sex: "Mr." a man's, "Mrs.", "Ms." and "Miss" a woman's.
_HONORIFIC_SEX = re.compile(r"(?:(Mr)|Mrs|Ms|Miss)\.?\s")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PRONOUNS = frozenset({"i", "you", "we", "he", "she", "they", "it", "me", "us", "him", "them"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
)
# Words of time that say when, not what: a fronted phrase ending in one before its comma is no
# subject ("On Tuesday, the Sierra Club …", actors), and two sentences may share one without
# being about one thing (merge). The months are apart: "May" and "March" are other words too.
TIME_WORDS = WEEKDAYS | {"today", "yesterday", "week", "year", "month", "morning", "night"}
# A party and a state after a lawmaker's name: "R-Utah", "D-N.Y.", "I-Vt."
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")
# "I've", "We're", "Don't": a pronoun or a verb with its contraction, never a name.
_CONTRACTION = re.compile(r"[\w.]+[\u2019'](?:ve|re|ll|m|d|t)", re.IGNORECASE)
# A number written in words, opening a sentence ("Seventy-four percent of voters", "Dozens of
# protesters", "Three-quarters of the board"): no name ("one" to "ten" are common words).
_NUMBER_WORD = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:hundred|thousand|million|dozen)s?|"
    r"(?:one|two|three|four)-(?:half|halves|thirds?|quarters?|fifths?)",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first mention

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


# An apostrophe inside a word ("O'Rourke", "O'Malley") is part of it; a possessive's is not.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)[\u2019'](?=\w)(?![sS]\b)")


def joined_apostrophes(name: str) -> str:
    """A name with the apostrophes inside its words dropped, so that "O'Rourke" is one word
    with a straight or a curly apostrophe, or none ("ORourke")."""
    return _INNER_APOSTROPHE.sub("", name)


def plain(name: str) -> str:
    """A name folded as `ground.normalise` folds it, its inner apostrophes dropped and its
    accents too ("Erdoğan" and "Erdogan", "López" and "Lopez" are one name)."""
    folded = unicodedata.normalize("NFKD", normalise(joined_apostrophes(name))[0])
    return "".join(c for c in folded if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _tokens(name: str) -> frozenset[str]:
    folded = plain(name)
    return frozenset(t for t in re.split(r"[^\w]+", folded) if t and t not in {"the", "of"})


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words) of a capitalised run: the name is what follows the last title
    word ("Secretary of State Hillary Clinton": the title takes "of State"); a run that ends in
    a title word is all title ("French President"), unless that word is also a surname."""
    titles = [
        i
        for i, word in enumerate(words)
        if (_title_word(word) or (i < len(words) - 1 and _plural_title(word)))
        and not _titled_surname(words, i)
    ]
    if (
        titles
        and titles[-1] == len(words) - 1 > 0
        and words[-1].lower() in _SURNAME_TITLES
        and (words[-2].lower() not in TITLE_WORDS or words[-2].lower() in _HONORIFICS)
    ):
        titles.pop()
    if not titles:
        return [], words
    title, name = words[: titles[-1] + 1], words[titles[-1] + 1 :]
    while len(name) >= 2 and name[0] == "of":
        title, name = [*title, *name[:2]], name[2:]
    while (
        len(title) >= 2
        and title[-2] == "of"
        and len(name) >= 3
        and name[0].lower() not in FIRST_NAMES
        and name[1].lower() in FIRST_NAMES
    ):
        # "Director of National Intelligence James Clapper": the title goes on to the first name.
        title, name = [*title, name[0]], name[1:]
    if has_org_word(name):
        return [], words  # "Defense Department", "Senate Foreign Relations Committee": one name
    if not name and len(words) >= 3 and words[-2] == "of" and has_org_word(words[-3:-2]):
        return [], words  # "House of Representatives": a body whose name ends in a title
    return title, name


def _title_word(word: str) -> bool:
    """A title word, or its abbreviation in initials whose last full stop the run left out
    ("The A.G" of "The A.G. told the paper …")."""
    lower = word.lower()
    return lower in TITLE_WORDS or (
        _DOTTED_SHORT.fullmatch(lower) is not None and f"{lower}." in TITLE_WORDS
    )


def _plural_title(word: str) -> bool:
    """A title word in the plural: "Justices" (Kennedy and …), "CEOs"."""
    lower = word.lower()
    return len(lower) > 2 and lower.endswith("s") and lower[:-1] in TITLE_WORDS


_DOTTED_SHORT = re.compile(r"(?:[a-z]\.)+[a-z]")


# A title and the word that joins it to an office's organisation, right before a run of
# capitalised words: "Speaker of the " (House Newt Gingrich), "Secretary for " (Diplomatic …).
_OFFICE_BEFORE = re.compile(
    r"(?<![\w.-])((?:[A-Z][\w.-]*[ \t]+){0,3}?([A-Z][\w.-]*)[ \t]+(?:of|for)(?:[ \t]+the)?)[ \t]+$"
)


def _office_and_name(words: list[str], text: str, start: int) -> tuple[list[str], list[str]] | None:
    """(title words, name words) of a run that holds an office and the name of the one who holds
    it, or None: "Secretary of Homeland Security Kirstjen Nielsen", "(Speaker of the) House Newt
    Gingrich", "(Deputy Assistant Secretary for) Diplomatic Security Charlene Lamb", "(President
    of the) United States Donald Trump". The office is a title word with "of" or "for" and an
    organisation's name (or a country's), in the run or right before it; the name is what
    follows the organisation's last word, two or three words that look like a
    person's name. A run with no such title is an organisation's name ("House Intelligence
    Committee Adam Smith")."""
    # Where the organisation may end: after an organisation's word, or a country or state
    # ("President of the United States Jane Doe").
    ends = [
        i + 1
        for i, word in enumerate(words)
        if has_org_word([word]) or " ".join(words[: i + 1]).casefold() in PLACES
    ]
    if not ends or not 2 <= len(words) - ends[-1] <= 3:
        return None
    head, name = words[: ends[-1]], words[ends[-1] :]
    if not _person_like(" ".join(name)) or any(
        w.lower() in TITLE_WORDS or has_org_word([w]) for w in name
    ):
        return None
    inside = any(
        w.lower() in TITLE_WORDS and nxt in ("of", "for") for w, nxt in itertools.pairwise(head)
    )
    before = None if inside else _OFFICE_BEFORE.search(text, max(0, start - 60), start)
    if not inside and (before is None or before.group(2).lower() not in TITLE_WORDS):
        return None
    office = before.group(1).split() if before else []
    while office and (office[0].lower() in _COMMON or office[0].lower() in _OPENERS):
        office = office[1:]  # "The Speaker of the House …": the article is no part of the title
    return ([*office, *head], name)


_NICKNAME = re.compile(
    r"(?<![\w.])([A-Z][\w.\u2019'-]*[ \t]+)"  # the first name
    r"([\"\u201c][A-Z][\w.\u2019' -]{0,24}[\"\u201d])"  # the nickname in its marks
    r"([ \t]+[A-Z])"  # the surname's first letter
)


def _titled_surname(words: list[str], i: int) -> bool:
    """Whether the title word at `i` is a surname after a given name (a middle initial between
    may stand): after a title ("Sen. Angus King of Maine", "Rep. Peter T. King of New York",
    "Rep. Steve King"), or opening the run with a known first name ("Stephen King of Maine");
    not "Saudi King Salman", "Secretary General"."""
    if i < 1 or words[i].lower() not in _SURNAME_TITLES:
        return False
    given = i - 1
    if given >= 1 and _MIDDLE_INITIAL.fullmatch(words[given]):
        given -= 1
    word = words[given]
    if not (
        word[:1].isupper()
        and word.lower() not in TITLE_WORDS
        and not has_org_word([word])
        and word.lower() not in NATIONALITIES
    ):
        return False
    if given == 0:
        return given < i - 1 and is_first_name(word)  # "Peter T. King"; "Stephen King" as before
    title = words[given - 1].lower()
    return title in TITLE_WORDS and title not in _SURNAME_TITLES


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")


# A hashtag, a handle, a code of letters of both cases and digits (a link's, "HNRNAuq7nT"), or
# a teaser's opener before its colon ("WATCH: …", `patterns.TEASER_OPENERS`): blanked before
# names are looked for (session 59, from a PolNeAR train sample, where a tweet's
# "#GirlIGuessImWithHer HNRNAuq7nT" became an actor, and "WATCH" one in another).
_TAG_OR_CODE = re.compile(
    r"[#@]\w+|\b(?=\w*\d)(?=\w*[a-z])(?=\w*[A-Z])\w{6,}\b"
    rf"|(?<![A-Za-z] )\b(?i:{TEASER_OPENERS})(?=[ \t]*:)"
)


def find_candidates(text: str) -> list[Candidate]:
    """Candidate actor names, in order of first mention, forms of one name folded together."""
    raw: list[tuple[str, str, int, str]] = []  # (name, role, offset, full written form)
    masked = ABBREVIATION.sub(lambda m: m.group()[:-1] + DOT, text)  # same offsets
    # William "Mo" Cowan: a nickname in quotation marks inside a name is blanked, so the name
    # is one run ("William Cowan"), not two.
    nicknames = [m.span(2) for m in _NICKNAME.finditer(masked)]
    masked = _NICKNAME.sub(lambda m: m[1] + " " * len(m[2]) + m[3], masked)
    # "#GirlIGuessImWithHer", "@realDonaldTrump", a link's code ("HNRNAuq7nT"): no names.
    masked = _TAG_OR_CODE.sub(lambda m: " " * len(m.group()), masked)
    headlines = _headlines(text)
    listed = ("", 0)  # the plural title of a list of names ("former Sens. A, B and C"), its end
    for start, run in _joined_runs(masked):
        if any(low <= start < high for low, high in headlines):
            continue
        run_start, run_end = start, start + len(run)
        if _EDITORS_BRACKET_GOES_ON.match(text, run_end):
            continue  # "[President Barack] Obama's": the name goes on past an editor's bracket
        # "Mattis' plan", "the Williams' home": a plural possessive's apostrophe goes too.
        written = POSSESSIVE_END.sub("", run).replace(DOT, ".").rstrip("\u2019'")
        words = _cut_at_suffix(written.split())
        if outlet := _outlet_written(words, text, start):
            # "The Hill", "the Atlantic": the outlet's name keeps its article; without it, the
            # name is a surname or a common word ("Hill", "Atlantic").
            raw.append((outlet, "", start, outlet))
            continue
        if (whose := _employer_before(words)) is not None:
            # "Fox News' Bret Baier", "the Post's Dana Milbank": the person, named without the
            # employer the possessive puts before the name.
            start = text.index(words[whose], start)
            words = words[whose:]
        while words and (
            _not_a_name_word(words[0], opening=True)
            or (len(words) >= 2 and _verb_opening(words, text, start))
        ):
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        while words and (_not_a_name_word(words[-1]) or words[-1].lower() in WEEKDAYS):
            words = words[:-1]
        if any(_CONTRACTION.fullmatch(w) for w in words):
            continue  # "O.K. I'm": a sentence, not a name
        if len(words) >= 3 and all(w.isupper() for w in words):
            continue  # "OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE": a headline in capitals
        if (
            len(words) >= 3
            and words[0].isupper()
            and not INITIALS.fullmatch(words[0])  # "W. Douglas Parker" is one name
            and not (words[0].lower() in TITLE_WORDS and words[1][:1].isupper())  # "CEO Doug …"
            and not words[1].isupper()
            and words[1].lower() not in TITLE_WORDS
            and not has_org_word(words[1:])
        ):
            # "US Koji Tomita" (from "Ambassador to the US Koji Tomita"): two names; but "U.S.
            # Conference of Catholic Bishops" is one.
            raw.append((words[0], "", start, words[0]))
            words = words[1:]
        if not words:
            continue
        while (
            len(words) >= 2
            and words[1].lower() in TITLE_WORDS
            and words[0].lower() not in TITLE_WORDS
            and _looks_common(words[0], text)
        ):
            # "Should Mr. Clarke", "Under Mrs. Clinton": an ordinary word opening a sentence.
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        while (
            len(words) >= 4
            and words[1] == "of"
            and _title_word(words[2])
            and not _title_word(words[0])
            and not has_org_word(words[:1])  # "Department of Defense Chief of Staff Jeremy Bash"
        ):
            # "the defeat in Virginia of Rep. Eric Cantor": the run joined a place to the title
            # across "of"; the place is no part of the title ("Secretary of State" is one).
            start = text.index(words[2], start)
            words = words[2:]
        title, name = _split_title(words)
        if (
            title
            and _plural_title(title[-1])
            and not _title_word(title[-1])
            and not text.startswith((" and ", ", "), run_end)
        ):
            title, name = [], words  # "Governors Island": a plural title heads only a list
        if not title and (office := _office_and_name(words, text, start)) is not None:
            title, name = office
            if not _title_word(words[0]):
                # "(Speaker of the) House Newt Gingrich": the run opens with the office's
                # organisation, the object of its "of"; the person's mention is the name.
                for word in words[: len(words) - len(name)]:
                    start = text.index(word, start) + len(word)
                start = text.index(name[0], start)
                words = name
        titled = bool(title)  # a title word, before any descriptor joins the title
        # "Sen. Brown": a name, though the article writes "brown" too (`_looks_common`).
        surname = bool(title) and len(name) == 1 and _name_after_title(name[0], title, text)
        if title and len(name) == 1 and not surname:
            # "General Electric", "the General Assembly", "Martin Luther King Jr": the title
            # word is part of a name, not a title before one.
            title, name = [], words
        while name and (_leaning(name[0]) or _COMPOUND_DESCRIPTOR.fullmatch(name[0])):
            # "Republican-leaning states", "the Democratic-run House Ways and Means Committee":
            # a party's lean, no part of a name; nor "Oscar-winner Berg", "Texas-based".
            start = text.index(name[0], start) + len(name[0])
            name = name[1:]
        if len(name) == 1 and (_PARTY_TAG.fullmatch(name[0]) or _party_word(name[0])):
            continue  # "Democratic" (the Democratic leader), "R-Utah": a party, no actor
        while (
            len(name) >= 2
            and (name[0].lower() in _DESCRIPTORS or _COMPOUND_DESCRIPTOR.fullmatch(name[0]))
            and not has_org_word(name[1:])
        ):
            # "Democrat Hillary Clinton", "Rival Hillary Clinton", "Neither Clinton": a
            # descriptor, not part of the name (but "Republican National Committee" stays whole).
            title, name = [*title, name[0]], name[1:]
        role = " ".join(w for w in title if w.lower() not in _HONORIFICS | _NO_ROLE)
        if not role and _person_like(" ".join(name)):
            # "former Sens. John Ashcroft, Kit Bond and Jim Talent", "Arizona's senators, John
            # McCain and Jeff Flake": a plural title before a list is each one's.
            plural, end = listed
            if plural and _LIST_GAP.fullmatch(text, end, run_start):
                role = plural
            else:
                before = _PLURAL_TITLE_BEFORE.search(text, max(0, run_start - 60), run_start)
                role = before.group(1) if before else ""
        if role and role.split()[-1].lower() in _PLURAL_TITLES:
            listed = (role, run_end)
        if len(name) == 1 and not title and _plural_title(name[0]):
            continue  # "other CEOs": people by their title, no name
        if not name or name[0].islower():
            continue  # a bare title ("Special Counsel"); "Democrat of California": no name
        if titled and len(name) == 1 and name[0].lower() in _DESCRIPTORS:
            continue  # "Former GOP" (presidential nominee …): a title cut short, no name
        if "of" in name[1:]:
            cut = name.index("of", 1)
            place = " ".join(name[cut + 1 :]).casefold()
            person = [w.casefold() for w in name[:cut]]
            if _person_like(" ".join(name[:cut])) and (
                place in COUNTRIES
                or place in US_STATES
                or has_org_word(name[cut + 1 :])
                or (
                    person_name(" ".join(name[:cut])) is not None
                    and not _group_word(person)
                    and not _party_group(person)
                )
            ):
                # "Bernie Sanders of Vermont", "Jane Lee Doe of Acme L.L.P.", "Otto Roe of Roe
                # Partners": the place or the employer goes from a person's name.
                name = name[:cut]
        while len(name) >= 3 and _epithet_before(name, text):
            # "the Real John Roe" (a book's title), "Iron Mike Lind", "Pastor Jane Roe": a word
            # before a first name and a surname is no part of the name.
            name = name[1:]
        name_text = " ".join(name)
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", name_text):
            name_text += "."  # "the U.S. military": the run stops before the last full stop
        if len(name) == 1 and name_text.casefold().rstrip(".") + "." in US_STATES:
            written_at = text.find(name_text.rstrip("."), start)
            if text.startswith(".", written_at + len(name_text.rstrip("."))):
                continue  # "South Bend, Ind., Mayor Pete Buttigieg": a state, written short
        if len(name) == 1 and not surname and _looks_common(name_text, text):
            continue
        if name_text.casefold().rstrip("s") in NATIONALITIES:
            continue
        form = " ".join(words)
        if any(run_start <= low < run_end for low, _ in nicknames):
            # The name as written, with its nickname, is the form its mention is found by.
            form = text[text.index(words[0], start) : run_end]
        raw.append((name_text, role, start, form))
    for match in _GROUP_NOUNS.finditer(text):
        if not any(low <= match.start() < high for low, high in headlines):
            written = " ".join(match.group().split())
            raw.append((written[0].lower() + written[1:], "", match.start(), written))
    for match in _PARTY_MEMBERS.finditer(text):
        if _NAMES_AFTER.match(text, match.end()):
            continue  # "Ohio's two Democratic senators, Jane Doe and Otto Roe": those two
        if not any(low <= match.start() < high for low, high in headlines):
            start = match.start()
            state = _STATE_BEFORE.search(text, max(0, start - 30), start)
            if state:  # "Missouri Republican senators", "New York Democratic lawmakers"
                words = state.group(1).split()
                for n in (2, 1):
                    if len(words) >= n and " ".join(words[-n:]).casefold() in US_STATES:
                        start = state.end(1) - len(" ".join(words[-n:]))
                        break
            written = " ".join(text[start : match.end()].split())
            raw.append((written, "", start, written))
    found = _country_forms_folded(_capitals_as_countries(_fold(raw, text)))
    return _without_towns(text, _departments_folded(found))


_ACRONYM_WORD = re.compile(r"[A-Z]{2,}|(?:[A-Z][.\u2024]){2,}")


# An editor's words in brackets before the rest of a name: "[President Barack] Obama".
_EDITORS_BRACKET_GOES_ON = re.compile(r"\][ \t]+[A-Z]")


# A town written with its state after it: "South Bend, Ind.", "Peoria, Illinois".
_STATE_AFTER = re.compile(r",[ \t]+((?:[A-Z][\w.]*[ \t]?){1,2})")


def _without_towns(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates but the towns: a name each of whose mentions is followed by a US state
    ("South Bend, Ind., Mayor Pete Buttigieg"; "Mesa, Arizona") names a place, no actor."""
    kept = []
    for candidate in found:
        states = 0
        written = 0
        for form in {candidate.name, *candidate.aliases}:
            for match in re.finditer(rf"(?<![\w.]){re.escape(form)}(?![\w])", text):
                written += 1
                after = _STATE_AFTER.match(text, match.end())
                state = after.group(1).strip().casefold() if after else ""
                states += state in US_STATES or state.rstrip(".") + "." in US_STATES
        first = candidate.name.split()[0].lower()
        if not (candidate.roles or first in FIRST_NAMES or written == 0 or states < written):
            continue
        kept.append(candidate)
    return kept


# Titles of several people, and what stands between the names of a list they head.
_PLURAL_TITLES = frozenset(
    {"sens.", "senators", "reps.", "representatives", "congressmen", "governors", "govs."}
)
_LIST_GAP = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")
_PLURAL_TITLE_BEFORE = re.compile(
    r"\b((?:state[ \t]+)?(?:senators|representatives|congressmen|governors))"
    r"(?:[ \t]*,|[ \t]+(?:\u2014|--|like|such[ \t]+as|including))[ \t]+$"
)


# Groups named by their leaning and a plural noun, no capitals: "liberal groups", "Progressive
# and tenant advocacy groups", "conservative activists". They are candidates like names, and
# actors where the text shows them acting ("Liberal groups such as Fairplay.org have urged").
_GROUP_NOUNS = re.compile(
    r"(?<![\w-])(?:[Ll]iberal|[Cc]onservative|[Pp]rogressive)"
    r"(?:[ \t]+and[ \t]+[a-z]+)?(?:[ \t]+(?:advocacy|activist|rights|immigrant))?"
    r"[ \t]+(?:groups|activists|advocates|organizations|organisations)\b"
)


# A party's members named by its adjective and a plural role: "Republican lawmakers", "GOP
# representatives", "Democratic presidential candidates". The run of capitals holds only the
# party's adjective, no actor alone; the group is a candidate like a name.
_PARTY_MEMBERS = re.compile(
    r"(?<![\w-])(?:Republican|Democratic|GOP)(?:[ \t]+(?:presidential|congressional|state))?"
    r"[ \t]+(?:lawmakers|legislators|senators|representatives|congressmen|candidates|members)\b"
)


# Names in apposition after a description: ", Jeff Flake and …", " Jeff Flake and …".
_NAMES_AFTER = re.compile(r",?[ \t]+[A-Z][\w.\u2019'-]*[ \t]+[A-Z]")
_STATE_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+$")


@dataclass(frozen=True)
class _Run:
    """A run of capitalised words at `start`, and the word its last join was across ("and",
    "to", "for", "on"; None for a run not joined)."""

    start: int
    text: str
    across: str | None = None


# People who band together for a cause, in the names of their groups: "Americans for
# Prosperity", "Citizens for Responsibility and Ethics in Washington", "Physicians for Human
# Rights", "Veterans for Peace".
_PEOPLE_FOR = frozenset(
    {"Americans", "Citizens", "Physicians", "Veterans", "Scientists", "Parents", "Students"}
    | {"Doctors", "Taxpayers", "Voters", "Women", "Families", "Mothers", "Moms", "Lawyers"}
    # A cause the group stands for: "Democracy for America", "Freedom for Immigrants".
    | {"Democracy", "Freedom", "Liberty", "Progress"}
)


# A lowercase prefix joined to a name by a hyphen makes it an adjective: "the pro-Bush Right to
# Rise", "anti-Trump Republicans", "post-Brexit Britain".
_PREFIXED = re.compile(r"\b(?:pro|anti|non|post|pre|neo)-$", re.IGNORECASE)


def _apart_from_prefix(masked: str, run: re.Match[str]) -> list[tuple[int, str]]:
    """A run of capitalised words as (offset, run) pieces: its first word apart from the rest
    where a prefix joins that word to the word before it as an adjective (`_PREFIXED`: "Bush"
    and "Right" of "pro-Bush Right", not the one name "Bush Right"); else the run whole."""
    first, _, rest = run.group().partition(" ")
    if not rest or not _PREFIXED.search(masked, max(0, run.start() - 6), run.start()):
        return [(run.start(), run.group())]
    rest = rest.lstrip()
    return [(run.start(), first), (run.end() - len(rest), rest)]


def _joined_runs(masked: str) -> list[tuple[int, str]]:
    """The runs of capitalised words, (offset, run), with the runs an organisation's name holds
    across "and" or "to" joined: "House Ways and Means Committee", "Securities and Exchange
    Commission", "National Committee to Preserve Social Security and Medicare". Runs are joined
    only where the name is a fixed expression: across "and", the run after ends in an
    organisation word and the word before "and" is never written capitalised elsewhere
    ("Ways"); across "to", the run before ends in one and the word after "to" is never written
    capitalised elsewhere ("Preserve"), and then a one-word run after "and" goes with it
    ("… Social Security and Medicare"; after "for" or "on" only where it is written nowhere
    else: "… for Disease Control and Prevention", not "… for American Progress and Obama").
    "Walmart and the Chamber of Commerce", "Pelosi and House Democrats", "the White House to
    Congress" stay apart."""
    runs = [piece for m in RUN.finditer(masked) for piece in _apart_from_prefix(masked, m)]
    counts = Counter(w for _, run in runs for w in run.split())
    run_counts = Counter(run for _, run in runs)
    # How often each run is written before " for " or " on ".
    before_for = Counter(
        run
        for start, run in runs
        if masked.startswith((" for ", " on ", " for the "), start + len(run))
    )
    joined: list[_Run] = []
    for start, run in runs:
        if joined:
            previous = joined[-1]
            before = previous.text
            between = masked[previous.start + len(before) : start]
            last, first = before.split()[-1], run.split()[0]
            fixed_and = (
                between == " and "
                and (
                    (
                        previous.across in ("to", "for", "on")
                        and len(run.split()) == 1
                        and (counts[run] == 1 or previous.across not in ("for", "on"))
                    )
                    or (
                        has_org_word(run.split()[-1:])
                        and not has_org_word([last])
                        and counts[last] == 1
                        and not before.endswith(("\u2019s", "'s"))
                        # "Marriott, Apple and American Airlines": the end of a list, two names.
                        and not masked[: previous.start].endswith(", ")
                        # "the IRS and Treasury Department": an acronym is a name of its own.
                        and not (before == last and _ACRONYM_WORD.fullmatch(last))
                    )
                )
            )
            fixed_to = (
                between == " to "
                and has_org_word([last])
                and not has_org_word([first])
                and counts[first] == 1
                and first.casefold() not in PLACES
            )
            # "Center for Arizona Policy", "Centers for Disease Control", "National Commission on
            # Fiscal Responsibility", "Coalition for the Homeless", "Americans for Prosperity":
            # across "for" or "on" where the run before ends in an organisation word (or people
            # who band together for a cause, `_PEOPLE_FOR`) and is never written alone ("the
            # House for Democrats", "Asia for Europe's security", "the Senate on Tuesday" stay
            # apart).
            fixed_for = (
                between in (" for ", " on ", " for the ")
                and (has_org_word([last, last.removesuffix("s")]) or last in _PEOPLE_FOR)
                # Not "Securities and Exchange Commission on Wall Street".
                and previous.across is None
                and run_counts[before] == before_for[before]
                and not _party_group([w.casefold() for w in run.split()])
                and first.casefold() not in WEEKDAYS | MONTHS
                # Not "… Committee on Iraq", "… on Capitol Hill" (but "Center for Kentucky Policy").
                and not (between == " on " and (first.casefold() in PLACES or first == "Capitol"))
            )
            if fixed_and or fixed_to or fixed_for:
                joined[-1] = _Run(previous.start, f"{before}{between}{run}", between.strip())
                continue
        joined.append(_Run(start, run))
    return [(r.start, r.text) for r in joined]


def is_party_tag(written: str) -> bool:
    """A party and a state written after a lawmaker's name: "R-Utah", "D-N.Y."."""
    return bool(_PARTY_TAG.fullmatch(written.strip()))


def is_party_plural(word: str) -> bool:
    """A party's members named by its descriptor in the plural: "Democrats", "Republicans"."""
    return word.lower() in _DESCRIPTORS and word.endswith("s") and not word.isupper()


# A stance as a verb phrase before its issue, for one holder and for several (or a plural).
_STANCE_VERBS = {
    "supports": ("supports", "support"),
    "opposes": ("opposes", "oppose"),
    "neutral": ("takes no side on", "take no side on"),
    "mixed": ("is divided on", "are divided on"),
}


# A word of every member opening a name ("Every Senate Republican", "All House Democrats", "Each
# member"): the name is of a group, never of one person (`referents`, `speakers`).
EVERY_MEMBER = frozenset({"every", "all", "each"})


def plural_actor(name: str, actor_type: str) -> bool:
    """Whether an actor's name is a plural, which a verb agrees with ("Republicans oppose it"):
    a party's members ("Republicans", "House Democrats") or a group named by a common noun
    ("critics", "Defense Department officials"). Never a country, nor a proper name in "-s"
    ("Fox News", "United Nations", "Roger Williams")."""
    words = name.split()
    if actor_type == "country" or not words:
        return False
    last = words[-1]
    if is_party_plural(last) or (last.endswith("s") and is_descriptor(last[:-1])):
        return True  # "Democrats", "Liberals"
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is", "news"))


def stance_verb(stance: str, *, plural: bool) -> str:
    """A stance as the verb phrase a sentence gives its holder: "supports", "take no side on";
    any other value as it is."""
    one, many = _STANCE_VERBS.get(stance, (stance, stance))
    return many if plural else one


def is_descriptor(word: str) -> bool:
    """A word that describes a person's side or trade, never a place or body: "Republican",
    "GOP", "conservative", "billionaire" (`lexicon/descriptors.txt`)."""
    return word.lower() in _DESCRIPTORS


def _party_word(word: str) -> bool:
    """A descriptor in the singular ("Democratic", "Republican", "Democrat"): a party's
    adjective, never an actor alone; the plural ("Democrats") and an acronym ("GOP") are."""
    return word.lower() in _DESCRIPTORS and not word.endswith("s") and not word.isupper()


# A capitalised word joined to a lower-case participle or agent noun describes what follows:
# "Oscar-winning", "Oscar-winner", "Harvard-educated", "Texas-based", "Iowa-born"; not
# "So-called", which makes what follows a term ("So-called Zorb Vouchers").
_COMPOUND_DESCRIPTOR = re.compile(r"(?!So-)[A-Z][\w.]*-[a-z]+(?:ing|ed|er|born)")


def _leaning(word: str) -> bool:
    """A party's or a country's lean written as one word: "Republican-leaning", "GOP-led",
    "Democratic-controlled", "Russian-backed"."""
    first, _, second = word.partition("-")
    lean = first.lower() in _DESCRIPTORS or first.lower() in NATIONALITIES
    return lean and second in {"leaning", "led", "controlled", "backed", "dominated", "run"}


_LONGEST_ACRONYM = 8  # letters: a word in capitals this long is a word, not an acronym


def _not_a_name_word(word: str, *, opening: bool = False) -> bool:
    """A word a run of capitalised words may hold at its ends that is no part of a name: an
    ordinary word ("However", "Four"), a pronoun ("O.K. You"), "the"/"of" at the end; at the
    start, a word that opens a clause ("Though Weiner")."""
    lower = word.lower()
    if lower in _PRONOUNS or _CONTRACTION.fullmatch(word):
        return True
    if len(word) >= _LONGEST_ACRONYM and word.isalpha() and word.isupper():
        return True  # "CORRECTION:", "WASHINGTON —": a word in capitals, no acronym
    if opening:
        return lower in _COMMON or lower in _OPENERS or _NUMBER_WORD.fullmatch(word) is not None
    return lower in {"the", "of"}


def outlet_with_article(name: str) -> bool:
    """Whether `name` is a news outlet's name with its article, as the outlet list holds it
    ("The Hill", "The Atlantic"): an outlet, never a person named Hill."""
    return name.startswith("The ") and normalise(name)[0] in _MEDIA_NAMES


_THE_BEFORE = re.compile(r"(?<![\w-])the[ \t]+$")
# "on the Hill", "at the Hill": a place (Capitol Hill), not the outlet ("according to the Hill").
_PLACE_BEFORE_THE = re.compile(r"(?<![\w-])(?:on|at|in|across|around|off|onto)[ \t]+the[ \t]+$")


def _outlet_written(words: list[str], text: str, start: int) -> str | None:
    """The outlet a run of capitalised words at `start` names with its article, written in it
    ("The Hill reported") or right before it ("according to the Hill"), as "The Hill"; None
    for any other run ("The Hill Country", "French Hill")."""
    while words and (_not_a_name_word(words[-1]) or words[-1].lower() in WEEKDAYS):
        words = words[:-1]
    if (
        words[:1] != ["The"]
        and _THE_BEFORE.search(text, max(0, start - 8), start)
        and not _PLACE_BEFORE_THE.search(text, max(0, start - 16), start)
    ):
        words = ["The", *words]
    name = " ".join(words)
    return name if len(words) >= 2 and outlet_with_article(name) else None


def _cut_at_suffix(words: list[str]) -> list[str]:
    """A run's words up to a suffix written with its full stop ("Thomas J. Bliley Jr.
    Reaching …": the next sentence's first word follows the suffix)."""
    for i, word in enumerate(words[:-1]):
        if i >= 2 and word.endswith(".") and word[:-1].lower() in NAME_SUFFIXES:
            return words[: i + 1]
    return words


# Title words that never end a title: "Defense Secretary", "Foreign Minister", "Vice
# President" ("National Defense Strategy", "Veterans of Foreign Wars", "Vice Versa" hold none).
_TITLE_OPENERS = frozenset(
    {"assistant", "crown", "defence", "defense", "deputy", "executive", "foreign", "vice"}
)


def _name_after_title(word: str, title: list[str], text: str) -> bool:
    """Whether the one word a title leaves ("Sen. Paul", "Justice Kennedy") can be a name: not
    a suffix ("Martin Luther King Jr"), nor a word after a title word that never ends a title
    ("National Defense Strategy") or after "General" alone ("General Electric"), nor a word the
    article writes in lower case ("the General Assembly", where "assembly" is written too)
    unless a title written short or a courtesy title stands before it ("Sen. Brown", "Mrs.
    Rice") or the article writes it as someone's surname ("Secretary Rice" with "Condoleezza
    Rice": `_written_as_surname`)."""
    lower = word.lower().rstrip(".")
    last = title[-1].lower()
    if (
        lower in NAME_SUFFIXES
        or last in _TITLE_OPENERS
        or [w.lower() for w in title] == ["general"]
    ):
        return False
    return (
        lower in FIRST_NAMES
        or not (re.fullmatch(r"[\w-]+", lower) and lower in _words(text))
        or last.endswith(".")
        or last in _HONORIFICS
        or _written_as_surname(word, text)
    )


def _written_as_surname(word: str, text: str) -> bool:
    """Whether the article writes `word` after a given name ("Condoleezza Rice", "Sherrod C.
    Brown"): a capitalised word the article never writes in lower case, no title, descriptor,
    place or word of an organisation's name, nor a common word opening a sentence ("The")."""
    if has_org_word([word]):
        return False
    before = re.finditer(
        rf"(?<![\w.-])([A-Z][\w\u2019'-]+)[ \t]+(?:[A-Z]\.[ \t]+)?{re.escape(word)}(?![\w-])",
        text,
    )
    for match in before:
        given = match.group(1).lower()
        if given in FIRST_NAMES or not (
            given in TITLE_WORDS
            or given in _HONORIFICS
            or given in _DESCRIPTORS
            or given in NATIONALITIES
            or given in COUNTRIES
            or given in US_STATES
            or given in _COMMON
            or given in _OPENERS
            or has_org_word([match.group(1)])
            or _looks_common(match.group(1), text)
        ):
            return True
    return False


def _epithet_before(name: list[str], text: str) -> bool:
    """Whether a name's first word is no part of it: no first name, initial or acronym, before
    a capitalised first name ("Real John Roe", "Pastor Jane Roe"; not "Ruth Bader Lind", "J.
    Otto Roe", "Bashar al Aswan", "Acme Jane Fund"), where the article writes the rest without
    it too ("John Roe") or writes the word in lower case ("pastor"), as it need not for a first
    name no list holds ("Zelphia Ellis Crane")."""
    first, second = name[0], name[1]
    rest = " ".join(name[1:])
    return (
        first[:1].isupper()
        and second[:1].isupper()  # "Bashar al Aswan": "al" is no first name "Al"
        and not is_first_name(first)
        and is_first_name(second)
        and not INITIALS.fullmatch(first)
        and not first.isupper()
        and not has_org_word(name)
        and f"{first} {second}".casefold() not in PLACES  # "South Carolina"
        and (text.count(rest) > text.count(f"{first} {rest}") or _looks_common(first, text))
    )


def is_first_name(word: str) -> bool:
    """Whether a word is a first name: of the list of common ones, or the Census lists'."""
    return word.lower() in FIRST_NAMES or word.lower() in _FIRST_NAME_SEXES


def _verb_opening(words: list[str], text: str, start: int) -> bool:
    """A verb opening a sentence before a name: a verb of saying ("Continued Roe: "…"", "Added
    Roe"), or one in -ing ("Attacking Hillary Clinton, he …"; before a single word only where
    the article also writes it in lower case: "Joining Roe on stage was …", not "Sterling
    Vask said"); no first name. After an opening quotation mark, only an -ing form before two
    words or more (the quotation may be a show's title: "Morning Jim")."""
    word = words[0]
    before = text[:start].rstrip(" \t")
    gerund = len(word) >= 7 and word.endswith("ing")
    if before and before[-1] in '"\u201c':
        return gerund and len(words) >= 3 and word.lower() not in FIRST_NAMES
    return (
        word.lower() not in FIRST_NAMES
        and (not before or before[-1] in ".!?\n\u201d")
        and (
            _SAYING_VERB.fullmatch(word.lower()) is not None
            or (gerund and (len(words) >= 3 or _looks_common(word, text)))
        )
    )


_SAYING_VERB = re.compile(VERBS)


def _headlines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case ("Roe Accuses Former Acme Clerk of Failing to …"): every
    word capitalised but small ones (of, to, if), at least four capitalised. Their capitals mark
    no names (the names they hold are written again in the article's body)."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        words = re.findall(r"[^\W\d_][\w\u2019'.-]*", line.group())
        capitalised = sum(w[0].isupper() for w in words)
        small = all(w[0].isupper() or w in _SMALL_WORDS or w in _HEADLINE_SMALL for w in words)
        if small and capitalised >= 4 and capitalised >= 0.6 * len(words):
            found.append((line.start(), line.end()))
    return found


def _capitals_as_countries(found: list[Candidate]) -> list[Candidate]:
    result: list[Candidate] = []
    for candidate in found:
        country = CAPITALS.get(candidate.name.casefold())
        if country is None:
            result.append(candidate)
            continue
        home = next((c for c in found if c.name == country), None)
        if home is None:
            candidate.aliases.insert(0, candidate.name)
            candidate.name = country
            result.append(candidate)
        else:
            home.aliases += [f for f in candidate.forms if f not in home.forms]
            home.first = min(home.first, candidate.first)
    return sorted(result, key=lambda c: c.first)


# Each form of a country named in several ways → the name its forms are folded under.
_COUNTRY_FORMS = {
    form.casefold(): country
    for country, forms in lexicon.mapping("country_forms").items()
    for form in (country, *forms)
}


def _country_forms_folded(found: list[Candidate]) -> list[Candidate]:
    """The candidates with those naming one country in different ways ("U.S.", "United
    States", "America") folded into the one written first, the others its aliases."""
    result: list[Candidate] = []
    first: dict[str, Candidate] = {}
    for candidate in found:
        country = _COUNTRY_FORMS.get(candidate.name.casefold())
        home = first.get(country) if country else None
        if home is None:
            if country:
                first[country] = candidate
            result.append(candidate)
            continue
        home.aliases += [f for f in candidate.forms if f not in home.forms]
    return result


def _departments_folded(found: list[Candidate]) -> list[Candidate]:
    """The candidates with a department's bare name folded into its full one: "the Treasury"
    and "the Treasury Department" (or "the Department of Labor" and "Labor") in one article are one
    body, named in full, its bare name an alias. Only a bare name of one word with no role. So
    is a national body's name without its country's ("Secret Service" for "U.S. Secret
    Service"), a name of two words or more, and "House" for "House of Representatives"."""
    full: dict[str, Candidate] = {}
    for candidate in found:
        bare = _DEPARTMENT.fullmatch(candidate.name)
        if bare:
            full.setdefault(bare["front"] or bare["back"], candidate)
        national = _NATIONAL.fullmatch(candidate.name)
        if national and " " in national["body"]:
            full.setdefault(national["body"], candidate)
        if _HOUSE.fullmatch(candidate.name):
            full.setdefault("House", candidate)
    result: list[Candidate] = []
    for candidate in found:
        home = full.get(candidate.name)
        if home is None or candidate.roles:
            result.append(candidate)
            continue
        home.aliases += [f for f in candidate.forms if f not in home.forms]
        home.first = min(home.first, candidate.first)
    return sorted(result, key=lambda c: c.first)


_NATIONAL = re.compile(r"(?:U\.S\.|US|United[ \t]+States)[ \t]+(?P<body>[A-Z].*)")
# A chamber named in full, whose bare name is "House" (session 61).
# (A candidate's name holds no newline: its words come from `RUN`'s runs joined by spaces.)
_HOUSE = re.compile(rf"(?:[A-Z][\w.]*[ \t]+)?{HOUSE_IN_FULL}")
_DEPARTMENT = re.compile(
    r"(?P<front>[A-Z][a-z]+)[ \t]+(?:Department|Dept\.?)"
    r"|Department[ \t]+of[ \t]+(?:the[ \t]+)?(?P<back>[A-Z][a-z]+)"
)


def _looks_common(word: str, text: str) -> bool:
    """A single capitalised word that is an ordinary word at the start of a sentence."""
    lower = word.lower()
    if lower in _COMMON or len(word) < 2:
        return True
    if re.fullmatch(r"[\w-]+", lower):
        return lower in _words(text)  # one pass over the text, not one per word (long texts)
    return bool(re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text))


@functools.lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w-]+", text))


def _employer_before(words: list[str]) -> int | None:
    """Where a person's name starts after an organisation's possessive in a run ("Fox News'
    Bret Baier", "Reuters' Luciana Lopez", "Post's Dana Milbank"): two or three words after
    the possessive, the first a known first name or the possessor an outlet; None where there
    is no such name."""
    for i, word in enumerate(words[:-2]):
        if (
            word.endswith(("\u2019", "'", "\u2019s", "'s"))
            and 2 <= len(words) - i - 1 <= 3
            and all(w[:1].isupper() for w in words[i + 1 :])
            and not has_org_word(words[i + 1 :])
            and (
                words[i + 1].lower() in FIRST_NAMES
                or is_media(" ".join([*words[:i], re.sub(r"[\u2019']s?$", "", word)]))
            )
        ):
            return i + 1
    return None


def _fold(raw: list[tuple[str, str, int, str]], text: str = "") -> list[Candidate]:
    found: list[Candidate] = []
    told_apart: set[int] = set()  # the candidates named with their honorific ("Mrs. Vask")
    described_sex: dict[int, str] = {}  # a full name's sex by the noun before it (`_noun_before`)
    kin: dict[int, str] = {}  # the sex of a full name a noun of kinship introduces ("daughter")

    def may_be(c: Candidate, sex: str | None) -> bool:
        """Whether a form written with an honorific of `sex` may be this person: by the first
        name or honorifics (`sex_fits`), and by the noun the article writes before the full
        name ("Mr. Vask" is not the "daughter Ada Vask" whose first name the lists lack)."""
        return sex is None or (
            sex_fits(c.name, sex, c.forms) and described_sex.get(id(c), sex) == sex
        )

    # Longer names first, so that "Macron" finds "Emmanuel Macron" to fold into.
    for name, role, offset, written in sorted(raw, key=lambda r: (-len(r[0].split()), r[2])):
        tokens = _tokens(name)
        outlet = outlet_with_article(name)
        sex = honorific_sex(written)  # "Mr. Roe" is no form of Jane Roe's, nor of "Mrs. Roe"'s
        kept = [c for c in found if may_be(c, sex)]
        # An outlet named with its article is one with that name only: "The Hill" is no form
        # of French Hill's, and "Hill" none of the outlet's.
        home = next(
            (
                c
                for c in kept
                if outlet_with_article(c.name) == outlet
                and (c.name == name if outlet else _tokens(c.name) == tokens)
            ),
            None,
        )
        word = None if outlet else _one_word(name)
        if home is None and word:
            # A relative the article introduces by kinship ("the president's daughter Ada Vask")
            # is not the one its surname alone or with a title names, where the article writes
            # that surname with the other sex's honorific too ("Mr. Vask"): that is the person
            # she is kin to.
            hosts = [c for c in kept if not _kin_apart(kin.get(id(c)), {sex}, word, text)]
            if any(_full_name_of(word, c) for c in hosts):
                # Nor the one named with her honorific beside that full name ("Mrs. Vask"
                # beside Carl Vask): "Vask" alone is Carl Vask's.
                hosts = [c for c in hosts if id(c) not in told_apart]
            # Nor, with no honorific of her own sex, where the article names another person of
            # that surname in full: "Donald Trump … Trump's eldest daughter, Ivanka Trump":
            # "Trump" is Donald's.
            unrelated = [c for c in hosts if id(c) not in kin or kin[id(c)] == sex]
            if len(unrelated) < len(hosts) and any(_full_name_of(word, c) for c in unrelated):
                hosts = unrelated
            home = _host(word, role, offset, hosts, text=text, sex=sex)
        if home is None:
            home = next(
                (
                    c
                    for c in kept
                    if any(f.casefold() in (name.casefold(), written.casefold()) for f in c.forms)
                ),
                None,
            )
        if home is None and len(tokens) >= 2:
            hosts = [c for c in kept if same_person(c.name, name)]  # "Mike" Elliott, "Michael"
            home = hosts[0] if len(hosts) == 1 else None
            if home is not None and _respelt(home.name, name):
                # "Vincente Fox" before "Vicente Fox": the person is named as the lists spell it.
                home.aliases.append(home.name)
                home.name = name
        named = name
        if (
            home is None
            and sex is not None
            and (
                any(c.name == name for c in found) or (word and _only_other_sex(word, found, kept))
            )
        ):
            # A second person of one surname told apart only by the honorific ("Mr. Vask" and
            # "Mrs. Vask", neither named in full; "Mrs. Vask" beside a Sten Vask) is named with
            # it: no two actors share a name, nor is one shown as the other's bare surname.
            named = " ".join(written.split())
            home = next((c for c in found if c.name == named), None)
        if home is None:
            found.append(Candidate(name=named, first=offset))
            home = found[-1]
            if named != name:
                told_apart.add(id(home))
            if len(tokens) >= 2 and (noun := _noun_before(text, offset)):
                described_sex[id(home)] = _NOUN_SEXES[noun]
                if noun in _KIN_NOUNS:
                    kin[id(home)] = _NOUN_SEXES[noun]
        else:
            home.first = min(home.first, offset)
        for form in (name, written):
            if form not in home.forms and not (form == name and id(home) in told_apart):
                home.aliases.append(form)  # "Mrs. Vask" so named has no form "Vask": Mr. Vask's
        if role and role not in home.roles:
            home.roles.append(role)
    return sorted(_fold_acronyms(_fold_first_names(found, text, kin), text), key=lambda c: c.first)


# Words a name's initials leave out: "National Association for the Advancement of Colored
# People" is NAACP.
_NOT_INITIALLED = frozenset({"of", "the", "for", "and", "on", "in", "to", "&"})


def _fold_acronyms(found: list[Candidate], text: str) -> list[Candidate]:
    """An acronym ("NRA", "S.E.C.") folded into the one name of two words or more the article
    writes whose capitalised words' initials it spells ("National Rifle Association",
    "Securities and Exchange Commission"): one body, named as the article names it more often
    (in full where it writes both as often), the other form its alias. Not a country's or a
    state's name ("U.S.", "United States"), which have their own forms, nor a name that looks
    like a person's or names a thing or a measure ("Affordable Care Act")."""
    result = []
    for candidate in found:
        letters = candidate.name.replace(".", "")
        hosts = (
            [
                c
                for c in found
                if c is not candidate
                and len(c.name.split()) >= 2
                and c.name.casefold() not in PLACES
                and _initials(c.name) == letters
                and guess_type(c) != "person"  # "Hewlett Packard" would be typed one
                and not names_a_thing(c.name)
                and c.name.split()[-1].casefold() not in _MEASURE_WORDS  # "Affordable Care Act"
            ]
            if _ACRONYM.fullmatch(letters) and candidate.name.casefold() not in COUNTRIES
            else []
        )
        if len(hosts) != 1:
            result.append(candidate)
            continue
        home = hosts[0]
        home.aliases += [f for f in candidate.forms if f not in home.forms]
        home.roles += [r for r in candidate.roles if r not in home.roles]
        home.first = min(home.first, candidate.first)
        if _uses(candidate.name, text) > _uses(home.name, text):
            home.aliases = [home.name, *(a for a in home.aliases if a != candidate.name)]
            home.name = candidate.name  # "NATO", written far more often than in full
    return result


def _uses(form: str, text: str) -> int:
    """How often `text` writes `form` as a whole word run."""
    return len(re.findall(rf"(?<![\w.]){re.escape(form)}(?![\w])", text))


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_PLAIN_WORD = re.compile(r"[A-Z][a-z][\w\u2019'-]*")


def _initials(name: str) -> str:
    """The initials of a name's words but the small ones (`_NOT_INITIALLED`), each a capital;
    "" where a word left is not a plain capitalised word ("D.C. Court", "NBC News": an
    abbreviation of its own inside)."""
    words = [w for w in name.split() if w.casefold() not in _NOT_INITIALLED]
    if not words or not all(_PLAIN_WORD.fullmatch(w) for w in words):
        return ""
    return "".join(w[0] for w in words)


def _only_other_sex(word: str, found: list[Candidate], kept: list[Candidate]) -> bool:
    """Whether the article names people of surname `word` in full (folded) and an honorific
    written with it fits none of them (`kept`): "Mrs. Vask" where only Carl Vask is named."""
    full = [c for c in found if _full_name_of(word, c)]
    return bool(full) and not any(c in kept for c in full)


def _full_name_of(word: str, candidate: Candidate) -> bool:
    """Whether a candidate is a name in full (two words or more) whose surname is `word`."""
    return len(candidate.name.split()) >= 2 and word in surname_forms(candidate.name)


def _noun_before(text: str, offset: int) -> str | None:
    """The noun of kinship or sexed role (`_NOUN_SEXES`, lower case) right before a name at
    `offset`: "the president's daughter Ada Vask", "his wife, Ada Vask", "congresswoman Ada
    Vask"; None where there is none."""
    found = _SEXED_NOUN.search(text, max(0, offset - 30), offset)
    return None if found is None else found.group(1).lower()


# The nouns of kinship among them (`_fold`'s relatives).
_KIN_NOUNS = frozenset({
    "aunt", "boyfriend", "brother", "daughter", "father", "girlfriend", "granddaughter",
    "grandfather", "grandmother", "grandson", "husband", "mother", "nephew", "niece", "sister",
    "son", "uncle", "widow", "widower", "wife",
})  # fmt: skip


def _kin_apart(kin: str | None, sexes: set[str | None], word: str, text: str) -> bool:
    """Whether a relative of sex `kin`, introduced by kinship, is not the one a form of `word`
    (a surname, maybe folded: "vask") written with honorifics of `sexes` names: a form with no
    honorific of her own sex ("President Vask", "Vask") where the text writes the surname with
    the other sex's honorific too ("Mr. Vask" beside "daughter Ada Vask")."""
    if kin is None or kin in sexes:
        return False
    honorifics = r"Mr\." if kin == "F" else r"(?:Mrs|Ms)\.|Miss"
    return re.search(rf"\b(?:{honorifics})\s+(?i:{re.escape(word)})\b", text) is not None


# Nouns of kinship and sexed roles, and the sex each shows ("daughter": "F").
_NOUN_SEXES = {noun: sex for noun, (sex,) in lexicon.mapping("sexed_nouns").items()}


def noun_sex(noun: str) -> str | None:
    """The sex ("M", "F") a noun of kinship or a sexed role shows ("wife", "congressman",
    "woman"), or None."""
    return _NOUN_SEXES.get(noun.lower())


_SEXED_NOUN = re.compile(rf"\b({phrases(_NOUN_SEXES)}),?\s+$", re.IGNORECASE)


def first_name_sex(name: str) -> str | None:
    """A person's sex ("M", "F") by the first name of a full name, where the Census lists leave
    little doubt ("Jane Roe": "F"); None for an unlisted or shared first name ("Kelly Roe"), or
    a name of one word ("Roe"). Initials are passed over ("J. Otto Roe": Otto)."""
    words = [w for w in name.split() if len(w.rstrip(".")) > 1]
    return _FIRST_NAME_SEXES.get(words[0].lower()) if len(words) >= 2 else None


def honorific_sex(written: str) -> str | None:
    """The sex an honorific opening a written form shows ("Mr. Roe": "M"), or None."""
    match = _HONORIFIC_SEX.match(written)
    return None if match is None else "M" if match.group(1) else "F"


def person_sex(name: str, forms: Sequence[str] = ()) -> str | None:
    """A person's sex ("M", "F") by the first name of its name (`first_name_sex`), else by the
    honorific it or its forms are written with ("Mr. Roe"), where they agree; None where neither
    shows one."""
    if sex := first_name_sex(name):
        return sex
    shown = {honorific_sex(form) for form in (name, *forms)} - {None}
    return shown.pop() if len(shown) == 1 else None


# The sex a person's pronoun shows, as `person_sex` gives it.
PRONOUN_SEXES = {"he": "M", "him": "M", "his": "M", "she": "F", "her": "F"}


def sex_pronoun(sex: str | None) -> str | None:
    """The pronoun of a sex as `person_sex` gives it: "he" for "M", "she" for "F", else None."""
    return None if sex is None else "he" if sex == "M" else "she"


def sex_fits(name: str, sex: str | None, forms: Sequence[str] = ()) -> bool:
    """Whether a person (its name, and the forms it is written in) may be one an honorific of
    `sex` is written with: anyone when the honorific shows none, else one whose first name or
    honorifics show no other sex (`person_sex`)."""
    return sex is None or person_sex(name, forms) in (None, sex)


def _one_word(name: str) -> str | None:
    """A name written as one word, folded, its parts joined ("Ocasio-Cortez": "ocasiocortez",
    as `surname_forms` joins a hyphenated surname's); None for a name of several words ("the"
    and "of" aside: "Of Obama" opening a sentence is "obama")."""
    tokens = _tokens(name)
    if len(tokens) == 1:
        return next(iter(tokens))
    if len(name.split()) != 1 or "-" not in name or name.isupper():
        return None  # "U.N." is no surname "un"
    parts = [t for t in re.split(r"[^\w]+", plain(name)) if t]
    return "".join(parts) or None


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _host(
    word: str,
    role: str,
    offset: int,
    found: list[Candidate],
    roles: tuple[str, ...] = (),
    text: str = "",
    sex: str | None = None,
) -> Candidate | None:
    """The one person's full name a single word (folded) written at `offset` with `role` is
    part of: "Trump" is Donald Trump's, not the Trump Foundation's. A surname goes before a
    first name ("Hutchinson" is Asa Hutchinson's, not "Hutchinson Bombshell"'s); of several
    people, the one whose title the word's role shares ("Sen. Kennedy": Sen. Ted Kennedy, not
    Victoria Kennedy; "Congressman Hunter": Rep. Duncan Hunter). A titled word written before
    any full name is no one's ("President Trump" before "Melania Trump") unless the title says
    it ("President Obama" before "President Barack Obama"). A word written with an honorific
    (`sex`: "Mr. Roe") is no one's whose first name shows the other sex (Jane Roe)."""
    hosts = [
        c
        for c in found
        if _person_like(c.name)
        and not outlet_with_article(c.name)
        and (word in _ends(c.name) or word in surname_forms(c.name))
        and not has_org_word(c.name.split())
        and sex_fits(c.name, sex, c.forms)
    ]
    if word in PLACES:
        # "Mexico" is no surname of "Poor Mexico" (''Poor Mexico, so far from God''); "Jordan"
        # may be Rep. Jim Jordan's.
        hosts = [c for c in hosts if c.roles or c.name.split()[0].lower() in FIRST_NAMES]
    surnames = [c for c in hosts if word in surname_forms(c.name)]
    hosts = surnames or hosts
    if len(hosts) > 1 and text:
        # "Trump" is Donald Trump's, not the "Resist Trump" movement's: a first word the article
        # writes in lower case ("resist") opens no person's name.
        hosts = [c for c in hosts if not _lower_word(c.name.split()[0], text)] or hosts
    if len(hosts) > 1 and text:
        # "Mattis" is Jim Mattis's, not the nickname's "nicknamed “Mad Dog Mattis”" holds.
        hosts = [c for c in hosts if not _quoted_only(c.name, text)] or hosts
    if len(hosts) > 1:
        # "Cantor" is Eric Cantor's, not the slogan's ("Anybody But Cantor").
        hosts = [c for c in hosts if not _SLOGAN_WORDS & set(c.name.lower().split())] or hosts

    keys = {k for r in (role, *roles) for k in title_keys(r)}
    shared = [c for c in hosts if keys & {k for r in c.roles for k in title_keys(r)}]
    if shared:
        hosts = shared
    elif (
        role
        or roles
        or (
            all(sex in (None, person_sex(c.name, c.forms)) for c in hosts)
            and not _THE_BEFORE.search(text, max(0, offset - 4), offset)
        )
    ):
        # Those named before it; with no title ("President Trump"), only a descriptor ("Liberal
        # Berg" in a headline), any when none is; with neither, the one named before it where
        # the others are named after ("Jackson said" after "Rep. Otto Jackson Jr." only, his
        # wife and father named further on), where an honorific's sex is each one's by its
        # first name (not "Mr. Khan" beside a Ghazala Khan, whose sex no list shows), and not
        # for a surname after "the" ("the Khan family": the family, no one of it).
        before = [c for c in hosts if c.first < offset]
        hosts = before if keys or before else hosts
    return hosts[0] if len(hosts) == 1 else None


def surname(name: str) -> str:
    """A name's last word as written, suffix aside ("Joseph R. Biden Jr.": "Biden"); "" for
    none."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def surname_forms(name: str) -> set[str]:
    """A name's last word (`surname`), folded; with and without what an apostrophe ends
    ("O'Rourke": "orourke" and "rourke", as an outlet may drop the "O'")."""
    last = surname(name)
    if not last:
        return set()
    parts = [t for t in re.split(r"[^\w]+", plain(last)) if t]
    found = {parts[-1], "".join(parts)} if parts else set()  # "Campa-Najjar": najjar too
    tail = re.split(r"[\u2019']", last)[-1]
    if tail != last and len(tail) > 1:
        found.add(plain(tail))
    return found


# Words no person's name holds, that a slogan written in capitals may.
_SLOGAN_WORDS = frozenset(
    {"but", "not", "never", "no", "nor", "than", "anybody", "anyone", "nobody", "everybody"}
)


def _quoted_only(name: str, text: str) -> bool:
    """Whether the article writes `name` only as a whole quotation (“Mad Dog Mattis”): a
    nickname or a title, not how it names a person."""
    found = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(found) and all(
        start > 0 and text[start - 1] in _OPENING_QUOTES and _CLOSING.match(text, end)
        for start, end in found
    )


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSING = re.compile(r"[,.!?]?[\"\u201d'\u2019]")


def _lower_word(word: str, text: str) -> bool:
    """Whether the article writes `word` in lower case too, and it is no first name."""
    lower = word.lower()
    return (
        lower not in FIRST_NAMES
        and re.fullmatch(r"[\w-]+", lower) is not None
        and (lower in _words(text))
    )


def _fold_first_names(found: list[Candidate], text: str, kin: dict[int, str]) -> list[Candidate]:
    """A first name written alone ("Dick", "Seth") folded into the one person the article
    names in full with it (Richard Blumenthal, "Dick" being one of Richard's nicknames; Seth
    Hutchinson), when it is no one's surname; a surname that two full names end in, into the
    one whose title one of its forms holds, never into a relative `kin` holds (`_fold`)."""
    surnames = {w for c in found if len(c.name.split()) >= 2 for w in surname_forms(c.name)}
    result = []
    for candidate in found:
        tokens = _tokens(candidate.name)
        home = None
        word = _one_word(candidate.name)
        if word and any(title_keys(r) for r in candidate.roles):
            # "Mr. Hunter" (of two Duncan Hunters) and "Congressman Hunter": Rep. Duncan Hunter.
            sexes = {honorific_sex(f) for f in candidate.forms}
            others = [
                c
                for c in found
                if c is not candidate and not _kin_apart(kin.get(id(c)), sexes, word, text)
            ]
            home = _host(word, "", candidate.first, others, tuple(candidate.roles), text)
        hosts = first_name_hosts(candidate.name, [c.name for c in found], surnames)
        if home is None and len(hosts) == 1:
            home = next(c for c in found if c.name == hosts[0])
        if home is None and len(tokens) == 1 and is_media(candidate.name):
            # "the Times" where the article names the New York Times (and no other Times).
            word = next(iter(tokens))
            outlets = [c for c in found if len(_tokens(c.name)) > 1 and word in _ends(c.name)]
            if len(outlets) == 1 and is_media(outlets[0].name):
                home = outlets[0]
        if home is None or home is candidate:
            result.append(candidate)
            continue
        home.aliases += [f for f in candidate.forms if f not in home.forms]
        home.roles += [r for r in candidate.roles if r not in home.roles]
        home.first = min(home.first, candidate.first)
    return result


def first_name_hosts(word: str, full_names: list[str], surnames: set[str]) -> list[str]:
    """The full names among `full_names` whose first name `word` is (a nickname for it counts:
    "Dick" for Richard); none where `word` is a surname of `surnames` (folded), or a place's or
    an organisation's word."""
    if len(word.split()) != 1 or not word[:1].isupper() or word.isupper():
        return []
    folded = plain(word)
    if folded in surnames or is_org_word(word) or folded in NATIONALITIES:
        return []
    forms = _FIRST_FORMS.get(folded, frozenset({folded}))
    return [
        name
        for name in full_names
        if len(name.split()) >= 2
        and (person := person_name(name)) is not None
        and person.firsts & forms
    ]


# Titles by their other forms: "Rep." and "Congressman" are one title ("title_forms.tsv").
_TITLE_FORMS = {
    form: title for title, forms in lexicon.mapping("title_forms").items() for form in forms
}
# Words of a role that say nothing of the office ("former", "late"), and those that make
# another office of the title after them ("Vice President", "Lt. Gov.").
_NO_OFFICE = frozenset({"former", "late", "acting", "then", "special"})
_SECOND = frozenset({"vice", "deputy", "assistant", "lieutenant"})


def title_keys(role: str) -> frozenset[str]:
    """The titles a role holds, each in one form: "Massachusetts Gov." → {"governor"},
    "Rep." and "Congressman" → {"congressman"}, "Vice President" → {"vice president"}."""
    keys: list[str] = []
    second = ""
    for word in role.lower().split():
        if word not in TITLE_WORDS or word in _NO_OFFICE:
            continue
        title = _TITLE_FORMS.get(word, word)
        if title in _SECOND and not second:
            second = title
            continue
        keys.append(f"{second} {title}" if second else title)
        second = ""
    return frozenset([*keys, *([second] if second else [])])


@dataclass(frozen=True)
class PersonName:
    """A person's name as its parts: the canonical first names it may stand for (a nickname
    stands for its full names), the middle names or initials, the surname; suffixes dropped."""

    firsts: frozenset[str]
    middle: tuple[str, ...]
    surname: str
    suffix: str = ""

    def same_person(self, other: PersonName) -> bool:
        """Whether two forms name one person: same surname, first names that agree (Mike,
        Michael), middles that agree where both have one ("Adam B. Schiff", "Adam Schiff";
        "Hillary Rodham Clinton", "Hillary R. Clinton"; not "George W." and "George H. W.")."""
        if self.surname != other.surname:
            return False
        if not self.firsts & other.firsts and not _misspelt(self.firsts, other.firsts):
            # "Seddique Mateen" and "Omar Mir Seddique Mateen", "Wasserman Schultz" and
            # "Debbie Wasserman Schultz": a middle name written as the first, no other.
            return any(
                not short.middle and any(len(m) > 1 and m in short.firsts for m in long.middle)
                for short, long in ((self, other), (other, self))
            )
        if self.suffix != other.suffix:
            # "Donald Trump Jr." is not Donald Trump; "Joseph R. Biden Jr." is Joe Biden: a
            # suffix is dropped only by an outlet that drops the middle initial with it.
            suffixed, plain = (self, other) if self.suffix else (other, self)
            if not suffixed.middle or plain.middle or (plain.suffix and suffixed.suffix):
                return False
        if not self.middle or not other.middle:
            return True
        return len(self.middle) == len(other.middle) and all(
            a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
            for a, b in zip(self.middle, other.middle, strict=True)
        )


def listed_first(name: str) -> bool:
    """Whether a name's first word is a first name of the lists (`FIRST_NAMES`, the Census
    names of `first_name_sexes`): "Vicente Fox", not "Vincente Fox"."""
    first = plain(name).split()[0] if name.split() else ""
    return first in FIRST_NAMES or first in _FIRST_NAME_SEXES


def _respelt(old: str, new: str) -> bool:
    """Whether `new` spells the first name of `old`, a form of one person's name, as the lists
    do where `old` misspells it (`_misspelt`): "Vicente Fox" after "Vincente Fox"; where the
    lists hold both, the longer, as `merge` names one across outlets ("Hillary Clinton" after
    "Hilary Clinton")."""
    a, b = person_name(old), person_name(new)
    if a is None or b is None or not listed_first(new) or not _misspelt(a.firsts, b.firsts):
        return False
    return not listed_first(old) or len(new) > len(old)


def _misspelt(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether first names differ by one letter written in the middle of the other, as an
    outlet misspells one ("Vincente" for Vicente, "Mathew" for Matthew), the shorter of five
    letters at least; not a letter at the end, which often makes another name ("Louise",
    "Denise")."""
    for one in a:
        for two in b:
            short, long = sorted((one, two), key=len)
            if (
                len(short) >= 5
                and len(long) == len(short) + 1
                and long[-1] == short[-1]
                and any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))
            ):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName | None:
    """The parts of a person's name, or None for a name that does not look like one."""
    if not _person_like(name) or has_org_word(name.split()):
        return None
    folded = plain(name)  # "Raúl": Raul
    parts = [t for t in re.split(r"[^\w]+", folded) if t]
    suffix = ""
    if len(parts) > 2 and parts[-1] in NAME_SUFFIXES:
        suffix = parts.pop()
    if len(parts) < 2 or len(parts[-1]) < 2:
        return None
    *given, surname = parts
    if len(given) >= 2 and len(given[0]) == 1 and len(given[1]) > 1:
        given = [given[1], given[0], *given[2:]]  # "K. Michael Conaway": Michael, K.
    first = given[0]
    forms = _FIRST_FORMS.get(first, frozenset({first}))
    return PersonName(forms, tuple(given[1:]), surname, suffix)


def same_person(a: str, b: str) -> bool:
    """Whether two written names are forms of one person's name (see PersonName)."""
    first, second = person_name(a), person_name(b)
    return first is not None and second is not None and first.same_person(second)


def _person_like(name: str) -> bool:
    """Two to four capitalised words, none an acronym but initials: how people's names look
    ("Mary J. Blige", "G.K. Butterfield")."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]  # "Robert S. Mueller III", "Joseph R. Biden Jr."
    return (
        2 <= len(words) <= 4
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and all(
            (w[0].isupper() and (not w.isupper() or INITIALS.fullmatch(w)))
            or w in _PARTICLES  # "Kevin de León", "Ludwig van Beethoven"
            for w in words
        )
    )


def _ends(name: str) -> set[str]:
    """First and last word: the surname, whichever order the outlet writes the name in."""
    folded = plain(name)
    parts = [t for t in re.split(r"[^\w]+", folded) if t]
    if len(parts) > 2 and parts[-1] in NAME_SUFFIXES:
        parts.pop()  # "Robert S. Mueller III": Mueller
    return {parts[0], parts[-1]} if parts else set()


# --- Which candidates are actors ------------------------------------------------------------


def is_org_word(word: str) -> bool:
    """Whether a word is one organisations' names have (Committee, Bank, Times)."""
    return has_org_word([word]) or word.casefold() in PLACES


def has_org_word(words: list[str]) -> bool:
    """Whether a name's words include one that organisations' names have (Committee, Bank)."""
    return any(_org_word(w.casefold().strip(".")) for w in words)


def _org_word(word: str) -> bool:
    """An organisation's word, or its plural in -s ("Services"; not "Securities", which the
    "Securities and Exchange Commission" joins across "and")."""
    return word in _ORG_WORDS or (len(word) > 4 and word.endswith("s") and word[:-1] in _ORG_WORDS)


# How far around a mention a pattern of agency reaches: "according to the" before the name,
# an apposition (up to 80 characters) and the verb after it.
_AGENCY_BEFORE = 120
_AGENCY_AFTER = 300


def acts(text: str, candidate: Candidate, mentions: list[tuple[int, int]]) -> bool:
    """Whether the article names the candidate as the subject of a verb of saying or doing.
    Only the text around the candidate's `mentions` (every place a form of it is written) is
    searched, so a long article costs a search per mention, not a whole-text search per
    candidate."""
    person = guess_type(candidate) == "person"
    place = candidate.name.casefold() in PLACES
    patterns = [agency(form, person=person) for form in candidate.forms]
    for start, end in mentions:
        if stance_agent(text, start, end):
            return True  # "was condemned by Roe", "drew criticism from Roe"
        low, high = max(0, start - _AGENCY_BEFORE), min(len(text), end + _AGENCY_AFTER)
        for pattern in patterns:
            if any(
                not _PASSIVE.match(text, m.end())
                and not _object(text, start, m.start())
                # "articles published in Ohio": where, not by whom
                and not (place and _PUBLISHED_IN.fullmatch(text, m.start(), start))
                # "a clinic in Dover Kisco, New York, said": where, not who
                and not _IN_PLACE.search(text, max(0, m.start() - 6), m.start())
                for m in pattern.finditer(text, low, high)
            ):
                return True
    return False


_PUBLISHED_IN = re.compile(r"(?i:published)\s+in\s+")
# A name right after "in" or "near" is a place (`acts`).
_IN_PLACE = re.compile(r"\b(?:in|near)\s+$")


# "as Obama said"; "led to South Korea and Japan scrambling jets", "for NATO to enhance": the
# name after these can still be the one who acts.
_PREPOSITIONS = lexicon.words("prepositions") - {"as", "to", "for"}
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _object(text: str, mention: int, match: int) -> bool:
    """Whether a pattern of agency that opens with the mention at `mention` has it as the
    object of a preposition ("Santorum, in Columbus, Ohio, called …"): the name is where
    something happened, not who acted."""
    if match != mention:
        return False  # "according to the Times": the name is inside the pattern
    before = _LAST_WORD.search(text, max(0, mention - 30), mention)
    if before is None or _SOME_OF.search(text, max(0, mention - 30), mention):
        return False  # "dozens of House Democrats boycotted": some of them acted
    if before.group(1).lower() in _PREPOSITIONS:
        return True
    # "The mayors of Minneapolis and St. Paul have condemned": joined to a preposition's object.
    joined = _JOINED_AFTER_PREPOSITION.search(text, max(0, mention - 80), mention)
    return joined is not None and joined.group("preposition").lower() in _PREPOSITIONS


# A name joined by "and" or "or" to a name right after a preposition that a lower-case word
# governs, up to the name that follows: "mayors of Minneapolis and ", "a letter to Pelosi or ";
# not a place after a name ("Sens. Ada Roe of Ohio and Bo Lind of Iowa said").
_JOINED_AFTER_PREPOSITION = re.compile(
    r"\b[a-z][\w-]*\s+(?P<preposition>[a-z]+)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*\s+(?:and|or)\s+$"
)


# A number or a share of a group before its name: "dozens of", "many of the", "60 of".
_SOME_OF = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|many|most|some|several|all|both|few|\d+)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A verb in -ed with its agent after it: "the RFRA signed into law by Gov. Otto Roe", "a plan
# signed by the White House": the name before it is what was acted on, not who acted; so is one
# "accused of" something ("sitting Republican senators accused of appeasing …").
_PASSIVE = re.compile(r"(?<=ed)(?:\s+[a-z]+){0,2}\s+by\s+(?:the\s+)?[A-Z]|(?<=accused)\s+of\b")


def names_a_thing(name: str) -> bool:
    """Whether a name is a thing's, not anyone's: it ends in a word of `thing_words` ("the
    Constitution", "Medicare", "Radical Islam") or, with more words before it, of
    `measure_words` ("the Affordable Care Act"), and holds no organisation word ("the
    Constitution Party") and no "of" ("the Nation of Islam"). Such a name may be a sentence's
    subject ("what the Bible says"), but it neither acts nor takes a side."""
    words = name.casefold().split()
    if not words or "of" in words or has_org_word(words):
        return False
    if len(words) == 2 and words[0] in FIRST_NAMES:
        return False  # a person's: "Steve Law"
    last = words[-1].strip(".")
    return last in _THING_WORDS or (len(words) > 1 and last in _MEASURE_WORDS)


_THING_WORDS = lexicon.words("thing_words")
_MEASURE_WORDS = lexicon.words("measure_words")


def is_media(name: str) -> bool:
    """A name a news outlet may have: a word of outlets' names in it ("Fox News"), unless the
    name is a person's by its shape (`_named_after`: "Vicente Fox", "Mr. Bloomberg"), or an
    outlet's name of the list ("The Hill") or a call sign. Whether an actor is an outlet is
    `is_outlet`'s, which also asks its type."""
    folded, _ = normalise(name)
    words = [word for word in re.split(r"[^\w]+", folded) if word]
    return (
        any(word in _MEDIA_WORDS for word in words) and not _named_after(name, words)
    ) or _listed_outlet(name)


def _listed_outlet(name: str) -> bool:
    """An outlet's name of the list ("The Hill", "Roll Call", "Al Jazeera") or a call sign."""
    folded, _ = normalise(name)
    return (
        folded in _MEDIA_NAMES
        or folded.removeprefix("the ") in _MEDIA_NAMES
        or _CALL_SIGN.fullmatch(name.strip()) is not None
    )


def _named_after(name: str, words: list[str]) -> bool:
    """Whether a name holding a word of an outlet's name is a person's, by its shape: written
    with an honorific ("Mr. Fox"), or a person's name whose surname alone is such a word
    ("Vicente Fox", "Michael R. Bloomberg"; not "Fox News", "Bloomberg News", "Washington
    Post")."""
    return honoured(name) or (
        len(words) >= 2
        and _person_like(name)
        and words[-1] in _MEDIA_WORDS
        and words[-1] not in _OUTLET_NOUNS
        and not any(word in _MEDIA_WORDS for word in words[:-1])
    )


def is_outlet(name: str, actor_type: ActorType) -> bool:
    """Whether an actor, by its name and its type (`guess_type`), is a news outlet: it reports
    the story, it takes no side in it. A person is none, whatever the words of the name
    ("Former Mexican President Vicente Fox")."""
    return actor_type != "person" and is_media(name)


def honoured(form: str) -> bool:
    """A form written with an honorific: "Mr. Grimm", "Ms. Pelosi"."""
    first = form.split(maxsplit=1)[0].lower()
    return first in _HONORIFICS and len(form.split()) >= 2


# The first word of many places' names, never of a person's: "San Diego", "Los Angeles", "Puerto
# Rico", "Fort Worth", "New Orleans" (a place acts through its government: an organisation).
_PLACE_OPENERS = frozenset({"san", "santa", "los", "las", "puerto", "fort", "new"})


def guess_type(candidate: Candidate) -> ActorType:
    name = candidate.name
    folded = name.casefold()
    words = folded.split()
    if folded in COUNTRIES:
        return "country"
    if folded in US_STATES:
        return "organization"  # "New Jersey", "Former Florida": a state, never a person
    if len(words) == 2 and words[0] in ("st.", "ste."):
        return "organization"  # "St. Paul", "St. Louis": a saint's city, not a "Paul"
    if len(words) > 1 and (words[0] in _PLACE_OPENERS or words[-1] == "city"):
        return "organization"  # "San Diego", "Las Vegas", "Mexico City": a place, not a person
    # A role of no office makes no person of an acronym or an outlet ("Former" of a headline's
    # "Former DNC chairman"; but "Former AG Mukasey").
    no_office = all(set(r.lower().split()) <= _NO_OFFICE for r in candidate.roles)
    if (
        candidate.roles
        and not _party_group(words)
        and not (no_office and (name.isupper() or is_media(name)))
    ) or any(honoured(form) for form in candidate.aliases):
        return "person"  # "Mr. Schiff", "Sheriff Arpaio"; not "Conservative Republicans"
    if _listed_outlet(name):
        return "organization"  # "The Hill", "Roll Call": capitalised words, as people's names
    if len(words) == 1 and folded in FIRST_NAMES:
        return "person"
    if (
        len(words) == 2
        and words[0] in FIRST_NAMES
        and words[1] not in _ORG_WORDS
        and not has_org_word(words[:1])
    ):
        return "person"  # "Elizabeth Banks": a plural of an organisation's word as a surname
    if has_org_word(words) or name.isupper() or _group_word(words):
        return "organization"
    if is_media(name) and words[0] not in FIRST_NAMES and not _OUTLETS_PERSON.search(name):
        # "Fox Business", "Toronto Star": an outlet's name, not a person's (but "Michael
        # Bloomberg", "Fox News' Bret Baier"; "Former Mexican President Vicente Fox" has his
        # title).
        return "organization"
    if _person_like(name):
        return "person"
    return "organization"


# A possessive inside a name: "Fox News' Bret Baier", "Reuters' Luciana Lopez" are the
# outlet's people.
_OUTLETS_PERSON = re.compile(r"[\u2019']s?\s+\S")


def _party_group(words: list[str]) -> bool:
    """Whether a name's words (folded) end in a party's or a people's plural ("Conservative
    Republicans", "American Indians"; not "Jim Jordan", whose surname is a country's name)."""
    return (
        bool(words)
        and words[-1].endswith("s")
        and (words[-1] in _DESCRIPTORS or words[-1].rstrip("s") in NATIONALITIES)
    )


def _group_word(words: list[str]) -> bool:
    """Whether a name's words (folded) name a party, a people or a place after its first
    ("Virginia Democrats", "Congressional Republicans", "Eastern Europe"), or a party first
    ("Republican Jewish Coalition"): a group's name, not a person's ("Christian Smith",
    "Virginia Foxx" are people's)."""
    return bool(words) and (
        words[0] in _DESCRIPTORS or any(w in _DESCRIPTORS or w in _PLACE_WORDS for w in words[1:])
    )


_PLACE_WORDS = PLACES | NATIONALITIES


def demonym_country(word: str) -> str | None:
    """The country a nationality adjective names ("Israeli": Israel), as countries.tsv writes
    it; None for any other word."""
    return _DEMONYMS.get(word.casefold())


def government_of(name: str) -> str | None:
    """The country whose government a name is ("Chinese government", "Japan government": China,
    Japan), as countries.tsv writes it; None for any other name."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() != "government":
        return None
    country = " ".join(words[:-1]).casefold()
    return _COUNTRY_NAMES.get(country) or _DEMONYMS.get(country)
