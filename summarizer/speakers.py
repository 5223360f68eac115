"""Who speaks each quotation: the reporting-verb rules first (a named speaker, a pronoun, a quote
that continues an attributed one), a title in quotation marks rejected as no speech, then the
source of the learned attribution whose content holds the quote (`ArticleView.attributions`),
and the model asked to choose among the article's actors only where neither gives a speaker."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import attribute, detect, ground, lexicon, names, referents
from .actors import (
    campaign_speaker,
    find_actor,
    is_group,
    made_speaker,
    named_once_before,
    protagonist,
    speaker_named,
)
from .article_view import ArticleView
from .asking import Asker
from .errors import ExtractionError
from .names import Candidate
from .patterns import (
    ACCORDING_TO,
    ARTICLE,
    CONNECTIVE,
    GROUP_ROLES,
    INTRODUCTION,
    MORE_PREPOSITIONS,
    NAME,
    PARTICIPLE,
    PARTY_TAG,
    POSSESSIVE_END,
    POSSESSIVE_MARK,
    POSSESSIVE_S,
    SOURCE_TAIL_PREPOSITION,
    US_STATES,
    VERBS,
    WHEN_AFTER,
    alternation,
    phrases,
    preposition_before,
)
from .types import Actor, Quote, QuoteAttribution, Rejected, Span

NONE_OPTION = "none"
SPEAKER_MAX_TOKENS = 40
MAX_PASSAGE_CHARS = 1200
# The speaker question's window: the quote's sentences, at least this many before them (where the
# verb of saying and its subject are, often a paragraph earlier) and one after ("…," she said.),
# in the fixed block of sentences that holds them (article_view.block).
WINDOW_BEFORE = 3
WINDOW_AFTER = 1
# A learned attribution gives a quote its speaker when its content holds at least this share of
# the quote's characters.
LEARNED_COVER = 0.5
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_PRONOUN_SEX = {"he": "he", "him": "he", "she": "she", "her": "she"}  # as referents.genders
_PRONOUN_NAME_SEX = {"he": "M", "him": "M", "she": "F", "her": "F"}  # as names.person_sex
_THING_PRONOUNS = {"it"}
_GROUP_PRONOUNS = {"they", "them"}
_POSSESSIVE_PRONOUNS = {"his": "he", "its": "it", "their": "they"}
# A pronoun's contracted verb: "he's", "she'd", "they're", "it'll".
_CONTRACTION = re.compile(r"^(he|she|it|they)[\u2019'](?:s|d|ll|re|ve)$")
# Recorded speech: a name right before a participle of saying, then the quote ("footage of Trump
# saying, "…""; not "letters to Congress saying "…"").
_NAME_SAYING = re.compile(
    r"\b(?:footage|video|videos|clip|clips|audio|recording|recordings|tape|tapes|film)\s+of\s+"
    rf"(?P<speaker>{NAME})\s+{PARTICIPLE}\b[^.\u201c\u201d\"\n,]{{0,60}}[,:]?\s*$"
)
# What may stand before a sentence's subject: nothing, or an introductory phrase.
# Then a role in apposition before the subject's name: "In a statement, his wife, Lena Berg,
# questioned …" (a few lower-case words after a possessive or "the", and a comma).
_ROLE_BEFORE_SUBJECT = r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)(?:\s+[a-z][\w\u2019'-]*){1,3},\s+)?"
_OPENING_PHRASE = re.compile(rf"\s*{CONNECTIVE}{INTRODUCTION}{_ROLE_BEFORE_SUBJECT}")
# An introductory phrase alone, up to the subject after it: "On his website, " (Sanders has …).
_INTRODUCED = re.compile(rf"\s*{CONNECTIVE}(?P<phrase>{INTRODUCTION.removesuffix('?')})")
# A pronoun never refers to a name in the possessive ("Mr. Tribe's client ... he said").
# Sources that name nobody: a relative pronoun, the first person (inside a quote), a conjunction.
_NO_SOURCE = {"who", "which", "that", "while", "i", "we", "you", "me", "us", "this", "what"}
# A source taken as a described speaker is a few words, no punctuation but an apostrophe.
_VERB = re.compile(rf"{VERBS}|is|was|are|were|be|been|has|have|had|does|did", re.IGNORECASE)
_NOUN_PHRASE = re.compile(r"[\w\u2019'%.-]+(?:\s[\w\u2019'%.-]+){0,5}")

# Words before a quotation that make it a name: "CBS's "Face the Nation"", "a broadcast of "Fox
# News Sunday"", "an interview on "Meet the Press"".
_NAMES_SOMETHING = re.compile(
    r"(?:[\u2019']s|\b(?:of|on|in|at|to|from|for|by|with|about|called|titled|named))$",
    re.IGNORECASE,
)


@dataclass
class Attribution:
    """The quotes with their speakers, the speakers that became actors on the way (none of the
    actors the step was given), and the quotations dropped, with why."""

    quotes: list[Quote] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


# The quote before, and whether its speaker is sure enough for a quote that continues it.
_Previous = tuple[detect.QuotedSpan, Quote, bool]


def attribute_quotes(
    view: ArticleView, actors: list[Actor], candidates: list[Candidate], asker: Asker
) -> Attribution:
    """Every quotation in the text with its speaker, in text order; `actors` is left as it is."""
    return _Attributing(view, candidates, asker, list(actors)).run()


@dataclass
class _Attributing:
    view: ArticleView
    candidates: list[Candidate]
    asker: Asker | None  # None: no model to ask (`Referring`)
    actors: list[Actor]  # the given actors, then the new ones as they are found
    found: Attribution = field(default_factory=Attribution)
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # by candidate
    # `referents.genders` of the actors, with how many actors it was read over (`_genders`).
    _shown: tuple[int, dict[int, str]] | None = field(default=None, repr=False)
    # The "he" or "she" a rule gave a person a quotation by ("…," he said): its gender where
    # the text shows none otherwise (`_genders`).
    _said_as: dict[int, str] = field(default_factory=dict, repr=False)

    @cached_property
    def quotations(self) -> detect.Quotations:
        """The article's quotations, found once (each quote's step and `_subject` read them)."""
        return detect.quotations(self.view.text)

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Where the article's quotations stand (start, end), the spans the rules pass over."""
        return [(q.start, q.end) for q in self.quotations.spans]

    def run(self) -> Attribution:
        text = self.view.text
        previous: _Previous | None = None
        said_end: int | None = None  # where the rule naming the quote before ends, after it
        found = self.quotations
        for mark in found.unclosed:
            reason = f"the quotation mark at character {mark.at} is never closed"
            self.found.rejected.append(Rejected(kind="quote", value=mark.text, reason=reason))
        for span in found.spans:
            sentence = self.view.sentence_of(span.start)
            hit = attribute.rule_speaker(text, span, sentence)
            speaker: Actor | None = None
            if hit and not hit.pronoun:
                written = WHEN_AFTER.sub("", hit.speaker)  # "The congressman over the weekend"
                end = hit.end - (len(hit.speaker) - len(written))
                speaker = (
                    self._campaign(written, hit.start)  # "the president's campaign"
                    or self.named_back(written, span.start, hit.start, end)
                    or self._speaker_named(written, hit.start)
                )
                if speaker is None and hit.found_at:
                    # A name the rule took from other words (a document's author named after
                    # it, "the release from the Acme office said") is the speaker, whatever
                    # word stands before it ("from"): not a name after a preposition.
                    speaker = self._speaker_named(written)
            elif hit and hit.pronoun:
                speaker = self._pronoun_speaker(hit, span, previous)
                sex = _PRONOUN_SEX.get(hit.speaker.lower())
                if speaker is not None and speaker.type == "person" and sex:
                    self._said_as.setdefault(id(speaker), sex)
            elif (
                previous
                and previous[2]
                and self._continues(previous[0], span, said_end)
                and not self._other_named_between(previous, said_end, span)
            ):
                speaker = find_actor(self.actors, previous[1].speaker)
            elif (
                hit is None
                and previous
                and previous[2]
                and _answers_in_turn(text, previous[0], span)
            ):
                # "Governor Pence? "Solid as a rock."" after "Governor Christie? "Strong," he
                # said.": the one answering, in turn, not the one asked about
                speaker = find_actor(self.actors, previous[1].speaker)
            if speaker is None and hit is None:
                speaker = self._shown_saying(span, sentence)
            attribution: QuoteAttribution = "rule"
            if attribute.is_title(span.text) and not _set_off_as_speech(text, span, hit):
                self._reject(span, "a title or name in quotation marks, not speech")
                continue  # who speaks around it does not change
            if speaker is None:
                speaker = self._learned_speaker(span)
                attribution = "learned"
            if speaker is None:
                speaker = self._ask_speaker(span, sentence)
                attribution = "model"
            if speaker is None:
                previous = None
                continue
            quote = Quote(
                speaker=speaker.name,
                text=span.text,
                start=span.start,
                end=span.end,
                attribution=attribution,
            )
            self.found.quotes.append(quote)
            after_rule = bool(hit and hit.place[0] > span.end)
            said_end = hit.place[1] if hit and after_rule else None
            previous = (span, quote, after_rule or (previous is not None and attribution == "rule"))
        return self.found

    def _shown_saying(
        self, span: detect.QuotedSpan, sentence: detect.Sentence | None
    ) -> Actor | None:
        """The person a recording shows saying the quote where no reporting verb attributes it:
        "The spot runs footage of Jane Doe asking, "…""; "a clip of Otto Roe saying at the
        forum last month, "…"" (footage, video, a clip … of a name right before a participle of
        saying, no comma between)."""
        if sentence is None or sentence.start >= span.start:
            return None
        before = self.view.text[sentence.start : span.start - 1]
        found = _NAME_SAYING.search(before)
        if found is None:
            return None
        return self._speaker_named(found.group("speaker"), sentence.start + found.start("speaker"))

    def _pronoun_speaker(
        self, hit: attribute.RuleHit, span: detect.QuotedSpan, previous: _Previous | None
    ) -> Actor | None:
        """Who the "he", "she" or "they" of a reporting-verb rule is: the speaker of the quote
        before in the same paragraph, unless for "he" or "she" the pronoun's own sentence names
        a person before it as its subject; else for "he" and "she" the subject the sentences before
        the pronoun give (`_subject`); else the person named last before the pronoun (before
        the quote, where the pronoun follows it). A "he" or "she" is no organisation and no
        person the article shows to be of the other sex, the quote before's speaker included
        ("… for its “secrecy,” according to The Hill. “…,” she said")."""
        pronoun = hit.speaker.lower()
        at = min(hit.start, span.start)  # "He said Trump made "…"": before the pronoun
        if previous and previous[0].paragraph_start == span.paragraph_start:
            before = find_actor(self.actors, previous[1].speaker)
            if before is None or pronoun not in _PRONOUN_SEX or self._may_be(before, pronoun):
                # unless the pronoun's own sentence makes another the subject ("Roe, honored
                # tonight, spoke of love: "…," she said")
                own = self._subject(pronoun, at, reach=0) if pronoun in _PRONOUN_SEX else None
                return own or before
        subject = (
            self._subject(pronoun, at)
            if pronoun in _PERSON_PRONOUNS
            else self._group_subject(at)
            if pronoun in _GROUP_PRONOUNS
            else None
        )
        if subject is not None:
            return subject
        ranked = self._ranked(pronoun, at)
        if ranked is not None:
            return ranked
        # The person named last: of the pronoun's sex for "he" and "she", any for the others.
        sexed = pronoun in _PRONOUN_SEX
        return _referent(
            self.actors,
            at,
            pronoun if sexed else "he",
            self.view.text,
            sexed=sexed,
            shown=self._genders() if sexed else None,
        )

    def _may_be(self, actor: Actor, pronoun: str) -> bool:
        """Whether a "he" or "she" may stand for `actor`: a person the article does not show to
        be of the other sex (`referents.genders`), or a speaker described by a noun of its sex
        ("said the woman", typed an organisation); no organisation, country or thing."""
        if actor.type != "person":
            return actor.kind == "described" and names.noun_sex(
                actor.name.split()[-1]
            ) == _PRONOUN_NAME_SEX.get(pronoun)
        sex = _PRONOUN_SEX[pronoun]
        return self._genders().get(id(actor), sex) == sex

    def _genders(self) -> dict[int, str]:
        """Each person's gender where the article shows it (`referents.genders`), over the
        actors as they stand: read again only when the step has added an actor since; else the
        "he" or "she" an earlier quotation of theirs was given by (`_said_as`)."""
        if self._shown is None or self._shown[0] != len(self.actors):
            self._shown = (len(self.actors), referents.genders(self.view.text, self.actors))
        return {**self._said_as, **self._shown[1]}

    def _group_subject(self, at: int, *, described: bool = True) -> Actor | None:
        """The body a "they" at `at` stands for: the first organisation of many (`_collective`)
        or group of people described by a plural role ("six past and present Ohio
        Democratic senators", `_PLURAL_ROLE`: a described speaker) named before it in its own
        sentence, else in the nearest sentence back that names one, within SUBJECT_REACH
        sentences ("Every House Democrat has put a name to a letter …. All 90 members … are
        mailing the letter to Speaker Otto Roe …. "…," they wrote": the
        Democrats, not Roe); not inside quotation marks nor after a preposition. None where
        no sentence names one. Not `described`: organisations only (a learned source "they"
        is a tagger's guess, often some other sentence's subject)."""
        text = self.view.text
        sentence = self.view.sentence_of(at)
        if sentence is None:
            return None
        quoted = self.quoted

        def free(start: int) -> bool:
            return start < at and not any(s <= start < e for s, e in quoted)

        bodies: list[tuple[int, Actor | str]] = [
            (mention.start, actor)
            for actor in self.actors
            if actor.type == "organization" and actor.kind == "named" and _collective(actor.name)
            for mention in actor.mentions
            if free(mention.start)
            and not referents.after_preposition(text, mention.start)
            and not POSSESSIVE_MARK.match(text, mention.end)
        ]
        bodies.sort(key=lambda pair: pair[0])
        index = sentence.index - 1  # sentences are numbered from 1
        for back in range(referents.SUBJECT_REACH + 1):
            if index - back < 0:
                break
            here = self.view.sentences[index - back]
            found = [pair for pair in bodies if here.start <= pair[0] < here.end]
            found += [
                # "Officials" opening a sentence is "the officials".
                (
                    m.start("group"),
                    m.group("group") if " " in m.group("group") else m.group("group").lower(),
                )
                for m in _PLURAL_ROLE.finditer(text, here.start, min(here.end, at))
                if described
                and free(m.start("group"))
                and not referents.after_preposition(text, m.start())
            ]
            if found:
                start, first = min(found, key=lambda pair: pair[0])
                if isinstance(first, str):
                    return self._speaker_named("the " + first, start)
                return first
        return None

    def _ranked(self, pronoun: str, at: int) -> Actor | None:
        """The actor the pronoun ranker (`referents`, the statements' resolver) chooses for a
        pronoun at `at`, with the speakers before it as its context: the quotes' speakers so
        far and the sources of the learned attributions before it that name an actor (as
        written, up to a comma). None when no candidate."""
        said = [
            (q.start, actor)
            for q in self.found.quotes
            if q.start < at and (actor := find_actor(self.actors, q.speaker)) is not None
        ]
        text = self.view.text
        for found in self.view.attributions:
            if not found.source or found.source[0][0] >= at:
                continue
            start, end = found.source[0]
            written = text[start:end].split(",")[0].strip()
            actor = find_actor(self.actors, written) if written[:1].isupper() else None
            if actor is not None:
                said.append((start, actor))
        # A person named once, not acting, just before a "he" or "she" is no actor yet but may
        # be the one meant (`named_once_before`): made one where the ranker picks it.
        unlisted = (
            named_once_before(self.view, self.candidates, self.actors, at)
            if pronoun in _PRONOUN_SEX
            else []
        )
        picked = referents.Resolver().resolve(
            self.view, [*self.actors, *unlisted], said, pronoun, at
        )
        if picked is not None and any(picked is person for person in unlisted):
            self._adopt(picked)
        return picked

    def _subject(self, pronoun: str, at: int, reach: int = referents.SUBJECT_REACH) -> Actor | None:
        """The person a "he" or "she" at `at` stands for by the subject rule
        (`referents.subject`, which the pronoun ranker also reads as a feature), names inside
        the article's quotations passed over; of two people sharing the surname named there, the
        one named in full last ("Mr. Hutchinson" of two Hutchinsons); not a person the
        pronoun's own sentence names after it ("He judged Doe's plan "a sham"": not Doe); a
        person no actor yet who opens a sentence counts (`_unlisted_subjects`), and is made
        one when chosen."""
        quoted = self.quoted
        unlisted = self._unlisted_subjects()
        actors = referents.not_named_after(self.view, [*self.actors, *unlisted], at, quoted)
        found = referents.subject(
            self.view, actors, pronoun, at, quoted, reported=True, reach=reach
        )
        if found is None:
            return None
        start, actor = found
        if any(actor is person for person in unlisted):
            # Of the sex the pronoun shows: "the first lady, Melania Trump, questioned …. "…,"
            # she said" is not the "Trump" written "Mr. Trump".
            sex = _PRONOUN_NAME_SEX.get(pronoun, "M")
            return self._speaker_named(actor.name, start, sex)
        return self._namesake(actor.name, start) or actor

    def _unlisted_subjects(self) -> list[Actor]:
        """People named as a sentence's subject, opening it (after an introductory phrase, "During
        a town hall, "), who are no actor (yet): as actors with those mentions, for the subject
        rule to weigh with the actors ("Jane Doe, who led Acme until 2012, has also dismissed the
        idea. "…," he said": Doe)."""
        found = []
        for candidate in self.candidates:
            if names.guess_type(candidate) != "person" or self._listed(candidate):
                continue
            opening = [
                Span(text=self.view.text[start:end], start=start, end=end)
                for start, end in self._candidate_mentions(candidate)
                if (sentence := self.view.sentence_of(start)) is not None
                and _OPENING_PHRASE.fullmatch(self.view.text, sentence.start, start)
            ]
            if opening:
                found.append(Actor(name=candidate.name, type="person", mentions=opening))
        return found

    def _listed(self, candidate: Candidate) -> bool:
        """Whether a candidate is one of the actors: by its name or an alias; a name of one word
        as `find_actor` reads it. A full name that is no actor's name nor alias is someone else,
        however its surname matches: the candidates keep apart the people they tell apart
        ("Melania Trump" beside the "Trump" of "President Trump" and "Mr. Trump")."""
        if any(candidate.name == a.name or candidate.name in a.aliases for a in self.actors):
            return True
        one_word = len(candidate.name.split()) < 2
        return one_word and find_actor(self.actors, candidate.name) is not None

    def _continues(
        self, before: detect.QuotedSpan, span: detect.QuotedSpan, said: int | None
    ) -> bool:
        """A second quotation right after an attributed one in the same paragraph, or opening
        the sentence right after the one that names the speaker ("…," said X, only one of many
        groups faulting Y over the vote. "…")."""
        if _continues(before, span):
            return True
        if said is None or before.paragraph_start != span.paragraph_start:
            return False
        named, opening = self.view.sentence_of(said), self.view.sentence_of(span.start)
        if named is None or opening is None:
            return False
        # The quote opens the sentence after the one naming the speaker.
        return opening.index == named.index + 1 and opening.start >= span.start - 2

    def _other_named_between(
        self, previous: _Previous, said_end: int | None, span: detect.QuotedSpan
    ) -> bool:
        """Whether a person other than the last quote's speaker is named in a sentence after the
        one that holds that quote and the words attributing it, before this quote, outside
        quotation marks: "“…,” she concluded. Roe infamously bragged about “…”" is no more of
        hers (but "“…,” Lind said, referring to Roe. “…”" is)."""
        last = max(previous[0].end, said_end or 0)
        sentence = self.view.sentence_of(max(0, last - 1))
        start = max(last, sentence.end) if sentence else last
        quoted = self.quoted
        return any(
            start <= m.start < span.start and not any(s <= m.start < e for s, e in quoted)
            for actor in self.actors
            if actor.type == "person" and actor.name != previous[1].speaker
            for m in actor.mentions
        )

    def _speaker_named(
        self, written: str, at: int | None = None, sex: str | None = None
    ) -> Actor | None:
        """The actor a speaker as written at `at` is, made an actor if it is none yet
        (`actors.speaker_named`, with the `sex` the text shows for it; a document's author as
        its introduction describes it, "the nearly 40 pastors and teachers of the district",
        whatever its length)."""
        speaker, new = speaker_named(
            self.view, self.actors, self.candidates, written, at, any_description=True, sex=sex
        )
        if (
            speaker is None
            and at is not None
            and attribute.is_introduced_author(self.view.text, written, at)
        ):
            speaker, new = made_speaker(
                self.view.text, self.actors, self.candidates, written, any_description=True
            )
        if new and speaker is not None:
            self._adopt(speaker)
        return speaker

    def _adopt(self, actor: Actor) -> None:
        """A speaker that was no actor becomes one, recorded as new."""
        self.actors.append(actor)
        self.found.new_actors.append(actor)

    def _learned_speaker(self, span: detect.QuotedSpan) -> Actor | None:
        """The actor the source of the learned attribution whose content holds the quote is:
        a name or a description as the rules' speakers are, a pronoun the nearest mention
        before it that the pronoun can refer to. None when no attribution holds the quote, it
        has no source, or its source is no actor."""
        source = _learned_source(self.view, span)
        if source is None:
            return None
        if (campaign := self._campaign(source[1], source[0])) is not None:
            return campaign  # "Roe's campaign", "his campaign": the body
        start, written = attribute.possessor(self.view.text, source[1], source[0])
        written = WHEN_AFTER.sub("", written)  # "The congressman over the weekend": when
        pronoun = _CONTRACTION.sub(r"\1", written.lower())  # "he's", "they're": the pronoun
        pronoun = _POSSESSIVE_PRONOUNS.get(pronoun, pronoun)  # "their calls for …"
        if pronoun in _THING_PRONOUNS and (holder := self._thing_owner(start)):
            return holder  # "on his website: "…" "…," it says": his
        if pronoun in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS:
            return self._pronoun_referent(pronoun, start)
        if pronoun in _NO_SOURCE or not any(c.isalpha() for c in written):
            return None  # "who", "I", "we": nobody the article names
        written = _noun_ended(self.view, start, written)
        if not written:
            return None  # "the initial" (concerns): no noun, no one
        if written.split()[-1].strip(".") in _UNSPEAKING:
            # "a Twitter post", "the bombing": a thing speaks for no one but its owner
            # (a common noun, lower-case: "Mr. Page", "The Washington Post" speak).
            owner = _THING_OWNER.fullmatch(written)
            if owner is None:
                return self._thing_owner(start + len(written), right_before=True)
            start, written = start + owner.start("name"), owner.group("name")
        speaker = (
            self.referred(written, start) or self._speaker_named(written, start)
            if written[0].isupper() or _described(written) or is_group(written)
            else None
        )
        if (
            speaker is None
            and not _described(written)
            and _NOUN_PHRASE.fullmatch(written)
            and not _VERB.fullmatch(pronoun.split()[-1])
            and pronoun.split()[0] not in _NO_SOURCE - {"this"} | _PERSON_PRONOUNS | _GROUP_PRONOUNS
        ):
            # "many commentators", "Ryan's office", "21 percent": a described speaker.
            speaker = self._speaker_named("the " + written, start)
        return speaker

    def _pronoun_referent(self, pronoun: str, start: int, *, make: bool = True) -> Actor | None:
        """Who a learned source's pronoun at `start` refers to: a "he" or "she" the subject the
        sentences before give (`_subject`), a "they" a group that is one (`_group_subject`);
        else the shipped ranker's pick, else the nearest fitting mention, else (with `make`)
        the name last written before it, made an actor."""
        referent = (
            self._subject(pronoun, start)
            if pronoun in _PERSON_PRONOUNS
            else self._group_subject(start, described=False)
            if pronoun in _GROUP_PRONOUNS
            else None
        )
        if referent is None:
            referent = self._ranked(pronoun, start)
        if referent is None:
            referent = _referent(self.actors, start, pronoun, self.view.text, shown=self._genders())
        if referent is None and make:
            named = self._last_named(start, pronoun)
            referent = self._speaker_named(named) if named else None
        return referent

    def _campaign(self, written: str, at: int) -> Actor | None:
        """The campaign, camp or team a speaker written with its owner's possessive is
        (`actors.campaign_speaker`), as for a statement: a description's owner read back as a
        statement's source is (`_referred_back`), a pronoun's as a learned source's pronoun
        (making no actor of a name)."""
        campaign, new = campaign_speaker(
            self.view.text,
            self.actors,
            written,
            lambda pronoun: self._pronoun_referent(
                _POSSESSIVE_PRONOUNS.get(pronoun, "she"), at, make=False
            ),
            lambda owner: self._referred_back(owner, at),
        )
        if new and campaign is not None:
            self._adopt(campaign)
        return campaign

    def _referred_back(self, written: str, at: int) -> Actor | None:
        """The actor a statement's source written at `at` refers back to: `named_back`, else the
        person a definite description by an office refers back to (`_office_holder`: "The
        likely Democratic nominee argued …" after "Otto Roe blasted …"), as for a learned
        quote's source, else the organisation "the group", "the organization", "the company"
        (…) is, as an actor named last in its sentence or the one before (`_the_body`; a
        rule's quote keeps "the union" described, as PolNeAR's gold writes its source). A
        reflexive after the description is set aside ("The Dutch prime minister himself has
        turned down …")."""
        written = _REFLEXIVE_TAIL.sub("", written)
        end = at + len(written)
        if owner := POSSESSIVE_S.match(self.view.text, end):
            end = owner.end()  # "The president's [defense of]": the owner is the source
        return (
            self.named_back(written, at, at, end)
            or self._office_holder(written, at, protagonist=True)
            or self._the_body(written, at, known=True)
        )

    def named_back(self, written: str, quote: int, start: int, end: int) -> Actor | None:
        """The actor a speaker written next to its verb (at `start`..`end`, for a quotation or
        statement at `quote`) names back: a person by a surname two people share or a role ("Mr.
        Roe", "the Republican senator", "the majority leader": `_namesake`, `_titled`,
        `_sole_holder`), an organisation by "the" and a word of its name that names
        organisations (`_named_body`: "the court" of the Supreme Court named before, "the
        company", "the commission"; not "the two", "the researchers"), one who speaks for
        someone as the text introduced it (`_agent_back`: "the spokesperson" of "a Microsoft
        spokesperson"); None where it does none of these. A reflexive after it is set aside
        ("The president himself responded, calling it …": the president)."""
        written = _REFLEXIVE_TAIL.sub("", written)
        return (
            self._namesake(written, quote)
            or self._titled(written, quote)
            or self._sole_holder(written, start, end)
            or self._named_body(written, start, heads=_ORG_WORDS)
            or self._agent_back(written, start)
        )

    def _agent_back(self, written: str, at: int) -> Actor | None:
        """The one "the spokesperson" (a role word of one who speaks for someone, `_AGENTS`)
        stands for where the text introduced it before `at` with whom it speaks for: "A
        Microsoft spokesperson said …. "…," the spokesperson said" is the described speaker
        "Microsoft spokesperson", "a spokesperson for Google" the "spokesperson for Google"
        (the nearest introduction within AGENT_REACH characters, as the text words it), so
        that two companies' spokespeople are two speakers. None where none is introduced."""
        words = written.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _AGENTS:
            return None
        found = list(_introduced_agent(words[1].lower()).finditer(
            self.view.text, max(0, at - AGENT_REACH), at
        ))  # fmt: skip
        if not found:
            return None
        return self._speaker_named("the " + found[-1].group("agent"), found[-1].start("agent"))

    def referred(self, written: str, at: int) -> Actor | None:
        """The actor a learned source written at `at` refers back to: `named_back`, or by an
        office or as "the group" ("the former governor", "the union"); None where it does none
        of these."""
        return (
            self._namesake(written, at)
            or self._titled(written, at)
            or self._office_holder(written, at)
            or self._sole_holder(written, at, at + len(written))
            or self._the_body(written, at)
            or self._named_body(written, at)
            or self._agent_back(written, at)
        )

    def _thing_owner(self, at: int, *, right_before: bool = False) -> Actor | None:
        """Whose thing that cannot speak an "it" at `at` stands for, where the sentences up to
        THING_REACH back end with one owned (`_OWNED_THING`, outside quotation marks: "Doe
        says this on his website: "…" "…," it says"): the owner, a possessive pronoun read as
        that pronoun at the thing. `right_before`: the thing ends at `at` ("Trump made his
        first Twitter post", the source "Twitter post"). None where no such thing is found."""
        sentence = self.view.sentence_of(max(0, at - 1))
        if sentence is None:
            return None
        back = 0 if right_before else THING_REACH
        first = self.view.sentences[max(0, sentence.index - 1 - back)].start
        text = self.view.text
        quoted = self.quoted
        owned = [
            m
            for m in _OWNED_THING.finditer(text, first, at)
            if not any(s <= m.start() < e for s, e in quoted)
            and (m.end() == at or not right_before)
        ]
        if not owned:
            return None
        last = owned[-1]
        owner, where = last.group("owner"), last.start()
        pronoun = _POSSESSIVE_PRONOUNS.get(owner.lower(), owner.lower())
        if owner.lower() in {"his", "her"}:
            return self._phrase_subject(where) or self._subject(
                "he" if owner.lower() == "his" else "she", where
            )
        if pronoun in _THING_PRONOUNS | _GROUP_PRONOUNS:
            return None  # "its website", "their page": whose, another step reads
        return self._speaker_named(_POSSESSIVE_END.sub("", owner), where)

    def _phrase_subject(self, at: int) -> Actor | None:
        """The person named right after the opening phrase that `at` stands in, as its
        sentence's subject: "On his website, Sanders has started …" (the "his" is Sanders's,
        though the subject rule passes over a person its pronoun's own sentence names after it).
        None where `at` is in no opening phrase or no person's name follows it."""
        sentence = self.view.sentence_of(at)
        if sentence is None:
            return None
        opening = _INTRODUCED.match(self.view.text, sentence.start)
        if opening is None or not opening.start("phrase") <= at < opening.end():
            return None  # "Roe attacked his website, Lind said": no opening phrase
        start = opening.end()
        return next(
            (
                actor
                for actor in self.actors
                if actor.type == "person" and any(m.start == start for m in actor.mentions)
            ),
            None,
        )

    def _namesake(self, written: str, at: int) -> Actor | None:
        """Of two or more people who share a surname ("Gov. Asa Hutchinson", "Seth Hutchinson"),
        the one whose alias the surname as written is, else the one named in full last before
        `at`, for a speaker written with the surname alone ("Mr. Hutchinson said"); None where
        the surname is no one's but one person's. An honorific's sex leaves out the people whose
        first name shows the other ("Mr. Lind" is Otto Lind's, not Jane Lind's:
        `names.person_sex`), and where only the other sex is shown, it is none of them."""
        words = [w for w in written.split() if w.lower().rstrip(".") not in _TITLES]
        if len(words) != 1:
            return None
        surname = words[0]
        forms = names.surname_forms(surname)  # "Jackson" of "Jesse Jackson Jr." too
        people = [
            a for a in self.actors
            if a.type == "person" and len(a.name.split()) >= 2
            and forms & names.surname_forms(a.name)
        ]  # fmt: skip
        if len(people) < 2:
            return None
        if (sex := names.honorific_sex(written)) is not None:
            shown = [names.person_sex(a.name, a.aliases) for a in people]
            if sex not in shown and any(shown):
                # Only the other sex is shown ("Mr. Vask" where the text tells apart a "Ms.
                # Vask" and names an Amira Vask): a man it names no further, not a guess.
                return None
            # At least one fits, after the check above.
            people = [a for a in people if names.sex_fits(a.name, sex, a.aliases)]
            if len(people) == 1:
                return people[0]
        # The one the names step gave the surname as written, where it gave it one ("Lazar"
        # is Marcel Lazar's beside "his wife, Gabriela Lazar": `names._fold`).
        holders = [a for a in people if written in a.aliases]
        if len(holders) == 1:
            return holders[0]
        last = [
            (m.start, person)
            for person in people
            for m in person.mentions
            if m.start <= at and len(m.text.split()) >= 2 and forms & names.surname_forms(m.text)
        ]
        if not last:
            return None
        start, person = max(last, key=lambda pair: pair[0])
        if _joint_surname(self.view.text, start):
            return None  # "Hillary and Bill Clinton …. Clinton said": both were named last
        return person

    def _titled(self, written: str, at: int) -> Actor | None:
        """The person a definite description by a capitalised word and a title stands for ("the
        Republican senator said", "The Democratic senator"): of the people whose role holds
        that title ("Sen.", "Florida Sen."), the one mentioned last before `at`; None for any
        other speaker."""
        words = written.split()
        title = words[-1].lower()
        if not 2 <= len(words) <= 4 or words[0].lower() != "the" or title not in _TITLES:
            return None
        if len(words) < 3 or any(w[0].islower() for w in words[1:-1]):
            # "the former senator", "the state senator": not the one named last; a bare "the
            # mayor", "the president" is `_office_holder`'s to read (the person the article
            # gives that office, as BASIL's gold resolves it; PolNeAR's writes the description).
            return None
        # "the Florida senator", "the House Republican leader": of those so titled, only one
        # the text places there.
        return self._last_with_title(title, at, near=_place(words))

    def _sole_holder(self, written: str, at: int, end: int) -> Actor | None:
        """The person a definite description by a role stands for ("the president said", "The
        majority leader added", "the tea party-backed candidate told"), where exactly one person
        named before `at` is given that role: by a title before the name ("President Obama",
        "Gov. Rick Perry": the candidate's roles, `_has_title`) or in apposition to it ("Harry
        Reid, the majority leader,"; "the majority leader, Harry Reid,"); not one whose role
        narrows it ("Vice President" is not "the president"). None where no one or more than one
        fits: the description stays the speaker. The role is a title or a person's role of the
        lexicon (titles, honorifics, roles.tsv's `person`); a possessive after it is another
        speaker ("the president's spokesman")."""
        words = written.split()
        if not 2 <= len(words) <= 6 or words[0].lower() != "the":
            return None
        role = words[-1].lower()
        if role not in _HOLDER_ROLES or _POSSESSIVE_AFTER.match(self.view.text, end):
            return None
        place = _place(words)  # "the French president": one the text places in France
        fits: dict[str, Candidate] = {}
        for candidate in self.candidates:
            if names.guess_type(candidate) != "person":
                continue
            before = [m for m in self._candidate_mentions(candidate) if m[1] <= at]
            if not before:
                continue
            roles = [*candidate.roles, *self._apposed(before)]
            if any(
                _has_title(held, role) and not _narrowed(held, written, role) for held in roles
            ) and (not place or self._fits_place(before, roles, place)):
                fits[candidate.name] = candidate
        if len(fits) > 1 and len(words) == 2:
            # "the president" of an article that names President Trump 37 times and President
            # Putin twice: the one it names most, where that is at least twice as often as any
            # other (not "the longtime senator", whose word may bring in someone else).
            counts = sorted(
                (
                    (len([m for m in self._candidate_mentions(c) if m[1] <= at]), n)
                    for n, c in fits.items()
                ),
                reverse=True,
            )
            if counts[0][0] >= DOMINANT_HOLDER * counts[1][0]:
                fits = {counts[0][1]: fits[counts[0][1]]}
        if len(fits) != 1:
            return None
        (name,) = fits
        known = next((a for a in self.actors if a.name == name), None)
        return known or self._speaker_named(name)

    def _apposed(self, mentions: list[tuple[int, int]]) -> list[str]:
        """The roles written in apposition to the mentions: "Harry Reid, the majority leader,",
        "Ada Lind, a former governor of Ohio," and "the majority leader, Harry Reid,"."""
        text = self.view.text
        found = []
        for start, end in mentions:
            if after := _APPOSED_AFTER.match(text, end) or _APPOSED_INDEFINITE.match(text, end):
                found.append(after.group(1))
            before = _APPOSED_BEFORE.search(text, max(0, start - 60), start)
            if before and not _POSSESSIVE_AFTER.match(text, end):  # "Acme, Ohio's largest"
                found.append(before.group(1))
        # A role is written in lower case ("the Senate majority leader"; not "the Union Leader").
        return [role for role in found if role.split()[-1].islower()]

    def _last_with_title(
        self, title: str, at: int, written: str = "", near: str | None = None
    ) -> Actor | None:
        """Of the people whose role holds `title`, the one mentioned last before `at`; not one
        whose role narrows the title in a way the description `written` does not, nor the other
        way ("Vice President" is not "the president", "Secretary of State" not "the White House
        press secretary"); with `near`, only one that fits that place (`_fits_place`)."""
        last = [
            (m.start, person)
            for person in self.actors
            if person.type == "person"
            and _has_title(person.role or "", title)
            and not _narrowed(person.role or "", written, title)
            and (near is None or self._person_fits_place(person, near))
            for m in person.mentions
            if m.start < at
        ]
        return max(last, key=lambda pair: pair[0])[1] if last else None

    def _person_fits_place(self, person: Actor, place: str) -> bool:
        """`_fits_place` for an actor: its mentions and its role."""
        return self._fits_place(
            [(m.start, m.end) for m in person.mentions], [person.role or ""], place
        )

    def _fits_place(self, mentions: list[tuple[int, int]], roles: list[str], place: str) -> bool:
        """Whether a person (its `mentions` and `roles`) may be the one a description places
        in `place` ("the French president", "the Vermont senator", "the House Republican
        leader"): for a nationality, only one the text places there (`_placed_near`); for a
        state or a chamber, any one the text does not place in another ("Sen. Ada Lind,
        R-Iowa" is not "the Vermont senator"; "Senate Majority Leader" not "the House
        leader")."""
        if all(w.lower() in names.NATIONALITIES for w in place.split()):
            return self._placed_near(mentions, roles, place)
        text = self.view.text
        around = [*roles, *(_clause_around(text, s, e) for s, e in mentions)]
        if place in _CHAMBERS:
            (other,) = set(_CHAMBERS) - {place}
            return not any(
                _CHAMBERS[other].search(part) and not _CHAMBERS[place].search(part)
                for part in around
            )
        states = [
            m.group("state") or m.group("state2") or m.group("state3")
            for part in around
            for m in _STATE_OF.finditer(part)
        ]
        return not states or any(_same_place(state, place) for state in states)

    def _placed_near(self, mentions: list[tuple[int, int]], roles: list[str], place: str) -> bool:
        """Whether the text places a person in `place` (as written, or for a nationality its
        country: "Israeli", Israel): in one of its `roles` or `mentions` ("Sen. Ada Lind of
        Ohio"), right before a mention in its clause ("Ohio Sen. Ada Lind", "the Ohio Republican
        Ada Lind") or right after one ("Ada Lind, of Ohio,"; "Prime Minister Otto Roe of
        Israel")."""
        text = self.view.text
        country = names.demonym_country(place)
        for form in (place, *([country] if country else [])):
            before = re.compile(rf"\b{re.escape(form)}\b[^.,;:!?\n]{{0,30}}$")
            after = re.compile(rf",?\s+(?:of|from)\s+(?:the\s+)?{re.escape(form)}\b")
            if any(form in role for role in roles) or any(
                form in text[start:end]
                or before.search(text, max(0, start - 40), start)
                or after.match(text, end)
                for start, end in mentions
            ):
                return True
        return False

    def _office_holder(self, written: str, at: int, *, protagonist: bool = False) -> Actor | None:
        """The person a definite description by an office stands for, as news refers back to
        a person named before ("Otto Roe blasted … . The likely Democratic
        nominee went as far as to claim …"; "Mr. Grimm stormed off …. Then, the congressman …
        said"): of the people whose role holds the office, the one mentioned last before `at`;
        else the person the sentences before make the subject (`referents.subject`, as for a
        "he" or "she") where the article names that person twice or more, not for offices news
        often leaves unnamed ("the judge", `_NAMED_OFFICES`). With `protagonist` (a statement's
        source, whose office a role holds is read by `named_back` already, and only where one
        person holds it), only that subject, and for an office a story's main figure goes by
        (`_SOFT_OFFICES`:
        "the candidate", "the billionaire businessman"; not a former one), where it is the person
        the article names most, not of the other sex than the office's noun, and not one it shows
        in another party than the description's (`_parties_shown`). None for any other
        speaker."""
        office = office_of(written)
        if office is None:
            return None
        words = written.split()
        place = _place(words)  # "the Vermont senator": one that fits the place (`_fits_place`)
        if protagonist and (
            office not in _SOFT_OFFICES or any(w.lower() == "former" for w in words)
        ):
            return None
        if not protagonist and (holder := self._last_with_title(office, at, written, near=place)):
            return holder
        if office in _NAMED_OFFICES:
            return None
        quoted = self.quoted
        found = [
            hit
            for pronoun in ("he", "she")
            if (hit := referents.subject(self.view, self.actors, pronoun, at, quoted)) is not None
            and len(hit[1].mentions) >= 2  # an office names back someone the article has set up
            and (place is None or self._person_fits_place(hit[1], place))
        ]
        if not found:
            return None
        # The subject of the nearest sentence back that names one (the first person in it).
        chosen = max(found, key=lambda hit: (self._sentence_number(hit[0]), -hit[0]))[1]
        party = next((_PARTY_OF[w] for w in words if w in _PARTY_OF), None)
        if not protagonist:
            if party is None or office not in _CANDIDACIES:
                return chosen
            return self._party_candidate(chosen, party)
        pronoun = {"M": "he", "F": "she"}.get(names.noun_sex(office) or "")
        if pronoun is not None and not self._may_be(chosen, pronoun):
            return None  # "the businesswoman": a "she" may stand for her (`_may_be`)
        if party is not None and self._parties_shown(chosen) - {party}:
            return None  # "The GOP nominee": not one the article shows a Democrat
        return chosen if chosen is self._protagonist() else None

    def _party_candidate(self, chosen: Actor, party: str) -> Actor:
        """Who a party's candidate as described ("The GOP front-runner") stands for, where the
        sentences before make `chosen` the subject: `chosen`, unless it is shown in no party or
        another and the article shows one other person as that party's candidate ("GOP
        presidential hopeful Carl Brand": `_CANDIDATE_BEFORE`), who it is then. (A party word
        near a name is no proof of the name's party, "Democratic nominee Ada Lind and Otto
        Roe", so `chosen` is kept where no such candidate is shown.)"""
        if party in self._parties_shown(chosen):
            return chosen
        text = self.view.text
        candidates = [
            a
            for a in self.actors
            if a.type == "person"
            and a is not chosen
            and any(
                (found := _CANDIDATE_BEFORE.search(text, max(0, m.start - 60), m.start))
                and _PARTY_OF[found.group("party")] == party
                for m in a.mentions
            )
        ]
        return candidates[0] if len(candidates) == 1 else chosen

    def _parties_shown(self, person: Actor) -> set[str]:
        """The parties the article places a person in, by a party word right before a mention
        ("Republican candidate Otto Roe") or a party tag after it ("(R-Iowa)", "R-Iowa", ", a
        Democrat"), or in its role."""
        text = self.view.text
        found = set()
        for m in person.mentions:
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 16]
            for place in (before, after, person.role or ""):
                for word in _PARTY_WORD.findall(place):
                    found.add(_PARTY_OF[word.strip("(-")])
        return found

    def _protagonist(self) -> Actor | None:
        """The person the article names most often, where one person does (`protagonist`, which
        `_office_holder`'s flag of that name hides)."""
        return protagonist(self.actors)

    def _sentence_number(self, at: int) -> int:
        sentence = self.view.sentence_of(at)
        return sentence.index if sentence else 0

    def _the_body(self, written: str, at: int, *, known: bool = False) -> Actor | None:
        """The organisation "the group" (the organization, the union, …, its possessive
        too) stands for: the one named last before `at` ("The Acme Workers Union also
        means to start a big ad drive. The group's first spot called Doe a "greedy
        fraud""); None for any other speaker or where none is named before. With `known`
        (a statement's source), only an actor named in its sentence or the one before, and no
        news outlet nor a plural ("Democrats", "Democratic presidential candidates"): a name
        no actor holds may be no body at all ("Power to the people!")."""
        written = written.strip()
        called = _THE_BODY.match(written)
        if not called or not (called.end() == len(written) or _THE_BODY_OWNS.match(written)):
            return None
        text = self.view.text
        introduced = _introduced_as(called["head"].lower())
        sentence = self.view.sentence_of(at)
        low = self.view.sentences[max(0, sentence.index - 2)].start if known and sentence else 0
        last: list[tuple[int, Actor | str]] = [
            (m.start, actor)
            for actor in self.actors
            if actor.type == "organization"
            and actor.kind == "named"
            and not (
                known
                and (
                    names.is_outlet(actor.name, actor.type)
                    or names.plural_actor(actor.name, actor.type)
                )
            )
            for m in actor.mentions
            if low <= m.start
            and m.end <= at
            and (
                not referents.after_preposition(text, m.start)
                or introduced.match(text, m.end)
                or _SERVED_BY.search(text, max(0, m.start - 40), m.start)
            )
        ]
        last += [
            # a body no actor yet: "Last year Acme lost a lawsuit, and the company said"
            (start, candidate.name)
            for candidate in ([] if known else self.candidates)
            if find_actor(self.actors, candidate.name) is None
            and names.guess_type(candidate) == "organization"
            for start, end in self._candidate_mentions(candidate)
            if end <= at and not referents.after_preposition(text, start)
        ]
        if not last:
            return None
        start, body = max(last, key=lambda pair: pair[0])
        return body if isinstance(body, Actor) else self._speaker_named(body, start)

    def _named_body(
        self, written: str, at: int, heads: frozenset[str] | None = None
    ) -> Actor | None:
        """The organisation "the" and a word of its name stands for ("Roe was treated at
        the Lakeside Mercy Hospital Center …. In a statement, the hospital said"): of
        the organisations named before `at` (actors or candidates) with that word in their
        name, the one named last; None for any other speaker, a word not among `heads` where
        given, or where none is named before."""
        words = written.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
            return None
        if not words[1].islower():
            return None
        head = words[1]
        if heads is not None and head not in heads:
            return None
        last: list[tuple[int, Actor | str]] = [
            (m.start, actor)
            for actor in self.actors
            if actor.type == "organization" and head in actor.name.casefold().split()
            for m in actor.mentions
            if m.end <= at
        ]
        last += [
            (start, candidate.name)
            for candidate in self.candidates
            if find_actor(self.actors, candidate.name) is None
            and names.guess_type(candidate) == "organization"
            and head in candidate.name.casefold().split()
            for start, end in self._candidate_mentions(candidate)
            if end <= at
        ]
        if not last:
            return None
        start, body = max(last, key=lambda pair: pair[0])
        return body if isinstance(body, Actor) else self._speaker_named(body, start)

    def _last_named(self, at: int, pronoun: str) -> str | None:
        """The candidate name (no actor yet) mentioned last before `at` that the pronoun can
        stand for: for "he" or "she", a person whose first name or honorifics show no other sex
        (`names.sex_fits`)."""
        sex = _PRONOUN_NAME_SEX.get(pronoun)
        fits = [
            (start, candidate.name)
            for candidate in self.candidates
            if pronoun in _GROUP_PRONOUNS
            or (names.guess_type(candidate) == "person") == (pronoun in _PERSON_PRONOUNS)
            if names.sex_fits(candidate.name, sex, candidate.forms)
            for start, end in self._candidate_mentions(candidate)
            if end <= at
        ]
        return max(fits)[1] if fits else None

    def _candidate_mentions(self, candidate: Candidate) -> list[tuple[int, int]]:
        """Where the text names a candidate, found once per candidate."""
        if candidate.name not in self.mentions:
            found = ground.find_mentions(self.view.text, candidate.forms)
            self.mentions[candidate.name] = [(m.start, m.end) for m in found]
        return self.mentions[candidate.name]

    def _reject(self, span: detect.QuotedSpan, reason: str) -> None:
        self.found.rejected.append(Rejected(kind="quote", value=span.text, reason=reason))

    def _ask_speaker(
        self, span: detect.QuotedSpan, sentence: detect.Sentence | None
    ) -> Actor | None:
        """The model's choice among the actors and the passage's described speakers, or none
        (a title or a term in quotation marks)."""
        passage = _passage(self.view, span, sentence)
        options: dict[str, Actor | None] = {actor.name: actor for actor in self.actors}
        for described in attribute.find_descriptions(passage):
            if find_actor(self.actors, described) is None:
                options.setdefault(described, None)
        choices = [*options, NONE_OPTION]
        variables: dict[str, Any] = {
            "quote": {"text": span.text, "sentence": sentence.index if sentence else 0},
            "passage": passage,
            "candidates": choices,
        }
        if sentence:
            last = self.view.sentence_of(max(span.start, span.end - 1)) or sentence
            variables["window"] = self.view.block(
                sentence.index, last.index, WINDOW_BEFORE, WINDOW_AFTER
            )
            if self.view.long:
                variables["sentences"] = self.view.window(sentence)
        else:
            variables["window"] = []
        if self.asker is None:
            return None
        try:
            parsed = self.asker.ask(
                "speaker", speaker_schema(choices), SPEAKER_MAX_TOKENS, variables
            )
        except ExtractionError as exc:
            self.found.rejected.append(self.asker.gave_up("quote", span.text, exc))
            return None
        choice = parsed["speaker"]
        if choice == NONE_OPTION:
            self._reject(span, "the model found no speaker")
            return None
        chosen = options.get(choice)
        return chosen if chosen is not None else self._speaker_named("the " + choice)


