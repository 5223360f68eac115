"""Statements: every attribution of the article (ArticleView.attributions: source, cue and
content, with or without quotation marks) with its source resolved to an actor. No model.

- A name ("Macron", "French President Emmanuel Macron", "Politico") is the actor it names, as a
  quote's speaker is (`actors.find_speaker`); a name that is no actor yet becomes one where the
  article's candidates hold it (`actors.new_speaker`, the quote step's own mechanism).
- A described source ("an official", "the ministry") is the described speaker the quote step
  makes of it: an actor named by its description.
- A pronoun (he, she, it, they, a possessive his, her, its, their, a relative "who" or
  "which") is the actor it refers to, as the learned ranker of `referents` chooses among the
  actors named or speaking before it. "I", "we" (me, my, us, our) inside the content of a
  statement resolved before is that statement's speaker. A relative right after a name that no
  actor's mention ends at ("from Mike Lee, who declared") is that name, made an actor as a
  named source is.
- A passive ("it was reported"), a bare plural ("officials said") or a source that names no
  actor keeps no speaker, but its spans.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal, Protocol

from . import attribute, lexicon
from .actors import (
    campaign_speaker,
    is_group,
    named_once_before,
    speaker_named,
)
from .article_view import ArticleView
from .attribution import Attribution
from .names import Candidate
from .parse import PROPER_TAGS
from .patterns import (
    DATELINE,
    JOINED_BY_AND,
    LIST_SEPARATOR,
    NAME,
    SHARE,
    SHARE_OF,
    SOURCE_TAIL_PREPOSITION,
    VERBS,
    WHEN_AFTER,
    alternation,
)
from .referents import Resolver, pronoun_class
from .types import Actor, Quote, Rejected, Span, Statement

How = Literal["name", "pronoun", "description"]

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"it", "they", "them"}
# A possessive is a source on its own ("his criticism of …"); "his campaign", "her aides" are
# no pronoun.
_POSSESSIVES = {"his", "her", "its", "their", "my", "our"}
# The first person: inside a statement's content, the speaker of that statement ("I" in
# "“I will not run,” Smith said" is Smith); else as the ranker resolves it (a paragraph of a
# quote that goes on, a speaker's own words).
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_RELATIVES = {"who", "whom", "which"}
_DESCRIBES = lexicon.used_by("roles", "describes")
_NO_ONE = {
    "you", "everyone", "everybody", "someone", "somebody", "nobody",
    "many", "some", "most", "others", "all", "few", "both", "each",
}  # fmt: skip
_ARTICLES = {"the", "a", "an", "another", "one"}
_PREDICATE_OPENERS = {"not", "never", "been", "has", "have", "had", "is", "are", "was", "were"}
# The taggers take about 0.02 s a cue, and a transcript can hold a cue every sentence: an article
# longer than this (twice the longest in PolNeAR, whose articles are at most 34,000 characters)
# gets no statements, with a note in `rejected`, rather than minutes of tagging.
MAX_CHARS = 60_000
# The least confidence of the cue tagger (`Attribution.confidence`) at which an attribution is a
# statement; those under it are left out, in `rejected` (the quote step still reads their
# sources). Chosen on PolNeAR train's every 7th article with taggers trained without them
# (`train --hold-out 7`): of the statements a briefing would show, those under 0.65 were right
# (content found, speaker right) about half the time or less, 0.33 to 0.54 by band of 0.05;
# those from 0.65 to 0.9, 0.63 to 0.74 (README, "Reported speech").
STATEMENT_BAR = 0.65
# Where a source's name ends: an apposition, a relative clause, a bracket, a dash.
# A relative pronoun may end the source: "Barkley … who" (a name and the "who" after it).
# A name right before a relative pronoun: capitalised words, then a comma or a space.
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME}),?\s*$")
# One who speaks for someone described ("a spokesman for the special counsel, Ada Lind,"): the
# name after the comma may be that someone's; not after a name ("a lawyer for Mr. Roe, Bo Lind").
_AGENT_OF_DESCRIBED = re.compile(
    r"\b(?:spokes\w*|aides?|lawyers?|attorneys?|advis[eo]rs?|representatives?|assistants?|"
    r"deputy|deputies|staff\w*)\s+(?:for|of|to)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[a-z][\w-]*\s+)*[a-z][\w-]*$"
)
_SOURCE_LEAD = re.compile(r"[\s,.;:\u2014\u2013-]+")
# A role of one named by a possessive: "Ms. Pelosi's spokesman", "BuzzFeed's editor in chief",
# "Nevada's governor" (capitalised words, the possessive, then lowercase words of the role).
_OWNER_ROLE = re.compile(
    r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*[\u2019']s?\s+"
    r"(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*"
)
# A description's possessive as the whole source, its thing left to the cue ("The president's
# [spirited defense of]", "the company's [view]"): the one it names back speaks.
_DESCRIPTION_POSSESSIVE = re.compile(
    r"(?P<owner>(?i:the)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)[\u2019']s"
)
# A piece of a source that opens with a capitalised word other than an article or a pronoun.
_NAMED_PIECE = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|He|She|It|They|I|We|You)\b)[A-Z]"
)
# A verb of reporting between the first piece and the one at the cue: the first reports the
# other's words ("Rhodes recalled Mr. Obama talking about", "Democrats noted that Pagliano
# invoked"), so the source is the first, as PolNeAR has it.
_REPORTING = re.compile(rf"\b(?:{VERBS})\b", re.IGNORECASE)
# A share or a count opening a source: "Sixty-seven percent of Americans", "12 voters".
_A_SHARE = re.compile(
    r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred)\b|[a-z]+ty-[a-z]+\b",
    re.IGNORECASE,
)
# A source that is a share of a group: "47 percent of Cuban Americans", "Seventy-four percent
# of voters", "12% of them"; a share right before a relative pronoun ("another 12 percent who
# say"): no one.
_SHARE_OF = re.compile(rf"{SHARE_OF}\b", re.IGNORECASE)
_SHARE_BEFORE = re.compile(rf"{SHARE}\s*,?\s*$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
# Some of a body's members, not the body: "One of the conservative members in the House", "two
# of its senators".
_COUNT_OF = re.compile(
    r"(?:one|two|three|four|five|several|some|many|most|few|a\s+few|a\s+handful|dozens)\s+of\s+"
    r"(?:the|its|their|his|her)\b",
    re.IGNORECASE,
)
# A relative, its verb and a conjunction before the subject of the cue, a plural of at most
# three words: "which stalled as conservative members", "who left when the senators" (not
# "who served as U.S. ambassador to Burma", whose "as" opens no clause).
_RELATIVE_THEN_CLAUSE = re.compile(
    r"(?:which|who|that)\s+[a-z]+\s+(?:as|while|when|after|because|though|although|since|until)"
    r"\s+(?P<subject>(?:[\w-]+\s+){0,2}[\w-]+s)$",
    re.IGNORECASE,
)
# A relative clause set off by commas after a name, the tagger's source starting inside it:
# "CNN, which has enlisted [Ms. Griffin to host … for the last decade,] announced": the speaker
# is the name before "which".
_CLAUSE_OPENED = re.compile(r",\s+(?:which|who)\s+[^,.;:\u201c\u201d\"()]{0,60}$")
# A name and its apposition up to where a relative clause opens: "Ada Roe, a developer and
# spokeswoman for the Acme Coalition[, which …]".
_APPOSITION_BEFORE = re.compile(rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+[^,;.\u201c\u201d\"()]*$")
# A source that runs up to its cue over "and": "the mayor's plan, and [said]".
_AND_AT_CUE = re.compile(r"(?:,\s*|\s+)and\s*$")
# "It" with a verb of being: an impersonal source, no one ("It's worth noting", "It is said").
_IMPERSONAL_IT = re.compile(r"it(?:[\u2019']s|\s+(?:is|was|has\s+been)\b)", re.IGNORECASE)
# A participle of asking and its question: "asked if", "pressed about", "questioned whether".
_ASKED = re.compile(
    r"(?:asked|pressed|questioned)\s+(?:if|whether|about|why|how|what|when)\b", re.IGNORECASE
)
# "He" or "she" alone right before the cue: its subject.
_HE_OR_SHE = re.compile(r"(?:he|she)", re.IGNORECASE)
_PIECE_WORDS = 4  # a name's words at most ("President Donald J. Trump")
_WORD_CUE = re.compile(
    r"(?!(?:by|in|on|at|of|for|with|from|to|during|after|before)\b)[^\W\d_]", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
_HEAD_END = re.compile(r",| who\b| whose\b| which\b|\(|\u2014|\u2013| - ")
# Between two names of a list, right before the later one: ", ", " and ", ", and ".
_LIST_BEFORE = re.compile(r"(?:,\s+and|,|\s+and)[^\S\n]+\Z")
# What may stand before a list of names that opens its sentence: capitalised words ("Senators",
# "Republican Sens.") after an opening quotation mark or a dash at most.
_LIST_OPENS = re.compile(r"[\W_]*(?:[A-Z][\w.'\u2019-]*\s+)*")
# A comma that goes on with a list of names: a capitalised word or "and" after it.
_LISTED_NEXT = re.compile(r"\s*(?:and\s+)?[A-Z]")
# Before a name in a list of those who speak, what makes it no speaker's name: a preposition
# ("a poll for NBC News"), a verb ("released by"), a document's noun ("a joint letter").
_NOT_A_ROLE = re.compile(
    rf"\b(?:{alternation(lexicon.entries('prepositions'))}|[a-z]\w+ed|"
    rf"{alternation([*lexicon.used_by('roles', 'document'), *lexicon.entries('paper_words')])})\b"
)
# A source that opens inside a phrase (a lowercase word first, no comma in it) and ends with
# the name after its comma: "the port town of Dover Bay, Roe".
_PHRASE_THEN_NAME = re.compile(
    r"[a-z][^,]*,\s+(?P<name>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*[a-z][\w\u2019'-]*)\s*"
)
# A name the tagger's source runs on past, into an adverb before the cue: "Cruz gingerly
# [said]", "Putney later [told]", "Comey cannot [say]" (not a noun in -ly: "A Clinton ally"; not
# a possessive's: "Britain's emotionally [charged uprising]").
_NAME_THEN_ADVERB = re.compile(
    r"(?!(?:A|An|The)\s)(?P<name>(?:[A-Z][\w.\u2019'-]*\s+)*[A-Z][\w.\u2019'-]*)(?<![\u2019']s)\s+"
    r"(?:(?!(?:ally|family|assembly|supply|rally|early|only|daily|weekly|monthly|belly)\b)"
    r"[a-z]+ly|later|cannot|also|then|now|still|never|again|once|already)"
)
# A name the tagger's source runs on past, into a phrase of time or place: "Trump at the time".
_NAME_THEN_PHRASE = re.compile(rf"(?P<name>{NAME})\s+{SOURCE_TAIL_PREPOSITION}.*", re.DOTALL)


@dataclass(frozen=True)
class Resolved:
    """An attribution and the actor its source is, if any, and how it was found."""

    attribution: Attribution
    speaker: Actor | None
    how: How | None


@dataclass
class Found:
    """The statements in text order, the speakers that became actors on the way (none of the
    actors the step was given), and each attribution's resolution (for `eval`)."""

    statements: list[Statement] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)
    resolved: list[Resolved] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class Refers(Protocol):
    """How a source that names someone back is read ("the governor", "Mr. Roe", "the Ohio
    senator"): the quote step's reading of a speaker its rules name (`speakers.Referring`), so
    that a statement's source is the actor a quote's would be."""

    def referred(self, written: str, at: int) -> Actor | None: ...

    def thing_owner(self, at: int) -> Actor | None: ...

    @property
    def new_actors(self) -> list[Actor]: ...


