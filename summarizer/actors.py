"""The article's actors: the names it shows acting or speaking or names only beside a quote, and
the speakers it only describes ("an Elysee official", "the statement"), which are actors of kind
"described": they speak their quotes and statements but are no entry of the actor list."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Callable

from . import attribute, detect, ground, lexicon, names, stance_rules
from .article_view import ArticleView
from .patterns import (
    AGE_WORD,
    DATELINE,
    FOLLOWERS_OF,
    GROUP_ROLES,
    HONORIFIC,
    JOINED_BY_AND,
    LINK_TO_ANOTHER_STORY,
    LIST_SEPARATOR,
    MEMBER_NOUN,
    METADATA,
    POSSESSIVE_S,
    QUOTATION,
    US_STATES,
    WHEN_AFTER,
    preposition_before,
)
from .types import Actor, ActorType, Quote, Span, Statement

PROMINENT_MENTIONS = 8  # an entity named this often is an actor of the story
# The longest described speaker, in words, that may become a speaker of its own ("the Homeland
# Security Department official" may; "the one-time mayor and present Green party candidate" is
# a description of someone the article names elsewhere).
DESCRIBED_WORDS = 5

_PERSON_WORDS = lexicon.used_by("roles", "person")
# A described speaker ends in one of these: "an Elysee official", "the statement" (not "the plan").
_ROLE_WORDS = {*lexicon.used_by("roles", "describes"), *lexicon.used_by("roles", "document")}
_DOCUMENT_WORDS = lexicon.used_by("roles", "document")
_MEASURE_WORDS = lexicon.words("measure_words")

_ARTICLES = {"the", "a", "an", "another", "one"}


def find_actors(
    text: str, candidates: list[names.Candidate], view: ArticleView | None = None
) -> list[Actor]:
    """The candidates the article names as acting or speaking, or by a title, those it shows
    taking a side (`_SideTaking`), and those it names so often that they are what the story
    is about (NATO in a story about a NATO office, even where no sentence shows NATO acting).
    A mention inside another candidate's longer name ("Senate" in "Senate Democrats", "Senate
    Majority Leader Mitch McConnell") does not count towards that, nor one right after a
    preposition of place ("served in Vietnam": `_placed`). A name shown acting only inside
    quotations (“The Fake News is making …”) acts in someone's words, not the article's; a
    thing's name ("the Constitution says": `names.names_a_thing`) is never an actor. `view` is
    the article's (made here when not given)."""
    found = []
    actors = _surnames_people(
        _apart_from_outlets(_heads_apart([actor_from(candidate, text) for candidate in candidates]))
    )
    spans = sorted((m.start, m.end) for actor in actors for m in actor.mentions)
    sides = _SideTaking(view or ArticleView.of(text), spans)
    for candidate, actor in zip(candidates, actors, strict=True):
        mentions = [(m.start, m.end) for m in actor.mentions]
        if names.names_a_thing(candidate.name):
            continue  # "what the Bible says", "Medicare would extend …": a thing, no actor
        if (
            " " not in candidate.name
            and mentions
            and all(_POSSESSED.search(text, 0, start) for start, _ in mentions)
        ):
            continue  # "Angie's List and Anthem": no name of its own
        if (
            _titled(candidate)
            or (candidate.roles and len(mentions) > 1)
            or (
                names.acts(text, candidate, mentions)
                and not all(sides._in_quote(start) for start, _ in mentions)
            )
            or sum(not _inside(span, spans) and not _placed(text, span[0]) for span in mentions)
            >= PROMINENT_MENTIONS
            or sides.takes_side(candidate, mentions)
            or sides.parsed_subject(candidate, mentions)
        ):
            found.append(actor)
    return _given_names_own(found)


def _surnames_people(actors: list[Actor]) -> list[Actor]:
    """A name of one word typed an organisation that is the surname of a person the article
    names in full is a person: "Pike" beside "Otto Pike" and "Ada Pike" (a surname two people
    share stays an entry of its own); a person by a first name of the lists or a title (not
    "Korea" beside "N. Korea", typed a person)."""
    surnames = {
        a.name.split()[-1].casefold()
        for a in actors
        if a.type == "person"
        and len(a.name.split()) >= 2
        and (names.is_first_name(a.name.split()[0]) or a.role)  # not "N. Korea"
    }
    return [
        a.model_copy(update={"type": "person"})
        if a.type == "organization" and a.name.casefold() in surnames
        else a
        for a in actors
    ]


def _placed(text: str, start: int) -> bool:
    """Whether the mention at `start` is written right after a preposition, with no article
    between: "served in Vietnam", "the consulate in Benghazi", "published in Ohio". So written,
    a name is where or whence something happens, and however often the story writes it so, it is
    no actor for that alone (but "in the Senate" may count: a body is written with "the")."""
    return _PLACE_BEFORE.search(text, max(0, start - 30), start) is not None


# Prepositions of place, with no article after them: not "at", "from", "for", "of", which a
# company's name written with no article follows as often ("eat at Chick-fil-A", "a statement
# from Acme").
_PLACE_BEFORE = preposition_before(
    ("in", "into", "inside", "across", "throughout", "near"), article=False
)


# A person described by party, not named: "Illinois Democrat", "Missouri Republican Roy Blunt"
# ("Republican" opening an organisation's name is its adjective: "Republican State Committee").
_PARTY_MEMBER = re.compile(r"\bDemocrat\b|(?<=\w )Republican\b")
# A name's last word that makes it a day or a poll: "Election Day", "New Year", "Suffolk
# University Poll".
_NOT_SOMEONE = names.TIME_WORDS | {"day", "christmas", "poll", "survey"}