class Referring:
    """The quote step's reading of a speaker its rules name (`named_back`: a surname two people
    share, a title, a role one person holds), for the statement step's sources: one article's,
    over the caller's `actors` list, which it extends in place with the actors it makes (also
    kept in `new_actors`)."""

    def __init__(self, view: ArticleView, candidates: list[Candidate], actors: list[Actor]):
        self._step = _Attributing(view, candidates, None, actors)

    def referred(self, written: str, at: int) -> Actor | None:
        """The actor a statement's source refers back to (`_Attributing._referred_back`)."""
        return self._step._referred_back(written, at)

    def thing_owner(self, at: int) -> Actor | None:
        """Whose thing an "it" at `at` stands for, as the quote step reads it (`_thing_owner`:
        "on his website: … it says")."""
        return self._step._thing_owner(at)

    @property
    def new_actors(self) -> list[Actor]:
        return self._step.found.new_actors


# A reflexive pronoun ending a source: "The prime minister himself".
_REFLEXIVE_TAIL = re.compile(r"\s+(?:himself|herself|itself|themselves)$", re.IGNORECASE)


def referrer(view: ArticleView, candidates: list[Candidate]) -> Callable[[list[Actor]], Referring]:
    """The statement step's `referrer` for one article (`statements.Referrer`): a `Referring`
    over the actors that step passes it."""
    return functools.partial(Referring, view, candidates)


