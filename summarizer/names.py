"""Candidate actor names, found in the text: the model chooses among them, never invents one.

A candidate is a run of capitalised words ("Jens Stoltenberg", "NATO", "New Zealand"). Titles
before a name ("NATO Secretary-General", "French President") are split off as its role; forms
of one name (surname alone, other word order, other case) are folded into one candidate whose
aliases list every form the article uses.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .ground import normalise
from .types import ActorType

# A capitalised word; a possessive (NATO's, with either apostrophe) ends a run. The period of
# an abbreviation or initial inside a name ("Rep. Jason Chaffetz", "Charles B. Rangel") is
# masked as _DOT first, so that it does not end the run.
_DOT = "\u2024"
_WORD = rf"[A-Z](?:[\w-]|\.(?=[A-Z])|[\u2019'](?!s\b))*(?:[\u2019']s\b|{_DOT})?"
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Adm|Prof|Rev|Del|Sgt|Capt|Jr|Sr|St)\."
    r"(?=[ \t]+[A-Z])"
)
_RUN = re.compile(
    rf"(?:{_WORD})(?:(?<![\u2019']s)[ \t]+(?:(?:of|the|de|van|von|al)[ \t]+)?(?:{_WORD}))*"
)
_POSSESSIVE = re.compile(r"[\u2019']s$")

TITLE_WORDS = {
    "president", "prime", "minister", "secretary-general", "secretary", "general", "ambassador",
    "chancellor", "foreign", "defense", "defence", "spokesperson", "spokesman", "spokeswoman",
    "senator", "sen.", "rep.", "gov.", "governor", "king", "queen", "chairman", "chair",
    "director", "chief", "executive", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "former", "late", "vice", "deputy", "premier", "leader", "head", "envoy", "commissioner",
    "representative", "ceo", "pope", "emperor", "general-secretary", "candidate", "nominee",
    "gen.", "lt.", "col.", "adm.", "sir", "lord", "lady", "crown", "prince", "princess",
    "mayor", "councillor", "councilor", "judge", "professor", "prof.", "bishop", "archbishop",
    "rev.", "rev", "reverend", "del.", "sgt.", "capt.", "senators",
}  # fmt: skip

# Titles of courtesy: they split off like titles but are no role.
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"}

# Words that describe a person before the name without being a title.
_DESCRIPTORS = {
    "republican", "republicans", "democrat", "democrats", "democratic", "gop", "rival",
    "neither", "either", "libertarian", "independent", "conservative", "liberal",
    "progressive", "billionaire", "businessman", "businesswoman", "activist", "crooked",
}  # fmt: skip

NATIONALITIES = {
    "american", "british", "french", "german", "japanese", "chinese", "russian", "ukrainian",
    "korean", "indian", "italian", "spanish", "canadian", "australian", "iranian", "israeli",
    "palestinian", "turkish", "polish", "dutch", "swedish", "norwegian", "danish", "finnish",
    "greek", "european", "asian", "african", "arab", "mexican", "brazilian", "syrian", "iraqi",
    "afghan", "pakistani", "egyptian", "saudi", "taiwanese", "vietnamese", "thai", "swiss",
    "irish", "scottish", "welsh", "english", "belgian", "austrian", "hungarian", "czech",
    "romanian", "serbian", "croatian", "lithuanian", "latvian", "estonian", "georgian",
    "armenian", "western", "eastern", "soviet", "cuban", "venezuelan", "nigerian", "kenyan",
    "filipino", "indonesian", "malaysian", "singaporean", "portuguese", "bulgarian", "slovak",
    "belarusian", "kurdish", "lebanese", "jordanian", "qatari", "yemeni", "libyan", "sudanese",
    "ethiopian", "latino", "hispanic", "muslim", "christian", "jewish", "catholic",
}  # fmt: skip

_COMMON = {
    "the", "a", "an", "and", "but", "or", "however", "in", "on", "at", "for", "from", "with",
    "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "its", "as", "if", "while", "when", "after", "before", "since", "during",
    "although", "despite", "among", "both", "all", "some", "many", "several", "most", "one",
    "two", "three", "first", "last", "read", "more", "related", "article", "news",
    "also", "furthermore", "meanwhile", "nevertheless", "whatever", "according", "over", "by",
    "title", "date", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "country", "expanding", "joint", "no",
    "there", "what", "who", "why", "how", "not", "so", "yet", "then", "now", "today", "here",
}  # fmt: skip


@dataclass
class Candidate:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first mention

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


def _tokens(name: str) -> frozenset[str]:
    folded, _ = normalise(name)
    return frozenset(t for t in re.split(r"[^\w]+", folded) if t and t not in {"the", "of"})


# Title words that are also surnames: last in a run after a name or an honorific, they are
# the surname ("Charlie King", "Rep. Steve King", "Mr. King"); before a name, a title ("King
# Charles").
_SURNAME_TITLES = {"king", "queen", "general", "judge", "chief", "head", "chair", "bishop", "lord"}


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words) of a capitalised run: the name is what follows the last title
    word ("Secretary of State Hillary Clinton": the title takes "of State"); a run that ends in
    a title word is all title ("French President"), unless that word is also a surname."""
    titles = [i for i, word in enumerate(words) if word.lower() in TITLE_WORDS]
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
    return title, name