class _SideTaking:
    """Whether a candidate is shown taking a side: in some sentence one of its mentions leads its
    clause, as a subject does (`stance_rules.leading`, the test an actor's evidence passes in
    stances.py), with a word of stance after it ("Republicans, many of whom reject new fees", "The
    Acme Council of Rural Nurses has also sent two letters … calling for"), or it is the agent of a
    measure ("pushed by the Center for Ohio Policy"). Only a clear name counts (`_clear_name`), and
    not a mention that is no subject: in a dateline, a heading, a link to another story, a quotation
    or another source's reported words, before a plural role ("Top Senate leaders"), after a
    preposition or a verb (`_governed`)."""

    def __init__(self, view: ArticleView, spans: list[tuple[int, int]]) -> None:
        self.view = view
        self.text = view.text
        self.sentences = view.sentences
        self.starts = view.sentence_starts
        self.spans = spans

    @functools.cached_property
    def reported(self) -> tuple[list[tuple[int, int, list[tuple[int, int]]]], list[int]]:
        """The content of every attribution with its source (what a source is reported to
        say), in order of start, and the furthest end of those up to each."""
        contents = sorted(
            (span[0], span[1], [(s[0], s[1]) for s in a.source])
            for a in self.view.attributions
            # "Tenant groups, which are quite unsure whether …": the relative is the name.
            if a.text(self.text, "source").casefold() not in _RELATIVES
            for span in a.content
        )
        furthest = list(itertools.accumulate((end for _, end, _ in contents), max))
        return contents, furthest

    def _reported(self, span: tuple[int, int]) -> bool:
        """Whether a mention is inside what another source is reported to say ("Wang Wenbin …
        expressed their displeasure by stating that Asia is not part of …")."""
        contents, furthest = self.reported
        at = bisect.bisect_right(contents, (span[0], sys.maxsize)) - 1
        while at >= 0 and furthest[at] > span[0]:
            start, end, sources = contents[at]
            if start <= span[0] < end and not any(s <= span[0] < e for s, e in sources):
                return True
            at -= 1
        return False

    @functools.cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """The quoted spans, those that overlap merged, in text order."""
        merged: list[tuple[int, int]] = []
        for q in sorted(detect.quoted_spans(self.text), key=lambda q: q.start):
            if merged and q.start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], q.end))
            else:
                merged.append((q.start, q.end))
        return merged

    @functools.cached_property
    def datelines(self) -> list[tuple[int, int]]:
        return [m.span() for m in DATELINE.finditer(self.text)]

    def _in_quote(self, offset: int) -> bool:
        return _within(self.quoted, offset)

    def _elsewhere(self, span: tuple[int, int]) -> bool:
        """Whether a mention stands where no subject does: inside another candidate's longer
        name, in a quotation or in a dateline."""
        return (
            _inside(span, self.spans) or self._in_quote(span[0]) or _within(self.datelines, span[0])
        )

    def parsed_subject(self, candidate: names.Candidate, mentions: list[tuple[int, int]]) -> bool:
        """Whether the parser reads the candidate as the active subject of any verb
        (`parse.Parse.named_subject`; `names.acts` knows a list of verbs): "Salesforce's Marc
        Benioff canceled …", "Representatives Roe of Ohio and Al Lee of Texas formally
        introduced …". Only a clear name (`_clear_name`), a single word only a party's members
        or a country (not an acronym: "TV", "CEO", "PAC"), no description of a person by party
        (`_PARTY_MEMBER`: "the Illinois Democrat said"), no day or poll; not a mention inside
        another candidate's longer name, in a quotation, a dateline, a heading or a line of
        metadata."""
        words = candidate.name.split()
        if (
            not mentions
            or not _clear_name(candidate, self.text, mentions)
            or (
                len(words) == 1
                and not names.is_party_plural(candidate.name)
                and candidate.name.casefold() not in names.COUNTRIES
            )
            or _PARTY_MEMBER.search(candidate.name)
            or words[-1].casefold() in _NOT_SOMEONE
        ):
            return False
        return any(
            not self._elsewhere(span)
            and self._in_prose(span[0])
            and self.view.parse.named_subject(*span)
            for span in mentions
        )

    def _in_prose(self, offset: int) -> bool:
        """Whether `offset` is in a sentence of the article's prose (`_prose`)."""
        sentence = self.view.sentence_of(offset)
        return sentence is not None and _prose(sentence.text)

    def takes_side(self, candidate: names.Candidate, mentions: list[tuple[int, int]]) -> bool:
        if not mentions or not _clear_name(candidate, self.text, mentions):
            return False
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        for span in mentions:
            if (
                self._elsewhere(span)
                or (self.text.endswith("ed", 0, span[1]) and _BY_AFTER.match(self.text, span[1]))
                or _PLURAL_ROLE_AFTER.match(self.text, span[1])
                or _NAME_GOES_ON.match(self.text, span[1])
                or self._reported(span)
            ):
                continue
            index = bisect.bisect_right(self.starts, span[0]) - 1
            if index >= 0:
                by_sentence.setdefault(index, []).append(span)
        for index, own in by_sentence.items():
            sentence = self.sentences[index]
            if not _prose(sentence.text):
                continue  # "Read also: China Warns NATO …"; a heading ("Veto Power Impedes …")
            low = bisect.bisect_left(self.spans, (sentence.start, 0))
            high = bisect.bisect_left(self.spans, (sentence.end, 0))
            others = [span for span in self.spans[low:high] if span not in own]
            subjects = [
                span
                for span in stance_rules.leading(sentence, own, others)
                if not _governed(self.text[sentence.start : span[0]])
                # a word of stance after the subject
                and any(
                    p.search(sentence.text, span[1] - sentence.start)
                    for p in stance_rules.STANCE_WORDS
                )
            ]
            if subjects or stance_rules.measure_agent(sentence, own):  # "pushed by the Center …"
                return True
            if any(stance_rules.apposed(sentence, end) for _, end in own):
                return True  # "Senator Roe, a staunch opponent of the levy"
        return False


def _prose(sentence: str) -> bool:
    """Whether a sentence is the article's prose: not a heading (no full stop), a link to
    another story or a line of metadata."""
    return not (
        LINK_TO_ANOTHER_STORY.match(sentence)
        or METADATA.match(sentence)
        or not _ENDS_A_SENTENCE.search(sentence)
    )


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls in one of `spans` (in text order, not overlapping)."""
    at = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


def _clear_name(candidate: names.Candidate, text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a candidate is clearly a name of someone who can take a side (see
    `_SideTaking`)."""
    name = candidate.name
    if (
        names.is_outlet(name, names.guess_type(candidate))
        or name.casefold() in US_STATES
        or name.split()[-1].casefold() in _MEASURE_WORDS
    ):
        return False
    if any(_STATE_AFTER.match(text, end) for _, end in mentions):
        return False  # "the Brooklyn, N.Y., chapter": a town
    if len(name.split()) > 1:
        return True
    # A single word: a party's members ("Republicans"), a country, an acronym ("FBI", "NCAA"),
    # a member listed after its group ("companies like Acme"); not a word that may be an
    # ordinary one ("Video", "Likewise") or a first name ("Laura").
    return (
        names.is_party_plural(name)
        or name.casefold() in names.COUNTRIES
        or _ACRONYM.fullmatch(name) is not None
        or any(stance_rules.in_member_list(text, start, end) for start, end in mentions)
    )


# A single word right after a name's possessive is what the name owns ("Acme's Widget") or the
# end of a name with a possessive inside ("Angie's List"): a person owned is named in full
# ("Acme's Jane Roe").
_POSSESSED = re.compile(r"\w['\u2019]s?\s+$")


_ACRONYM = re.compile(r"[A-Z]{2,5}|(?:[A-Z]\.){2,5}")
# A name before a role noun in the plural modifies it: in "Top Senate leaders including …
# have condemned", "GOP representatives castigated", the leaders and representatives act.
_PLURAL_ROLE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted({*_PERSON_WORDS, 'member', 'representative', 'executive'}))})s\b"
)
_RELATIVES = frozenset({"which", "who", "that"})
# A name ending in a verb in the past before "by" is a heading's words: "Local Voices
# Drowned by National Money: …".
_BY_AFTER = re.compile(r"\s+by\b")
# A name that goes on past the candidate: "Democracy" in "Democracy for America".
_NAME_GOES_ON = re.compile(r"\s+(?:for|of)\s+[A-Z]")
_LIST_WORDS = frozenset({"the", "a", "an", "and", "or", ","})
# The words that open a list of a group's members ("including", "such as").
# ("led by" too, but not its "by": "controlled by Republicans, many of whom …" names the agent,
# no object; session 60.)
_LIST_OPENERS = frozenset(w for e in lexicon.entries("list_openers") for w in e.split()) - {"by"}
# The agent of a passive ("led by Republicans, many of whom reject …") and "as" may lead.
_GOVERNING = lexicon.words("prepositions") - {"by", "as"}


def _governed(before: str) -> bool:
    """Whether a name written after the text `before` (its sentence up to the name) is the
    object of a preposition or of a verb in the past or in -ing, over any list it ends:
    "arrangements with South Korea, Australia, and New Zealand", "ordered the Centers for
    Disease Control" (but not "controlled by Republicans", the agent)."""
    words = re.findall(r"[\w\u2019'.-]+|[,:]", before)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word == ":":
            return False  # "three presidents waited: Mr. Clinton, Jimmy Carter and …": a list
        if word.lower() in _LIST_OPENERS:
            continue  # "companies, including Acme and": a group's members (stance_rules)
        if word == "of" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper():
            if _a_place(words[i + 1 : i + 3]) or names.has_org_word([words[i - 1]]):
                # "Roe of Ohio and": a name's place; "the American Federation of Teachers and":
                # inside an organisation's name; not a phrase's object
                continue
            return True  # "Fans of Acme Stores and": the object of a noun's "of"
        if word == "," and i and (words[i - 1].casefold() in _TIME or words[i - 1].isdigit()):
            return False  # "On Tuesday, the Sierra Club …": a fronted time, then the subject
        if word.lower() in _GOVERNING:
            return True  # "After the Cold War, …"
        if word.lower() in _LIST_WORDS or word[:1].isupper():
            continue
        return len(word) > 4 and word.endswith(("ed", "ing"))  # "admitting Poland, Hungary …"
    return False


def _a_place(words: list[str]) -> bool:
    """Whether the words (one or two) open with a state's or a country's name: "Ohio", "New
    York", "Israel"."""
    return any(" ".join(words[:n]).casefold().rstrip(",") in names.PLACES for n in (1, 2))