# A chamber, and the words that place a person in it ("Senator Roe" is no House member).
_CHAMBERS = {
    "House": re.compile(r"\b(?:House|Rep\.|Representative|Congress(?:wo)?man)(?!\w)"),
    "Senate": re.compile(r"\b(?:Senate|Sen\.|Senator)(?!\w)"),
}
# A state a person is placed in: a party tag's ("R-Iowa", "D-N.Y."), a state's name, or its
# abbreviation alone in parentheses ("Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)").
_STATE_OF = re.compile(
    r"\b[RDI]-(?P<state>[A-Z][\w.]*)|\b(?P<state2>"
    + "|".join(
        sorted(
            (re.escape(state.title()) for state in US_STATES if "." not in state),
            key=len,
            reverse=True,
        )
    )
    + r")\b|\((?P<state3>"
    + "|".join(sorted(re.escape(state.title()) for state in US_STATES if "." in state))
    + r")\)"
)


def _clause_around(text: str, start: int, end: int) -> str:
    """A mention with the words of its phrase before it (up to 40 characters, back to a comma or
    a parenthesis: "Ohio Sen. Ada Lind", not another's "(D-Mo.), who …, said Lind") and up to 25
    characters after it, within its sentence ("Ada Lind, R-Ohio,", "Ada Lind of Ohio")."""
    before = re.split(r"[.;!?\n]\s|[,()]", text[max(0, start - 40) : start])[-1]
    after = re.split(r"(?<=[.;!?\n])\s", text[end : end + 25])[0]
    return before + text[start:end] + after


