"""Who says a quote: reporting-verb rules, and the names a model may choose among.

The rules only fire on the patterns news style uses next to a quotation ("…," X said; X said,
"…"; according to X), composed in `patterns.py`. They return the speaker as written; the caller
maps it to an actor (`match_score`). The stance rules are in `stance_rules.py`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .detect import QuotedSpan, Sentence
from .ground import normalise
from .patterns import (
    ADVERB,
    AFTER_QUOTE,
    ATTRIBUTION_END,
    BEFORE_QUOTE,
    DESC,
    DESC_HEAD,
    FOLLOWERS_OF,
    NAME,
    OPENERS,
    SIGNED,
    VERBS,
    alternation,
    phrases,
)

_PRONOUNS = {"he", "she", "they"}


@dataclass(frozen=True)
class RuleHit:
    speaker: str  # as written in the article
    start: int
    end: int
    pronoun: bool
    # Where the rule found the speaker, where `speaker` is another text's words: the author of
    # "the letter states", the person of "Jenky, of Peoria, Ill., said" (else start and end).
    found_at: tuple[int, int] | None = None

    @property
    def place(self) -> tuple[int, int]:
        """Where the words the rule matched stand (after or before the quote)."""
        return self.found_at or (self.start, self.end)

    def instead(self, start: int, speaker: str) -> RuleHit:
        """A hit on another text's words, `speaker` at `start` (a document's author, the person
        in apposition to a description), found where this one was."""
        return RuleHit(
            speaker=speaker,
            start=start,
            end=start + len(speaker),
            pronoun=False,
            found_at=self.place,
        )


def rule_speaker(text: str, quote: QuotedSpan, sentence: Sentence | None) -> RuleHit | None:
    """The speaker a reporting-verb pattern names next to the quote, if any."""
    after_start = min(quote.end + 1, quote.paragraph_end)
    after = text[after_start : min(quote.paragraph_end, after_start + 120)]
    # The sentence the quote stands in ends the words after it: "…call HB42 "harmful"
    # rules that favour landlords. They said …" is no "…," they said.
    ended = _SENTENCE_END.search(after)
    after = after[: ended.end() - 1] if ended else after
    # A quote that ends its own sentence ("….") is not attributed by the next sentence's verb,
    # unless the sentence goes on in lower case ("….” the president said) or is no more than the
    # attribution ("…?” Vitter demanded.).
    ends_sentence = quote.text.rstrip().endswith((".", "!", "?"))
    lower = re.match(r"\s+[a-z]", after)
    signed = SIGNED.search(after)
    if signed:
        return _hit(signed, after_start)
    for pattern in AFTER_QUOTE:
        match = pattern.search(after)
        if match and (not ends_sentence or lower or ATTRIBUTION_END.match(after, match.end())):
            return _whole_name(text, _hit(match, after_start))
    # The text before the quote, back to the start of its sentence.
    before_start = (
        sentence.start if sentence and sentence.start < quote.start else quote.paragraph_start
    )
    before_start = max(before_start, quote.start - 250)
    before = text[before_start : max(before_start, quote.start - 1)]
    for pattern in BEFORE_QUOTE:
        match = pattern.search(before)
        if match and not _PLACE_BEFORE.search(before, 0, match.start("speaker")):
            hit = _hit(_nested_sayer(before, match), before_start)
            agent = _AGENT_FOR_BEFORE.search(text, max(0, hit.start - 40), hit.start)
            apposed = apposed_name(text, hit.end) if agent and not hit.pronoun else None
            if apposed:
                # "A spokesman for Mr. Roe, Otto Lind, said …": the spokesman, who is named
                return hit.instead(*apposed)
            return _whole_name(text, hit)
    return None


# Role words of those who speak for someone ("a spokesman for Mr. Roe", "the spokesperson").
AGENTS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "representative", "aide", "lawyer",
     "attorney", "adviser", "advisor"}
)  # fmt: skip
# One who speaks for the name right after: "A spokesman for " (Mr. Roe, Otto Lind, said).
_AGENT_FOR_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(AGENTS))})\s+(?:for|to)\s+$", re.I)


# A name right after "in" or "near" and the capitalised words of the name it is in is a place,
# no speaker: "Ada Roe, a doctor at the Kisco Clinic in Mount Kisco, New York, said": Mount
# Kisco is where, not who.
_PLACE_BEFORE = re.compile(r"\b(?:in|near)\s+(?:[A-Z][\w.\u2019'-]*\s+)*$")


# A sayer reported by the one the rule found, nearer the quote: "Doe said Roe told reporters
# that Acme is "…""; "a memoir by Ann Lind, which said Roe had told aides that …
# "…"" (Roe's words, as Lind reports them). The inner sayer follows a verb of saying right away
# (after "that"), and its own verb of saying is the last one before the quote, with no comma
# between ("Doe said Roe wrote the memo, which she called "…"": Doe's); a pronoun there is the
# reporter itself ("Doe said she asked …": on PolNeAR train, 3 of 3); a day no name ("said
# Tuesday Roe told …").
_INNER_SAYER = re.compile(
    rf"\b{VERBS}\s+(?:that\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"(?P<speaker>(?:[Tt]he\s+)?{NAME}){ADVERB}\s+{VERBS}\b"
    rf"(?:(?!\b{VERBS}\b)[^.,;\u201c\u201d\"]){{0,80}}$"
)


def _nested_sayer(before: str, match: re.Match[str]) -> re.Match[str]:
    """The match of the sayer nearest the quote: the inner one a reported sayer reports
    (`_INNER_SAYER`), else the rule's own."""
    inner = _INNER_SAYER.search(before, match.end("speaker"))
    return inner or match