# A town with its state after it: "Brooklyn, N.Y.", "Mesa, Arizona" (the state ends its phrase:
# not "The NAACP, Texas Democrats and …").
_STATE_AFTER = re.compile(
    rf",\s+(?i:{'|'.join(re.escape(s) for s in sorted(US_STATES, key=len, reverse=True))})"
    r"(?:(?<=\.)|(?=\s*[,;:.)]|\s*$))"
)
# Words of time a fronted phrase ends in before its comma ("In May, …" too).
_TIME = names.TIME_WORDS | names.MONTHS
# A sentence ends in a full stop, a question or exclamation mark, maybe with closing marks
# after it, a space between two of them where a quotation inside a quotation closes (a single
# mark, a space, a double one); a line without one is a heading.
_ENDS_A_SENTENCE = re.compile(r"[.!?](?:\s*[\"\u201d\u2019')])*\s*$")


def _titled(candidate: names.Candidate) -> bool:
    """Whether the article gives the candidate a title ("Sen.", "Bishop"): a party or other
    descriptor alone ("Democrat Jane Doe", "Rival Hillary Clinton") is none, so a person
    named once with a party and not shown acting ("in a close contest with Democrat Jane Doe")
    is mentioned in passing, no actor; named again, they are one."""
    return any(
        any(word.lower() in names.TITLE_WORDS for word in role.split()) for role in candidate.roles
    )