def _same_place(written: str, place: str) -> bool:
    """Whether a state as written ("Fla.", "N.Y.", "Florida") is `place`: the same name, or
    an abbreviation whose letters the name holds in order from its first ("Vt." is Vermont)."""
    short = re.sub(r"[^a-z]", "", written.lower())
    full = place.lower()
    if not short or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(letter in rest for letter in short)


def _place(words: list[str]) -> str | None:
    """Where a description places the person it stands for: its capitalised words between "the"
    and the role, less a party's or a side's words ("the House Republican leader": "House"; "the
    Republican senator": none)."""
    place = " ".join(w for w in words[1:-1] if w[:1].isupper() and not names.is_descriptor(w))
    return place or None


def speaker_schema(choices: list[str]) -> dict[str, Any]:
    """The speaker question's answer: one of the choices."""
    return {
        "type": "object",
        "properties": {"speaker": {"type": "string", "enum": choices}},
        "required": ["speaker"],
        "additionalProperties": False,
    }


def _passage(view: ArticleView, span: detect.QuotedSpan, sentence: detect.Sentence | None) -> str:
    """The text the speaker question shows: the quote's paragraph from two sentences before it,
    or in a long paragraph (a transcript, a wall of text) the sentence before the quote through
    the sentence after it."""
    sentences = view.sentences
    passage_start = span.paragraph_start
    passage_end = span.paragraph_end
    if sentence and sentence.index >= 2:
        passage_start = min(passage_start, sentences[sentence.index - 2].start)
    if passage_end - passage_start > MAX_PASSAGE_CHARS and sentence:
        before = sentences[max(0, sentence.index - 2)]
        after = sentences[min(len(sentences) - 1, sentence.index)]
        passage_start = max(span.paragraph_start, before.start)
        passage_end = max(min(span.paragraph_end, after.end), span.end)
    return view.text[passage_start:passage_end]