# Makes the reading over the step's own list of actors (which it extends with those it makes).
Referrer = Callable[[list[Actor]], Refers]


def find_statements(
    view: ArticleView,
    actors: list[Actor],
    candidates: list[Candidate],
    quotes: list[Quote],
    referrer: Referrer | None = None,
) -> Found:
    """Every attribution of the article as a statement; `actors` is left as it is. A source
    written as a description or a surname is first read as `referrer` reads it, when given. An
    article over MAX_CHARS gets none, and says so in `rejected`."""
    if len(view.text) > MAX_CHARS:
        reason = (
            f"the article is {len(view.text):,} characters, over the {MAX_CHARS:,} that "
            "statements are looked for in"
        )
        return Found(rejected=[Rejected(kind="statement", value="(all)", reason=reason)])
    return _Resolving(view, candidates, list(actors), referrer=referrer).run(quotes)


def resolve_sources(
    view: ArticleView,
    actors: list[Actor],
    candidates: list[Candidate],
    resolver: Resolver | None = None,
    referrer: Referrer | None = None,
) -> list[Resolved]:
    """Each attribution of the article with the actor its source is (what `eval` scores);
    `resolver` resolves pronouns (the shipped ranker unless given), `referrer` as for
    `find_statements`."""
    resolving = _Resolving(view, candidates, list(actors), resolver or Resolver(), referrer)
    return resolving.run([]).resolved


