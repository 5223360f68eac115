"""The actors' positions on the article's topic: evidence sentences that show an actor acting or
speaking, a plain stance read there by the stance-word rules, else the model's stance question
with those sentences to choose from."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from . import detect, issues, lexicon, names, schemas, stance_rules
from .article_view import ArticleView
from .asking import Asker
from .errors import ExtractionError
from .patterns import (
    ACCORDING_TO,
    GROUP_ROLES,
    OPPOSE,
    POSSESSIVE_S,
    SAYING,
    SUPPORT,
    phrases,
    stance_agent,
)
from .patterns import LINK_TO_ANOTHER_STORY as _LINK_TO_ANOTHER_STORY
from .patterns import METADATA as _METADATA
from .types import Actor, Position, Quote, Rejected, Span, Statement

STANCE_MAX_TOKENS = 30
# The most stance questions asked of the model in one article (named actors first, then those
# quoted most): its cost. A stance the rules read costs nothing and is not counted. 6 until
# session 49; on the thirty tuning BASIL events (`python bench/stance_eval.py`, misses read) 6 /
# 7 / 8 / 9 / 12 ask 480 / 505 / 524 / 535 / 555 questions and find 197 / 201 / 203 / 207 / 208
# of 640 holders at a stance precision of 0.866 / 0.864 / 0.866 / 0.868 / 0.865: past 9 the
# questions find almost no one more.
MAX_POSITIONS = 9
EVIDENCE_CHOICES = 3  # sentences shown for one actor's stance
# The model's stance is kept only when its choice margin (the chosen stance's probability minus
# the runner-up's) reaches this. First chosen on the seeds and BASIL events 54, 58 and 65; on the
# twelve tuning events (bench/stance_acceptor.py) the readings it keeps are right 21 of 25 times
# (0.53 without a bar), each leave-one-event-out fold chooses it again as the lowest bar whose
# readings are right 0.8 of the time, and no other feature tried (the evidence's kind, topic
# words, stance words, the actor's kind, a logistic regression) keeps more right readings at the
# same precision on events it was not fitted on.
STANCE_MIN_MARGIN = 0.8
# A reading under that bar with at least this margin is shown after all where another source
# reads the same actor on the same issue alike: under the bar with such a margin, or in a
# position it shows (`merge.confirm_across`). Chosen in session 47 on the thirty tuning BASIL
# events (misses read; `python bench/stance_eval.py`): at 0.2 / 0.3 / 0.4 the readings confirmed
# are right 34 of 48 / 31 of 36 / 23 of 26 times; 0.3 is the lowest whose readings are right
# about as often as those over the bar (36 of 42).
CONFIRM_MARGIN = 0.3


# A document, a finding or a message speaks for its authors ("the letter urged", "said the
# report", "Recent polls show"): it is no holder of a position (`_only_a_document`).
_PAPERS = frozenset(
    {
        *lexicon.used_by("roles", "document"),
        *lexicon.words("paper_words"),
        *lexicon.words("unspeaking_nouns"),
    }
)

# Every actor's mentions, by the index of the sentence they are in.
_MentionsBySentence = dict[int, list[tuple[Actor, Span]]]


@dataclass
class _Said:
    """An actor's statements (reported speech, quoted or not) by sentence: the sentences they
    are in, the source as written there ("he", "the ministry": the actor's own mention in that
    sentence) and the contents not in quotation marks (a quote is read as a quote)."""

    sentences: set[int] = field(default_factory=set)
    sources: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    contents: dict[int, list[str]] = field(default_factory=dict)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # every content
    written: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # every source
    # The actors named with it as one source ("Senators Roe, Pike and Lee said …"), whose
    # statements these also are.
    joined: set[str] = field(default_factory=set)


_SaidBy = dict[str, _Said]


# How a holder's stance was decided (`Positions.outcomes`): a rule read it; the model's reading
# was kept, under the bar or "unclear"; the model was not asked (its evidence is only quotations,
# the topic is a contest or a harm, or MAX_POSITIONS was reached), or gave no valid answer.
Outcome = Literal[
    "rule", "model", "under bar", "unclear", "quotes only", "not asked", "cut", "gave up"
]


@dataclass
class Positions:
    """The positions read, and the questions given up on; for the benches that measure where
    positions are lost (`bench/stance_funnel.py`), each holder's outcome by actor name, and the
    model's readings under the bar, which the briefing never shows."""

    positions: list[Position] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    under_bar: dict[str, Position] = field(default_factory=dict)