def _set_off_as_speech(text: str, span: detect.QuotedSpan, hit: attribute.RuleHit | None) -> bool:
    """Whether quoted words stand as speech: attributed after them ("…," the band leader
    shouted) or introduced by a comma or colon (she said: "…"), not the object of a verb
    (told "Face the Nation") and not after a possessive or a preposition (in last night's
    episode of "Fox News Sunday," … said)."""
    end = span.start - 1  # the opening quotation mark
    while end and text[end - 1].isspace():
        end -= 1
    before = text[max(0, end - 20) : end]  # as much as the patterns below look at
    if hit is None or _NAMES_SOMETHING.search(before):
        return False
    return hit.place[0] > span.end or before.endswith((",", ":"))


def _collective(name: str) -> bool:
    """Whether an organisation's name says it is many: a plural ("Senate Republicans",
    "Democrats"), a body of members ("Security Council", "Republican caucus", the "Association"
    of "Association of Flight Attendants", not the "Bureau" of "Federal Bureau of Prisons"),
    "Every Senate Republican" (`names.EVERY_MEMBER`); not "EB-5" (a program), a company, a news
    outlet ("Reuters", "CBS"), an acronym ("CNS") nor a name whose s makes no plural ("Goldman
    Sachs")."""
    words = name.split(" of ")[0].split()
    if not words or names.is_media(name):
        return False
    written = words[-1]
    last = written.lower()
    plural = (
        last.endswith("s")
        and not last.endswith(_NO_PLURAL_ENDINGS)
        and not written.isupper()
        and not POSSESSIVE_END.search(written)
        and last not in _NOT_PLURAL
    )
    return plural or last in _COLLECTIVE_NOUNS or words[0].lower() in names.EVERY_MEMBER


# Endings of words whose s is no plural: "Congress", "Texas", "Sachs" (the plural of a word in
# -ch is in -ches).
_NO_PLURAL_ENDINGS = ("ss", "us", "is", "as", "chs", "shs", "xs")


_NOT_PLURAL = {"times", "news", "airlines", "stores", "physics", "politics"}
_COLLECTIVE_NOUNS = {
    "caucus", "council", "committee", "coalition", "party", "union", "association", "alliance",
    "league", "group", "delegation", "congress", "senate", "house", "legislature", "board",
    "conference", "federation", "court", "panel", "majority", "minority", "leadership",
}  # fmt: skip
# A group of people described by a plural role, up to three capitalised words before it:
# "Missouri Republican senators", "Democratic lawmakers", "officials" ...
_PLURALS = [
    re.sub(r"man$", "men", re.sub(r"(?<![aeiou])y$", "ie", role))
    + ("" if role.endswith("man") else "s")
    for role in lexicon.used_by("roles", "person")
    if not role.endswith("s")
]
_QUANTIFIERS = r"(?:Some|Many|Several|All|Most|Few|Other|Both|Those|These|The|Two|Three|Four|Five)"
# The plural roles and the words of groups the text describes (`patterns.GROUP_ROLES`:
# "officials", "critics", "protesters", "advocates" …).
_GROUP_ROLES = sorted({*_PLURALS, *GROUP_ROLES})
# ... or the role alone, capitalised, opening a sentence: "Officials said …".
_OPENING = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n))"
_CAPITALISED_ROLES = alternation(role.capitalize() for role in _GROUP_ROLES)
_PLURAL_ROLE = re.compile(
    rf"(?<![\w\u2019'-])(?P<group>(?:(?!{_QUANTIFIERS}\b)[A-Z][\w-]*\s+){{0,3}}"
    rf"{alternation(_GROUP_ROLES)}|{_OPENING}{_CAPITALISED_ROLES})\b"
)
# A definite description of a body: "the group", "The group's", "the organization".
_THE_BODY = re.compile(
    r"[Tt]he\s+(?P<head>group|organi[sz]ation|association|union|coalition|company|firm"
    r"|committee|agency)(?:[\u2019']s)?"
)


@functools.cache
def _introduced_as(head: str) -> re.Pattern[str]:
    """After a body's name, an apposition that calls it by `head` ("the Ohio Policy Center, a
    conservative group that …" for "the group"): the body "the group" names back, though its
    name stands after a preposition ("pushed by the Ohio Policy Center")."""
    return re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{head}\b", re.IGNORECASE)


# Before a body's name, one who speaks for it or leads it ("A spokesman for the Ohio Rifle
# Club", "the president of the union"): the body is named as the one served, though after a
# preposition.
_SERVED_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(attribute.AGENTS))}|president|director|chief|head|chairman"
    r"|chairwoman|leader|executive|founder)\s+(?:for|of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THE_BODY_OWNS = re.compile(rf"{_THE_BODY.pattern}(?<=s)\s+[a-z]")  # "The group's first ad"


# Words that make an office another one: "Vice President", "press secretary", "deputy mayor".
_NARROWING = frozenset(
    {"vice", "deputy", "assistant", "associate", "acting", "lieutenant", "press", "former",
     "state", "attorney", "general", "under", "interim", "executive"}
)  # fmt: skip
# Words of which a role and a description that hold one each name other offices: "the minority
# leader" is not the majority leader (but "the Senate Democratic leader" may be either).
_OPPOSED = ({"majority"}, {"minority"})


def _narrowed(role: str, written: str, title: str) -> bool:
    """Whether a role and a description of one title ("the president") differ by a word that
    makes it another office: one has "vice", "deputy", "press" … the other lacks, or one has
    "majority" where the other has "minority"."""
    role_words = {w.lower().rstrip(".,;") for w in role.replace(";", " ").split()}
    written_words = {w.lower().rstrip(".,;") for w in written.split()}
    one, other = _OPPOSED
    if (role_words & one and written_words & other) or (role_words & other and written_words & one):
        return True
    return bool(((role_words ^ written_words) & _NARROWING) - {title})


def _has_title(role: str, title: str) -> bool:
    """Whether a role ("Florida Sen.; Leader") holds a title written out, abbreviated
    ("senator": "Sen." or "Senator") or in another form of it (`title_forms.tsv`: "the
    congresswoman" is a "Rep.", a "Representative")."""
    words = [w.lower().rstrip(".") for w in role.replace(";", " ").split()]
    if any(w == title or (len(w) >= 3 and title.startswith(w)) for w in words):
        return True
    return _TITLE_FORM.get(title, title) in names.title_keys(role)


# Titles by their other forms ("congresswoman", "rep.": "congressman"), as `names.title_keys`
# writes a role's titles.
_TITLE_FORM = {
    form: title for title, forms in lexicon.mapping("title_forms").items() for form in forms
}


# A paragraph that opens with a short question, before its quotation: "Governor Pence? ".
_QUESTION_OPENING = re.compile(r"[^\n\u201c\u201d\"?]{1,80}\?\s*[\u201c\"]?")