# A sentence's end after a lower-case word (no abbreviation: "Sen.", "U.S."), before a capital.
_SENTENCE_END = re.compile(r"(?<![\w.\u2019'-])[a-z]{2,}[.!?][\"\u201d\u2019]?\s+[\"\u201c]?[A-Z]")
# A name in apposition right after a described speaker: "Another rival, Otto Roe, the
# county clerk, softened his stance, saying …", "said the party's leader, Ada Lind of Ohio." (two
# words at least: no place, "a critic, Ohio"); a comma, a semicolon or the sentence's end after it.
_APPOSED_NAME = re.compile(rf",\s+(?P<name>{NAME})\s*(?=[,;]|\.(?:\s|$))")
# A person a described speaker's role names: "said the mayor's two lawyers Ann Roe and Bo
# Lind", "the group's leader, Jane Roe", "Roe's top farm policy aide Bo Lind" (up to four
# lower-case words), "Lind's introducer, actress Ada Roe" (one more after a comma).
_ROLE_OF_NAME = re.compile(
    rf"[\u2019']s\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*(?:,\s+(?:[a-z][\w-]*\s+)?|\s+)"
    rf"(?P<name>{NAME})"
)
# A name, lower-case words of role, then the person's name: "Former Ohio governor Ada Lind (D)",
# "Acme chief executive Bo Roe", where the first name (a place, a company) only qualifies the
# role. The role ends in a noun of roles written before names (`ROLE_BEFORE`'s), the words
# before it no preposition, conjunction, article or verb form ("Lind and Ada Roe", "Lind over
# Mr. Roe", "Lind did take Mr. Roe on", "Lind endorsed Bo Roe").
_NAME_ROLE_NAME = re.compile(
    rf"{NAME}\s+(?:(?!(?:{alternation(lexicon.entries('prepositions'))}|and|or|nor|but|than|the"
    rf"|a|an|did|does|do|is|was|has|had)\s)[a-z][\w-]*(?<!ed)(?<!ing)\s+){{0,2}}"
    rf"{phrases(lexicon.used_by('roles', 'before_name'))}\s+(?P<name>{NAME})(?:\s*\([^()]*\))?"
)
# A description's head noun after its capitalised words: "the Democratic staffer" (no verb of
# saying between: "the FMA said in statement" is the FMA's).
_DESCRIPTION_GOES_ON = re.compile(rf"(?:\s+(?!{VERBS}\b)[a-z][\w-]*){{0,2}}?\s+{DESC_HEAD}\b")
# An organisation's name goes on past "for" ("Democracy for America"), and past "of" after a
# word of organisations ("the Association of Flight Attendants").
_NAME_GOES_ON = re.compile(rf"\s+for\s+(?:the\s+)?{NAME}")
_ORG_GOES_ON = re.compile(rf"\s+of\s+(?:the\s+)?{NAME}")
_ORG_WORDS = lexicon.words("org_words")