def read_positions(
    view: ArticleView,
    actors: list[Actor],
    quotes: list[Quote],
    ask_topic: Callable[[], str],
    asker: Asker,
    *,
    statements: Sequence[Statement] = (),
) -> Positions:
    """One position per actor that the article shows speaking (a quote or a statement) or
    taking a side, each pointing at its evidence sentence, on the topic `ask_topic` gives:
    asked only when some actor can hold a position. A rule reads the stance where the text says
    it plainly; else the model is asked, for at most MAX_POSITIONS actors (those quoted most
    first), and its reading is kept only when it is sure (STANCE_MIN_MARGIN). On a topic that
    names a contest (`issues.contest`: "GOP leadership race") or a harm (`issues.harm`: "gun
    violence") the model is not asked."""
    found = find_holders(view, actors, quotes, statements)
    here, said, holders = found.here, found.said, found.holders
    read = Positions()
    if not holders:
        return read  # nothing to hold a position: the topic would not be used
    try:
        topic = ask_topic()
    except ExtractionError as exc:
        read.rejected.append(asker.gave_up("position", "(topic)", exc))
        return read
    asked_for = 0
    # A side in a race is a side on its candidates, which the rules read where the text says
    # it ("endorsed Labrador"); the model's "supports the race" says nothing: not asked.
    race = issues.contest(topic)
    # Nor on a harm ("gun violence"): everyone is against it, so the model's reading of a side
    # on it says nothing of the actor's side on what is done against it (`issues.harm`).
    harm = issues.harm(topic)
    on_issue = _on_issue_among(topic, actors)
    # The model's reading of each actor asked, by the evidence it was shown: an actor named
    # with it as one source ("Senators Roe and Lee said …") shown the same sentences has it too.
    asked_of: dict[str, tuple[list[int], Position | None, Rejected | None]] = {}
    outcomes = read.outcomes
    for actor, ranked in holders:
        if _is_the_topic(actor, topic):
            _not_asked(read, actor, f"not read: the topic, {topic!r}, names only this actor, "
                       "and no one takes a side on oneself")  # fmt: skip
            continue
        by_rule = _rule_position(actor, here, ranked, quotes, topic, on_issue, said)
        if by_rule is not None:
            read.positions.append(by_rule)
            outcomes[actor.name] = "rule"
            continue
        offered = found.shown(actor, ranked)
        if not offered:
            # its quotations alone, which the rules read: nothing to show the model
            outcomes[actor.name] = "quotes only"
            continue
        shown = sorted(s.index for s in offered[:EVIDENCE_CHOICES])
        joined = said[actor.name].joined if actor.name in said else set()
        if name := next(
            (name for name in sorted(joined) if asked_of.get(name, ([],))[0] == shown), None
        ):
            _, position, rejected = asked_of[name]
            if position is not None:
                read.positions.append(position.model_copy(update={"actor": actor.name}))
            if rejected is not None:
                read.rejected.append(rejected.model_copy(update={"value": actor.name}))
            if name in read.under_bar:
                read.under_bar[actor.name] = read.under_bar[name].model_copy(
                    update={"actor": actor.name}
                )
            outcomes[actor.name] = outcomes[name]
            continue
        if asked_for >= MAX_POSITIONS:
            outcomes[actor.name] = "cut"
            continue
        asked_for += 1
        if race or harm:
            what = "is a contest" if race else "names a harm no one sides with"
            _not_asked(read, actor, f"not asked: the topic, {topic!r}, {what}, not a question "
                       "to be for or against; no rule read a side in it")  # fmt: skip
            continue
        try:
            asked = _ask_stance(view, actor, offered, topic, asker)
        except ExtractionError as exc:
            read.rejected.append(asker.gave_up("position", actor.name, exc))
            outcomes[actor.name] = "gave up"
            continue
        rejected = None
        if (
            asked is not None
            and asked.stance == "supports"
            and stance_rules.on_target(on_issue, actor.name.split()[-1])  # by the surname
        ):
            # "Obama supports Trump's call for Obama's resignation": no one backs a move against
            # themselves; the model read their own words on something else.
            rejected = Rejected(
                kind="position",
                value=actor.name,
                reason=f"unclear: the model read 'supports' for the one the topic, {topic!r}, "
                "is a move against",
            )
            asked = None
        outcomes[actor.name] = "unclear" if asked is None else "model"
        if (
            asked is not None
            and asked.confidence is not None
            and (asked.confidence < STANCE_MIN_MARGIN)
        ):
            read.under_bar[actor.name] = asked
            outcomes[actor.name] = "under bar"
            rejected = Rejected(
                kind="position",
                value=actor.name,
                reason=f"unclear: the model read {asked.stance!r} with a margin of "
                f"{asked.confidence:.2f}, under the bar of {STANCE_MIN_MARGIN}",
            )
            asked = None
        asked_of[actor.name] = (shown, asked, rejected)
        if rejected is not None:
            read.rejected.append(rejected)
        if asked is not None:
            read.positions.append(asked)
    _spoken_for(read, actors, view)
    return read


# A role whose words are its organisation's (roles.tsv `voice_of`): its spokesman, press
# secretary, chief executive, editor in chief or executive director.
_SPEAKING_ROLE = rf"(?i:{phrases(lexicon.used_by('roles', 'voice_of'))})"
# Such a role with a word before it ("chief executive", "longtime spokeswoman").
_ROLE = rf"(?:[a-z-]+\s+)?{_SPEAKING_ROLE}"
# Such a role opening a sentence, bare or after "its", "the company's" or "the" ("CEO Ada Roe",
# "Its spokeswoman, Ada Roe,"): the role's own words in any case, a word before it only in
# lower case ("Zenbo CEO Ada Roe" is another's chief).
_ROLE_OPENING = rf"(?:(?:[Ii]ts|[Tt]he\s+company[\u2019']s|[Tt]he)\s+)?{_ROLE},?\s+"


def _spoken_for(read: Positions, actors: list[Actor], view: ArticleView) -> None:
    """An organisation that holds no position takes the side a rule reads for its spokesman or
    chief where the evidence names the person by that role of it ("BuzzFeed's editor in chief,
    Ben Smith, tweeted that “we stand by our reporting”", "Acme spokeswoman Ada Roe", "Ada Roe,
    a spokeswoman for Acme"), or opens with the person under the bare role right after a
    sentence that names the organisation and no other ("… faced pressure from Acme. CEO Ada Roe
    called on the governor to veto the bill"): their words are the organisation's."""
    held = {p.actor for p in read.positions}
    bodies = [a for a in actors if a.type == "organization"]
    organisations = [a for a in bodies if a.name not in held]
    people = {a.name: a for a in actors if a.type == "person"}
    for position in [p for p in read.positions if p.attribution == "rule"]:
        person = people.get(position.actor)
        if person is None:
            continue
        before = _named_before(view, position.evidence, person, bodies)
        for organisation in organisations:
            if organisation.name not in held and (
                _speaks_for(position.evidence.text, person, organisation) or organisation is before
            ):
                read.positions.append(position.model_copy(update={"actor": organisation.name}))
                read.outcomes[organisation.name] = "rule"
                held.add(organisation.name)