def _answers_in_turn(text: str, before: detect.QuotedSpan, span: detect.QuotedSpan) -> bool:
    """Whether a quotation answers a question that opens its paragraph, right after a paragraph
    that does the same ("Senator Ada Lind? "A terrific person."" after "Governor Roe?
    "Strong," he said."): a list of answers, one speaker's."""
    return (
        before.paragraph_start != span.paragraph_start
        and not text[before.paragraph_end : span.paragraph_start].strip()
        and _QUESTION_OPENING.fullmatch(text, span.paragraph_start, span.start) is not None
        and _QUESTION_OPENING.fullmatch(text, before.paragraph_start, before.start) is not None
    )


def _continues(before: detect.QuotedSpan, span: detect.QuotedSpan) -> bool:
    """A second quotation right after an attributed one in the same paragraph."""
    return before.paragraph_start == span.paragraph_start and span.start - before.end < 80


# Role words of those who speak for someone, whom "the spokesperson" names back (`_agent_back`).
_AGENTS = attribute.AGENTS
# One who speaks for a name: "A spokesperson for Google", "a lawyer for Mr. Stone" (after an
# article, "for the Justice Department", the name is whom the role serves, cut as before).
_AGENT_FOR = re.compile(
    rf"(?i:an?|the)\s+(?:{'|'.join(sorted(_AGENTS))})\s+(?:for|to)\s+"
    r"[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*)*"
)
# How far back "the spokesperson" looks for its introduction.
AGENT_REACH = 1500
# How many times as often as any other holder of a role the article must name a person for "the
# president" (`_Attributing._sole_holder`) to be that person.
DOMINANT_HOLDER = 2
_CAPITALISED = r"[A-Z][\w.&\u2019'-]*"


@functools.cache
def _introduced_agent(role: str) -> re.Pattern[str]:
    """Where one with `role` is introduced with whom it speaks for: "a Microsoft spokesperson",
    "a senior State Department official", "a spokesperson for Google" (group `agent`)."""
    return re.compile(
        rf"\b[Aa]n?\s+(?P<agent>(?:[a-z]+\s+)?(?:{_CAPITALISED}\s+){{1,4}}{role}"
        rf"|{role}\s+(?:for|at|of|with)\s+(?:the\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}})\b"
    )


def _noun_ended(view: ArticleView, start: int, written: str) -> str:
    """A learned source as written at `start`, without the lower-case words after its last noun
    that the tagger ran it on to ("The indictment includes", "House interns hauled", "Another
    source familiar" (with …), "Dan Golvach when": the parser's tags; never inside a word,
    "e-mailed", "46-year-old"), and empty where no noun is left ("initial" of "her initial
    concerns") or only a possessive ("Hutchinson's chief" of staff): a source names its speaker
    by a noun or a name."""
    if not view.text.startswith(written, start):
        return written  # joined from parts ("Mike" "Pence"): as it is
    parse = view.parse
    first, last = parse.words(start, start + len(written))

    def lower(i: int) -> bool:  # a capitalised word may be a name the tagger took for a verb
        return view.text[parse.starts[i]].islower()

    while last > first and parse.tags[last - 1] not in _NOUN_TAGS and lower(last - 1):
        last -= 1
    if last == first or parse.tags[last - 1] == "POS":
        return ""  # "initial"; "Hutchinson's chief" (of staff): not Hutchinson
    end = parse.ends[last - 1] - start
    return written[:end] if end < len(written) and written[end].isspace() else written


# A source ends in a noun, a name, a pronoun, a number or a parenthesis ("Roe (D-Ohio)").
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "-RRB-"}


def _learned_source(view: ArticleView, span: detect.QuotedSpan) -> tuple[int, str] | None:
    """Where the source of the learned attribution that holds the quote starts, and its words
    (`_source_words`): the attribution whose content shares the most of the quote's characters,
    at least LEARNED_COVER of them, the innermost on a tie, then the one whose cue is nearest
    the quote ("Warren appeared with Maddow and endorsed Clinton, saying, "…""); where that
    one's cue is no verb of saying (`_NOT_SAYING`) and lies in the content of ones whose cue
    is, the innermost of the latter (the quote is its speaker's report: "Doe said donors wished
    to learn whether Acme is "…""; "Doe said Roe told her allies wanted …": Roe); the person a
    recording shows speaking (`_shown_by`) before the recording; where that one's cue is
    "according to", the one whose own attribution the relayed content opens with, its cue
    before it ("Doe faulted the board for its "…," according to the Ledger": Doe). A source that
    is no noun phrase ("also", a tagger's slip) counts as none."""
    best: tuple[int, int, int, Spans, Spans] | None = None
    best_content: Spans = ()
    holding: list[tuple[Spans, Spans, Spans]] = []
    displaced = False  # an attribution holds the quote, but its source is a preposition's object
    for found in view.attributions:
        shared = sum(max(0, min(e, span.end) - max(s, span.start)) for s, e in found.content)
        if shared < LEARNED_COVER * (span.end - span.start):
            continue
        if not _usable(view.text, found.source) or _quoted_in(found.source, span):
            displaced = displaced or bool(found.source and _object_source(view.text, found.source))
            continue
        size = sum(e - s for s, e in found.content)
        distance = min(abs(s - span.start) for s, _ in found.cue) if found.cue else 1 << 30
        holding.append((found.source, found.cue, found.content))
        if best is None or (shared, -size, -distance) > best[:3]:
            best = (shared, -size, -distance, found.source, found.cue)
            best_content = found.content
    if best and best[4] and _NOT_SAYING.match(view.text[best[4][0][0] : best[4][-1][1]]):
        outer = [
            (sum(e - s for s, e in content), source, cue)
            for source, cue, content in holding
            if cue
            and _SAYS.search(view.text[cue[0][0] : cue[-1][1]])
            and any(s <= best[4][0][0] < e for s, e in content)
        ]
        if outer:  # the innermost that says it ("Doe said Roe told her allies wanted …": Roe)
            best = (*best[:3], *min(outer, key=lambda found: found[0])[1:])
    elif best and best[4] and ACCORDING_TO.match(view.text, best[4][0][0]):
        # "Doe faulted the board for its “secrecy,” according to the Ledger": the one the
        # relayed content's own attribution names (Doe), not the relay.
        relayed = [
            (found.content[0][0], found.source, found.cue)
            for found in view.attributions
            if found.cue
            and not ACCORDING_TO.match(view.text, found.cue[0][0])
            and best_content[0][0] <= found.content[0][0] < span.start
            and found.cue[-1][1] <= found.content[0][0]
            and _usable(view.text, found.source)
        ]
        if relayed:
            best = (*best[:3], *max(relayed, key=lambda found: found[0])[1:])
    shown = _shown_by(view.text, best[4]) if best else None
    if shown:
        return shown
    source = (
        _subject_of_cue(view.text, best[3], best[4])
        if best
        else _nearby_source(view, span, same_sentence=displaced)
    )
    source = _before_cues(view, source) if source else None
    return _source_words(view.text, source) if source else None


# Acts of speech that are no reporting verb: "Doe said Roe vowed to "…"" (Roe's words).
_SPEECH_ACTS = r"vow(?:s|ed)?|accus(?:es|ed)|urg(?:es|ed)"
# Words of saying, or of naming in one's own words ("called Doe "very weak"").
_SAYING_WORDS = rf"{VERBS}|{_SPEECH_ACTS}|call(?:s|ed|ing)?|described|describes|dubbed|labell?ed"
# A cue of saying or naming.
_SAYS = re.compile(rf"\b(?:{_SAYING_WORDS})\b")
# A cue that is no verb of saying, of naming nor "according to" (the source's words: "Doe said
# that, according to Roe, the plan is "…"" is Roe's): another's report of it holds the quote.
_NOT_SAYING = re.compile(rf"^(?!.*\b(?:{_SAYING_WORDS}|[Aa]ccording)\b)", re.DOTALL)


def _shown_by(text: str, cue: Spans) -> tuple[int, str] | None:
    """The person a recording shows speaking, where the cue is a verb of showing and a name
    and a participle follow it: "the footage caught Doe urging donors, "…"" (Doe, not the
    video); None for any other cue."""
    if not cue or text[cue[0][0] : cue[-1][1]].lower() not in _SHOWING:
        return None
    found = _NAME_THEN_PARTICIPLE.match(text, cue[-1][1])
    return (found.start("name"), found.group("name")) if found else None


_SHOWING = {"showed", "shows", "show", "shown", "captured", "captures", "caught", "depicts"}
_NAME_THEN_PARTICIPLE = re.compile(rf"\s+(?P<name>{NAME})\s+[a-z]+ing\b")


def _subject_of_cue(text: str, source: Spans, cue: Spans) -> Spans:
    """Of a source in parts that text parts (not only spaces), the part nearest before the cue
    where it is a name: the tagger's source "Representative Jackie Speier, Democrat of
    California" + "Vice President Biden" of the cue "had informed" is Biden; the source as it is
    where that part is its first, or no name ("three" of "three words:", "her" of "sent her a
    letter"); lower-case words after a conjunction before the name left out ("He" + "that deputy
    mayoral candidate Otto Roe" of "called": Otto Roe)."""
    if len(source) < 2 or not cue:
        return source
    groups: list[list[tuple[int, int]]] = []
    for part in source:
        if groups and not text[groups[-1][-1][1] : part[0]].strip():
            groups[-1].append(part)
        else:
            groups.append([part])
    before = [g for g in groups if g[-1][1] <= cue[0][0]]
    if not before or before[-1] is groups[0]:
        return source
    start, end = before[-1][0][0], before[-1][-1][1]
    lead = _THAT_LEAD.match(text, start, end)
    if lead:  # "that party chair Jo Roe" (called him): the name
        start = lead.end()
    words = text[start:end].split()
    if words[:1] in (["the"], ["The"]) and len(words) >= 2 and words[1][:1].isupper():
        words = words[1:]  # "the Republicans": a body by its name
    if (
        not words
        or not words[0][:1].isupper()
        or words[0].lower() in _PERSON_PRONOUNS | _GROUP_PRONOUNS
        or any(POSSESSIVE_MARK.search(w) for w in words[:-1])
        or referents.after_preposition(text, start)
    ):
        # "three words:", "sent her a letter", "on the matter of Doe's fees": no subject.
        return source
    return ((start, end),)


# Lower-case words before a name that ends a source part: "that vice presidential candidate ".
_THAT_LEAD = re.compile(rf"(?:that|who|when|as|and)\s+(?:[a-z][\w-]*\s+){{0,3}}(?={NAME}$)")


def _before_cues(view: ArticleView, source: Spans) -> Spans | None:
    """A source cut where the cue of an attribution starts inside it: the tagger's source "The
    writers acknowledge" (of "… say"), where "acknowledge" is a cue of its own, is "The
    writers"; None when nothing is left before the cue."""
    cues = [s for found in view.attributions for s, _ in found.cue]
    kept = []
    for start, end in source:
        inside = [c for c in cues if start < c < end]
        if inside:
            end = min(inside)
            if view.text[start:end].strip():
                kept.append((start, end))
            break
        kept.append((start, end))
    return tuple(kept) or None


Spans = tuple[tuple[int, int], ...]


def _usable(text: str, source: Spans) -> bool:
    """Whether a source is one: some source, and not a lone word that is no noun ("also"), nor
    an adverb opening its sentence ("Likewise", "Nevertheless", a tagger's slip), nor the object
    of a preposition (`_object_of_preposition`), nor a phrase that ends in a possessive name
    after a preposition (the tagger cut the noun phrase before its head: "Any row about
    Doe's" of "… Doe's post touches"; "While Doe's" of "… Doe's call for" is Doe)."""
    if not source:
        return False
    if _object_source(text, source):
        return False
    written = text[source[0][0] : source[-1][1]].strip()
    if written.lower() in _SENTENCE_ADVERBS or _CLAUSE_OPENING.match(written):
        return False
    if all(w in _FUNCTION_WORDS for w in re.findall(r"[\w\u2019']+", written.lower())):
        return False  # "And in", "each of whom": no one named
    owner = _OWNER_END.search(text, source[0][0], source[-1][1])
    if owner and _object_of_preposition(text, owner.start()):
        return False  # "Any row about Doe's" (post touches): no one who speaks
    return written in _NO_SOURCE or not (written.islower() and written in _NON_NOUNS)