# A town's branch of a body, after the town's name ("the Dayton" of "the Dayton, Ohio, chapter
# of Civic Action"): the body's name.
_CHAPTER_OF = re.compile(
    rf"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)?\s+(?:chapter|branch|affiliate)\s+of\s+"
    rf"(?:the\s+)?(?P<name>{NAME})"
)


def chapter_body(text: str, written: str, end: int) -> tuple[int, str] | None:
    """Where the body starts, and its name, whose town's chapter a speaker written as "the "
    and the town's name (ending at `end`) is: "the Dayton, Ohio, chapter of Civic Action"."""
    if written[:4] not in ("the ", "The "):
        return None
    chapter = _CHAPTER_OF.match(text, end)
    return (chapter.start("name"), chapter.group("name")) if chapter else None


# A name with its place in apposition, right before a rule's speaker: "Jenky, of Peoria, Ill.,".
_PLACE_OF = re.compile(rf"(?P<name>{NAME}),\s+of\s+$")


# Followers or members of the one named right after (lexicon/member_nouns.txt).
_FOLLOWERS_BEFORE = re.compile(rf"(?<![\w-]){FOLLOWERS_OF}\s*$", re.IGNORECASE)


def _whole_name(text: str, hit: RuleHit) -> RuleHit:
    """The hit with its speaker's name whole, where a rule stopped at "for" or "of"; a document
    that speaks, its author where the text gives one (`document_author`)."""
    author = document_author(text, hit.speaker, hit.start, hit.end)
    if author:
        return hit.instead(*author)
    chapter = chapter_body(text, hit.speaker, hit.end)
    if chapter:
        # "tweeted the Dayton, Ohio, chapter of Civic Action": the body, not its town.
        return hit.instead(*chapter)
    placed = _PLACE_OF.search(text, max(0, hit.start - 120), hit.start)
    if placed and not hit.pronoun:
        # "Bishop Ann Roe, of Dayton, Ohio, said": the person, not the place.
        return hit.instead(placed.start("name"), placed.group("name"))
    if hit.pronoun:
        return hit
    followers = _FOLLOWERS_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if followers:
        # "supporters of Mr. Roe said": they speak, not Mr. Roe (`actors.find_speaker`).
        return hit.instead(followers.start(), text[followers.start() : hit.end])
    named = _named_instead(text, hit)
    if named:
        return named
    if not hit.speaker[-1:].isalpha():
        return hit
    if hit.speaker[:4] in ("the ", "The "):
        # "said the Democratic staffer": a capitalised word of a description, not a name.
        described = _DESCRIPTION_GOES_ON.match(text, hit.end)
        if described:
            end = described.end()
            whole = RuleHit(speaker=text[hit.start : end], start=hit.start, end=end, pronoun=False)
            # "said the Acme spokesman, Bo Lind, on Monday": the person it goes on to name.
            return _named_instead(text, whole) or whole
    words = [w for w in hit.speaker.split() if w.lower() != "the"]
    organisation = words[-1].lower() in _ORG_WORDS
    # One word before "for" ("Democracy for America"), not a person ("Cameron Easley for X").
    goes_on = _NAME_GOES_ON.match(text, hit.end) if len(words) == 1 or organisation else None
    if goes_on is None and organisation:
        goes_on = _ORG_GOES_ON.match(text, hit.end)
    if goes_on is None:
        return hit
    return RuleHit(
        speaker=text[hit.start : goes_on.end()], start=hit.start, end=goes_on.end(), pronoun=False
    )