_LONGEST_NAME = 200  # characters: a mention holding another starts at most this far before it


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a longer span of `spans` (sorted) holds `span`."""
    start, end = span
    low = bisect.bisect_left(spans, (start - _LONGEST_NAME, 0))
    high = bisect.bisect_right(spans, (start, sys.maxsize))
    return any(end <= e and (s, e) != span for s, e in spans[low:high])


def _apart_from_outlets(actors: list[Actor]) -> list[Actor]:
    """The actors with no mention inside a longer one of an outlet named with its article
    ("Hill" of French Hill's in "The Hill reported"), nor an outlet's mention inside another
    actor's longer name ("The Atlantic" in "The Atlantic Council")."""
    outlets = {a.name for a in actors if names.outlet_with_article(a.name)}
    if not outlets:
        return actors
    of_outlets = sorted((m.start, m.end) for a in actors if a.name in outlets for m in a.mentions)
    of_others = sorted(
        (m.start, m.end) for a in actors if a.name not in outlets for m in a.mentions
    )
    kept = []
    for actor in actors:
        if actor.name in outlets:
            mentions = [m for m in actor.mentions if not _runs_past(m.start, m.end, of_others)]
        else:
            mentions = [m for m in actor.mentions if not _inside((m.start, m.end), of_outlets)]
        kept.append(actor.model_copy(update={"mentions": mentions}))
    return kept


def _given_names_own(actors: list[Actor]) -> list[Actor]:
    """The actors with no mention that is the surname ending another listed person's full name:
    of "Melania Trump", the "Trump" is hers, not a mention of the "Trump" the article names by
    his surname alone ("Mr. Trump"), so two people of one family name stay two, each with their
    own mentions. Only a person of the list takes it: where the full name is no actor of the
    list ("Donald Trump" written once beside a listed "Trump"), the mention stays the surname's,
    and a name that is no person's ("Trump Tower") takes none."""
    full = sorted(
        (m.start, m.end)
        for a in actors
        if a.type == "person" and len(a.name.split()) >= 2
        for m in a.mentions
        if len(m.text.split()) >= 2
    )
    if not full:
        return actors
    kept = []
    for actor in actors:
        mentions = [m for m in actor.mentions if not _ends_another(m.start, m.end, full)]
        kept.append(actor.model_copy(update={"mentions": mentions}))
    return kept


def _ends_another(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a span of `spans` (sorted) starts before start..end and ends where it ends."""
    high = bisect.bisect_left(spans, (start, 0))
    low = bisect.bisect_left(spans, (start - _LONGEST_NAME, 0))
    return any(e == end for _, e in spans[low:high])


def _heads_apart(actors: list[Actor]) -> list[Actor]:
    """The actors with no mention of one word written in lower case where every form of theirs
    is capitalised ("in-house" is no mention of the House, "post-Nevada" none of the Post), and
    none of one word of `org_words` that ends another actor's longer mention: the "House" of
    "the White House" is no mention of the House of Representatives, nor the "Senate" of "State
    Senate" one of the U.S. Senate (but "BLM" stays BLM's in "Alongside BLM")."""
    spans = sorted((m.start, m.end) for actor in actors for m in actor.mentions)
    kept = []
    for actor in actors:
        capitalised = all(form[:1].isupper() for form in (actor.name, *actor.aliases))
        mentions = [
            m
            for m in actor.mentions
            if " " in m.text
            or not (
                (capitalised and m.text[:1].islower())
                or (names.has_org_word([m.text]) and _ends_another(m.start, m.end, spans))
            )
        ]
        kept.append(
            actor.model_copy(update={"mentions": mentions}) if mentions != actor.mentions else actor
        )
    return kept


def _runs_past(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a span of `spans` (sorted) overlaps start..end and ends after it."""
    high = bisect.bisect_left(spans, (end, 0))
    low = bisect.bisect_left(spans, (start - _LONGEST_NAME, 0))
    return any(e > end for _, e in spans[low:high] if e > start)


def actor_from(candidate: names.Candidate, text: str) -> Actor:
    """The actor a candidate name is, with its mentions in the text."""
    mentions = ground.find_mentions(text, candidate.forms)
    return Actor(
        name=candidate.name,
        type=_type_in(candidate, text, mentions),
        role="; ".join(candidate.roles) or None,
        aliases=candidate.aliases,
        mentions=mentions,
    )


def _type_in(candidate: names.Candidate, text: str, mentions: list[Span]) -> ActorType:
    """A candidate's type by its name (`names.guess_type`); but a single word the name alone
    would make an organisation is a person where the text follows it with ", who" and never
    with ", which" ("said Cowen, who joins …": a misspelt surname, no first name to tell), and
    it is no place, no plural and no word the text writes in lower case (`mentions`: where the
    text names it)."""
    kind = names.guess_type(candidate)
    name = candidate.name
    if kind == "person" and _called_a_body(candidate, text, mentions):
        return "organization"
    if kind != "organization" or len(name.split()) != 1 or name.isupper():
        return kind
    folded = name.casefold()
    if (
        names.has_org_word([name])
        or names.is_media(name)
        or folded in names.PLACES
        or folded.endswith("s")  # "Republicans, who …": a group
        or re.search(rf"\b{re.escape(folded)}\b", text) is not None  # "the Advocate": a word
    ):
        return kind
    after = [text[m.end : m.end + 8] for m in mentions]
    if (
        (any(a.startswith(", who ") for a in after) or _apposed_person(text, mentions))
        and not any(a.startswith(", which ") for a in after)
        # "the editors of The Advocate, who …", "from Manchester, who …": an outlet, a place.
        and not any(
            _ARTICLE_OR_PLACE_BEFORE.search(text, max(0, m.start - 6), m.start) for m in mentions
        )
    ):
        return "person"
    return kind


_ARTICLE_OR_PLACE_BEFORE = re.compile(r"\b(?:[Tt]he|from|in|of)\s+$")
# An apposition right after a name, up to its head noun: ", a left-leaning research group",
# ", the head of the group" (head "head": the words from "of" on are cut).
_APPOSITION_HEAD = re.compile(
    r",\s+(?:an?|the)\s+((?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)"
    r"(?=\s*[,.;]|\s+(?:of|for|at|in|with|that|which|who|based)\b)"
)


# A person's noun heading an apposition: a title ("the former party leader"), a descriptor ("an
# activist and former political prisoner") or a role only people hold ("a spokeswoman").
_PERSON_NOUNS = (
    names.TITLE_WORDS | lexicon.words("descriptors") | set(lexicon.used_by("roles", "person"))
)


def _apposed_person(text: str, mentions: list[Span]) -> bool:
    """Whether an apposition right after a mention calls it a person: one of its words is a
    person's noun (`_PERSON_NOUNS`) and its head no organisation's word ("Jean-Marie, the former
    party leader,"; not "Acme, the leader's company,")."""
    for m in mentions:
        found = _APPOSITION_HEAD.match(text, m.end)
        if found is None:
            continue
        words = found.group(1).split()
        if any(w in _PERSON_NOUNS for w in words) and not names.has_org_word(words[-1:]):
            return True
    return False


def _called_a_body(candidate: names.Candidate, text: str, mentions: list[Span]) -> bool:
    """Whether a name that only looks like a person's (no title, no honorific, no listed first
    name: "Third Way", "Patriot Coal") names a body by its words: it ends in a word the text
    also writes in lower case ("the coal", "a way") or an apposition after it has an
    organisation's word for its head ("Third Way, a left-leaning research group")."""
    words = candidate.name.split()
    if candidate.roles or names.is_first_name(words[0]):
        return False
    if any(names.honoured(form) for form in candidate.forms):
        return False  # "Mr. Roe": `names.guess_type`'s own reason for a person
    if _apposed_person(text, mentions) or re.search(
        rf"(?<![\w-]){re.escape(words[-1])},\s+who\s", text
    ):
        return False  # "Khin Zaw Win, an activist", "said Small, who attended": a person
    last = words[-1].lower()
    if len(words) >= 2 and re.fullmatch(r"[a-z]+", last) and re.search(rf"\b{last}\b", text):
        return True
    for m in mentions:
        found = _APPOSITION_HEAD.match(text, m.end)
        if found and names.has_org_word([found.group(1).split()[-1]]):
            return True
    return False


def find_actor(actors: list[Actor], written: str, sex: str | None = None) -> Actor | None:
    """The actor `written` names: exact name, then alias, else the one best word match, not a
    person of the other sex ("Melania Trump" is not the "Trump" written "Mr. Trump"): the sex
    the name as written shows, else `sex` ("M", "F"), where the text shows it otherwise (the
    "she" that stands for the name)."""
    for actor in actors:
        if written == actor.name:
            return actor
    for actor in actors:
        if written in actor.aliases:  # after every name: "Trump" is the actor so named
            return actor
    sex = _written_sex(written) or sex
    scored = [
        (attribute.match_score(written, a.name, a.aliases), a)
        for a in actors
        if sex is None or a.type != "person" or names.sex_fits(a.name, sex, a.aliases)
    ]
    scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])
    if not scored:
        return None
    tied = [actor for score, actor in scored if score == scored[0][0]]
    if len(tied) > 1:
        # "Lind campaign deputy press secretary Ben Labolt" beside a described "Lind campaign":
        # the name it ends in, its head, where the others tied are described (between names,
        # "Mr. Udall and Mr. Wyden", "Mr. Morgan of the Sierra Club", the tie stays).
        ending = [a for a in tied if _ends_in(written, a)]
        if len(ending) == 1 and all(a.kind == "described" for a in tied if a is not ending[0]):
            return ending[0]
        return None
    return scored[0][1]


def _ends_in(written: str, actor: Actor) -> bool:
    """Whether `written` ends in one of the actor's names as a whole word run, with only words
    of a role before it: no preposition nor conjunction ("one of the prosecutors for Ada Roe"
    is no Roe)."""
    folded = " ".join(written.casefold().split())
    for form in (" ".join(f.casefold().split()) for f in (actor.name, *actor.aliases)):
        if folded == form:
            return True
        if folded.endswith(" " + form):
            before = folded[: -len(form)].split()
            return not any(w in _NOT_BEFORE_HEAD for w in before)
    return False


def _written_sex(written: str) -> str | None:
    """The sex a name as written shows by its first name or honorific ("Ada Lind", "Mr. Roe"),
    read only from a name alone: not past a role or a place before it ("Acme campaign director
    Ada Lind", "Georgia businessman Bo Lind"), nor from a long run of words."""
    words = written.split()
    if len(words) > 4 or any(w[:1].islower() for w in words):
        return None
    return names.person_sex(written)


def find_speaker(actors: list[Actor], written: str, sex: str | None = None) -> Actor | None:
    """The actor a speaker as written names: by name, or a described speaker ("an Elysee
    official") by its description, or the organisation of a document that speaks ("the IMF
    report"); not the person a description's phrase is owned by ("the court of Chief Justice
    Jane Roe" is not Roe: `_owned_by_person`); one of a family told apart by age by the suffix
    of its name (`_of_age`); `sex` as for `find_actor`."""
    if by_age := _BY_AGE.match(written):
        return _of_age(actors, written[by_age.end() :], younger=by_age["which"] == "younger")
    found = find_actor(actors, written, sex)
    if found is not None and (
        _owned_by_person(written, found)
        or _followers_of(written, found)
        or _knows_of(written, found)
        or _formerly_of(written, found)
    ):
        return None
    if found or not _is_described(written):
        return found
    words = written.split()
    found = find_actor(actors, " ".join(words[1:]))
    if found is None and len(words) > 2 and words[-1].lower() in _DOCUMENT_WORDS:
        found = find_actor(actors, " ".join(words[1:-1]))
    country = names.government_of(" ".join(words[1:]))
    if found is None and country:
        found = next((a for a in actors if a.name == country and a.type == "country"), None)
    return found


def named_once_before(
    view: ArticleView, candidates: list[names.Candidate], actors: list[Actor], at: int
) -> list[Actor]:
    """The people a "he" or "she" at `at` may stand for though no actor: those the article
    names in full, with a first name, in the pronoun's sentence before it or in the sentence
    before that, outside quotation marks, and holds as no actor, being named once and not
    acting there ("efforts by spokeswoman Ada Roe to strip … She argued …"); each as an actor
    with its mentions, for the caller to add where a reader picks it. Not a name without a
    first name ("Wall Street", "Judicial Watch")."""
    sentence = view.sentence_of(at)
    if sentence is None:
        return []
    low = view.sentences[max(0, sentence.index - 2)].start
    quoted = [(m.start(), m.end()) for m in QUOTATION.finditer(view.text, low, at)]
    found = []
    for candidate in candidates:
        words = candidate.name.split()
        if len(words) < 2 or not names.is_first_name(words[0]):
            continue
        if names.guess_type(candidate) != "person" or find_speaker(actors, candidate.name):
            continue
        person = actor_from(candidate, view.text)
        if person.type == "person" and any(
            low <= m.start and m.end <= at and not any(s <= m.start < e for s, e in quoted)
            for m in person.mentions
        ):
            found.append(person)
    return found


def speaker_named(
    view: ArticleView,
    actors: list[Actor],
    candidates: list[names.Candidate],
    written: str,
    at: int | None = None,
    *,
    any_description: bool = False,
    sex: str | None = None,
) -> tuple[Actor | None, bool]:
    """The actor a speaker as written is (`find_speaker`), else a new one (`new_speaker`), and
    whether it is new (the caller adds it to its actors). A speaker becomes a new actor only
    when it is a name the article's candidates hold or a speaker the article describes ("an
    official", "the statement": kind "described") in at most DESCRIBED_WORDS words, and not a
    single word opening its sentence at `at` ("Scholars", "Polls") unless an acronym, a party's
    plural ("Democrats") or the surname of a full name the article holds ("Dean" for Howard
    Dean), nor one the text shows acted on ("accused of"). `sex` as for `find_actor`. Used by
    the quote and the statement steps alike."""
    written = _trimmed(written)
    speaker = find_speaker(actors, written, sex)
    if speaker is not None and _names_another(written, speaker, candidates):
        speaker = None  # "the White House": that name's, not the House its last word names
    words = written.split()
    if speaker is not None and speaker.kind == "described" and is_group(written):
        # "Central European leaders" after "a coalition of leaders": the group it names, not
        # the one a word of it names (but "Officials" after "two law enforcement officials"
        # are those).
        group, new = described_group(view.text, actors, written)
        if group is not None and len(group.name.split()) > len(speaker.name.split()):
            return group, new
    if speaker is not None or not words or names.is_party_tag(written):
        return speaker, False  # "R-Utah" after a name: no speaker of its own
    if is_group(written):
        return described_group(view.text, actors, written)
    sentence = view.sentence_of(at) if at is not None else None
    opening = sentence is not None and at is not None and not view.text[sentence.start : at].strip()
    if (_is_described(written) and len(words) > DESCRIBED_WORDS) or (
        len(words) == 1
        and opening
        and not written.isupper()
        and not names.is_party_plural(written)  # "Democrats believe …"
        and not any(
            len(c.name.split()) > 1 and attribute.match_score(written, c.name, c.aliases)
            for c in candidates
        )
    ):
        return None, False
    if at is not None and _acted_on(view.text, written, at):
        return None, False  # "sitting Republican senators accused of appeasing …"
    if (
        at is not None
        and not _POSSESSIVE.search(written)
        # a possessive's mark right after a name the caller took it off (`attribute.possessor`)
        and not POSSESSIVE_S.match(view.text, at + len(written))
        and _after_preposition(view.text, written, at)
    ):
        # "also on Fox News defended", "Jenky, of Peoria, said" (but "on Donald Trump's claim"
        # that "…": the claim's owner speaks).
        return None, False
    return made_speaker(view.text, actors, candidates, written, any_description=any_description)


def _names_another(written: str, actor: Actor, candidates: list[names.Candidate]) -> bool:
    """Whether a speaker as written, but for an article, is the name of another candidate that
    begins or ends with a shorter name of the actor, a body, which word matching found ("the
    White House" beside the House, "House Democrats" beside the Democrats; not "Rupert
    Murdoch" beside "Murdoch", a person, whose full name another step joins)."""
    if actor.type == "person":
        return False
    bare = [w.casefold() for w in written.split() if w.lower() not in _ARTICLES]
    forms = [n.casefold().split() for n in (actor.name, *actor.aliases)]
    return (
        bare not in forms
        and any(bare[: len(f)] == f or bare[-len(f) :] == f for f in forms if len(f) < len(bare))
        and any(c.name.casefold().split() == bare for c in candidates if c.name != actor.name)
    )


def made_speaker(
    text: str,
    actors: list[Actor],
    candidates: list[names.Candidate],
    written: str,
    *,
    any_description: bool = False,
) -> tuple[Actor | None, bool]:
    """The speaker `new_speaker` makes, and whether it is new: but a speaker written as a list
    of the article's actors ("Mr. Udall and Mr. Wyden") is the first of them (`_first_joined`),
    no new actor named by the whole list. Call it only when `find_speaker` found no actor."""
    speaker = new_speaker(text, actors, candidates, written, any_description=any_description)
    if speaker is not None and (joined := _first_joined(actors, written)) is not None:
        return joined, False
    return speaker, speaker is not None


def _first_joined(actors: list[Actor], written: str) -> Actor | None:
    """The first of the actors a speaker written as names joined by "and" names ("Mr. Udall and
    Mr. Wyden", "Roe, Lind and Pike"), each piece naming one actor of its own: a joint statement
    goes to the first, as `statements` gives it (the others joined to it), never to a new actor
    named by the whole list. None for any other speaker."""
    if not JOINED_BY_AND.search(written):
        return None
    pieces = [piece for piece in LIST_SEPARATOR.split(written) if piece]
    if len(pieces) < 2:
        return None
    named = [find_actor(actors, piece) for piece in pieces]
    if len({id(a) for a in named}) < len(named):
        return None  # two pieces naming one actor, or none
    for piece, actor in zip(pieces, named, strict=True):
        # Each piece ends in its actor's name ("Sen. Pat Lee", not "Acme contributor"): a list
        # of people, not the roles of one ("Acme contributor and historian Dan Roe").
        if actor is None or not any(
            piece.casefold().endswith(form.casefold()) for form in (actor.name, *actor.aliases)
        ):
            return None
    return named[0]


_POSSESSIVE = re.compile(r"\w[\u2019']s?(?:\s|$)")
# A speaker written right after one of these is its object, never a speaker of its own ("on Fox
# News", "of Peoria", "support for DREAMers"); "according to", "by", "from" name speakers.
_OBJECT_PREPOSITIONS = lexicon.words("prepositions") - {"to", "by", "from", "as"}
# Words that stand before a name that is no head of the speaker: a preposition or a
# conjunction ("one of the prosecutors for Ada Roe", "Mr. Udall and Mr. Wyden").
_NOT_BEFORE_HEAD = _OBJECT_PREPOSITIONS | {"and", "or", "to", "by", "from"}


def _acted_on(text: str, written: str, at: int) -> bool:
    """Whether the speaker `written` at `at` (or just after it) is followed by a verb of the
    passive: "senators accused of appeasing", "a plan signed by the governor"."""
    found = text.find(written, at, at + len(written) + 200)
    return found >= 0 and _PASSIVE_AFTER.match(text, found + len(written)) is not None


_PASSIVE_AFTER = re.compile(r"\s+(?:accused|charged|suspected)\s+of\b|\s+[a-z]+ed\s+by\b")


def _after_preposition(text: str, written: str, at: int) -> bool:
    """Whether the speaker `written` at `at` (or just after it) is written after a preposition
    ("also on Fox News spoke up for his budget", where the taggers' source is "News"): the name
    is taken back over the capitalised words right before it."""
    found = text.find(written, at, at + len(written) + 200)
    start = found if found >= 0 else at
    before = _WORD_BEFORE.search(text, max(0, start - 100), start)
    return before is not None and before.group(1).lower() in _OBJECT_PREPOSITIONS


# The word before a name, over the capitalised words right before it ("on" before "Fox News").
# A capitalised word ends in no full stop ("Monday." before a name ends its sentence) but an
# initial's ("Thomas E. Perez").
_WORD_BEFORE = re.compile(r"(?<!\S)(\S+)\s+(?:(?:[A-Z](?:[\w\u2019'-]|\.(?=\w))*|[A-Z]\.)\s+)*$")


def new_speaker(
    text: str,
    actors: list[Actor],
    candidates: list[names.Candidate],
    written: str,
    *,
    any_description: bool = False,
) -> Actor | None:
    """A speaker that is none of `actors` becomes an actor of its own: a described speaker the
    text mentions (kind "described": the speaker of its quotes and statements, no entry of the
    article's actor list), or a candidate name the rule shows speaking ("…," said Hans
    Schellnhuber) even where nothing else in the article shows it acting. None when it is
    neither. Call it only when `find_speaker` found no actor."""
    words = written.split()
    if _is_described(written) and len(words) > 1:
        # "the official", "an Elysee official", "the statement": a described speaker; "the
        # Government Accountability Office", "the S.E.C.": a name, as the article's candidates
        # hold it; "the plan", "the trains", "the AARP pushed", "Akin's ad": no speaker.
        name = " ".join(words[1:])
        country = names.government_of(name)  # "the Chinese government" is China
        if country:
            # With the country's own forms where the article names it ("China", "Beijing").
            named = next((c for c in candidates if c.name == country), None)
            forms = [name, *(named.forms if named else [])]
            found_mentions = ground.find_mentions(text, forms)
            if not any(m.text.casefold() == name.casefold() for m in found_mentions):
                return None
            aliases = [name, *(named.aliases if named else [])]
            return Actor(name=country, type="country", aliases=aliases, mentions=found_mentions)
        if words[-1].lower() not in _ROLE_WORDS and not any_description:
            if not all(w[:1].isupper() for w in words[1:]):
                return None
            written = name
        else:
            # "the younger Mr. Roe", of no name the article holds, is a person too.
            person = _head(name) in _PERSON_WORDS or _BY_AGE.match(written) is not None
            kind: ActorType = "person" if person else "organization"
            found_mentions = ground.find_mentions(text, [name])
            if not found_mentions:
                return None
            return Actor(name=name, type=kind, kind="described", mentions=found_mentions)
    known = {a.name for a in actors}
    scored = [
        (attribute.match_score(written, c.name, c.aliases), c)
        for c in candidates
        if c.name not in known
    ]
    scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        if _modifies(written, scored[0][1]) or names.names_a_thing(scored[0][1].name):
            return None
        return actor_from(scored[0][1], text)
    return None


def _head(description: str) -> str:
    """A description's head noun, folded: its last word before a preposition ("spokesperson"
    of "spokesperson for Google", "official" of "official of NATO")."""
    words = description.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _HEAD_ENDS), len(words))
    return words[cut - 1].lower()