def _speaks_for(text: str, person: Actor, organisation: Actor) -> bool:
    """Whether `text` names the person by a speaking role of the organisation."""
    for o in _forms(organisation):
        for p in _forms(person):
            org, who = re.escape(o), re.escape(p)
            if re.search(
                rf"(?<![\w-]){org}(?:[\u2019']s)?\s+{_ROLE},?\s+{who}(?![\w-])"
                rf"|(?<![\w-]){who},\s+(?:an?\s+|the\s+)?{org}(?:[\u2019']s)?\s+{_ROLE}\b"
                rf"|(?<![\w-]){who},\s+(?:an?\s+|the\s+)?{_ROLE}\s+(?:for|of|at)\s+(?:the\s+)?"
                rf"{org}(?![\w-])",
                text,
            ):
                return True
    return False


def _named_before(
    view: ArticleView, evidence: Span, person: Actor, bodies: list[Actor]
) -> Actor | None:
    """The one organisation the sentence before names, where the evidence sentence opens with
    the person under a bare speaking role ("CEO Ada Roe called …", "Its spokeswoman, Ada Roe,
    said"); None otherwise."""
    sentence = view.sentence_of(evidence.start)
    if sentence is None or sentence.index < 2:
        return None
    opening = re.compile(rf"{_ROLE_OPENING}(?:{'|'.join(map(re.escape, _forms(person)))})(?![\w-])")
    if not opening.match(sentence.text):
        return None
    previous = view.sentences[sentence.index - 2]
    named = [
        body
        for body in bodies
        if any(previous.start <= m.start < previous.end for m in body.mentions)
    ]
    return named[0] if len(named) == 1 else None


def _forms(actor: Actor) -> set[str]:
    return {actor.name, *actor.aliases, *(m.text for m in actor.mentions)}


@dataclass
class Holders:
    """The actors that can hold a position, each with its evidence sentences (best first), and
    what the rules read them with: every actor's mentions and statements by sentence."""

    holders: list[tuple[Actor, list[detect.Sentence]]]
    here: _MentionsBySentence
    said: _SaidBy

    def shown(self, actor: Actor, ranked: list[detect.Sentence]) -> list[detect.Sentence]:
        """The evidence the model is shown: the sentences that name the actor or report its
        words. Not one that holds only its quotation ("“We oppose it.” [newline] Roe said so
        on Monday."): the rules read it as its words, but the model, shown a quotation
        without its speaker, reads it as the article's."""
        own = self.said.get(actor.name)
        return [
            s
            for s in ranked
            if (own is not None and s.index in own.sentences) or _names(self.here, actor, s.index)
        ]


def find_holders(
    view: ArticleView,
    actors: list[Actor],
    quotes: list[Quote],
    statements: Sequence[Statement],
) -> Holders:
    here = _mentions_by_sentence(view, actors)
    said = _said_by(view, statements, here, quotes)
    _signed(view, here, quotes, statements, said)
    return Holders(_holders(view, actors, quotes, here, said), here, said)


# A sentence naming who signed or issued the document the sentences before it quote or report:
# "The statement came from Sen. Ada Roe and former Sens. Bo Lind and Cy Dunn", "Its signatories
# include Chairman Ed Park (D-N.Y.) and …", "The letter was signed by …".
_SIGNED = re.compile(
    r"(?:(?:The|That|This|Its|Their)\s+(?:joint\s+)?(?:statement|letter|petition|declaration)"
    r"\s+(?:(?:came|comes)\s+from|(?:was|is)\s+(?:signed|issued|sent|written)\s+by)"
    r"|(?:Its|Their|The\s+(?:statement|letter|petition)[\u2019']s)\s+"
    r"(?:signatories|signers|co-?signers|authors)\s+(?:include|included|are|were))\s"
)
_SIGNED_REACH = 3  # sentences back that may hold the document's words
# Where the list of signatories ends: a line break, or a full stop before a new clause ("… and
# Jim Talent. Romney released …"; not "Sen. Roy Blunt", nor "(D-N.Y.) and").
_SIGNED_END = re.compile(r"\n|\s{2,}|[.;!?][\"\u201d]?\s+(?=[A-Z][a-z]+\s+[a-z])")


def _signed(
    view: ArticleView,
    here: _MentionsBySentence,
    quotes: Sequence[Quote],
    statements: Sequence[Statement],
    said: _SaidBy,
) -> None:
    """The signatories a sentence names (`_SIGNED`) say what their document says: the
    quotations and statements in the sentences right before it (up to `_SIGNED_REACH`, while
    each holds some, none given to a person named there) are theirs too, and each is joined
    with the others (one question of the model for all, where they are shown the same)."""
    signing = [
        (sentence, found)
        for sentence in view.sentences
        if (found := _SIGNED.match(sentence.text)) is not None
    ]
    if not signing:
        return  # most articles: nothing more to read
    words: dict[int, set[str | None]] = {}
    for q in quotes:
        if (sentence := view.sentence_of(q.start)) is not None:
            words.setdefault(sentence.index, set()).add(q.speaker)
    for statement in statements:
        for span in statement.cue:
            if (sentence := view.sentence_of(span.start)) is not None:
                words.setdefault(sentence.index, set()).add(statement.speaker)
    people = {a.name for mentions in here.values() for a, _ in mentions if a.type == "person"}
    for sentence, found in signing:
        start = sentence.start + found.end()
        end = _SIGNED_END.search(sentence.text, found.end())
        stop = sentence.start + end.start() if end else sentence.end
        signers = list(
            dict.fromkeys(
                a.name
                for a, m in here.get(sentence.index, [])
                if start <= m.start < stop and a.kind == "named"
            )
        )
        document = []
        for index in range(sentence.index - 1, sentence.index - 1 - _SIGNED_REACH, -1):
            speakers = words.get(index)
            if not speakers or speakers & people:
                break
            document.append(index)
        if not signers or not document:
            continue
        for name in signers:
            entry = said.setdefault(name, _Said())
            entry.sentences.update([*document, sentence.index])
            entry.joined.update(other for other in signers if other != name)