def _named_instead(text: str, hit: RuleHit) -> RuleHit | None:
    """The person a described speaker goes on to name: in apposition ("Another rival, Otto
    Roe, …"), or as the holder of a role of it ("the mayor's two lawyers Ann Roe and
    …": the first named)."""
    words = hit.speaker.split()
    if words[0].lower() in _DESCRIBED_OPENERS:
        apposed = apposed_name(text, hit.end)
        if apposed is not None:
            return hit.instead(*apposed)
    possessive = hit.speaker.endswith(("\u2019s", "'s"))  # a name takes its "'s" along
    found = _ROLE_OF_NAME.match(text, hit.end - 2 if possessive else hit.end)
    if found is None or len(found.group("name").split()) < 2:
        return None
    return hit.instead(found.start("name"), found.group("name"))


_DESCRIBED_OPENERS = {"a", "an", "the", "another", "one"}


def apposed_name(text: str, at: int) -> tuple[int, str] | None:
    """Where the name set off by a comma at `at`, right after a description, starts, and the
    name: ", Otto Roe," of "Another rival, Otto Roe, the county clerk"; none for one word."""
    found = _APPOSED_NAME.match(text, at)
    if found is None or len(found.group("name").split()) < 2:
        return None
    return found.start("name"), found.group("name")


# A period after a word of two lower-case letters or more, then a capital: the speaker's
# sentence ends there ("…," said Aldine aide Jem Kovan. Aldine called …": no "Kovan. Aldine"),
# unless the word is an abbreviation kept inside names ("Sen.", "Rev.": lexicon abbreviations,
# in_name).
_NAME_ENDS = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
_IN_NAME = frozenset(lexicon.used_by("abbreviations", "in_name"))


def _hit(match: re.Match[str], offset: int) -> RuleHit:
    speaker = match.group("speaker")
    for end in _NAME_ENDS.finditer(speaker):
        if speaker[: end.start()].split()[-1] not in _IN_NAME:
            speaker = speaker[: end.start()]
            break
    return RuleHit(
        speaker=speaker,
        start=offset + match.start("speaker"),
        end=offset + match.start("speaker") + len(speaker),
        pronoun=speaker.lower() in _PRONOUNS,
    )


def name_tokens(name: str) -> list[str]:
    folded, _ = normalise(name)
    return [t for t in re.split(r"[^\w]+", folded) if t]


# "another official", "one analyst": words of a described speaker, no part of a name.
_STOP = lexicon.words("name_stopwords") | {"another", "one"}


def match_score(written: str, name: str, aliases: list[str]) -> int:
    """How well `written` (a speaker as the article writes it) names the actor `name`/`aliases`:
    0 for not at all, else the number of words they share."""
    written_tokens = [t for t in name_tokens(written) if t not in _STOP]
    if not written_tokens:
        return 0
    best = 0
    for candidate in (name, *aliases):
        tokens = [t for t in name_tokens(candidate) if t not in _STOP]
        if not tokens:
            continue
        shared = len(set(tokens) & set(written_tokens))
        if set(written_tokens) == set(tokens):
            best = max(best, shared + 1)
        elif set(tokens) <= set(written_tokens) or set(written_tokens) <= set(tokens):
            # "Stoltenberg" for "Jens Stoltenberg"; "NATO Secretary-General Jens Stoltenberg" for
            # it, but not for "NATO": a one-word name must be the other's last word (a surname).
            shorter, longer = sorted((tokens, written_tokens), key=len)
            if len(shorter) >= 2 or shorter[-1] == longer[-1]:
                best = max(best, shared)
    return best


def find_descriptions(passage: str) -> list[str]:
    """Described speakers ("an Elysee official") in a passage, without their article."""
    found = []
    for match in re.finditer(DESC, passage):
        words = match.group().split()[1:]
        found.append(" ".join(words))
    return found


_SMALL_WORDS = lexicon.words("title_small_words")