_HEAD_ENDS = frozenset({"for", "of", "at", "with", "from", "in", "on", "to"})


def _modifies(written: str, candidate: names.Candidate) -> bool:
    """Whether the name a candidate has in a speaker as written is no head of it but a word
    that modifies another: before a plural noun that ends the speaker or a preposition follows
    ("Supreme Court observers", "gang members and Middle Eastern terrorists") or before a
    number ("Senate Bill 1062"), or after a preposition ("Political observers in Arizona",
    "members of the Democrats on the council"). The speaker is then a group the text
    describes, not the name; but a body's own people speak for it (`_MEMBERS`: "White House
    advisers", "members of Congress"), and a verb after the name ("Ms. Griffin went online",
    "Griffin says") leaves it the speaker."""
    for form in sorted(candidate.forms, key=len, reverse=True):
        found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", written)
        if found is None:
            continue
        before = written[: found.start()].split()
        while before and before[-1].lower() in _ARTICLES:
            before.pop()
        after = [w.strip(",;:") for w in written[found.end() :].split()]
        head = after[0] if after else ""
        plural_noun = (
            head[:1].islower()
            and head.endswith("s")
            and head not in _JOINING
            and head not in _VERBS_IN_S
            and head not in _MEMBERS
            and (len(after) == 1 or after[1] in _PREPOSITIONS)
        )
        governed = (
            len(before) >= 1
            and before[-1].lower() in _OBJECT_PREPOSITIONS
            and not (len(before) >= 2 and before[-2].lower() in _MEMBERS)
        )
        return bool(plural_noun or head[:1].isdigit() or governed)
    return False