def candidates(text: str) -> list[Candidate]:
    """Candidate actor names, in order of first mention, forms of one name folded together."""
    raw: list[tuple[str, str, int, str]] = []  # (name, role, offset, full written form)
    masked = _ABBREVIATION.sub(lambda m: m.group()[:-1] + _DOT, text)  # same offsets
    for match in _RUN.finditer(masked):
        written = _POSSESSIVE.sub("", match.group()).replace(_DOT, ".")
        words = written.split()
        start = match.start()
        while words and words[0].lower() in _COMMON:
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        while words and words[-1].lower() in {"the", "of"}:
            words = words[:-1]
        if (
            len(words) >= 3
            and words[0].isupper()
            and not words[1].isupper()
            and words[1].lower() not in TITLE_WORDS
        ):
            # "US Koji Tomita" (from "Ambassador to the US Koji Tomita"): two names.
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
        title, name = _split_title(words)
        while len(name) >= 2 and name[0].lower() in _DESCRIPTORS and not _has_org_word(name[1:]):
            # "Democrat Hillary Clinton", "Rival Hillary Clinton", "Neither Clinton": a
            # descriptor, not part of the name (but "Republican National Committee" stays whole).
            title, name = [*title, name[0]], name[1:]
        role = " ".join(w for w in title if w.lower() not in _HONORIFICS)
        if not name:
            continue
        if "of" in name[1:]:
            cut = name.index("of", 1)
            place = " ".join(name[cut + 1 :]).casefold()
            if _person_like(" ".join(name[:cut])) and (place in COUNTRIES or place in US_STATES):
                name = name[:cut]  # "Bernie Sanders of Vermont": the place goes
        name_text = " ".join(name)
        if len(name) == 1 and _looks_common(name_text, text):
            continue
        if name_text.casefold().rstrip("s") in NATIONALITIES:
            continue
        raw.append((name_text, role, start, " ".join(words)))
    return _capitals_as_countries(_fold(raw))


# A capital often stands for its government ("Tokyo is making plans"): one actor with the country.
CAPITALS = {
    "tokyo": "Japan", "beijing": "China", "moscow": "Russia", "washington": "United States",
    "paris": "France", "london": "United Kingdom", "berlin": "Germany", "kyiv": "Ukraine",
    "kiev": "Ukraine", "seoul": "South Korea", "pyongyang": "North Korea", "taipei": "Taiwan",
    "tehran": "Iran", "ankara": "Turkey", "new delhi": "India", "canberra": "Australia",
    "ottawa": "Canada", "rome": "Italy", "madrid": "Spain", "warsaw": "Poland",
}  # fmt: skip


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