def _object_source(text: str, source: Spans) -> bool:
    """Whether the words of a source that name its speaker are a preposition's object
    (`_object_of_preposition`): "in the river port of Dover, Jane Doe" names
    Doe, no object; a document's author named elsewhere is looked at where the source
    is, a name in apposition to a role where the role is ("handed to the party leader, Jane
    Doe"); not where a relative clause or a participle makes the object its subject ("turned
    to the Dover Fire Department, which reported", "with Chairman Otto Roe saying")."""
    named = _source_words(text, source)
    at = named[0] if named and source[0][0] <= named[0] < source[-1][1] else source[0][0]
    end = source[-1][1]
    if _RELATIVE_AFTER.match(text, end) or (
        not text[:end].rstrip().endswith(",") and _PARTICIPLE_AFTER.match(text, end)
    ):
        return False
    if at > source[0][0] and _ROLE_APPOSED.fullmatch(text, source[0][0], at):
        # "handed to the party leader, Anna Berg": the name in apposition to a role
        # stands where the role does (not "in the river port of Dover, Anna Berg").
        at = source[0][0]
    return _object_of_preposition(text, at)


# A description by a person's role, then the name in apposition to it: "the party leader, ".
_ROLE_APPOSED = re.compile(
    rf"{ARTICLE}\s+(?:[\w\u2019'-]+\s+){{0,4}}?{phrases(lexicon.used_by('roles', 'person'))},\s+"
)


# A possessive name ending a source: "Doe's".
_OWNER_END = re.compile(rf"{NAME}[\u2019']s\s*$")
# A relative clause, or a participle right after it, makes a preposition's object a subject:
# "turned to the Dover Fire Department, which reported"; "with Chairman Otto Roe saying".
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:which|who|that)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ing\b")  # no comma between: "in their letters, accusing"


def _object_of_preposition(text: str, start: int) -> bool:
    """Whether a source starting at `start` is the object of a preposition, no speaker: "drive
    Doe from the Town Hall, saying", "handed to the party leader, Jane Doe";
    not the speakers "according to", "by", "as" and "from" name ("according to the newspaper",
    "as Politico reported", "a statement from the committee", "a headline from the Post")."""
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("preposition").lower()
    if word == "from":
        # a document's author ("a statement from the committee", "the statement on her health,
        # from Dr. Ada Roe")
        return not _DOCUMENT_FROM.search(text, max(0, start - 100), before.start("preposition"))
    return not (word == "to" and _ACCORDING.search(text, max(0, start - 40), start))


def _quoted_in(source: Spans, span: detect.QuotedSpan) -> bool:
    """Whether a source lies inside the quotation it would attribute: the quote's own words
    ("sent a note to "renters of all ages and young renters who feel …"", where the tagger
    read "and young renters" as the source), never who says them."""
    return span.start <= source[0][0] and source[-1][1] <= span.end


# A source right after a preposition is its object, no speaker; but "by" and "as" name speakers
# ("a statement by X", "as Politico reported"), and "after" and "before" open a clause as well
# ("after Trump said"): a source after one of these may speak.
_PREPOSITION_BEFORE = preposition_before(
    lexicon.words("prepositions") - {"by", "as"} | set(MORE_PREPOSITIONS)
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "from" after a document or a word for what someone says names its speaker.
_DOCUMENT_FROM = re.compile(
    rf"\b(?:{attribute.DOCUMENTS}s?|more|word|words|comment|comments"
    r"|response|reaction|remarks|message|email|tweet|post|headline|release|note|memo|video"
    r"|spokesman|spokeswoman|aide|official|officials)"
    # what it is about, set off with its author ("the statement on her health, from Dr. Roe")
    r"(?:\s+(?:on|about)\s+[^,.;:\n]{1,40},)?\s+$",
    re.IGNORECASE,
)
# Offices a definite description refers back to a person by ("the congressman", "the
# presumptive Republican presidential nominee").
_OFFICES = {
    "president", "senator", "congressman", "congresswoman", "governor", "mayor", "nominee",
    "candidate", "lawmaker", "front-runner", "frontrunner", "billionaire", "businessman",
    "businesswoman", "secretary",
}  # fmt: skip
# The roles a definite description may name a person by (`_sole_holder`): a title, a courtesy
# title's noun, a person's role noun ("the senator", "the lady", "the spokesman").
_HOLDER_ROLES = (
    lexicon.words("titles") | lexicon.words("honorifics") | set(lexicon.used_by("roles", "person"))
) - {"official", "officials", "source", "sources", "senators", "agents", "expert", "analyst"}
_POSSESSIVE_AFTER = re.compile(r"[\u2019']s?\b")
# A role in apposition right after a name ("Harry Reid, the majority leader,") or right before
# it ("the majority leader, Harry Reid,"): "the" and up to five words, ending at a comma or a stop.
_APPOSED_AFTER = re.compile(r",\s+the\s+((?:[\w.-]+\s+){0,4}[\w-]+)\s*[,.;]")
_APPOSED_BEFORE = re.compile(r"\b[Tt]he\s+((?:[\w.-]+\s+){0,4}[\w-]+),\s+$")
# Or "a" and up to five words, the fewest that end at a comma, a stop or a word that goes on to
# say more ("Ada Lind, a former Republican governor of Ohio and a talk-show host,": "former
# Republican governor").
_APPOSED_INDEFINITE = re.compile(
    r",\s+an?\s+((?:[\w.-]+\s+){0,4}?[\w-]+)(?=\s*[,.;]|\s+(?:of|from|for|and|who)\b)"
)
# Offices news often leaves unnamed ("the judge"): only a person the article gives the office.
_NAMED_OFFICES = {"judge", "justice", "chairman", "chairwoman", "leader"}
# The offices a story's main figure is referred back to by, more than by a title it holds
# ("the front-runner" is as often a rival's).
_SOFT_OFFICES = {"nominee", "candidate", "billionaire", "businessman", "businesswoman"}
# Offices of one running for one ("The GOP front-runner"), and a party's candidate as the text
# shows one right before the name ("GOP presidential hopeful Carl Brand", "Republican nominee").
_CANDIDACIES = {"nominee", "candidate", "front-runner", "frontrunner", "hopeful", "contender"}
_CANDIDATE_BEFORE = re.compile(
    r"\b(?P<party>Republican|GOP|Democratic)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:nominee|candidate|front-?runner|hopeful|contender)\s+$"
)
# A party's words in a description ("The GOP nominee") and beside a name.
_PARTY_OF = {
    "Republican": "R", "GOP": "R", "R": "R", "Democratic": "D", "Democrat": "D", "D": "D",
}  # fmt: skip
_PARTY_WORD = re.compile(r"\b(?:Republican|GOP|Democratic|Democrat)\b|\(?\b[RD]-(?=[A-Z])")


def office_of(written: str) -> str | None:
    """The office a definite description of two to six words ends in ("the congressman",
    "The presumptive Republican presidential nominee": "nominee"), lower-case, where it is one
    a person is referred back to by (`_OFFICES`, `_NAMED_OFFICES`); None for any other words."""
    words = written.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the":
        return None
    office = words[-1].lower()
    return office if office in _OFFICES | _NAMED_OFFICES else None


# A participle opening a clause, no noun phrase: "Addressing guests of the Ohio Farm Bureau's
# yearly dinner, Doe described …".
_CLAUSE_OPENING = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")
_FUNCTION_WORDS = lexicon.words("prepositions") | {
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "each", "whom", "whose", "of",
    "in", "on", "at", "to", "its", "also", "then",
}  # fmt: skip
_SOURCE_TAIL_WORDS = {
    "last", "this", "next", "earlier", "later", "further", "also", "himself", "herself",
    "itself", "themselves", "too", "then", "now", "once", "again", "yesterday", "today",
    "tonight", "previously", "recently", "already", "still", "did", "does", "has", "had", "was",
    "is", "would", "will", "could", "can", "initially", "first",
}  # fmt: skip
_SENTENCE_ADVERBS = {
    "likewise", "nevertheless", "nonetheless", "however", "meanwhile", "instead", "indeed",
    "moreover", "furthermore", "still", "also", "thus", "therefore", "hence", "yet", "again",
    "here", "there", "now", "then", "later", "earlier", "afterward", "afterwards", "similarly",
    "separately", "additionally", "ultimately", "finally", "previously", "recently",
}  # fmt: skip


def _nearby_source(
    view: ArticleView, span: detect.QuotedSpan, *, same_sentence: bool = False
) -> Spans | None:
    """The source of the attribution whose cue is nearest before the quote, in the quote's
    sentence or the one before it (in the paragraph before, where the quote opens its own):
    speech that goes on past what the tagger marked as its content. In the quote's sentence
    alone where the attribution holding the quote had a preposition's object for its source
    ("… drive Doe from the Town Hall, saying, "…"": the subject of the clause the participle
    hangs off, not whoever spoke a sentence before)."""
    sentence = view.sentence_of(span.start)
    if sentence is None:
        return None
    first = sentence.start if same_sentence else view.sentences[max(0, sentence.index - 2)].start
    before = [
        (found.cue[0][0], found.source)
        for found in view.attributions
        if first <= found.cue[0][0] < span.start
        and _usable(view.text, found.source)
        and not _quoted_in(found.source, span)
    ]
    if not before:
        return None
    cue, source = max(before)
    if cue < sentence.start and sentence.start < span.start:
        # The cue is in the sentence before; a name opening the quote's own sentence as its
        # subject speaks instead ("House Speaker Roe, for one, praised
        # the mayor "for …"").
        subject = _SUBJECT_NAME.match(view.text, sentence.start, span.start)
        words = subject.group("name").split() if subject else []
        if (
            subject
            and len(words) >= 2
            and words[-1][0].isupper()  # not "Members of …"
            # not a participle's clause: "Telling the American people …, Trump closed"
            and not _CLAUSE_OPENING.match(subject.group("name"))
        ):
            return ((subject.start("name"), subject.end("name")),)
    return source


def _source_words(text: str, source: Spans) -> tuple[int, str] | None:
    """Where a source starts and the words that name its speaker: its spans joined where only
    spaces part them ("Mike" "Pence"); of its comma-separated parts the first that is a name
    ("the river port of Dover, Jane Doe"; "Another leading Dem, Sen. Kristen
    Gillibrand"), else the first; a name the source stands in apposition to ("Third Way, a
    moderate Democratic group"; "Tim Kaine, D-Va."; "Ada Lind, Acme's press secretary"), or
    that a description goes on to give ("a network of unions called Fair
    Pay"); a name without the lower-case words before it ("independent Sen. Angus King");
    the owner of a document ("Akin's ad"); a description cut at its head noun."""
    start, end = source[0]
    for next_start, next_end in source[1:]:
        if text[end:next_start].strip():
            break
        end = next_end
    parts = text[start:end].split(",")
    chosen = parts[0]
    named = attribute.name_after_role(chosen)
    if named:
        chosen = named[1]  # "Former Ohio governor Ada Lind (D)", "Acme chief executive Bo Roe"
    elif not _NAME_FIRST.match(chosen.strip()) or _OWNER_ROLE.fullmatch(chosen.strip()):
        trailing = _ROLE_THEN_NAME.search(chosen)
        if (
            trailing and len(trailing.group("name").split()) >= 2
        ):  # "undecided Republican voter Jane Doe of Derry", "N.H."
            chosen = trailing.group("name")
        elif (
            len(parts) > 1
            and _DOCUMENT_FIRST.match(chosen)
            and (from_part := _FROM_PART.fullmatch(parts[1]))
        ):
            chosen = from_part.group("name")  # "the statement on her health, from Dr. Roe, …"
        else:
            apposed = (_whole_apposed(text, start, parts, i) for i in range(1, len(parts)))
            chosen = next(filter(None, apposed), chosen)
    start = text.index(chosen, start) + len(chosen) - len(chosen.lstrip())
    written = _TRAILING_CONJUNCTION.sub("", chosen.strip())  # "MSNBC's Rachel Maddow and"
    if not written:
        return None
    owner = _OWNER_OF_DOCUMENT.match(text, start)
    if owner and written.startswith(owner.group("name")):
        return start, owner.group("name")  # "BuzzFeed's Thursday night report"
    adverb = _NAME_THEN_ADVERB.fullmatch(written)
    if adverb:
        written = adverb.group("name")  # "Obama last year", "NBC further", "Mr. Doe did"
    place = _PERSON_OF_PLACE.fullmatch(written)
    if place and place.group("name").split()[-1].lower() not in _ORG_WORDS:
        written = place.group("name")  # "Betsy Sharp of Burke County", not "Bank of America"
    clause = _NAME_THEN_CLAUSE.match(written)
    if clause:
        written = clause.group("name")  # "Democrats to split the party and smear …"
    end = start + len(written)
    owner_role = _OWNER_ROLE.fullmatch(written) is not None  # "Acme's press secretary"
    if _PARTY_TAG.fullmatch(written) or _described(written) or owner_role:
        # A party tag follows any name; a description, a name that opens its sentence ("Ada
        # Lind, Acme's press secretary, said").
        named = _name_before(text, start, anywhere=bool(_PARTY_TAG.fullmatch(written)))
        if named is None and written.split()[0].lower() in {"a", "an"}:
            named = _name_called(
                text, end
            )  # "a group called X"; "the group called X a …" is a verb
        if named:
            return named
    if _PARTY_TAG.fullmatch(written):
        return None
    author = attribute.document_author(text, written, start, end)
    if author:
        return author  # "a statement from the committee"; "the report" after "the CRS report"
    owner = _DOCUMENT_OWNER.fullmatch(written)
    if owner:
        return start, owner.group("name")
    owner = _DESCRIBED_OWNER.fullmatch(written)
    if owner and not set(owner.group("owner").split()) & _TIME_WORDS:
        # "special counsel's filing", "the company's statement": the one whose document it is.
        return start + owner.start("owner"), "the " + owner.group("owner")
    lead = _LOWER_LEAD.match(written)
    if lead and _NAME_WHOLE.fullmatch(written[lead.end() :]):
        return start + lead.end(), written[lead.end() :]
    if (
        _described(written)
        and not _NAME_WHOLE.fullmatch(written.partition(" ")[2])
        and not _AGENT_FOR.fullmatch(written)
    ):
        # "a 12-count civil complaint brought by the FTC": the description up to its head noun
        # (the article and the word after it are kept whole); not "the Association of X", nor
        # one who speaks for a name ("A spokesperson for Google", as the rules name it).
        first, _, rest = written.partition(" ")
        second, _, rest = rest.partition(" ")
        written = f"{first} {second}" + _DESCRIPTION_TAIL.split(f" {rest}", maxsplit=1)[0]
        written = written.strip()
    return (start, written) if written else None


def _whole_apposed(text: str, start: int, parts: list[str], i: int) -> str | None:
    """The apposed name of comma part `i` of a source starting at `start` (`_apposed_name`), read
    on past the source's end where the tagger cut it inside the name ("the speaker, Ada B" of
    "Ada B. Lind"); None where the part gives no name."""
    part = _apposed_name(parts[i])
    if part is None:
        return None
    comma = start + len(",".join(parts[:i]))
    whole = attribute.apposed_name(text, comma)
    if whole and whole[1].startswith(part.strip()):
        return " " + whole[1]
    return part


def _apposed_name(part: str) -> str | None:
    """The name a comma part after a description gives, if it gives one: "Sen. Kristen
    Gillibrand" (after "Another leading Dem"), "Gov. Martin O'Malley" of "ex-Maryland Gov.
    Martin O'Malley", "Ben Smith" (after "BuzzFeed's editor in chief"); not a place
    abbreviation ("N.H.") nor a state or country ("a woman in Worcester, Massachusetts")."""
    if _PLACE_ABBR.match(part) or part.strip().casefold() in names.PLACES:
        return None
    if _NAME_FIRST.match(part.strip()):
        return part
    trailing = _ROLE_THEN_NAME.search(part)
    return trailing.group("name") if trailing and len(trailing.group("name").split()) >= 2 else None


def _name_before(text: str, at: int, *, anywhere: bool) -> tuple[int, str] | None:
    """The name right before a source, set off by a comma ("Third Way, a moderate group"), at
    the start of its sentence unless `anywhere`."""
    before = ("\n" if at <= 120 else "") + text[max(0, at - 120) : at]
    pattern = _NAME_COMMA if anywhere else _NAME_COMMA_LEADING
    match = pattern.search(before)
    if match is None or match.group("name").lower() in _SENTENCE_ADVERBS:
        return None  # "Likewise, a paper from …": no name in apposition
    return at - len(before) + match.start("name"), match.group("name")


def _name_called(text: str, at: int) -> tuple[int, str] | None:
    """The name a description goes on to give: "a network of unions called X"."""
    match = _CALLED.match(text, at)
    return (match.start("name"), match.group("name")) if match else None


# A name opening a sentence as its subject: "McConnell, for instance, commended …".
_SUBJECT_NAME = re.compile(rf"\s*(?P<name>{NAME})(?:,[^,\u201c\"]{{1,40}},)?\s+[a-z]")
# Where a described source's head ends: a preposition, a relative pronoun, a participle.
_DESCRIPTION_TAIL = re.compile(
    r"\s+(?:of|for|in|at|from|with|on|to|by|who|that|which|whose|\w+ed)\b|\s*[(\u2014-]\s"
)
_NON_NOUNS = lexicon.words("non_nouns")
_TITLES = lexicon.words("titles") | lexicon.words("honorifics")
_ORG_WORDS = lexicon.words("org_words")
# A given name joined to another's full name, the surname shared: "Hillary and " before "Bill
# Clinton", with the word before it.
_GIVEN_NAME_AND = re.compile(r"(?:(\S+)\s+)?\b([A-Z][a-z]+)\s+and\s+$")


def _joint_surname(text: str, start: int) -> bool:
    """Whether the full name at `start` shares its surname with a given name joined to it
    ("Hillary and Bill Clinton", "The parents, Ahmed and Zorana Khan,"): a first name the lists
    hold, opening its phrase (not the end of a full name: "Ada Thomas and Jane Roe")."""
    joint = _GIVEN_NAME_AND.search(text, max(0, start - 60), start)
    if joint is None or not names.is_first_name(joint[2]):
        return False
    before = joint[1]
    return before is None or not before[:1].isupper() or before.endswith((".", ","))


_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or|but)$")
_PERSON_OF_PLACE = re.compile(
    rf"(?P<name>[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)+)\s+of\s+{NAME}"
)
_PARTY_TAG = re.compile(rf"\(?{PARTY_TAG}\)?")
# A name of two words at least that ends a source, after a lower-case role word (no preposition
# nor article): "undecided Republican voter Jane Doe of Derry"; not "a spokesman for
# Bernie Sanders", "a spokeswoman for the Justice Department", "an aide to the House Speaker".
_ROLE_THEN_NAME = re.compile(
    rf"(?<![\w-])(?!(?:for|of|at|with|to|from|by|on|in|about|against|the|a|an|its|his|her"
    rf"|their|this|that)\s)[a-z][\w-]+\s+"
    rf"(?P<name>{NAME})\s*$"
)
# A state or place abbreviation after a comma: "Derry, N.H.", "Peoria, Ill.", "Washington, DC".
_PLACE_ABBR = re.compile(r"\s*(?:(?:[A-Z]\.)+[A-Z]\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2})\s*$")
# A name the tagger's source runs on past, into a clause of its own: "Democrats to split
# the party", "Smith who led the fight", "Jones and tried to …".
_NAME_THEN_CLAUSE = re.compile(
    rf"(?P<name>{NAME})\s+(?:to\s+[a-z]+|who|which|that|and\s+[a-z]+ed)\b.*", re.DOTALL
)
_NAME_FIRST = re.compile(rf"(?!{ARTICLE}\s){NAME}")
# A role of a name's owner, a description: "BuzzFeed's editor in chief" (a name may follow it).
_OWNER_ROLE = re.compile(rf"{NAME}[\u2019']s\s+[a-z][\w\s-]*")
# A document of a name's owner, a few words before the document noun: "BuzzFeed's Thursday night
# report" (the tagger's source often stops inside it).
_OWNER_OF_DOCUMENT = re.compile(
    rf"(?P<name>{NAME})[\u2019']s\s+(?:(?!(?:a|an|the)\s)[\w-]+(?<!ed)\s+){{0,3}}?"
    rf"{attribute.DOCUMENTS}\b"
)
# Words that end a name a source runs on past: a time, an adverb, an auxiliary ("Obama last
# year", "NBC further notes", "Mr. Doe did not back down", "Trump himself"), a preposition
# before a lower-case word (`SOURCE_TAIL_PREPOSITION`: "Trump at the time").
_NAME_THEN_ADVERB = re.compile(
    rf"(?P<name>{NAME})\s+(?:{alternation(_SOURCE_TAIL_WORDS)}\b|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    rf"|{SOURCE_TAIL_PREPOSITION}).*",
    re.DOTALL,
)
_NAME_WHOLE = re.compile(rf"{NAME}(?:\s+of\s+{NAME})?")
_NAME_COMMA = re.compile(rf"(?P<name>{NAME}),\s*$")
_NAME_COMMA_LEADING = re.compile(rf"[.!?\n][\s\u201d\"]*(?P<name>{NAME}),\s*$")
_CALLED = re.compile(rf"(?:\s+of\s+\w+)?\s+(?:called|named)\s+(?P<name>{NAME})")
_LOWER_LEAD = re.compile(
    rf"(?:(?!(?:its|his|her|their|our|my|your|{alternation(lexicon.entries('prepositions'))})\b)"
    r"[a-z][\w-]*\s+){1,3}(?=[A-Z])"
)
_DOCUMENT_OWNER = re.compile(rf"(?P<name>{NAME})[\u2019']s\s+{attribute.DOCUMENTS}")
# A document opening a source, then its author set off by commas: "the statement on her health,
# from Dr. Ada Roe, an internist in …".
_DOCUMENT_FIRST = re.compile(
    rf"\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?{attribute.DOCUMENTS}"
    r"(?:\s+(?:on|about)\s+[^,]*)?\s*$"
)
_FROM_PART = re.compile(rf"\s*from\s+(?P<name>{NAME})\s*")