def is_title(quoted: str) -> bool:
    """Whether quoted words name or title something rather than report speech: up to eight
    words, every one but the small ones capitalised ("Face the Nation", "War On Drugs", "The
    Dealmaker", "Bobby"). Shouted capitals ("LOCK HER UP") are speech."""
    words = re.findall(r"[\w\u2019'.-]+", quoted)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return (
        0 < len(words) <= 8
        and bool(content)
        and not words[0].isupper()
        and all(w[0].isdigit() or (w[0].isupper() and not w.isupper()) for w in content)
    )


# The nouns of documents that speak ("the report said"), as a pattern (roles' `document`).
DOCUMENTS = phrases(lexicon.used_by("roles", "document"))
# A document as its introduction may name it: one or several ("identical letters sent by"), or
# a news piece the quote calls "the article" ("X published the story …. The article said").
_INTRODUCED = rf"(?:{DOCUMENTS}|story|piece)s?"
_NEWS_PIECES = frozenset({"story", "piece"})
# "Friday's editorial", "the January report": a date names no author.
_DATE_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)"
)
# "a notice from the Green Party board said": the body after "from" or "by", up to the verb.
_FROM = re.compile(
    rf"\s+(?:from|by)\s+(?P<author>(?:the\s+)?[\w\u2019'.-]+(?:\s+[\w\u2019'.-]+){{0,3}}?)"
    rf"(?=\s+(?:\w+ly\s+)?{VERBS}\b|,)"
)
# "A May 2011 Budget Research Office report": a name before the document's noun.
_AUTHORED = re.compile(
    rf"(?!{_DATE_WORDS}\b)(?P<author>{NAME})\s+(?:[a-z][\w-]*\s+)?(?P<document>{DOCUMENTS})\b"
)
_OWNER_DATE = re.compile(rf"[\u2019']s\s+{_DATE_WORDS}$")
# How far back "the report" looks for the report it names.
DOCUMENT_REACH = 600


def document_author(text: str, written: str, start: int, end: int) -> tuple[int, str] | None:
    """Who a document that speaks speaks for, where the text says: "a statement from X", "the
    press release from X" (X); the body the article says wrote it, at its introduction before
    (`_introduced_author`: "X sent Ryan a letter", "a letter signed by X"); or "the report"
    after "the X report" (X), within DOCUMENT_REACH characters before it. Where the author
    starts, and its words; None when the speaker is no document or no author is given."""
    words = written.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in {"a", "an", "the"}:
        return None
    noun = words[-1].lower()
    if not re.fullmatch(DOCUMENTS, noun):
        return None
    # A word in lower case between the article and the noun: "the joint statement", "the
    # press release" (not "the Georgetown University letter").
    common = not all(w[:1].isupper() for w in words[1:-1])
    after = _FROM.match(text, end)
    if after and (len(words) == 2 or common):
        # "a statement from X", "the press release from X": the author it names right after
        return after.start("author"), after.group("author")
    if common:
        # "the joint statement": only the one the article introduced with its author; not "the
        # Georgetown University letter"'s reach back for "the new report".
        return _introduced_author(text, noun, end)
    introduced = _introduced_author(text, noun, end)
    if introduced:
        return introduced
    if len(words) > 2 or words[0].lower() != "the":
        return None
    reach = max(0, start - DOCUMENT_REACH)
    named = [
        m for m in _AUTHORED.finditer(text, reach, start) if m.group("document").lower() == noun
    ]
    if not named:
        return None
    # "BuzzFeed's Thursday night report": the owner, not the day.
    author = _OWNER_DATE.sub("", named[-1].group("author"))
    return named[-1].start("author"), author