def _said_by(
    view: ArticleView,
    statements: Sequence[Statement],
    here: _MentionsBySentence,
    quotes: Sequence[Quote],
) -> _SaidBy:
    """Each speaker's statements by sentence; a statement whose source names several actors
    joined by "and" ("Senators Roe, Pike and Lee said …", resolved to one of them) is each
    one's. A source that only relays a quotation a rule gives another speaker ("“…,” Roe told
    reporters, according to the Daily Post") holds no statement there."""
    said: _SaidBy = {}
    for statement in statements:
        if statement.speaker is None or (
            statement.resolved_by == "pronoun" and not _relative_after_name(view, statement, here)
        ):
            # A pronoun's referent is a guess (right about 0.6 of the time on PolNeAR train):
            # read as the actor's own words, a wrong one gives it another's side.
            continue
        speakers = [statement.speaker, *_joined_sources(view, statement, here)]
        if _relayed(statement, quotes, speakers):
            continue
        for speaker in speakers:
            entry = said.setdefault(speaker, _Said())
            entry.joined.update(s for s in speakers if s != speaker)
            _add(view, statement, entry)
    return said


def _relative_after_name(
    view: ArticleView, statement: Statement, here: _MentionsBySentence
) -> bool:
    """Whether a statement's source is a relative pronoun right after a mention of its speaker
    ("Senator Ada Roe, who argued that …"): the name it follows, no guess."""
    if len(statement.source) != 1 or statement.source[0].text.casefold() not in {"who", "which"}:
        return False
    at = statement.source[0].start
    sentence = view.sentence_of(at)
    return sentence is not None and any(
        actor.name == statement.speaker and view.text[m.end : at] in {" ", ", "}
        for actor, m in here.get(sentence.index, [])
    )


def _relayed(statement: Statement, quotes: Sequence[Quote], speakers: list[str]) -> bool:
    """Whether a statement is "according to" its source and its content a quotation a rule
    attributes to someone other than that source and the names joined with it: the source
    reports another's words ("“…,” Roe told reporters, according to the Daily Post"). Not
    another cue: "Cruz accuses Trump of “leading from behind”" is Cruz's act, and a source may
    be the speaker under another name ("the statement", "the president")."""
    if not (statement.quote and any(ACCORDING_TO.match(c.text) for c in statement.cue)):
        return False
    return any(
        q.attribution == "rule"
        and q.speaker is not None
        and q.speaker not in speakers
        and any(span.start < q.end and q.start < span.end for span in statement.content)
        for q in quotes
    )


def _joined_sources(
    view: ArticleView, statement: Statement, here: _MentionsBySentence
) -> list[str]:
    """The other actors a statement's source names, joined by "and" with its speaker's name
    there: "Roe" and "Lee" of "Senators Pike, Roe and Lee said …" resolved to Pike. Only names
    inside the source as written count ("Obama met Putin, and Xi said" is Xi's alone)."""
    if statement.resolved_by != "name":
        return []
    joined: list[str] = []
    for span in statement.source:
        sentence = view.sentence_of(span.start)
        if sentence is None:
            continue
        inside = [
            (a, m) for a, m in here.get(sentence.index, []) if span.start <= m.start < span.end
        ]
        own = [m for a, m in inside if a.name == statement.speaker]
        others = [(m.start, m.end) for a, m in inside if a.name != statement.speaker]
        for m in own:
            names = stance_rules.joined_names(sentence.text, sentence.start, m.start, m.end, others)
            joined += [
                a.name
                for a, o in inside
                if (o.start, o.end) in names and a.name != statement.speaker
                and a.name not in joined
            ]  # fmt: skip
    return joined


def _add(view: ArticleView, statement: Statement, entry: _Said) -> None:
    """A statement's sentences, sources and contents, into its speaker's entry."""
    for span in (*statement.cue, *statement.content):
        for offset in (span.start, span.end - 1):
            if (sentence := view.sentence_of(offset)) is not None:
                entry.sentences.add(sentence.index)
    for span in statement.source:
        if (sentence := view.sentence_of(span.start)) is not None:
            entry.written.setdefault(sentence.index, []).append((span.start, span.end))
    # A source written as a name is a mention of the actor already; a description ("the
    # ministry", "a spokesman") is its mention here.
    for span in statement.source if statement.resolved_by != "name" else ():
        if (sentence := view.sentence_of(span.start)) is not None:
            entry.sources.setdefault(sentence.index, []).append((span.start, span.end))
    for span in statement.content:
        if (sentence := view.sentence_of(span.start)) is not None:
            entry.spans.setdefault(sentence.index, []).append((span.start, span.end))
            if not statement.quote and (
                statement.kind == "indirect" or stance_rules.few_words_quoted(span.text)
            ):
                entry.contents.setdefault(sentence.index, []).append(span.text)


def _names(here: _MentionsBySentence, actor: Actor, index: int) -> bool:
    """Whether the sentence at `index` names the actor."""
    return any(a is actor for a, _ in here.get(index, ()))


def _mentions_by_sentence(view: ArticleView, actors: list[Actor]) -> _MentionsBySentence:
    """Found once: a long article has thousands of sentences and mentions."""
    here: _MentionsBySentence = {}
    for a in actors:
        for m in a.mentions:
            if (sentence := view.sentence_of(m.start)) is not None:
                here.setdefault(sentence.index, []).append((a, m))
    return here