# Nouns for a body's own people, who speak for it: "White House advisers", "members of the
# Republican Party", "faculty members at Notre Dame" (not its "observers" or "critics").
_MEMBERS = frozenset(
    {"members", "officials", "advisers", "advisors", "aides", "staff", "staffers", "leaders"}
    | {"faculty", "employees", "workers", "lawmakers", "spokesmen", "executives", "lawyers"}
)


# Words after a name that join it to another: "Ginsburg and Justices Elena Kagan".
_JOINING = frozenset({"and", "or", "nor", "both", "all", "himself", "herself", "itself"})
_PREPOSITIONS = lexicon.words("prepositions")
# Verbs in -s a speaker may end in ("Griffin says", "Doe insists"), never a plural noun.
_VERBS_IN_S = frozenset(
    word
    for word in {*lexicon.words("saying_verbs"), *lexicon.words("reporting_verbs")}
    if re.fullmatch(r"[a-z]+s", word)
) | {"is", "was", "has", "does"}


_SAYING = lexicon.words("saying_verbs")
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def _trimmed(written: str) -> str:
    """A speaker as written without a verb of saying or a reflexive pronoun a rule left at its
    end: "The writers acknowledge" (that …) is "The writers", "Trump himself" is "Trump"; nor
    a phrase of time ("The congressman over the weekend" is "The congressman")."""
    written = WHEN_AFTER.sub("", written)
    words = written.split()
    while len(words) > 1 and (words[-1].lower() in _SAYING or words[-1].lower() in _REFLEXIVES):
        words = words[:-1]
    return " ".join(words) if len(words) < len(written.split()) else written


# A description whose head is a common noun owned by a name after "of": "the court of Chief
# Justice Jane Roe", "the wife of Otto Lind", "a campaign of Senator Roe".
_OWNED_PHRASE = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*)\s+of\s+(?:the\s+)?[A-Z]"
)
_TITLE_WORDS = {t.rstrip(".").lower() for t in lexicon.words("titles")}
# A recording of a person shows the person speaking ("A video of Otto Roe talking …"), and a
# person's words are the person's ("the words of Ms. Roe, who stood by them").
_RECORDINGS = {
    "audio", "clip", "comments", "footage", "recording", "remarks", "speech", "statement",
    "tape", "testimony", "video", "words",
}  # fmt: skip


# What ties an unnamed source to the one it knows of: "a person familiar with Mr. Roe's
# testimony", "people close to Acme", "an official with knowledge of the talks", "a lawyer
# briefed on the case" (not "a spokesman for Mr. Roe", who speaks for Roe).
_KNOWS_OF = re.compile(
    r"\b(?:familiar\s+with|close\s+to|knowledge\s+of|briefed\s+(?:on|about))\s", re.IGNORECASE
)


def _knows_of(written: str, actor: Actor) -> bool:
    """Whether a speaker as written is an unnamed source who knows of `actor`, named after
    the words that tie them (`_KNOWS_OF`: "One person familiar with Mr. Roe's testimony"),
    not the actor itself, nor the source as an actor of its own ("Source familiar with the
    ad")."""
    tie = _KNOWS_OF.search(written)
    return (
        tie is not None
        and not _KNOWS_OF.search(actor.name)
        and find_actor([actor], written[: tie.start()]) is not actor
    )


# One of a family told apart by age: "the younger Mr. Roe", "the elder Roe".
_BY_AGE = re.compile(rf"(?:[Tt]he\s+)?(?P<which>{AGE_WORD})\s+(?=[A-Z])")
# A name's last word of a younger generation: "Bo Roe Jr.", "Bo Roe III".
_JUNIOR = names.NAME_SUFFIXES - {"sr"}


def _of_age(actors: list[Actor], written: str, *, younger: bool) -> Actor | None:
    """The one person of the surname `written` ends in ("Mr. Roe") whose name fits the
    generation: the younger a "Bo Roe Jr.", the elder one with no such suffix ("the elder Mr.
    Murdoch"). None where none fits: "the younger Mr. Roe" of an article naming only Gov. Bo
    Roe is his son."""
    fitting = [
        actor
        for actor in actors
        if actor.type == "person"
        and names.surname_forms(actor.name) & names.surname_forms(written)
        and (actor.name.split()[-1].casefold().rstrip(".") in _JUNIOR) == younger
    ]
    return fitting[0] if len(fitting) == 1 else None


# A name's possessive and a noun for its members or followers: "Ms. Roe's supporters", "Acme's
# employees" (lexicon/member_nouns.txt) are those people, not the one named; so are such a noun
# and "of" or "for" before the name: "Supporters of Mr. Roe", "Longtime critics of Acme".
_FOLLOWERS_OF = re.compile(rf"[\u2019']s?\s+(?:[\w-]+\s+)?{MEMBER_NOUN}$", re.IGNORECASE)
_FOLLOWERS_OF_NAME = re.compile(rf"(?:[\w-]+\s+)?{FOLLOWERS_OF}", re.IGNORECASE)


def _followers_of(written: str, actor: Actor) -> bool:
    """Whether a speaker as written names the followers or members of `actor`, named by its
    possessive ("Ms. Roe's supporters", "Acme's loyal voters": one word at most between) or
    after "of" or "for" ("Supporters of Mr. Roe", "critics of Acme"), who speak for
    themselves; not "Roe's aides" or "aides to Roe", who act for Roe, nor "Republican members
    of Congress" where that is the group `actor` is."""
    if _FOLLOWERS_OF.search(written) is not None:
        return True
    whose = _FOLLOWERS_OF_NAME.match(written)
    return whose is not None and find_actor([actor], written[whose.end() :]) is actor


# A speaker written as one who held a role once: "A former DNC chairman", "an ex-Acme official".
_FORMER = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[Ff]ormer\s+|[Ee]x-)")