# Verbs that say who wrote a document: "X sent Ryan a letter", "a letter signed by X"; what X
# sent is the first document after the verb ("released a statement after the report"). What X
# filed is its object only ("filed a lawsuit"; not "filed her taxes late, the indictment says",
# "filed for bankruptcy after the memo leaked").
_SENDING = r"(?:sent|wrote|written|signed|released|issued|penned|drafted|published|circulated)"
_AUTHORING = rf"(?:{_SENDING}|filed)"
_SIGNED_BY = re.compile(
    rf"\b(?P<document>{DOCUMENTS})\b[^.;!?\n]{{0,60}}?\b{_AUTHORING}\b[^.;!?\n]{{0,30}}?"
    r"\bby\s+(?P<author>[^,;:!?\n\u2014()]{1,120})"
)
_SENT_BY = re.compile(
    rf"(?P<author>[^\n]{{1,240}}?)\s+(?:(?:has|have|had)\s+)?"
    rf"(?:{_SENDING}\s+(?:[^\n]{{0,60}}?\s)??|filed\s+)"
    rf"(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<document>{_INTRODUCED})\b"
)
# "Doe said in a note put out by her office": the one who said it in the document.
_PAREN = r"(?:\s*\([^()\n]{1,40}\))?"
_SAID_IN = re.compile(
    rf"(?P<author>{NAME}){_PAREN}(?:,[^,\n]{{1,80}},)?\s+(?:\w+ly\s+)?{VERBS}\s+(?:[A-Z]\w+\s+)?"
    rf"in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<document>{DOCUMENTS})\b"
)
# "In a shared memo from the heads of four panels in the state House, Republicans wrote …".
_IN_DOCUMENT = re.compile(
    rf"\b[Ii]n\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<document>{_INTRODUCED})"
    r"\b(?:[^.;!?\n\u201c\u201d\"]|(?<=[A-Z])\.|\.(?=\s\d)){0,160}?,\s+"
    rf"(?P<author>(?:[Tt]he\s+)?{NAME}|(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})"
    rf"\s+(?:\w+ly\s+)?{VERBS}\b"
)
# "the statement from Roe's attorney, Jane Doe.", "a letter by the group's lawyers
# said": a document introduced with its author after "from" or "by": words up to the verb of
# saying the document leads; a name, up to a comma or the sentence's end; a description, up to
# a comma (`_AUTHOR_PHRASE`); or a name in apposition to a role ("Roe's attorney, Jane
# Doe": the name, `_author_words`). Not any words up to a full stop: "a report by
# Friday.", "a report from last year found …", "a statement from the podium." name no author;
# nor a time or a way of sending ("by the end of the month", "from over the weekend", "by
# email": `_NO_AUTHOR`).
_AUTHOR_STOP = rf"(?=\s*[,.;]|\s+(?:\w+ly\s+)?{VERBS}\b)"
_AUTHOR_RUN = r"[^,.;:!?\n\u201c\u201d\"()]{1,80}?"
# A description up to a comma, "in" or a participle, in at most AUTHOR_WORDS words ("a memo by
# county auditors in Ohio,", "a report from the city's budget office to be published"):
# `_author_words` cuts it.
_AUTHOR_PHRASE = r"(?:[^,.;:!?\n\u201c\u201d\"()\s]+\s+){0,7}?[^,.;:!?\n\u201c\u201d\"()\s]+"
_NO_AUTHOR = (
    rf"(?!(?:the\s+)?(?:{_DATE_WORDS}\b|\d+s\b|\d{{4}}\s*[,.;]|(?:last|this|next|early|earlier"
    r"|late|over|end|start|beginning|middle|close|time|days?|weeks?|weekend|months?|years?"
    r"|decades?|morning|evening|night|summer|spring|fall|winter|e-?mail|phone|telephone|fax|mail"
    r"|hand|text|yesterday|today|tonight|tomorrow)\b))"
)
_DOCUMENT_FROM_AUTHOR = re.compile(
    rf"\b(?P<document>{DOCUMENTS})\s+(?:from|by)\s+{_NO_AUTHOR}"
    rf"(?P<author>{_AUTHOR_RUN},\s+{NAME}{_AUTHOR_STOP}"
    rf"|(?:[Tt]he\s+)?{NAME}(?=\s*[,.;])|{_AUTHOR_RUN}(?=\s+(?:\w+ly\s+)?{VERBS}\b)"
    rf"|{_AUTHOR_PHRASE}(?=,|\s+(?:to\s+be|based\s+on|in)\b))"
)
# A name, or names joined by "and", ending an author's words ("… and Council Chair Ann Roe
# (D-Ohio) and Council Deputy Bo Lind (D-Ore.) released a joint statement"):
# the first of them.
_NAMES_ENDING = re.compile(
    rf"(?:^|,\s+|\band\s+)(?P<first>{NAME}){_PAREN}(?:\s*,?\s+and\s+{NAME}{_PAREN})*\s*$"
)
# Where a sentence starts inside a run of text ("… on Tuesday. A group of …"; not "D.C. ").
_SENTENCE_START = re.compile(r"(?:[a-z\d]{2,}[.!?][\"\u201d\u2019]?\s+|\n)(?=\S)")
# A group's name for its members: "A group of nearly 40 pastors": the pastors.
_GROUP_OF = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:group|coalition|number|couple|handful|team|bunch|dozens|hundreds"
    r"|scores)\s+of\s+",
    re.IGNORECASE,
)
# The longest description of an author kept, in words ("nearly 40 pastors and teachers
# of the district", as an article may name them).
AUTHOR_WORDS = 8
# Where an author's description ends: a comma, a participle, a relative pronoun, a verb.
_AUTHOR_END = re.compile(
    rf"\s*,|\s+(?:\w+ed|who|which|that|to|in|on|for|with|is|was|are|were|took|{VERBS})\b"
)