def _holders(
    view: ArticleView,
    actors: list[Actor],
    quotes: list[Quote],
    here: _MentionsBySentence,
    said: _SaidBy,
) -> list[tuple[Actor, list[detect.Sentence]]]:
    """The actors that can hold a position, each with its best evidence sentences, those
    quoted or reported speaking most first."""
    placed = [
        (q, sentence.index) for q in quotes if (sentence := view.sentence_of(q.start)) is not None
    ]
    # Its quotations are evidence wherever its name is (“I oppose it.” a paragraph after "she
    # said"), but not one whose speaker the model picked: without the name in the sentence, a
    # guess on a guess.
    quoted_in = {(q.speaker, index) for q, index in placed if q.attribution != "model"}
    spoken = {(q.speaker, index) for q, index in placed}
    spoken |= {(name, index) for name, entry in said.items() for index in entry.sentences}
    holders = []
    for actor in actors:
        if names.is_outlet(actor.name, actor.type):
            continue  # news outlets that report the story take no position in it
        if _only_a_document(actor.name):
            continue  # "the letter urged": its authors' side, not a holder of its own
        ranked = _evidence(view, actor, quotes, here, spoken, quoted_in, said.get(actor.name))
        if ranked:
            holders.append((actor, ranked))
    quoted = Counter(q.speaker for q in quotes)
    reported = Counter({name: len(entry.sentences) for name, entry in said.items()})
    holders.sort(
        key=lambda h: (
            h[0].kind == "described",  # the actors the article names first, then described ones
            -quoted[h[0].name],
            -reported[h[0].name],
            -len(h[0].mentions),
            h[0].name,
        )
    )
    return holders


def _evidence(
    view: ArticleView,
    actor: Actor,
    quotes: list[Quote],
    here: _MentionsBySentence,
    spoken: set[tuple[str, int]],
    quoted_in: set[tuple[str, int]],
    said: _Said | None = None,
) -> list[detect.Sentence]:
    """The actor's evidence sentences, best first (most stance words, its own words); none when
    no sentence shows it speaking or taking a side. The rules read them all, the model is shown
    the first EVIDENCE_CHOICES."""
    reported = said.sentences if said else set()
    # Only sentences that show the actor itself acting or speaking ("Japan has clarified …",
    # "he told reporters …"), never one that merely names it ("an office in Japan"), can be
    # evidence.
    mentioned_in = [
        s
        for s in view.sentences
        if (
            s.index in reported
            or (actor.name, s.index) in quoted_in  # its quotation, named or not (`_holders`)
            or (_names(here, actor, s.index) and _shows_acting(actor, here, s, quotes))
        )
        and not _LINK_TO_ANOTHER_STORY.match(s.text)
        and not _METADATA.match(s.text)
    ]
    scored = [
        (
            stance_rules.stance_cues(
                s,
                [
                    # all its mentions there: an agent comes late ("after it passed in
                    # the Senate"); `stance_cues` tells the early ones
                    *(m for a, m in here.get(s.index, ()) if a is actor),
                    *[Span(start=a, end=b, text="") for a, b in _sources(said, s)],
                ],
            )
            + 2 * ((actor.name, s.index) in spoken),
            s,
        )
        for s in mentioned_in
    ]
    # Only a sentence with a word of stance or the actor's own words (a quotation, a reported
    # statement) can show its side: one that merely has it act ("Malia Obama wore a dress") is
    # never offered as evidence.
    shows_side = [pair for pair in scored if pair[0] >= 2]
    best = sorted(shows_side, key=lambda pair: (-pair[0], pair[1].index))
    return [s for _, s in best]


def _only_a_document(name: str) -> bool:
    """Whether an actor's name describes a paper, a finding or a message: its last word, in
    lowercase, such a noun or its plural ("letter", "the report", "joint statement", "Recent
    polls", "slides", "a voice mail message", "Georgetown University letter", whose side is the
    university's); a body named for one is capitalised ("Harvard Law Review") and may hold a
    side."""
    words = name.split()
    if not words or words[-1][:1].isupper():
        return False
    last = words[-1].casefold()
    return last in _PAPERS or (last.endswith("s") and last[:-1] in _PAPERS)


def _sources(said: _Said | None, sentence: detect.Sentence) -> list[tuple[int, int]]:
    """Where the actor's statements name it as their source in `sentence` ("he", "the
    ministry")."""
    return list(said.sources.get(sentence.index, [])) if said else []


def _in_sentence(
    actor: Actor,
    here: _MentionsBySentence,
    sentence: detect.Sentence,
    quotes: list[Quote],
    said: _Said | None = None,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[str]]:
    """In one sentence: the actor's mentions (with the sources of its statements there: "he
    told reporters …"), the other actors' mentions, and the quotations and reported contents
    the actor speaks."""
    mentions = here.get(sentence.index, [])
    own = [(m.start, m.end) for a, m in mentions if a is actor]
    own += [span for span in _sources(said, sentence) if span not in own]
    # Not a span running on past another it holds into a verb of saying: a source written
    # with its verb ("The writers acknowledge") must not hide that verb from the rules.
    base = sentence.start
    own = sorted(
        m
        for m in own
        if not any(
            m[0] <= o[0] and o[1] < m[1] and SAYING.search(sentence.text[o[1] - base : m[1] - base])
            for o in own
        )
    )
    # A name inside the actor's own mention or its source as written ("Presumptive GOP
    # presidential nominee Mitt Romney") describes it: no other actor leading the clause. Not
    # a name joined with it as one source ("Roe, Pike and Lee opposed …"): a subject with it,
    # which the rules join into one.
    around = own + (said.written.get(sentence.index, []) if said else [])
    joined = said.joined if said else set()
    others = [
        (m.start, m.end)
        for a, m in mentions
        if a is not actor
        and (a.name in joined or not any(s <= m.start and m.end <= e for s, e in around))
    ]
    inside = range(sentence.start, sentence.end)
    spoken = [q.text for q in quotes if q.speaker == actor.name and q.start in inside]
    return own, others, spoken