def _formerly_of(written: str, actor: Actor) -> bool:
    """Whether `written` names one who once held a role in the body `actor` ("A former
    Democratic National Committee chairman says", "a former State Department official"): a
    person who speaks for no one but himself, where a body's present people speak for it."""
    words = written.split()
    return (
        actor.type != "person"
        and _FORMER.match(written) is not None
        and len(words) > 1
        and (words[-1].lower() in _PERSON_WORDS or words[-1].lower() in _TITLE_WORDS)
    )


def _owned_by_person(written: str, actor: Actor) -> bool:
    """Whether `written` describes something of the person `actor` rather than the person: a
    phrase "the N of …" whose head N is no title ("the president of Mexico" may be the person) and
    no recording ("a video of Roe"); an organisation's "official of NATO" speaks for NATO, as "an
    Elysee official" does."""
    owned = _OWNED_PHRASE.match(written)
    return (
        actor.type == "person"
        and owned is not None
        and owned.group("head").lower() not in _TITLE_WORDS | _RECORDINGS
    )


# A group the article describes speaking without an article ends in one of `GROUP_ROLES`: "Two
# law enforcement officials said", "Federal prosecutors said", "Hunter's lawyers said". A count
# before the group is no part of its name: "Two law enforcement officials".
_GROUP_COUNT = re.compile(
    r"(?i)(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+group\s+of|\d+)\s+"
)


# Words no group's description holds: a clause or a list around it ("After campaign aides
# insisted", "how experts say", "Cruz and his aides", "Small groups of protesters"), or an owner
# the text does not name ("his supporters": a referent, not a description).
_NOT_IN_GROUP = frozenset(
    {"and", "or", "nor", "but", "how", "why", "what", "when", "where", "who", "whom", "which"}
    | {"that", "if", "while", "because", "his", "her", "its", "their", "our", "my", "your"}
    | {"after", "before", "since", "until", "once", "although", "though"}
    | {"other", "some", "many", "most", "all", "both", "few", "these", "those", "such"}
    | lexicon.words("prepositions")
)


# A group and whose it is, in at most four words after "of" or "for".
_GROUP_OF = re.compile(r"(?P<group>\S+(?:\s+\S+)*?)\s+(?:of|for)\s+(?P<whose>\S+(?:\s+\S+){0,3})")


def is_group(written: str) -> bool:
    """Whether a speaker as written is a group the text describes (`described_group`): a
    plural of roles.tsv `group` at its end, no article before it and none of `_NOT_IN_GROUP`
    among its words; or such a group and whose it is, after "of" or "for" ("Critics of the
    plan", "Executives of nine Indiana companies": session 48)."""
    whose = _GROUP_OF.fullmatch(written)
    if whose is not None and is_group(whose.group("group")):
        # "Critics of the plan", "Executives of nine Indiana companies": the group, and whose.
        return not _NOT_IN_GROUP.intersection(w.lower() for w in whose.group("whose").split())
    words = [w.strip(",;:").lower() for w in written.split()]
    return (
        bool(words)
        and words[-1] in GROUP_ROLES
        and not _is_described(written)
        and not _NOT_IN_GROUP.intersection(words)
    )


# A group named by its kind alone says nothing of who it is ("Several groups said"): only with
# words before it ("Advocacy groups", "Internet companies").
_VAGUE_GROUPS = frozenset({"groups", "companies", "organizations", "organisations"})


def described_group(text: str, actors: list[Actor], written: str) -> tuple[Actor | None, bool]:
    """The actor a group the text describes speaking without an article is ("Two law
    enforcement officials said": kind "described", named "law enforcement officials"; "Federal
    prosecutors said": "federal prosecutors"), and whether it is new (the caller adds it): the
    one of `actors` with that name where there is one. None for any other source, or one of
    more than DESCRIBED_WORDS words."""
    if not is_group(written):
        return None, False
    count = _GROUP_COUNT.match(written)
    name = " ".join(written[count.end() :].split()) if count else " ".join(written.split())
    first = name.split()[0]
    if (
        len(name.split()) > DESCRIBED_WORDS
        or first.lower() in _ARTICLES
        or name.casefold() in _VAGUE_GROUPS
    ):
        return None, False
    whose = _GROUP_OF.fullmatch(name)
    group = whose.group("group") if whose else name  # the words before "of": "Critics of Mr. Roe"
    if (
        first[:1].isupper()
        and not first.isupper()
        and all(w[:1].islower() for w in group.split()[1:])
        and (first.lower() in GROUP_ROLES or re.search(rf"\b{re.escape(first.lower())}\b", text))
    ):
        # "Critics", "Federal prosecutors", "Supporters of Mr. Roe" opening a sentence: a
        # common word, which the text writes in lower case elsewhere (not "Central European
        # leaders").
        name = first.lower() + name[len(first) :]
    for actor in actors:
        if actor.kind == "described" and actor.name.casefold() == name.casefold():
            return actor, False
    found_mentions = ground.find_mentions(text, [name])
    if not found_mentions:
        return None, False
    kind: ActorType = "person" if name.split()[-1].lower() in _PERSON_WORDS else "organization"
    return Actor(name=name, type=kind, kind="described", mentions=found_mentions), True


def protagonist(actors: list[Actor]) -> Actor | None:
    """The person the article names most often, where one person does."""
    people = sorted(
        (a for a in actors if a.type == "person" and a.kind == "named"),
        key=lambda a: -len(a.mentions),
    )
    if not people or (len(people) > 1 and len(people[1].mentions) == len(people[0].mentions)):
        return None
    return people[0]


# A person's campaign, camp or team written with its owner's possessive, a kind of campaign
# between ("Roe's campaign", "Sen. Roe's re-election campaign", "her campaign", "the
# president's camp"): one body that speaks (`campaign_actor`). Not a legal team (its lawyers).
CAMPAIGN = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er)"
    r"|(?P<owner>[\w.\u2019' -]{1,40}?)(?:[\u2019']s|(?<=s)[\u2019']))"
    r"\s+(?:(?:presidential|re-?election|reelection|Senate|House|gubernatorial|mayoral)\s+)?"
    r"(?P<noun>campaign|camp|team)"
)


def campaign_speaker(
    text: str,
    actors: list[Actor],
    written: str,
    pronoun_owner: Callable[[str], Actor | None],
    described_owner: Callable[[str], Actor | None],
) -> tuple[Actor | None, bool]:
    """The campaign, camp or team a speaker written with its owner's possessive is (`CAMPAIGN`:
    "Roe's campaign", "his campaign", "the president's campaign") and whether it is new (the
    caller adds it), where the owner is a person the article holds: a name; the one a
    description names back, as the calling step reads it (`described_owner`, given the owner);
    or a pronoun's referent (`pronoun_owner`, given "his" or "her") only where that is the
    person the article names most (`protagonist`; the ranker's pick is too unsure for a new
    actor: "his campaign" of an aide or a pollster). None otherwise."""
    found = CAMPAIGN.fullmatch(written)
    if found is None:
        return None, False
    if pronoun := found.group("pronoun"):
        owner = pronoun_owner(pronoun.lower())
        if owner is None or owner is not protagonist(actors):
            return None, False
    elif found.group("owner").lower().startswith("the "):
        owner = described_owner(found.group("owner"))
    else:
        owner = find_speaker(actors, found.group("owner"))
    if owner is None:
        return None, False
    return campaign_actor(text, actors, owner, found["noun"], written)


def campaign_actor(
    text: str, actors: list[Actor], owner: Actor, noun: str, written: str
) -> tuple[Actor | None, bool]:
    """The body a person's campaign, camp or team is (`CAMPAIGN`), named by the owner's surname
    and the noun as "the Roe campaign" names it ("Roe campaign", "Roe team"), and whether it is
    new (the caller adds it): the one of `actors` with that name where there is one, else a
    described organisation grounded where the text writes it as `written` (not "Roe campaign
    spokesman Ben Lind": a role). None for an owner that is no person."""
    surname = names.surname(owner.name)  # "Joseph R. Biden Jr.": "Biden"
    if owner.type != "person" or not surname:
        return None, False
    name = f"{surname} {'campaign' if noun == 'camp' else noun}"  # a camp is its campaign
    for actor in actors:
        if actor.name.casefold() == name.casefold():
            return actor, False
    found_mentions = ground.find_mentions(text, [written])
    if not found_mentions:
        return None, False
    aliases = [written] if written.casefold() != name.casefold() else []
    made = Actor(
        name=name, type="organization", kind="described", aliases=aliases, mentions=found_mentions
    )
    return made, True