@dataclass
class _Resolving:
    view: ArticleView
    candidates: list[Candidate]
    actors: list[Actor]  # the given actors, then the new ones as they are found
    resolver: Resolver = field(default_factory=Resolver)
    referrer: Referrer | None = None
    found: Found = field(default_factory=Found)

    @cached_property
    def refers(self) -> Refers | None:
        """The reading of sources that refer back, over this step's actors (made once)."""
        return self.referrer(self.actors) if self.referrer else None

    def run(self, quotes: list[Quote]) -> Found:
        text = self.view.text
        ordered = sorted(self.view.attributions, key=lambda a: (a.content[0], a.cue[0]))
        for tagged in ordered:
            # Under the bar, as tagged: no statement, so no actor made from a piece of it.
            sure = is_sure(tagged)  # the pieces kept have the tagged cue and its confidence
            attribution = _source_at_cue(text, tagged) if sure else tagged
            attribution = self._whole_list(attribution)
            if (subject := _participle_subject(self.view, attribution)) is not None:
                attribution = replace(attribution, source=(subject,))
            speaker, how = self._speaker(attribution)
            if speaker is None and attribution is not tagged:
                # The piece at the cue names no one ("She, in Harlem, focused on"): as tagged.
                attribution = tagged
                speaker, how = self._speaker(attribution)
            for alone in _pronoun_at_cue(text, tagged) if speaker is None and sure else []:
                # "Sexton … he said", the pieces read as one naming no one: the first piece
                # (the name the tagger joined to the pronoun), else the cue's "he".
                speaker, how = self._speaker(alone)
                if speaker is not None:
                    attribution = alone
                    break
            # The pronoun ranker keeps the source as written: "Ms. Berg, asked if …" names her
            # as the one the next "she said" most likely is.
            self.found.resolved.append(Resolved(attribution, speaker, how))
            if _asked_of(text, attribution):
                speaker, how = None, None  # she is asked, not asking: no speaker
            if not sure:
                self.found.rejected.append(_under_bar(text, attribution))
                continue
            if is_fragment(text, attribution):
                self.found.rejected.append(_cut_short(text, attribution))
                continue
            if _noun_cue(text, attribution):
                self.found.rejected.append(
                    _left_out(
                        text,
                        attribution,
                        "",
                        "its cue is a noun of others' words after a preposition (\"despite calls "
                        'for"): no statement of the source',
                    )
                )
                continue
            self.found.statements.append(
                Statement(
                    speaker=speaker.name if speaker else None,
                    resolved_by=how,
                    source=_spans(text, _trimmed(text, attribution.source)),
                    cue=_spans(text, attribution.cue),
                    content=_spans(text, _from_quote_start(text, attribution, quotes, ordered)),
                    kind=attribution.kind,
                    quote=_is_quote(attribution.content, quotes),
                    confidence=attribution.confidence,
                )
            )
        return self.found

    def _speaker(self, attribution: Attribution) -> tuple[Actor | None, How | None]:
        if not attribution.source or _overlaps(attribution.source, attribution.content):
            return None, None  # a source inside its own content is the taggers' slip
        if (joined := self._verb_joined(attribution)) is not None:
            return joined.speaker, joined.how
        start = attribution.source[0][0]
        raw = _source_words(self.view.text, attribution.source)
        # The tagger may start a source at the punctuation before it (", spokeswoman Ada Lind
        # told …", ". Lind"): the source is the words after it.
        lead = _SOURCE_LEAD.match(raw)
        if lead is not None:
            raw, start = raw[lead.end() :], start + lead.end()
        phrase = _PHRASE_THEN_NAME.fullmatch(raw)
        if (
            phrase is not None
            and attribution.cue
            and attribution.source[-1][1] <= attribution.cue[0][0]
        ):
            # "[Speaking in] the port town of Dover Bay, Roe [said]": the tagger's source opens
            # inside a phrase before the subject; the name is the speaker (not where the source
            # comes after its cue: "according to sources, Roe").
            raw, start = phrase.group("name"), start + phrase.start("name")
        dateline = DATELINE.match(self.view.text, start)
        if dateline is not None and dateline.end() < attribution.source[0][1]:
            # "WASHINGTON — Ada Lind, the adviser, [criticized]": the place is no speaker
            raw, start = raw[dateline.end() - start :], dateline.end()
        if raw.rstrip().endswith(",") and (
            opened := _CLAUSE_OPENED.search(self.view.text, max(0, start - 80), start)
        ):
            named = self._said_of(opened.start())
            if named is not None:
                return named, "name"
        written = source_head(raw)
        if adverb := _NAME_THEN_ADVERB.fullmatch(written):
            written = adverb.group("name")  # "Cruz gingerly", "Putney later": the name
        if phrase := _NAME_THEN_PHRASE.fullmatch(written):
            written = phrase.group("name")  # "Trump at the time", "Romney for"
        if (campaign := self._campaign(written, start)) is not None:
            return campaign, "description"  # "Roe's campaign", "his campaign": the body
        if possessive := _DESCRIPTION_POSSESSIVE.fullmatch(written):
            # "The president's [defense of]": the one the description names back, else no one
            # ("his campaign" alike), never a new described actor.
            owner = self._referred(possessive.group("owner"), start, known=True)
            return (owner, "description") if owner else (None, None)
        start, written = attribute.possessor(self.view.text, written, start)
        if chapter := attribute.chapter_body(self.view.text, written, start + len(written)):
            start, written = chapter  # "the Dayton, Ohio, chapter of Civic Action": the body
        if (clause := _RELATIVE_THEN_CLAUSE.match(written)) is not None:
            # "which stalled as conservative members [said]": the tagger's source runs from a
            # relative over its clause; the speaker is the subject after the conjunction.
            written, start = clause.group("subject"), start + clause.start("subject")
        words = written.split()
        if not words:
            return None, None
        first = re.sub(r"[\W\d_].*", "", words[0].lower())  # "He's", "She'll": the pronoun
        if first in _POSSESSIVES and len(words) > 1:
            # "Her spokesman, Ada Lind, suggested": the person it names; "his campaign": no
            # one the text names.
            speaker = self._apposed_speaker(written, attribution)
            return (speaker, "name") if speaker else (None, None)
        if _OWNER_ROLE.fullmatch(written) and (
            speaker := self._apposed_speaker(written, attribution)
        ):
            # "Ms. Pelosi's spokesman, Drew Hammill,", "Apple's chief executive, Tim Cook,": the
            # person the role's name set off after it names, as for "Her spokesman, …" above.
            return speaker, "name"
        if first in _FIRST_PERSON:
            speaker = self._enclosing(start) or self._referent(first, start)
            return (speaker, "pronoun") if speaker else (None, None)
        if first in _RELATIVES and _SHARE_BEFORE.search(self.view.text, max(0, start - 40), start):
            return None, None  # "another 12 percent who say": a share of a group, no one
        if first in _RELATIVES and len(words) == 1:
            named = self._named_before(start)
            if named is not None:
                return named, "pronoun"
        if _IMPERSONAL_IT.match(written):
            return None, None  # "It's worth noting", "It's implied": no one
        if first == "it" and self.refers is not None and (owner := self.refers.thing_owner(start)):
            return owner, "pronoun"  # "on his website: “…” “…,” it says": his
        if first in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _POSSESSIVES or first in _RELATIVES:
            return self._referent(first, start), "pronoun"
        if first in _NO_ONE:
            return None, None  # "you", "everyone", "some": no one named
        if first in _PREDICATE_OPENERS:
            # "not been shy about criticizing House Speaker John Boehner, saying": the tagger's
            # source is the predicate of a subject before it, and the name in it its object.
            return None, None
        if _SHARE_OF.match(written):
            return None, None  # "47 percent of Cuban Americans": a share of a group, no one
        described = first in _ARTICLES
        role_named = attribute.name_after_role(written)
        if role_named is not None:
            # "Former Ohio governor Ada Lind, a supporter, said": the person, not the role.
            speaker = self._named(role_named[1], start + role_named[0])
            if speaker is not None:
                return speaker, "name"
        group = not described and is_group(written)
        if group:
            # "Two law enforcement officials", "Federal prosecutors", "Hunter's lawyers": a group
            # the text describes, a speaker of its own (`actors.described_group`).
            described = True
        elif not described and (
            not any(w[0].isupper() for w in words) or words[-1].lower() in _DESCRIBES
        ):
            # A bare "officials", "sources", "NATO officials", "Officials" opening a sentence:
            # no one in particular.
            return None, None
        if described and (speaker := self._apposed_speaker(written, attribution)) is not None:
            # "The minority leader, Ada Lind of Ohio, told reporters": the person it names.
            return speaker, "name"
        speaker = self._referred(written, start) or self._named(written, start)
        if speaker is None and (listed := self._first_joined(attribution)) is not None:
            return listed, "name"  # the others are joined to it (`stances._joined_sources`)
        if speaker is None:
            return None, None
        if _COUNT_OF.match(written) and (
            speaker.type != "person" or _named_after_preposition(written, speaker)
        ):
            # "One of the senior members of the council": one of its members, not the council;
            # "one of the prosecutors for Otto Lind": one of them, not Lind.
            return None, None
        if group and speaker.kind == "named":
            return speaker, "name"  # "NATO officials": NATO's own people speak for it
        return speaker, "description" if described else "name"

    def _whole_list(self, attribution: Attribution) -> Attribution:
        """The attribution with its source run back over the names listed before it where the
        tagger cut the list short: "[Tully Marsh and] Peter Brandt said", "[Ada Roe,] Jonas
        Wilder and Peter Brandt said". Only a list that opens its sentence, with at most
        capitalised words (a title, "Senators") before it: "Obama met Putin, and Xi said" is
        Xi's alone."""
        if not attribution.source:
            return attribution
        text = self.view.text
        start, end = attribution.source[0]
        ends = {m.end: m.start for actor in self.actors for m in actor.mentions}
        if start not in ends.values():
            return attribution  # a source that opens with no name: "President Obama, I said"
        first = start
        while (sep := _LIST_BEFORE.search(text[max(0, first - 8) : first])) is not None:
            before = max(0, first - 8) + sep.start()  # where the name before ends
            if before not in ends:
                break
            first = ends[before]
        sentence = self.view.sentence_of(first)
        if (
            first == start
            or sentence is None
            or not sentence.start <= first
            or not _LIST_OPENS.fullmatch(text, sentence.start, first)
        ):
            return attribution
        return replace(attribution, source=((first, end), *attribution.source[1:]))

    def _first_joined(self, attribution: Attribution) -> Actor | None:
        """The first of the actors a source names joined by "and" ("Mr. Grassley and Mr.
        Leahy", "the president's personal attorneys Rudy Giuliani and Jay Sekulow", "Donald
        Trump, Mike Huckabee and Chris Christie"): each piece of the list ends in an actor's
        name, with at most a role before it. Not a thing whose makers are listed ("a poll for
        NBC News and The Wall Street Journal", "released by The Post and ABC News"): no
        preposition before a name. None for any other source."""
        if len(attribution.source) != 1:
            return None
        text = self.view.text
        start, end = attribution.source[0]
        cut = _HEAD_END.search(text, start, end)
        while cut is not None and cut.group() == ",":
            # A comma between names goes on with the list; any other ends the source's head.
            if _LISTED_NEXT.match(text, cut.end()) is None:
                break
            cut = _HEAD_END.search(text, cut.end(), end)
        end = cut.start() if cut is not None else end
        pieces, at = [], start
        for sep in LIST_SEPARATOR.finditer(text, start, end):
            pieces.append((at, sep.start()))
            at = sep.end()
        pieces.append((at, end))
        if len(pieces) < 2 or not JOINED_BY_AND.search(text, start, end):
            return None
        named: list[Actor] = []
        for low, high in pieces:
            high = low + len(text[low:high].rstrip(" .,"))
            ending = [
                a for a in self.actors for m in a.mentions if low <= m.start and m.end == high
            ]
            if len(ending) != 1 or ending[0] in named:
                return None
            mention_start = min(m.start for m in ending[0].mentions if low <= m.start < high)
            if _NOT_A_ROLE.search(text, low, mention_start):
                return None
            named.append(ending[0])
        return named[0]

    def _apposed_speaker(self, head: str, attribution: Attribution) -> Actor | None:
        """The actor named by the name a described source gives right after its head, set off
        by a comma ("the party's leader, Ada Lind,"; `_named`), read past the source's end,
        which the tagger may cut inside the name ("the speaker, Ada B"); None where there is
        no such name or it names no actor."""
        text = self.view.text
        start, end = attribution.source[0][0], attribution.source[-1][1]
        comma = text.find(",", start, end)
        if comma < 0 or " ".join(text[start:comma].split()) != head:
            return None
        if _AGENT_OF_DESCRIBED.search(head):
            return None
        apposed = attribute.apposed_name(text, comma)
        return self._named(apposed[1], apposed[0]) if apposed else None

    def _campaign(self, written: str, at: int) -> Actor | None:
        """The campaign, camp or team a source written with its owner's possessive is
        (`actors.campaign_speaker`), a description's owner read back as `_referred` reads it
        (known actors only), a pronoun's with the pronoun ranker (adopting no one)."""
        campaign, new = campaign_speaker(
            self.view.text,
            self.actors,
            written,
            lambda pronoun: self._referent(pronoun, at, adopt=False),
            lambda owner: self._referred(owner, at, known=True),
        )
        if new and campaign is not None:
            self._adopt(campaign)
        return campaign

    def _referred(self, written: str, at: int, *, known: bool = False) -> Actor | None:
        """The actor a source refers back to (`Refers`), any actor it makes recorded as new;
        with `known`, only one already known: None where the reference would make one (and
        what it made is taken back)."""
        if self.refers is None:
            return None
        made = len(self.refers.new_actors)
        speaker = self.refers.referred(written, at)
        new = self.refers.new_actors[made:]
        if known and new:
            del self.refers.new_actors[made:]
            self.actors[:] = [a for a in self.actors if not any(a is n for n in new)]
            return None
        self.found.new_actors.extend(new)
        return speaker

    def _named(self, written: str, at: int) -> Actor | None:
        """The actor a source as written is, made an actor if it is none yet
        (`actors.speaker_named`)."""
        speaker, new = speaker_named(self.view, self.actors, self.candidates, written, at)
        if new and speaker is not None:
            self._adopt(speaker)
        return speaker

    def _adopt(self, actor: Actor) -> None:
        """A speaker that was no actor becomes one, recorded as new."""
        self.actors.append(actor)
        self.found.new_actors.append(actor)

    def _verb_joined(self, attribution: Attribution) -> Resolved | None:
        """The resolution of an earlier statement whose verb this cue is joined to by "and"
        when the tagger's source is that statement's content: in "he has been critical of the
        mayor's plan, and said …" the source it gives "said" is "the mayor's plan, and", the
        object of "critical of", and the speaker is the one who is critical. None for any other
        source."""
        start, cue = attribution.source[0][0], attribution.cue[0][0]
        joined = _AND_AT_CUE.search(self.view.text, start, cue)
        if joined is None:
            return None
        # The earlier content holds the source and ends where the "and" stands: not a content
        # that runs on over this cue ("did not mention [that Roe broke ranks and supported …]"),
        # nor one that ends before the source's own verb ("critics said [would fail], that Roe
        # wrote to his father and warned").
        return next(
            (
                earlier
                for earlier in reversed(self.found.resolved)
                if earlier.speaker is not None
                and earlier.attribution.cue
                and earlier.attribution.cue[-1][1] <= start
                and any(
                    s <= start and joined.start() - 1 <= e <= cue
                    for s, e in earlier.attribution.content
                )
            ),
            None,
        )

    def _said_of(self, at: int) -> Actor | None:
        """Whom the relative clause opening at the comma at `at` is said of: the name right
        before it ("CNN, which …"), or the person whose apposition that name ends ("Ada Roe, a
        spokeswoman for the Acme Coalition, which …, said": Roe, who speaks)."""
        apposed = _APPOSITION_BEFORE.search(self.view.text, max(0, at - 160), at)
        if apposed is not None:
            person = self._named(apposed.group("name"), apposed.start("name"))
            if person is not None and person.type == "person":
                return person
        return self._ending_at(at) or self._named_before(at + 1)

    def _ending_at(self, at: int) -> Actor | None:
        """The actor one of whose mentions ends at offset `at`, if exactly one."""
        ending = {a.name: a for a in self.actors for m in a.mentions if m.end == at}
        return next(iter(ending.values())) if len(ending) == 1 else None

    def _named_before(self, at: int) -> Actor | None:
        """The name right before a relative pronoun at `at`, set off by a comma or not ("from
        Mike Lee, who declared"), as an actor (made one where the article's candidates hold
        it); None where no name is right before or an actor's mention is (the ranker's
        candidate), or the name is no speaker."""
        text = self.view.text
        if any(0 <= at - m.end <= 3 for actor in self.actors for m in actor.mentions):
            return None
        found = _NAME_BEFORE.search(text, max(0, at - 80), at)
        if found is None:
            return None
        return self._named(found.group("name"), found.start("name"))

    def _enclosing(self, at: int) -> Actor | None:
        """The speaker of the innermost statement already resolved whose content holds offset
        `at`: who "I" or "we" in it is."""
        holding = [
            r
            for r in self.found.resolved
            if r.speaker is not None and any(s <= at < e for s, e in r.attribution.content)
        ]
        if not holding:
            return None
        return max(holding, key=lambda r: r.attribution.content[0][0]).speaker

    def _referent(self, pronoun: str, at: int, *, adopt: bool = True) -> Actor | None:
        """The actor a pronoun at offset `at` refers to (`referents`), among the actors named or
        speaking before it; without `adopt`, a person named once that it picks stays no actor
        (the caller only compares it)."""
        said = [
            (r.attribution.source[0][0], r.speaker)
            for r in self.found.resolved
            if r.speaker is not None and r.attribution.source
        ]
        named_once = (
            named_once_before(self.view, self.candidates, self.actors, at)
            if pronoun_class(pronoun) in ("he", "she")
            else []
        )
        speaker = self.resolver.resolve(self.view, [*self.actors, *named_once], said, pronoun, at)
        if adopt and speaker is not None and any(speaker is person for person in named_once):
            # a person named once, not acting, who speaks (`named_once_before`): now an actor
            self._adopt(speaker)
        return speaker