def _shows_acting(
    actor: Actor, here: _MentionsBySentence, sentence: detect.Sentence, quotes: list[Quote]
) -> bool:
    own, others, spoken = _in_sentence(actor, here, sentence, quotes)
    return bool(
        spoken
        or stance_rules.leading(sentence, own, others)
        or stance_rules.measure_agent(sentence, own)  # "a bill sponsored by X"
        or stance_rules.owns_wish(sentence, own)  # "X's push to repeal the levy"
        or any(stance_rules.apposed(sentence, end) for _, end in own)  # "X, a critic of …"
        # "the plan was condemned by X", "drew criticism from X"
        or any(stance_agent(sentence.text, s - sentence.start, e - sentence.start) for s, e in own)
    )


def _rule_position(
    actor: Actor,
    here: _MentionsBySentence,
    sentences: list[detect.Sentence],
    quotes: list[Quote],
    topic: str,
    on_issue: stance_rules.OnIssue | None,
    said: _SaidBy | None = None,
) -> Position | None:
    """A position read by the stance-word rules from the best sentence that shows one, a side
    before a refusal to comment (neutral) wherever they stand. A mention inside someone else's
    quotation is that speaker's view of the actor ("Although Rep. Roe has said sorry, I think
    …"), not the actor acting: no rule reads it. On a topic that is a race (`issues.contest`),
    only a sentence that can show a side in it is read (`_on_the_race`). `on_issue`: whether
    words name the topic (`_on_issue_among`)."""
    said = said or {}
    own_said = said.get(actor.name)
    pronoun = _pronoun(actor)
    race = issues.contest(topic)
    declined: Position | None = None
    for sentence in sentences:
        own, others, spoken = _in_sentence(actor, here, sentence, quotes, own_said)
        if race and not _on_the_race(sentence, others):
            # A side in a race is one on a candidate or on running: "is sharply critical of
            # Obama's foreign policy", "supports a path to legal status" are none.
            continue
        theirs = [
            (q.start, q.end)
            for q in quotes
            if q.speaker != actor.name and sentence.start <= q.start < sentence.end
        ]
        reported = own_said.contents.get(sentence.index, []) if own_said else []
        own = [m for m in own if not any(start <= m[0] < end for start, end in theirs)]
        # What another speaker is reported to say there is read as its words, not as the
        # actor's act.
        # Not where the statement's source holds the actor or the names joined with it as one
        # subject ("Representatives Roe of Ohio and Pike of Texas urged …", "companies like
        # Acme, Orbis and Fenwick all wrote …", resolved to one of them): its words too.
        joint = [*own, *stance_rules.leading(sentence, own, others)]
        contents = [
            span
            for name, entry in said.items()
            if name != actor.name
            and not any(
                s < m[1] and m[0] < e
                for s, e in entry.written.get(sentence.index, [])
                for m in joint
            )
            for span in entry.spans.get(sentence.index, [])
        ]
        # Where the actor is named inside them and does not speak there itself, its own stance
        # words still count ("An official stated that France is not supportive"), but not a
        # judgment, which is the speaker's ("Roe said that Democrats had made a costly
        # error").
        speaks = own_said is not None and sentence.index in own_said.sentences
        judged = not speaks and any(start <= m[0] < end for m in own for start, end in contents)
        reading = stance_rules.rule_reading(
            sentence,
            own,
            others,
            spoken,
            reported,
            contents,
            judgments=not judged,
            on_issue=on_issue,
            sex=pronoun,
        )
        if reading is None:
            continue
        shown_on = topic
        if race:
            # A side in a race is a side on one candidate: named, else it says nothing.
            shown_on = _race_issue(actor, here, sentence, others) or ""
            if not shown_on:
                continue
        if (
            reading.stance == "supports"
            and on_issue is not None
            and stance_rules.on_harm(on_issue)
            and not on_issue(sentence.text)
        ):
            # No one backs a harm: support on "financial corruption" is support of an effort
            # against it, which the sentence must name ("supported the presidential campaign
            # of Jackson's father" is none).
            continue
        position = Position(
            actor=actor.name,
            topic=shown_on,
            stance=reading.stance,  # type: ignore[arg-type]  # one of the rule stances
            evidence=_span(sentence),
            attribution="rule",
        )
        if position.stance != "neutral":
            return position
        # "declined to comment" once: a side shown in another sentence says more.
        declined = declined or position
    return declined


# Words of running in a race, or of quitting it: "his bid for Senate", "refusal to step down",
# "endorsed", "votes for".
_RACE_WORDS = re.compile(
    r"\b(?:races?|bids?|candida\w+|campaign\w*|run|runs|running|ran|step(?:s|ped|ping)?\s+"
    r"(?:down|aside)|withdr[ae]w\w*|drop(?:s|ped|ping)?\s+out|quit\w*|seats?|nominat\w+|"
    r"elect\w*|vot(?:e|es|ed|ing|ers?)|endors\w+|ballots?|primar(?:y|ies)|caucus\w*)\b",
    re.IGNORECASE,
)


def _on_the_race(sentence: detect.Sentence, others: list[tuple[int, int]]) -> bool:
    """Whether a sentence can show a side in a race: it names running or quitting, or another
    actor as the object of a word of support or opposition, not as an owner ("endorsed
    Labrador", "backs the governor", not "critical of Obama's foreign policy", nor "opposed to
    the budget talks between the speaker and Obama")."""
    text, base = sentence.text, sentence.start
    if _RACE_WORDS.search(text):
        return True
    return any(
        not POSSESSIVE_S.match(text, end - base) and _STANCE_ON_NEXT.search(text, 0, start - base)
        for start, end in others
    )