# A source as written that describes its speaker, without its article and anything after a
# comma: "A French official, who declined to be identified," is "French official".
_DESCRIPTION = re.compile(
    rf"(?i)(?:{'|'.join(sorted(_ARTICLES, key=lambda a: (-len(a), a)))})\s+(?P<words>[^,(]+?)"
    r"\s*(?:[,(].*)?"
)
_OWNED = re.compile(r"['\u2019]s?$")  # "the ad's narrator": the ad's, not the ad


def fullest_description(name: str, written: list[str], taken: set[str]) -> str | None:
    """The most specific of the descriptions its sources as written give a described speaker
    named `name` ("A French official, who declined to be identified," of "official": "French
    official"): one that ends in the name, is at most DESCRIBED_WORDS words long, names none of
    `taken` (casefolded actor names) and holds no preposition or possessive ("the narrator in
    the Clinton ad", "the ad's narrator" describe no "ad"). None where none is longer."""
    fuller = []
    for source in written:
        found = _DESCRIPTION.fullmatch(source)
        words = found.group("words").split() if found else []
        if (
            len(name.split()) < len(words) <= DESCRIBED_WORDS
            and not any(w.lower() in _PREPOSITIONS or _OWNED.search(w) for w in words)
            and " ".join(words).casefold().endswith(" " + name.casefold())
            and " ".join(words).casefold() not in taken
        ):
            fuller.append(" ".join(words))
    return max(fuller, key=lambda n: len(n.split())) if fuller else None


def _is_described(written: str) -> bool:
    words = written.split()
    return bool(words) and words[0].lower() in _ARTICLES


# An honorific right before a mention, outside it: "Mr. " of "Mr. Hutchinson".
_HONORIFIC_BEFORE = re.compile(rf"\b{HONORIFIC}\.?\s+$")


def shared_surnames(
    text: str, actors: list[Actor], quotes: list[Quote], statements: list[Statement]
) -> tuple[list[Actor], list[Quote], list[Statement]]:
    """A person named only by a surname ("Clinton", "Mr. Hutchinson") that two or more people
    the article names in full, first name and all, share is none of its own: each of its
    mentions, quotes and statements is one of theirs (`_bearer`). The actors (the surname's left
    out, its mentions given to those people, not its forms, which would join them across
    sources), quotes and statements."""
    people = [a for a in actors if a.type == "person" and a.kind == "named"]
    for shared in [p for p in people if len(p.name.split()) == 1]:
        surname = names.surname_forms(shared.name)
        bearers = [
            p for p in people if _full_name(p.name) and names.surname_forms(p.name) & surname
        ]
        if len(bearers) < 2 or _named_jointly(text, shared.name):
            continue
        theirs = [m for b in bearers for m in b.mentions]
        gained: dict[str, list[Span]] = {}
        inside: set[tuple[int, int]] = set()  # their bare mentions inside the surname's own
        for mention in shared.mentions:
            if any(m.start <= mention.start and mention.end <= m.end for m in theirs):
                continue  # inside one of their full names ("Roe" of "Asa Roe")
            inside |= {
                (m.start, m.end)
                for m in theirs
                if mention.start <= m.start and m.end <= mention.end
            }  # "Clinton" of "Mrs. Clinton", which the honorific tells
            if not _AGE_BEFORE.search(text, max(0, mention.start - 20), mention.start):
                # not one told apart by age with no suffix to tell ("the younger Mr. Roe")
                honorific = _HONORIFIC_BEFORE.search(text, max(0, mention.start - 6), mention.start)
                sex = names.honorific_sex(honorific.group() if honorific else mention.text)
                gained.setdefault(_bearer(bearers, mention.start, sex, text).name, []).append(
                    mention
                )
        actors = [
            a.model_copy(
                update={
                    "mentions": sorted(
                        [
                            *(m for m in a.mentions if (m.start, m.end) not in inside),
                            *gained.get(a.name, []),
                        ],
                        key=lambda m: m.start,
                    ),
                }
            )
            if a in bearers
            else a
            for a in actors
            if a is not shared
        ]
        quotes = [
            q.model_copy(update={"speaker": _bearer(bearers, q.start, None, text).name})
            if q.speaker == shared.name
            else q
            for q in quotes
        ]
        statements = [
            s.model_copy(update={"speaker": _bearer(bearers, *_written(s), text).name})
            if s.speaker == shared.name
            else s
            for s in statements
        ]
        people = [a for a in actors if a.type == "person" and a.kind == "named"]
    return actors, quotes, statements


def _named_jointly(text: str, surname: str) -> bool:
    """Whether the article has two people of the surname speak together ("Ada and Otto Verity
    said"): the surname alone may then be both of them ("Verity said" of their joint
    statement), no one of them (but not "Hillary and Bill Clinton earned", who do not speak
    as one)."""
    name = re.escape(surname)
    joint = rf"\b(?!{name}\b)[A-Z][a-z]+ and [A-Z][a-z]+ {name}\s+(?:[a-z]+ly\s+)?{_JOINT_VERBS}\b"
    return re.search(joint, text) is not None


_JOINT_VERBS = r"(?:said|say|says|wrote|write|writes|told|tell|tells|stated|announced|added)"


def _full_name(name: str) -> bool:
    """A person's name with a first name: a plain capitalised word or an initial first, no
    title or honorific ("Captain Khan", "Ms. Khan") nor a headline's word ("'Thin-skinned'
    Trump")."""
    words = name.split()
    first = words[0].lower().rstrip(".") if words else ""
    return (
        len(words) > 1
        and re.fullmatch(r"[A-Z][a-z]*\.?", words[0]) is not None
        and first not in _TITLE_WORDS
        and first not in _HONORIFIC_WORDS
    )


# Words that tell one of a family apart by age right before a mention ("the younger Mr. Roe").
_AGE_BEFORE = re.compile(rf"\b{AGE_WORD}\s+(?:{HONORIFIC}\.?\s+)?$")


def _written(statement: Statement) -> tuple[int, str | None]:
    """Where a statement's source stands, and the sex its words show ("Mr. Roe", "she")."""
    at = (statement.source or statement.cue)[0].start
    written = " ".join(s.text for s in statement.source)
    sex = names.honorific_sex(written) or names.PRONOUN_SEXES.get(written.lower())
    return at, sex


_HONORIFIC_WORDS = {w.rstrip(".") for w in lexicon.words("honorifics")}


def _bearer(bearers: list[Actor], at: int, sex: str | None, text: str) -> Actor:
    """The one of the people sharing a surname a bare mention of it at `at` names: of those its
    honorific's or pronoun's `sex` fits (`names.sex_fits`), the only one, else the one
    named last before it in its paragraph ("Seth Hutchinson said … Mr. Hutchinson added"), else
    the one the article names in full at least twice as often as any other (the story's
    subject), else the one it names first (the story's own Clinton, named in its lead)."""
    if sex is not None:
        # Only those whose first name or honorifics show the other sex are left out: a first
        # name no list knows ("Jeb") may be of either.
        bearers = [b for b in bearers if names.sex_fits(b.name, sex, b.aliases)] or bearers
    if len(bearers) == 1:
        return bearers[0]
    paragraph = text.rfind("\n", 0, at) + 1
    local = [
        (max(m.end for m in b.mentions if paragraph <= m.start and m.end <= at), i)
        for i, b in enumerate(bearers)
        if any(paragraph <= m.start and m.end <= at for m in b.mentions)
    ]
    if local:
        return bearers[max(local)[1]]
    named = sorted(bearers, key=lambda b: -len(b.mentions))
    if len(named[0].mentions) >= 2 * len(named[1].mentions):
        return named[0]  # the story's subject, named in full twice as often as the other
    return min(bearers, key=lambda b: min((m.start for m in b.mentions), default=len(text)))