# A document of a described owner: "the special counsel's filing", "the company's statement";
# not "his lawyer's statement", "a spokesman's statement" (whose, the article says elsewhere).
_DESCRIBED_OWNER = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>(?!(?:his|her|its|their|our|my|your|a|an|this|that|these|those"
    r"|another|one|every|each|some|any|no)\b)"
    rf"[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})[\u2019']s\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{attribute.DOCUMENTS}"
)
# "last year's report", "this week's statement": a time owns no document.
_TIME_WORDS = {
    "year", "week", "month", "day", "today", "yesterday", "tomorrow", "night", "morning",
    "evening", "afternoon", "weekend", "decade", "century", "season", "quarter", "tonight",
    "hour", "session", "summer", "spring", "fall", "autumn", "winter",
}  # fmt: skip


# Things that cannot speak (a post, a website, an event), and the name owning one: "AcmeWorks'
# website", "Doe's Twitter post".
_UNSPEAKING = lexicon.words("unspeaking_nouns")
# A thing that cannot speak with its owner: "his website", "AcmeWorks' site".
_OWNED_THING = re.compile(
    rf"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|{NAME}(?:[\u2019']s|(?<=s)[\u2019']))\s+"
    rf"(?:\S+\s+){{0,4}}?(?:{alternation(_UNSPEAKING)})\b"
)
_POSSESSIVE_END = re.compile(r"[\u2019']s?$")
# How many sentences back an "it" looks for an owned thing (`_OWNED_THING`).
THING_REACH = 2
_THING_OWNER = re.compile(
    rf"(?P<name>{NAME})(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:[\w-]+\s+){{0,2}}?\w+"
)


def _described(written: str) -> bool:
    return written.split()[0].lower() in {"a", "an", "the", "another", "one"}


def _referent(
    actors: list[Actor],
    at: int,
    pronoun: str,
    text: str,
    *,
    sexed: bool = True,
    shown: dict[int, str] | None = None,
) -> Actor | None:
    """The actor a pronoun at `at` refers to: the one named last before it that it can stand
    for (he or she a person the article does not show to be of the other sex, `referents.
    genders`, unless not `sexed`; it an organisation or a country, they either), not where the
    name is a possessive ("Mr. Tribe's client"). `shown`: `referents.genders` of `actors`,
    where the caller has it already."""
    sex = _PRONOUN_SEX.get(pronoun) if sexed else None
    if not sex:
        shown = {}
    elif shown is None:
        shown = referents.genders(text, actors)
    fits = [
        (mention.start, actor)
        for actor in actors
        if pronoun in _GROUP_PRONOUNS or (actor.type == "person") == (pronoun in _PERSON_PRONOUNS)
        if shown.get(id(actor), sex) == sex
        for mention in actor.mentions
        if mention.end <= at and not POSSESSIVE_MARK.match(text, mention.end)
    ]
    return max(fits, key=lambda pair: pair[0])[1] if fits else None