# Words of quitting a race: "step aside", "drop out", "give up his bid", "withdraw".
_QUITTING = re.compile(
    r"\b(?:step(?:s|ped|ping)?\s+(?:down|aside)|withdr[ae]w\w*|drop(?:s|ped|ping)?\s+out|"
    r"quit(?:s|ting)?\b|give\s+up\s+(?:his|her|their)\s+(?:bid|candidacy|campaign|race)|"
    r"(?:exit|leave|leaving|exiting)\s+the\s+(?:\w+\s+){0,3}race)",
    re.IGNORECASE,
)
# A candidate's running, owned by its name right before: "[Lind]'s bid", "[Lind]'s campaign".
_RUNNING_OWNED = re.compile(
    r"[\u2019']s\s+(?:[\w-]+\s+){0,2}?(?:bid|campaign|candidacy|run)\b", re.IGNORECASE
)


def _race_issue(
    actor: Actor,
    here: _MentionsBySentence,
    sentence: detect.Sentence,
    others: list[tuple[int, int]],
) -> str | None:
    """The one candidate a side in a race is on, as the issue it names: a person's quitting
    where the sentence speaks of it, the nearest person named before those words, else the
    actor itself ("calling on Rep. Roe to give up his bid": "Otto Roe's withdrawal"; "Roe
    rebuffed calls to step aside": Roe's own); else a candidacy, of another actor the side is
    taken on ("endorsed Lind", "support for Mr. Lind") or whose run is named ("attacked Lind's
    campaign"): "Ada Lind's candidacy", or of a person named only there ("had endorsed Gov. Ed
    Pike": "Ed Pike's candidacy"); else one described after a word of support or
    opposition ("supports the bid of her deputy": "the candidacy of her deputy"). None when no
    candidate is named or described: "Tea Party activists provided the votes" says nothing of
    whom they backed."""
    text, base = sentence.text, sentence.start
    named = [(a, m) for a, m in here.get(sentence.index, []) if (m.start, m.end) in others]
    if quitting := _QUITTING.search(text):
        before = [
            a for a, m in sorted(named, key=lambda x: x[1].start)
            if a.type == "person" and m.end - base <= quitting.start()
        ]  # fmt: skip
        if before:
            return f"{before[-1].name}\u2019s withdrawal"
        return f"{actor.name}\u2019s withdrawal" if actor.type == "person" else None
    for other, mention in named:
        start, end = mention.start - base, mention.end - base
        if other.type == "person" and (
            _RUNNING_OWNED.match(text, end)
            or (not POSSESSIVE_S.match(text, end) and _BACKED_NEXT.search(text, 0, start))
        ):
            return f"{other.name}\u2019s candidacy"
    for backed in _NAMED_NEXT.finditer(text):
        words = backed["who"].split()
        if words[-1].endswith(".") and words[-1] not in ("Jr.", "Sr.") and len(words[-1]) > 2:
            words[-1] = words[-1][:-1]  # the sentence's full stop
        while len(words) > 2 and words[0].rstrip(".").lower() in _TITLES_BARE:
            words = words[1:]  # "endorsed Gov. Ed Pike": Ed Pike
        titled = len(words) < len(backed["who"].split())
        if (
            len(words) in (2, 3)
            and (titled or names.is_first_name(words[0]))
            and not POSSESSIVE_S.search(words[-1])
            and " ".join(words) != actor.name
        ):
            return f"{' '.join(words)}\u2019s candidacy"
    if described := _DESCRIBED_CANDIDATE.search(text):
        return f"the candidacy of {described['who']}"
    return None


# A word of support or opposition, and one with the preposition that may follow it ("critical
# of", "support for").
_SIDE_WORD = rf"(?:{OPPOSE.pattern}|{SUPPORT.pattern})"
_SIDE_ON = rf"{_SIDE_WORD}\s+(?:(?:of|to|for|against|with|on)\s+)?"
# A word of support or opposition before a name, with at most five words of no clause's end
# between: "endorsed Republican mayoral candidate [Lind]", "backs former Governor [Lind]".
_BACKED_NEXT = re.compile(rf"{_SIDE_WORD}\s+(?:[\w.\u2019'-]+\s+){{0,5}}$", re.IGNORECASE)
# A person named after a word of support or opposition, whom the article need not show acting
# ("had endorsed Ed Pike"), titles and all: at most three words of description between.
_NAMED_NEXT = re.compile(
    _SIDE_ON + r"(?:(?:the|a|an|[a-z-]+)\s+){0,3}?"
    r"(?P<who>(?-i:[A-Z])[\w.\u2019'-]*(?:\s+(?-i:[A-Z])[\w.\u2019'-]*){1,4})",
    re.IGNORECASE,
)
# Titles and titles of courtesy without their full stops ("sen", "mr"), as the lexicon writes
# them in lower case.
_TITLES_BARE = frozenset(word.rstrip(".") for word in issues.TITLES)
# A candidate the sentence describes rather than names, backed or opposed: "supports the bid of
# her deputy", "endorsed the former senator" (a title's word ends the description).
_DESCRIBED_CANDIDATE = re.compile(
    _SIDE_ON + r"(?:the\s+(?:bid|campaign|candidacy|run)\s+of\s+)?"
    r"(?P<who>(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{'|'.join(sorted(w.rstrip('.') for w in lexicon.words('titles') if w.islower()))}))\b",
    re.IGNORECASE,
)