def _named_after_preposition(written: str, actor: Actor) -> bool:
    """Whether a source as written names the actor only after a preposition ("one of the
    prosecutors for Otto Lind")."""
    for form in (actor.name, *actor.aliases):
        for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", written):
            words = written[: found.start()].split()
            if words and words[-1].lower() in _PREPOSITIONS_BEFORE_NAME:
                return True
    return False


_PREPOSITIONS_BEFORE_NAME = frozenset({"for", "of", "to", "with", "at", "from", "by", "under"})


def is_sure(attribution: Attribution) -> bool:
    """Whether the cue tagger is sure enough of the attribution's cue for it to be a statement
    (STATEMENT_BAR)."""
    return attribution.confidence >= STATEMENT_BAR


def _under_bar(text: str, attribution: Attribution) -> Rejected:
    """A statement left out, as the cue tagger is unsure its cue reports: its cue, confidence
    and content."""
    return _left_out(
        text,
        attribution,
        f" ({attribution.confidence:.2f})",
        f"the cue tagger is unsure the cue reports (confidence under {STATEMENT_BAR})",
    )


def _left_out(text: str, attribution: Attribution, about_cue: str, reason: str) -> Rejected:
    """A statement left out for `reason`: its cue (with `about_cue` after it) and content."""
    cue, content = attribution.text(text, "cue"), attribution.text(text, "content")
    return Rejected(kind="statement", value=f"{cue!r}{about_cue}: {content}", reason=reason)