def _fold(raw: list[tuple[str, str, int, str]]) -> list[Candidate]:
    found: list[Candidate] = []
    # Longer names first, so that "Macron" finds "Emmanuel Macron" to fold into.
    for name, role, offset, written in sorted(raw, key=lambda r: (-len(r[0].split()), r[2])):
        tokens = _tokens(name)
        home = next((c for c in found if _tokens(c.name) == tokens), None)
        if home is None and len(tokens) == 1:
            word = next(iter(tokens))
            hosts = [
                c
                for c in found
                if _person_like(c.name)
                and word in _ends(c.name)
                and not _has_org_word(c.name.split())
            ]  # "Trump" is Donald Trump's, not the Trump Foundation's
            home = hosts[0] if len(hosts) == 1 else None
        if home is None:
            home = next(
                (c for c in found if any(f.casefold() == name.casefold() for f in c.forms)), None
            )
        if home is None:
            found.append(Candidate(name=name, first=offset))
            home = found[-1]
        else:
            home.first = min(home.first, offset)
        for form in (name, written):
            if form not in home.forms:
                home.aliases.append(form)
        if role and role not in home.roles:
            home.roles.append(role)
    return sorted(found, key=lambda c: c.first)


def _person_like(name: str) -> bool:
    """Two to four capitalised words, none an acronym but initials: how people's names look
    ("Mary J. Blige", "G.K. Butterfield")."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(
        w[0].isupper() and (not w.isupper() or _INITIALS.fullmatch(w)) for w in words
    )


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _ends(name: str) -> set[str]:
    """First and last word: the surname, whichever order the outlet writes the name in."""
    folded, _ = normalise(name)
    parts = [t for t in re.split(r"[^\w]+", folded) if t]
    return {parts[0], parts[-1]} if parts else set()


# --- Which candidates are actors ------------------------------------------------------------

US_STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
    "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
    "wyoming",
}  # fmt: skip

COUNTRIES = {
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain",
    "bulgaria", "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus",
    "czech republic", "czechia", "denmark", "egypt", "estonia", "ethiopia", "finland", "france",
    "georgia", "germany", "greece", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
    "latvia", "lebanon", "libya", "lithuania", "luxembourg", "malaysia", "mexico", "moldova",
    "mongolia", "montenegro", "morocco", "myanmar", "netherlands", "new zealand", "nigeria",
    "north korea", "north macedonia", "norway", "pakistan", "palestine", "peru", "philippines",
    "poland", "portugal", "qatar", "romania", "russia", "saudi arabia", "serbia", "singapore",
    "slovakia", "slovenia", "south africa", "south korea", "spain", "sri lanka", "sudan",
    "sweden", "switzerland", "syria", "taiwan", "thailand", "turkey", "turkiye", "ukraine",
    "united arab emirates", "united kingdom", "uk", "u.k.", "united states", "us", "u.s.",
    "usa", "america", "venezuela", "vietnam", "yemen",
}  # fmt: skip

_ORG_WORDS = {
    "news", "times", "post", "journal", "council", "ministry", "organization", "organisation",
    "agency", "party", "union", "committee", "department", "government", "bank", "commission",
    "institute", "university", "association", "alliance", "office", "house", "congress",
    "parliament", "senate", "court", "group", "company", "corporation", "inc", "ltd", "press",
    "tribune", "guardian", "herald", "daily", "telegraph", "foundation", "forces", "army",
    "bureau", "board", "chamber", "center", "centre", "league", "federation", "fund",
    "administration", "authority", "service", "society", "club",
}  # fmt: skip


def _has_org_word(words: list[str]) -> bool:
    """Whether a name's words include one that organisations' names have (Committee, Bank)."""
    return any(w.casefold().strip(".") in _ORG_WORDS for w in words)


# Verbs whose subject acts or speaks: a candidate named as their subject is an actor.
_AGENCY = (
    r"(?:sa(?:id|ys|y)|stat(?:ed|es)|told|tells|report(?:ed|s)|announc(?:ed|es)|"
    r"oppos(?:ed|es)|criticiz(?:ed|es)|criticis(?:ed|es)|express(?:ed|es)|voic(?:ed|es)|"
    r"refus(?:ed|es)|reject(?:ed|s)|warn(?:ed|s)|argu(?:ed|es)|believ(?:ed|es)|"
    r"emphasi[sz](?:ed|es)|maintain(?:ed|s)|clarifi(?:ed|es)|acknowledg(?:ed|es)|"
    r"affirm(?:ed|s)|echo(?:ed|es)|advocat(?:ed|es|ing)|agre(?:ed|es)|commit(?:ted|s)|"
    r"propos(?:ed|es)|support(?:ed|s)|welcom(?:ed|es)|block(?:ed|s)|call(?:ed|s)|"
    r"label(?:l?ed|s)|urg(?:ed|es)|insist(?:ed|s)|highlight(?:ed|s)|hop(?:ed|es)|"
    r"caution(?:ed|s)|declin(?:ed|es)|signal(?:l?ed|s)|sought|seeks|seek|consider(?:ed|s|ing)|"
    r"establish(?:ed|es)|solidifi(?:ed|es)|scrambl(?:ed|es|ing)|veto(?:ed|es)?|explor(?:ed|es|ing)|"
    r"mention(?:ed|s)|decid(?:ed|es)|plan(?:ned|s)|mak(?:es|ing)|comment(?:ed|s)?|"
    r"recogni[sz](?:ed|es)|accus(?:ed|es)|condemn(?:ed|s)|demand(?:ed|s)|threaten(?:ed|s)|"
    r"deni(?:ed|es)|confirm(?:ed|s)|launch(?:ed|es)|sign(?:ed|s)|vot(?:ed|es)|want(?:ed|s)|"
    r"led|leads|attend(?:ed|s)|approv(?:ed|es)|pledg(?:ed|es)|vow(?:ed|s)|blam(?:ed|es)|"
    r"describ(?:ed|es)|add(?:ed|s)|not(?:ed|es)|wr(?:ote|ites)|tweet(?:ed|s)|claim(?:ed|s))"
)
_AUX = (
    r"(?:(?:has|have|had|also|firmly|increasingly|previously|gradually|been|is|was|are|were|"
    r"will|would|could|can|may|might|not|did|does|do|currently|further|just|reportedly|"
    r"repeatedly|publicly|strongly|already|then|later|now|recently)\s+){0,3}"
)


def _agency_pattern(form: str) -> re.Pattern[str]:
    name = re.escape(form)
    return re.compile(
        rf"(?<![\w-]){name}(?:[\u2019']s)?(?:\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)?"
        rf"(?:,[^,.]{{1,80}},)?\s+{_AUX}{_AGENCY}\b"
        rf"|\b(?i:according\s+to|reported\s+by|report\s+by|published\s+(?:in|by))\s+"
        rf"(?:(?i:the)\s+)?{name}(?![\w-])"
        rf"|\b(?:opposition|objections?|criticism|support|approval|veto|pressure|resistance)"
        rf"\s+(?:\w+\s+){{0,2}}from\s+(?:the\s+)?{name}(?![\w-])"
        rf"|\b(?:by|from)\s+(?:the\s+)?{name}\s+(?:said|stated)\b"
    )


def acts(text: str, candidate: Candidate) -> bool:
    """Whether the article names the candidate as the subject of a verb of saying or doing."""
    return any(_agency_pattern(form).search(text) for form in candidate.forms)


_MEDIA_WORDS = {
    "news", "times", "post", "journal", "guardian", "herald", "daily", "tribune", "telegraph",
    "press", "politico", "reuters", "afp", "ap", "bloomberg", "kyodo", "xinhua", "tass", "bbc",
    "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "axios", "breitbart", "yonhap", "nhk",
}  # fmt: skip


def is_media(name: str) -> bool:
    """A news outlet: it reports the story; its stance is not part of it."""
    folded, _ = normalise(name)
    return any(word in _MEDIA_WORDS for word in re.split(r"[^\w]+", folded))


def guess_type(candidate: Candidate) -> ActorType:
    name = candidate.name
    folded = name.casefold()
    words = folded.split()
    if folded in COUNTRIES:
        return "country"
    if candidate.roles:
        return "person"
    if _has_org_word(words) or name.isupper():
        return "organization"
    if _person_like(name):
        return "person"
    return "organization"