# A word of support or opposition right before a name, with at most a preposition, an article
# and a few capitalised words (a title) between: "backs Gov. [Lind]", "critical of [Lind]".
_STANCE_ON_NEXT = re.compile(
    _SIDE_ON + r"(?:(?:the|a|an|(?-i:[A-Z])[\w.\u2019'-]*)\s+){0,3}$",
    re.IGNORECASE,
)


def _pronoun(actor: Actor) -> str | None:
    """The pronoun an actor is: "he" or "she" for a person whose first name or honorific says
    it (`names.person_sex`), "they" for a group its kind names ("critics", "House Democrats":
    `_GROUP_WORDS`), "it" for another organisation or a country, else None."""
    if actor.type != "person":
        words = actor.name.split()
        return "they" if words and words[-1].casefold() in _GROUP_WORDS else "it"
    return names.sex_pronoun(names.person_sex(actor.name, [m.text for m in actor.mentions]))


# The last words of a group's name: the plural of a role (`patterns.GROUP_ROLES`), of a party's
# members.
_GROUP_WORDS = GROUP_ROLES | {"democrats", "republicans", "conservatives", "liberals"}
# Words a topic may set before a name: titles, states ("Texas Sen. Ted Cruz").
_TITLE_WORDS = _TITLES_BARE | frozenset(word.rstrip(".") for word in lexicon.words("us_states"))


def _not_asked(read: Positions, actor: Actor, reason: str) -> None:
    """An actor the model is not asked about, listed with the reason."""
    read.outcomes[actor.name] = "not asked"
    read.rejected.append(Rejected(kind="position", value=actor.name, reason=reason))


def _is_the_topic(actor: Actor, topic: str) -> bool:
    """Whether the topic's words, without titles, are those of one of the actor's forms or a
    person's surname ("Donald Trump" or "Trump" for Donald Trump, "Texas Sen. Ted Cruz" for Ted
    Cruz): a side on it would be the actor's side on itself (session 57: "Trump decried an
    increase in homicides" read as opposing "Donald Trump"). A topic with other words ("Trump's
    campaign") is not, nor one that is a part of the actor's name ("Social Security" for the
    coalition Strengthen Social Security)."""
    stems = frozenset(
        stem
        for word in topic.split()
        if word.strip(".,").casefold() not in _TITLE_WORDS
        for stem in issues.topic_stems(word)
    )
    forms = _forms(actor) | ({actor.name.split()[-1]} if actor.type == "person" else set())
    return bool(stems) and any(stems == issues.topic_stems(form) for form in forms)


def _on_issue_among(topic: str, actors: list[Actor]) -> stance_rules.OnIssue | None:
    """`_on_issue` for an article with these actors: the stems of every form of each actor
    (`issues.TopicWords.actors`), and of each whose name the topic names (`people`: "Obama
    endorses Clinton" names Hillary Clinton, written "Hillary" too)."""
    on_issue = _on_issue(topic)
    if not isinstance(on_issue, issues.TopicWords):
        return on_issue
    stems = [
        (actor, frozenset(stem for form in _forms(actor) for stem in issues.topic_stems(form)))
        for actor in actors
    ]
    return replace(
        on_issue,
        people=frozenset().union(*(each for actor, each in stems if on_issue(actor.name))),
        actors=frozenset().union(*(each for _, each in stems)),
    )


def _on_issue(topic: str) -> stance_rules.OnIssue | None:
    """Whether words name the article's topic: share a stem of its words ("install armed guards
    in schools" on "gun control": no; "reduce gun violence": yes). None for a topic without
    words or a placeholder in parentheses (the rules-only backend's "(no topic: rules only)")."""
    return None if topic.startswith("(") else issues.topic_match(topic)


@dataclass(frozen=True)
class Reading:
    """The model's reading of an actor's stance: the position, with the margin of its choice of
    evidence sentence (the stance's is the position's confidence)."""

    position: Position
    evidence_margin: float | None


def _ask_stance(
    view: ArticleView,
    actor: Actor,
    ranked: list[detect.Sentence],
    topic: str,
    asker: Asker,
) -> Position | None:
    """The model's reading of the actor's stance (`ask_reading`), its position alone."""
    reading = ask_reading(view, actor, ranked, topic, asker)
    return reading.position if reading is not None else None


def ask_reading(
    view: ArticleView,
    actor: Actor,
    ranked: list[detect.Sentence],
    topic: str,
    asker: Asker,
) -> Reading | None:
    """The model's reading of the actor's stance, from the evidence sentence it picks among the
    best EVIDENCE_CHOICES; None when it finds the stance unclear. Raises ExtractionError when it
    gives no valid answer."""
    evidence = sorted(ranked[:EVIDENCE_CHOICES], key=lambda s: s.index)
    variables = {"actor": actor.name, "topic": topic, "mentioned_in": evidence}
    schema = stance_schema([s.index for s in evidence])
    answer = asker.answer("stance", schema, STANCE_MAX_TOKENS, variables)
    parsed = answer.parsed
    if parsed["stance"] == "unclear":
        return None
    sentence = view.sentences[int(parsed["evidence"]) - 1]
    margins = answer.margins or {}
    position = Position(
        actor=actor.name,
        topic=topic,
        stance=parsed["stance"],
        evidence=_span(sentence),
        confidence=margins.get("stance"),
    )
    return Reading(position, margins.get("evidence"))


def stance_schema(evidence: list[int]) -> dict[str, Any]:
    """The stance question's answer: a stance and the number of one of the evidence sentences."""
    shipped = schemas.grammar_schema("stance-output")
    choice = {"type": "integer", "enum": evidence}
    return {**shipped, "properties": {**shipped["properties"], "evidence": choice}}


def _span(sentence: detect.Sentence) -> Span:
    return Span(start=sentence.start, end=sentence.end, text=sentence.text)