def _introduced_author(text: str, noun: str, end: int) -> tuple[int, str] | None:
    """The author of the last document with this noun introduced with its author before `end`:
    "A group of nearly 40 pastors … has sent Roe a letter" (the pastors), "a letter
    signed by nearly 40 pastors and teachers of the district" (the nearly 40 pastors …).
    A name is returned as written; a description with "the", as the text writes it up to a
    comma, a participle, a relative pronoun or a verb, at most AUTHOR_WORDS words. The
    introductions are found once for the text (`_introductions`), not once per quote."""
    found = [
        (document, rank, author_start, author)
        for document, rank, author_start, author, written, ends in _introductions(text)
        if written == noun and ends <= end
    ]
    for _, _, author_start, author in sorted(found, reverse=True):
        cleaned = _author_words(author)
        if cleaned:
            words = cleaned[4:] if cleaned.startswith("the ") else cleaned
            return author_start + max(0, author.find(words)), cleaned
    return None


@functools.lru_cache(maxsize=4)
def _introductions(text: str) -> tuple[tuple[int, int, int, str, str, int], ...]:
    """Every document the text introduces with its author, found once for all its document
    quotes: where the document is, which pattern found it (the one who said it in the document
    first), where the author starts, the author's words, the document's noun (lower case) and
    where the introduction ends."""
    found = []
    patterns = (
        (_SIGNED_BY, 0),
        (_SENT_BY, 0),
        (_DOCUMENT_FROM_AUTHOR, 0),
        (_SAID_IN, 1),
        (_IN_DOCUMENT, 1),
    )
    for pattern, rank in patterns:
        for first in pattern.finditer(text):
            match: re.Match[str] | None = first
            if pattern is _SENT_BY:
                # "Roe signed the levy last week. Later, the owners of four mills sent a
                # letter": not Roe's "signed", but the sentence the document is in.
                gap = _sentence_starts(text, first.end("author"), first.start("document"))
                match = _SENT_BY.match(text, gap[-1]) if gap else first
            if match is None:
                continue
            author_start, author = match.start("author"), match.group("author")
            if pattern is _SENT_BY:
                starts = list(_SENTENCE_START.finditer(author))
                if starts:
                    author_start += starts[-1].end()
                    author = author[starts[-1].end() :]
            document = match.group("document")
            found.append(
                (match.start("document"), rank, author_start, author, _kind(document), match.end())
            )
    return tuple(found)


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where sentences start between `start` and `end` (`_SENTENCE_START`), not after an
    abbreviation kept inside names ("sent Rep. Roe a letter")."""
    return [
        found.end()
        for found in _SENTENCE_START.finditer(text, start, end)
        if text[start : found.end()].split()[-1].rstrip('.!?"\u201d\u2019') not in _IN_NAME
    ]


def _kind(document: str) -> str:
    """The noun a document introduced as `document` is quoted by: "letter" for "letters",
    "article" for a news "story" or "piece"."""
    noun = document.lower()
    one = noun[:-1] if noun.endswith("s") else noun  # no document noun ends in "s"
    if one in _NEWS_PIECES:
        return "article"
    return one if re.fullmatch(DOCUMENTS, one) else noun


# The phrase opening a sentence before its subject, to a comma: "And on Monday, ", "Later, ".
_AUTHOR_OPENING = re.compile(
    r"(?:(?:And|But|So|Then)\s+)?"
    rf"(?i:{OPENERS}|{alternation(lexicon.entries('connectives'))})\b[^,\n]{{0,60}},\s+"
)


def _author_words(author: str) -> str | None:
    """An author as the speaker rules write it: a name as it is; a description with "the",
    without a group's words ("a group of"), cut where it ends (`_AUTHOR_END`); the phrase
    opening the sentence before it left out ("And on Monday, the heads of nine firms")."""
    author = author.strip().rstrip(".")
    if opening := _AUTHOR_OPENING.match(author):
        author = author[opening.end() :]
    if re.match(r"(?:his|her|its|their)\b", author):
        return None  # "released by his campaign": whose, the article says elsewhere
    ending = _NAMES_ENDING.search(author)
    if ending:
        return ending.group("first")
    group = _GROUP_OF.match(author)
    if group:
        author = author[group.end() :]
    named = author.split(",")[0].strip()
    if re.fullmatch(NAME, named) or re.fullmatch(rf"[Tt]he\s+{NAME}", named):
        return named
    author = _AUTHOR_END.split(author, maxsplit=1)[0].strip()
    if not author:
        return None
    if not author[0].islower() and not author.lower().startswith("the "):
        return None  # a sentence's opening words ("On Tuesday") are no author
    words = author.split()
    if words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > AUTHOR_WORDS or _GROUP_OF.fullmatch(f"{words[0]} of "):
        return None  # "The group sent a letter": who the group is, is said before
    return "the " + " ".join(words)


def is_introduced_author(text: str, written: str, at: int) -> bool:
    """Whether a speaker is a document's author described as its introduction writes it
    (`_introduced_author`): "the" and the words that stand at `at` in the text ("the nearly 40
    pastors and teachers"), where a description the text gives has its own article."""
    return written.startswith("the ") and text.startswith(written[4:], at)


def name_after_role(written: str) -> tuple[int, str] | None:
    """The person a source or speaker as written names after a role that a name qualifies
    ("Former Ohio governor Ada Lind (D)" is Ada Lind, "Acme chief executive Bo Roe" Bo Roe):
    where in `written` the name starts, and the name (two words at least); None when `written`
    is no such phrase."""
    stripped = written.strip()
    found = _NAME_ROLE_NAME.fullmatch(stripped)
    if found is None or len(found.group("name").split()) < 2:
        return None
    return written.index(stripped) + found.start("name"), found.group("name")


# A source written as its owner's possessive, the thing owned left to the cue ("Mr. Roe's view
# of …", "Lind's statement"); an honorific right before it (lexicon `honorifics`), which the
# tagger may leave out.
_POSSESSOR = re.compile(r"(?P<owner>[A-Z][\w.' -]*?)[\u2019']s")
_HONORIFIC_BEFORE = re.compile(
    rf"(?<![\w.]){phrases(lexicon.words('honorifics'))}\s+$", re.IGNORECASE
)


def possessor(text: str, written: str, at: int) -> tuple[int, str]:
    """The owner a source written at `at` as a possessive names ("Trump's": "Trump", with the
    "Mr." the text writes right before it: "Mr. Trump"), where it starts; `written` and `at` as
    they are when it is no capitalised possessive."""
    found = _POSSESSOR.fullmatch(written)
    if found is None:
        return at, written
    owner = found.group("owner")
    honorific = _HONORIFIC_BEFORE.search(text, max(0, at - 5), at)
    if honorific is not None:
        return honorific.start(), text[honorific.start() : at] + owner
    return at, owner