def _asked_of(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle set off after its source, "asked" or "pressed" and the
    question ("Ms. Berg, asked if she backed the levy, said"): the source is the one asked,
    whoever asks."""
    if not attribution.source or not attribution.cue:
        return False
    end, cue = attribution.source[-1][1], attribution.cue[0][0]
    between = text[end:cue]
    comma = "," in between or _closes_with_comma(text, attribution.source[-1])
    return comma and not between.strip(" ,") and bool(_ASKED.match(text, cue))


def is_fragment(text: str, attribution: Attribution) -> bool:
    """Whether an indirect statement's content is a fragment the tagger cut short, that
    reports nothing: at most `_FRAGMENT_WORDS` words ending in a word that needs more after
    it ("The agency reported [that]", "at [what] he has said is", "sparked condemnation from
    Democrats, [a development that]", "refused [to speak to]") or in a quotation mark that
    opens ("says [she ']went too far'"), or only the speaker's own self ("distanced [himself,
    as well]")."""
    if attribution.kind != "indirect":
        return False
    words = " ".join(attribution.text(text, "content").split())
    return len(words.split()) <= _FRAGMENT_WORDS and bool(
        _OPEN_END.search(words) or _ONLY_ONESELF.fullmatch(words)
    )


# Others' words named by a noun right after a preposition of circumstance: "voted despite calls
# for her to step aside", "Amid calls for a recount": the tagger's cue, no one's statement.
_NOUN_CUE = re.compile(
    r"(?<=\s)(?:calls?|demands?|pleas?|criticism|warnings?|complaints?)\b", re.IGNORECASE
)
_CIRCUMSTANCE_BEFORE = re.compile(r"\b(?:despite|amid|amidst)\s+\Z", re.IGNORECASE)


def _noun_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a noun of others' words right after "despite" or "amid"
    (`_NOUN_CUE`): no statement of its source."""
    if not attribution.cue:
        return False
    at = attribution.cue[0][0]
    return bool(
        _NOUN_CUE.match(text, at) and _CIRCUMSTANCE_BEFORE.search(text, max(0, at - 12), at)
    )


def _cut_short(text: str, attribution: Attribution) -> Rejected:
    """A statement left out as a fragment (`is_fragment`): its cue and content."""
    return _left_out(text, attribution, "", "its content is a fragment that reports nothing")


_FRAGMENT_WORDS = 4
_OPEN_END = re.compile(
    # lowercase, a word of its own: not "the deal was on", not "support for Chick-fil-A"
    r"(?:^|\s)(?:that|what|which|who|whom|whose|to|of|and|or|the|a|an)\W*$"
    r"|\s[\"'\u2018\u201c]$"  # a quotation opened and cut off: "she '"
)
_ONLY_ONESELF = re.compile(
    r"(?:him|her|them|it|my|our|your)sel(?:f|ves)[\s,]*(?:as well|too|also)?\W*", re.IGNORECASE
)


def _source_at_cue(text: str, attribution: Attribution) -> Attribution:
    """The attribution with only the pieces of a source in several pieces that say who speaks
    at its cue. A piece that runs up to a cue of words and is a name is the source alone:
    "Carter Page, a onetime Trump campaign adviser, [Mr. Trump] wrote", the tagger's source
    both pieces, is Mr. Trump's (the cue's subject). Not a share ("Sixty-seven percent of
    Americans"), a piece longer than a name or holding a comma ("Jared Diamond's best seller,
    which …"), one that opens with a pronoun or an article ("his survey showed"), one after a
    verb of reporting whose subject is the first (`_REPORTING`: "Rhodes recalled Mr. Obama
    talking about"), one inside a relative clause (`_in_relative_clause`: "the leaders who'd
    rather back Cruz or Ben Carson said"), nor one
    before a cue of punctuation or a preposition (a headline's "Roe Backs Otto Smith: …", "she
    sat down with Reid in a town hall interview"). Else, where a piece runs up to the cue, the
    pieces after the cue are another attribution's ("the House speaker said Tuesday, according
    to reporter Jane Doe"), and are left out; not the agent of a passive ("Those listed by
    Walsh"), nor the poll after a share ("Sixty-seven percent of Americans in a Post-ABC News
    poll said"). Otherwise as tagged; the caller goes back to the source as tagged where the
    pieces kept name no one."""
    before = _pieces_to_cue(text, attribution)
    if not before:
        return attribution
    cue = attribution.cue[0][0]
    start, end = before[-1]
    if (
        _WORD_CUE.match(text, cue)
        and _NAMED_PIECE.match(text, start, end)
        and not _A_SHARE.match(text, start)
        and len(text[start:end].split()) <= _PIECE_WORDS
        and "," not in text[start:end]
        and not _in_relative_clause(text, attribution.source[0][0], start)
        and not _REPORTING.search(text, attribution.source[0][1], start)
    ):
        return replace(attribution, source=((start, end),))
    if (
        len(before) < len(attribution.source)
        and not _BY_AFTER.match(text, attribution.cue[-1][1])
        and not _A_SHARE.match(text, before[0][0])
    ):
        return replace(attribution, source=tuple(before))
    return attribution


# Verbs whose object does what a participle after it says ("saw Roe leaving", "showed Roe
# seeking"), or that speak with their subject after them ("added Roe, referring to"): their
# object may be the participle's subject.
_OBJECT_ACTS = frozenset(
    {*lexicon.words("saying_verbs"), *lexicon.words("reporting_verbs"), "caught", "find",
     "found", "finds", "get", "gets", "got", "had", "has", "have", "heard", "hears", "kept",
     "keeps", "leaves", "left", "saw", "see", "sees", "seen", "sent", "show", "showed", "shown",
     "shows", "spotted", "watched"}
)  # fmt: skip


def _participle_subject(view: ArticleView, attribution: Attribution) -> tuple[int, int] | None:
    """Where the tagger took for source a name that is the object of the verb right before it,
    and the cue is a participle set off by a comma after it that hangs on that verb ("David
    Brat toppled [Mr. Cantor], repeatedly criticizing him for …"): the participle's subject is
    the verb's, so the source is the name that is the verb's subject (its words in `text`);
    None otherwise, or where the verb's object may act ("saw Roe leaving", `_OBJECT_ACTS`) or
    its subject is no name."""
    if len(attribution.source) != 1 or not attribution.cue:
        return None
    text = view.text
    start, end = attribution.source[0]
    cue_end = attribution.cue[-1][1]
    if "," not in text[start:cue_end] or not _ING.search(text, attribution.cue[0][0], cue_end):
        return None  # no comma, no participle: the parse need not be made for this
    parse = view.parse
    first, last = parse.words(start, end)
    inside = [i for i in range(first, last) if parse.tags[i] not in _PUNCTUATION_TAGS]
    heads = [i for i in inside if not first <= parse.heads[i] < last]
    if len(heads) != 1 or parse.deps[heads[0]] != "dobj" or parse.tags[heads[0]] not in PROPER_TAGS:
        return None
    verb = parse.heads[heads[0]]
    if verb != first - 1 or text[parse.starts[verb] : parse.ends[verb]].casefold() in _OBJECT_ACTS:
        return None
    cue_first, cue_last = parse.words(attribution.cue[0][0], attribution.cue[-1][1])
    participle = next((i for i in range(cue_first, cue_last) if parse.tags[i] == "VBG"), None)
    if (
        participle is None
        or parse.deps[participle] != "advcl"
        or parse.heads[participle] != verb
        or not _SET_OFF.fullmatch(text, parse.ends[heads[0]], parse.starts[participle])
    ):
        return None
    subject = next(
        (
            i
            for i in range(verb)
            if parse.heads[i] == verb and parse.deps[i] == "nsubj" and parse.tags[i] in PROPER_TAGS
        ),
        None,
    )
    if subject is None:
        return None
    opening = subject
    while (
        opening > 0
        and parse.heads[opening - 1] == subject
        and parse.deps[opening - 1] == "compound"
        and parse.tags[opening - 1] in PROPER_TAGS
    ):
        opening -= 1
    return parse.starts[opening], parse.ends[subject]


_PUNCTUATION_TAGS = frozenset({",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH"})
# A comma, then at most an adverb: "Mr. Cantor, repeatedly criticizing".
_SET_OFF = re.compile(r",\s+(?:[a-z]+ly\s+)?")
_ING = re.compile(r"ing\b", re.IGNORECASE)  # a participle's ending


def _pronoun_at_cue(text: str, attribution: Attribution) -> list[Attribution]:
    """Where a source in several pieces ends in a "he" or "she" that runs up to its cue: the
    attribution with its source only its first piece, then only that pronoun; else none."""
    before = _pieces_to_cue(text, attribution)
    if not before or not _HE_OR_SHE.fullmatch(text, *before[-1]):
        return []
    return [
        replace(attribution, source=(piece,)) for piece in dict.fromkeys((before[0], before[-1]))
    ]


def _pieces_to_cue(text: str, attribution: Attribution) -> list[tuple[int, int]]:
    """The pieces before the cue of a source in several pieces, where the last of them runs up
    to it (nothing but spaces between); else none."""
    if len(attribution.source) < 2 or not attribution.cue:
        return []
    cue = attribution.cue[0][0]
    before = [(s, e) for s, e in attribution.source if e <= cue]
    if not before or text[before[-1][1] : cue].strip():
        return []
    return before


def _in_relative_clause(text: str, start: int, at: int) -> bool:
    """Whether a name at `at` is inside a relative clause opened after `start` and still open:
    a relative pronoun between, no comma after it, and the name not its subject right after it
    ("leaders who would rather back Cruz or Ben Carson said"; not "Ed Royce, the Republican
    who chairs the committee, Mrs. Clinton acknowledged", nor "cases in which Kaine
    defended")."""
    relatives = list(_RELATIVE.finditer(text, start, at))
    if not relatives or not text[relatives[-1].end() : at].strip():
        return False
    return "," not in text[relatives[-1].end() : at]


def _source_words(text: str, source: tuple[tuple[int, int], ...]) -> str:
    """A source's pieces as one phrase. Where the last piece closes with a comma, pieces
    parted by words that open with one are set apart by a comma, so that the source's head
    ends at the first: "Ms. Berg, asked about the levy of Mr. Reed, said" (the tagger's pieces
    "Ms. Berg" and "the levy of Mr. Reed,") is Ms. Berg's, not "Ms. Berg the levy of Mr.
    Reed". Not pieces parted by the comma alone ("Grimm's lawyer, William McGinley," is one
    name) nor by a relative clause ("Clinton, who …, when The New York Times reported")."""
    words = text[source[0][0] : source[0][1]]
    closed = _closes_with_comma(text, source[-1])
    for (_, end), (start, stop) in itertools.pairwise(source):
        between = text[end:start].strip()
        apart = between.startswith(",") and between[1:].strip() and not _RELATIVE.search(between)
        words += ", " if closed and apart else " "
        words += text[start:stop]
    return words


def _closes_with_comma(text: str, piece: tuple[int, int]) -> bool:
    """Whether a source's piece ends in a comma ("Ms. Berg,")."""
    return text[piece[0] : piece[1]].rstrip().endswith(",")


def source_head(written: str) -> str:
    """A source's name or description without what follows it: "Flynn, a top Trump surrogate"
    is "Flynn", "Stoltenberg, who …" is "Stoltenberg", "The congressman over the weekend" is
    "The congressman" (`WHEN_AFTER`)."""
    return WHEN_AFTER.sub("", _HEAD_END.split(" ".join(written.split()))[0].strip())


def _overlaps(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    return any(s < f and e > t for s, e in a for t, f in b)


def _trimmed(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """A source's spans without the punctuation the tagger may start them at (`_SOURCE_LEAD`)."""
    if not spans:
        return spans
    (start, end), rest = spans[0], spans[1:]
    lead = _SOURCE_LEAD.match(text, start, end)
    if lead is None or lead.end() == end:
        return spans
    return ((lead.end(), end), *rest)


def _spans(text: str, spans: tuple[tuple[int, int], ...]) -> list[Span]:
    return [Span(start=s, end=e, text=text[s:e]) for s, e in spans]


_MARKS = frozenset("\"'\u201c\u2018\u00ab")  # an opening quotation mark


def _from_quote_start(
    text: str, attribution: Attribution, quotes: list[Quote], every: list[Attribution]
) -> tuple[tuple[int, int], ...]:
    """The content of a direct or mixed statement, begun where the quotation it starts inside
    begins: the tagger may leave out the quotation's first words (“In the abstract, [you can
    complain …]”, “Until then, [he will …]”), which would show the remark cut. Not over a
    paragraph break, nor where another statement's content holds those words (a quotation the
    tagger split between two statements)."""
    content = attribution.content
    if attribution.kind == "indirect" or not content:
        return content
    start = content[0][0]
    quote = next((q for q in quotes if q.start < start < q.end), None)
    if quote is None or "\n" in text[quote.start : start]:
        return content
    if any(
        other is not attribution and any(s < start and quote.start < e for s, e in other.content)
        for other in every
    ):
        return content
    opens = quote.start - 1 if text[quote.start - 1 : quote.start] in _MARKS else quote.start
    return ((opens, content[0][1]), *content[1:])


def _is_quote(content: tuple[tuple[int, int], ...], quotes: list[Quote]) -> bool:
    """Whether a quote covers at least half of the content."""
    size = sum(e - s for s, e in content)
    shared = max(
        (sum(max(0, min(e, q.end) - max(s, q.start)) for s, e in content) for q in quotes),
        default=0,
    )
    return size > 0 and shared * 2 >= size
