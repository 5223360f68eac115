"""Who a pronoun source refers to: a learned ranker of the actors named before it.

A pronoun ("he", "she", "it", "they", a possessive "his", "its", "their" standing alone, a
relative "who" or "which", and "I" or "we" outside any statement's content: `statements`)
that is a statement's source is resolved to one of the article's actors. The candidates are the
actors named within REACH sentences before the pronoun, or that were speakers there (sources
already resolved, `said`); "it" and "which" never refer to a person, "they" never to one
person unless named joined to others ("Mr. Roe and Ms. Lee", "Mr. Roe and his colleagues"; a
described plural, "aides", may be one), and a relative right after a name refers to that name.
Each candidate is described by features (`candidates`): how many sentences back it was named
last, whether it was the last speaker or the one before and how long ago, how often it
spoke or was named so far, whether its last mention leads its sentence, follows a preposition,
is a possessive or inside quotation marks, its type, whether it is a described speaker ("the
senator"), a gender read from the article (`genders`: Mr./Ms., or the first he/she as a subject
after its mentions) against he/she, whether the subject rule picks it (`subject`: for he/she,
the first person named in the nearest sentence back that names one, the quote step's "he said"
rule), whether the pronoun opens its sentence; each also crossed with the pronoun. A linear
scorer over these features (learned pairwise on PolNeAR train by `python -m
summarizer.referents_train`, its weights shipped as plain JSON in
`attribution/data/referents.json`) scores each candidate; the best one is the referent.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import lexicon, names
from .article_view import ArticleView
from .attribution.model import subject_is_no_source
from .detect import Sentence
from .patterns import (
    GROUP_ROLES,
    HONORIFIC,
    MORE_PREPOSITIONS,
    OPENERS,
    POSSESSIVE_MARK,
    QUOTATION,
    preposition_before,
)
from .types import Actor, Span

_ORG_WORDS = lexicon.words("org_words")
_OF_FOR = re.compile(r"\s+(?:of|for)\s+")

MODEL = Path(__file__).resolve().parent / "attribution" / "data" / "referents.json"
# How far back, in sentences, a candidate may be named or have spoken.
REACH = 8
# The pronoun as written, by the class the features use for it.
PRONOUNS = {
    "he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "it": "it", "its": "it",
    "they": "they", "them": "they", "their": "they", "who": "who", "whom": "who",
    "which": "which", "i": "i", "me": "i", "my": "i", "we": "we", "us": "we", "our": "we",
}  # fmt: skip
# "it" and "which" never refer to a person. (The eval's referent of a pronoun source is the
# nearest named source before it, which for "it" is a person 25 times in 42 on PolNeAR train:
# those the ranker leaves wrong. A person's he/she is not held to persons: the actors' types
# are guesses, and the right referent of he/she is typed an organisation 1 time in 12.)
THING = {"it", "which"}
RELATIVE = {"who", "which"}
_TITLES = {t.rstrip(".") for t in lexicon.words("titles") | lexicon.words("honorifics")}
_PREPOSITIONS = {
    "of", "in", "with", "at", "to", "by", "for", "from", "on", "about", "against", "and",
    "than", "between", "among", "into", "over", "under", "after", "before", "like", "as",
}  # fmt: skip
_OPENERS = {"the", "a", "an", "but", "and", "so", "then", "former", "president", "secretary"}
_WORD = re.compile(r"[\w'\u2019.-]+")
# How many sentences back the subject rule (`subject`) looks for the person a he/she stands for.
SUBJECT_REACH = 3
# A name right after a preposition is no subject ("calls for Schumer", "serving under Obama"),
# nor one right after "after" or "before" ("after Obama's speech").
_AFTER_PREPOSITION = preposition_before(
    [*lexicon.entries("prepositions"), *MORE_PREPOSITIONS, "after", "before"]
)


def after_preposition(text: str, start: int) -> bool:
    """Whether a name starting at `start` follows a preposition ("calls for Schumer")."""
    return bool(_AFTER_PREPOSITION.search(text, max(0, start - 40), start))


_MR = re.compile(rf"\b{HONORIFIC}\.?\s*$")
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")

Said = tuple[int, Actor]  # where a source already resolved starts, and its actor


def pronoun_class(written: str) -> str | None:
    """The class of a pronoun as written ("He's" is "he"), or None if it is none."""
    first = re.sub(r"[\W\d_].*", "", written.strip().split()[0].lower()) if written.strip() else ""
    return PRONOUNS.get(first)


@dataclass(frozen=True)
class Ranker:
    """A linear scorer of candidates: the weight of each feature, and a bias."""

    weights: dict[str, float]
    bias: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())

    @classmethod
    def read(cls, path: Path) -> Ranker:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights={k: float(v) for k, v in data["weights"].items()}, bias=data["bias"])


@cache
def shipped() -> Ranker:
    """The ranker shipped in the package."""
    return Ranker.read(MODEL)


class Resolver:
    """Resolves pronouns with a ranker (the shipped one unless given)."""

    def __init__(self, ranker: Ranker | None = None) -> None:
        self._ranker = ranker

    @property
    def ranker(self) -> Ranker:
        return self._ranker if self._ranker is not None else shipped()

    def resolve(
        self,
        view: ArticleView,
        actors: Sequence[Actor],
        said: Sequence[Said],
        written: str,
        at: int,
    ) -> Actor | None:
        """The actor the pronoun `written` at offset `at` refers to, None if no candidate."""
        kind = pronoun_class(written)
        if kind is None:
            return None
        found = fitting(kind, candidates(view, actors, said, kind, at))
        if not found:
            return None
        ranker = self.ranker
        return max(found, key=lambda pair: ranker.score(pair[1]))[0]


def not_named_after(
    view: ArticleView, actors: Sequence[Actor], at: int, quoted: Sequence[tuple[int, int]]
) -> list[Actor]:
    """The actors a subject pronoun at `at` may stand for by binding: not one its own sentence
    names after it outside the `quoted` spans ("He judged Doe's plan "a sham"": not Doe). Used by
    the quote step's subject rule; the ranker's candidates are left as it was trained on (with
    it, PolNeAR train's held-out seventh's pronoun sources scored 0.773 -> 0.744: some of the
    changes read were the gold's nearest-name reading, "She said Sanders' attack …" gold
    Sanders, some real losses, "She's" given Bernie Sanders)."""
    sentence = view.sentence_of(at)
    end = sentence.end if sentence else at
    after = {
        id(actor)
        for actor in actors
        for m in actor.mentions
        if at < m.start < end and not any(s <= m.start < e for s, e in quoted)
    }
    return [actor for actor in actors if id(actor) not in after]


def fitting(
    kind: str, found: list[tuple[Actor, dict[str, float]]]
) -> list[tuple[Actor, dict[str, float]]]:
    """The candidates a pronoun of class `kind` may stand for, whatever the ranker would weigh (it
    learned from PolNeAR's nearest named source, which is often of the other sex): for "he" and
    "she", no one the article shows to be of the other sex (`genders`: "John Roe", "Mr. Roe", a "he"
    after the name), no country, no party's members ("Democrats"), no body named by a plural
    (`_plural_body`: "Nevada Democrats", "the United Nations") and no organisation named as one
    (`_named_organisation`: "Supreme Court", "The Washington Post"; another organisation may be a
    person typed wrong), no group the text describes ("Union leaders": `_described_group`) or names
    with a word of every member (`names.EVERY_MEMBER`: "Every Senate Republican"). For "it", no one
    named by a plural (`names.plural_actor`: "Democrats", "House Republicans", "critics"): "It vowed
    …" after the Republicans and the Islamic State is the Islamic State's."""
    if kind == "it":
        return [(actor, f) for actor, f in found if not names.plural_actor(actor.name, actor.type)]
    if kind not in ("he", "she"):
        return found
    return [
        (actor, f)
        for actor, f in found
        if "gender_clashes" not in f
        and actor.type != "country"
        and not names.is_party_plural(actor.name)
        and not _plural_body(actor)
        and not _named_organisation(actor)
        and not _described_group(actor)
        and actor.name.split()[0].lower() not in names.EVERY_MEMBER
    ]


def _described_group(actor: Actor) -> bool:
    """Whether an actor is a group the text describes ("Union leaders", "federal
    prosecutors": `actors.described_group`)."""
    return actor.kind == "described" and actor.name.split()[-1].lower() in GROUP_ROLES


# A name joined to another by "and": "Mr. Grassley and Mr. Leahy", "Mr. Autor and his
# colleagues", "Roe, Lee and Pike", "Ms. Epstein, along with Judge Richard A. Posner".
_AND_AFTER = re.compile(
    r",?\s+(?:and|&|along\s+with|together\s+with)\s+(?:[A-Z]|(?:his|her|their)\s)"
)
_AND_BEFORE = re.compile(r"[A-Z][\w.\u2019'-]*,?\s+(?:and|&)\s+$")


def _joined(text: str, mentions: Sequence[Span], low: int) -> bool:
    """Whether one of a person's `mentions` from `low` on is joined by "and" to another name,
    so that a "they" may stand for the group it leads."""
    return any(
        _AND_AFTER.match(text, m.end) or _AND_BEFORE.search(text, max(0, m.start - 40), m.start)
        for m in mentions
        if m.start >= low
    )


def _one_person(actor: Actor) -> bool:
    """Whether an actor is one person: typed a person, and not a described plural ("aides",
    "officials")."""
    return actor.type == "person" and not (
        actor.kind == "described" and actor.name.endswith("s") and not actor.name.endswith("ss")
    )


def _named_organisation(actor: Actor) -> bool:
    """Whether an organisation's name is headed by a word that names organisations ("Supreme
    Court", "New York Times", "Illinois Board of Elections": lexicon org_words), not right
    after a first name ("Don Guardian", a person typed wrong)."""
    if actor.type != "organization":
        return False
    words = _OF_FOR.split(actor.name, maxsplit=1)[0].split()
    return (
        bool(words)
        and words[-1].lower() in _ORG_WORDS
        and not (len(words) > 1 and names.is_first_name(words[-2]))
    )


def _plural_body(actor: Actor) -> bool:
    """An organisation named by a plural ("Dover Democrats", "the United Nations"): a group,
    never "he" or "she". Not a name in "-ss" ("Congress"), nor one that opens with a first
    name (a person's surname in "-s" typed an organisation: "Ada Jane Rhodes")."""
    words = actor.name.split()
    return (
        actor.type == "organization"
        and words[-1].endswith("s")
        and not words[-1].endswith("ss")
        and not (len(words) > 1 and names.is_first_name(words[0]))
    )


def candidates(
    view: ArticleView, actors: Sequence[Actor], said: Sequence[Said], kind: str, at: int
) -> list[tuple[Actor, dict[str, float]]]:
    """The actors a pronoun of class `kind` at `at` may refer to, each with its features, in the
    order of their last mention or speech before the pronoun (the latest first)."""
    text = view.text
    sentence = view.sentence_of(at)
    here = sentence.index if sentence else 1
    low = view.sentences[max(0, here - 1 - REACH)].start if view.sentences else 0
    opens = sentence is not None and not _words(text[sentence.start : at])
    spoke = [(start, actor) for start, actor in said if start < at]
    last_speakers: list[int] = []  # ids of the speakers, the latest first
    for _, actor in sorted(spoke, key=lambda pair: -pair[0]):
        if id(actor) not in last_speakers:
            last_speakers.append(id(actor))
    quoted = [(m.start(), m.end()) for m in QUOTATION.finditer(text, 0, at)]
    shown = genders(text, actors)
    picked = subject(view, actors, kind, at, quoted, shown) if kind in ("he", "she") else None
    if kind in RELATIVE:
        # "Kron, who said": the name right before a relative pronoun, where there is one.
        right_before = [a for a in actors if any(0 <= at - m.end <= 3 for m in a.mentions)]
        actors = right_before or actors
    rows: list[tuple[int, Actor, dict[str, float]]] = []
    for actor in actors:
        if kind in THING and actor.type == "person":
            continue
        before = [m for m in actor.mentions if m.end <= at]
        if kind == "they" and _one_person(actor) and not _joined(text, before, low):
            continue  # "They have criticized Nuland": not Nuland's words
        spoken = [start for start, a in spoke if a is actor]
        last_mention = max((m.start for m in before if m.start >= low), default=None)
        last_spoken = max((s for s in spoken if s >= low), default=None)
        if last_mention is None and last_spoken is None:
            continue
        latest = max(p for p in (last_mention, last_spoken) if p is not None)
        f: dict[str, float] = {}
        rank = last_speakers.index(id(actor)) + 1 if id(actor) in last_speakers else 0
        f[f"said_rank={min(rank, 3)}"] = 1
        f["said_count"] = math.log1p(len(spoken))
        f["mentions"] = math.log1p(len(before))
        if last_spoken is not None:
            f[f"said_dist={_bucket(here - _index(view, last_spoken))}"] = 1
            if rank == 1:
                f[f"said_last_dist={_bucket(here - _index(view, last_spoken))}"] = 1
        if last_mention is not None:
            mention = next(m for m in before if m.start == last_mention)
            f[f"dist={_bucket(here - _index(view, mention.start))}"] = 1
            f["chars"] = math.log1p(at - mention.end) / 8
            f.update(_mention_shape(view, mention.start, mention.end, quoted))
            if at - mention.end <= 3:
                f["adjacent"] = 1
        else:
            f["no_mention"] = 1
        f[f"type={actor.type}"] = 1
        if actor.kind != "named":
            f[f"kind={actor.kind}"] = 1
        gender = shown.get(id(actor))
        if kind in ("he", "she") and gender:
            f["gender_agrees" if gender == kind else "gender_clashes"] = 1
            if gender != kind and rank == 1:
                f["gender_clashes&said_rank=1"] = 1
        if picked is not None and picked[1] is actor:
            f["subject"] = 1
            if rank == 1:
                f["subject&said_rank=1"] = 1
        if opens:
            f["pronoun_opens"] = 1
            if rank == 1:
                f["pronoun_opens&said_rank=1"] = 1
        rows.append((latest, actor, f))
    rows.sort(key=lambda row: -row[0])
    result = []
    for order, (_, actor, f) in enumerate(rows, 1):
        f[f"recent={min(order, 4)}"] = 1
        if order == 1 and "leads" in f:
            f["recent=1&leads"] = 1
        if len(rows) == 1:
            f["only"] = 1
        crossed = {f"{name}|{kind}": value for name, value in f.items()}
        result.append((actor, {**f, **crossed}))
    return result


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _index(view: ArticleView, offset: int) -> int:
    sentence = view.sentence_of(offset)
    return sentence.index if sentence else 1


def _bucket(distance: int) -> str:
    if distance <= 2:
        return str(max(distance, 0))
    return "3-4" if distance <= 4 else "5-8" if distance <= 8 else "9+"


def _mention_shape(
    view: ArticleView, start: int, end: int, quoted: list[tuple[int, int]]
) -> dict[str, float]:
    """Features of a mention's place: leads its sentence, after a preposition, possessive, in
    quotation marks."""
    text = view.text
    f: dict[str, float] = {}
    sentence = view.sentence_of(start)
    lead = _words(text[sentence.start : start]) if sentence else []
    if all(w.lower().rstrip(".,") in _OPENERS | _TITLES for w in lead):
        f["leads"] = 1
    elif lead and lead[-1].lower() in _PREPOSITIONS:
        f["after_preposition"] = 1
    if POSSESSIVE_MARK.match(text, end):
        f["possessive"] = 1
    if any(s < start < e for s, e in quoted):
        f["in_quote"] = 1
    return f


def by_first_name(actor: Actor) -> str | None:
    """A person's gender ("he", "she") by its first name (`names.first_name_sex`), or None."""
    return names.sex_pronoun(names.first_name_sex(actor.name) if actor.type == "person" else None)


def genders(text: str, actors: Sequence[Actor]) -> dict[int, str]:
    """Each person's gender where the article shows it (by the actor's id): a title before a
    mention or opening it (Mr., Ms.), else its first name's where the Census lists leave little
    doubt (`by_first_name`: "Jane Roe" is "she", though "he said" follows her name), else "he"
    or "she" as a subject after its mentions, before the next mention of anyone and within 100
    characters, when one is at least twice as common as the other (not "him" or "her": "Sen.
    Claire McCaskill scolded him"; not past the close of a quotation the mention is in: "… to
    Roe,” she said" is the speaker's)."""
    mentions = sorted(
        ((m.start, m.end, a) for a in actors for m in a.mentions if a.type == "person"),
        key=lambda t: t[:2],  # two actors may share a mention: never compare actors
    )
    found: dict[int, str] = {}
    votes: dict[int, list[int]] = {}
    for i, (start, end, actor) in enumerate(mentions):
        before = _MR.search(text, max(0, start - 6), start)
        # A title before the mention, or opening it ("Mr. Bob Berg": `names.honorific_sex`).
        sex = names.honorific_sex(before.group().rstrip() + " " if before else text[start:end])
        if pronoun := names.sex_pronoun(sex):
            found.setdefault(id(actor), pronoun)
        stop = min(end + 100, mentions[i + 1][0] if i + 1 < len(mentions) else len(text))
        first = _SUBJECT_PRONOUN.search(text, end, max(end, stop))
        if first and not _closes_quotation(text[end : first.start()]):
            tally = votes.setdefault(id(actor), [0, 0])
            tally[first.group().lower() == "she"] += 1
    for actor in actors:  # once each (a person's mentions are many)
        if actor.mentions and id(actor) not in found and (named := by_first_name(actor)):
            found[id(actor)] = named
    for key, (he, she) in votes.items():
        if key not in found and (he >= 2 * she or she >= 2 * he):
            found[key] = "he" if he > she else "she"
    return found


def _closes_quotation(between: str) -> bool:
    """Whether the words between a mention and a he or she close a quotation the mention is
    in ("… to Roe,” she said": the speaker's pronoun, not Roe's) or open one the pronoun is in
    ("Ada Roe tells her supporters that “he loves you”": someone else): a closing mark with no
    opening one before it, an opening mark with no closing one after it, or an odd number of
    straight marks."""
    closing = between.find("\u201d")
    opening = between.rfind("\u201c")
    return (
        (closing >= 0 and "\u201c" not in between[:closing])
        or (opening >= 0 and "\u201d" not in between[opening:])
        or between.count('"') % 2 == 1
    )


def subject(
    view: ArticleView,
    actors: Sequence[Actor],
    pronoun: str,
    at: int,
    quoted: Sequence[tuple[int, int]],
    known: dict[int, str] | None = None,
    *,
    reported: bool = False,
    reach: int = SUBJECT_REACH,
) -> tuple[int, Actor] | None:
    """The person a "he" or "she" ("him", "her") at `at` stands for, as news writes it (the
    subject rule), and where that person is named: the first person named before it in its
    own sentence, else the first person named in the nearest sentence before that names one
    ("Sen. Chris Coons slammed McConnell for …. "…," he said": Coons, not McConnell), passing
    over sentences that open with the same pronoun (their subject is the one sought); a
    possessive counts ("Then came Sen. Otto Roe's reply. He flatly blamed …"), a name that
    modifies a noun ("the Roe campaign took …"), a name inside `quoted` spans, a person whose
    gender the article shows otherwise (`genders`, or `known` when given; "her" agrees with
    "she"), the object of a preposition or a name in a phrase without a subject of its own that
    opens the sentence before the pronoun ("Asked whether the plan Roe made would pass, she
    said") does not; a sentence before led by such a phrase is passed over like one that opens
    with the pronoun.
    `reported`: where a sentence before reports someone's words, the person named first inside
    those words is not the subject: the one who speaks them is ("Roe, Lee said, has failed."
    or "The plan will fail, said Ada Lee.": Lee); not where the words are a news report ("Roe
    quit, the Post reported") or the cue is passive ("Roe was asked by moderator Ada Lee
    whether …": Roe).
    None when no sentence within `reach` sentences back (SUBJECT_REACH) names a person."""
    text = view.text
    sentence = view.sentence_of(at)
    if sentence is None:
        return None
    shown = genders(text, actors) if known is None else known
    gender = _SUBJECT_FORM.get(pronoun, pronoun)  # genders reads "he" and "she"
    index = sentence.index - 1  # sentences are numbered from 1
    # Only mentions in the sentences the rule looks at can be the subject: the costlier checks
    # (`_inside_longer` scans every mention) are made for those alone.
    lowest = view.sentences[max(0, index - reach)].start
    people = [
        (mention.start, actor)
        for actor in actors
        if actor.type == "person" and shown.get(id(actor), gender) == gender
        for mention in actor.mentions
        if lowest <= mention.start < at
        and not any(s <= mention.start < e for s, e in quoted)
        and (not after_preposition(text, mention.start) or _subclause_subject(text, mention))
        and not _inside_longer(mention.start, mention.end, actors, actor)
        and not _set_off(view, mention.start)
        and not _OWNER_OF_APPOSED.match(text, mention.end)
        and not _ATTRIBUTIVE.match(text, mention.end)
        and not _asked_about(text, mention)
    ]
    for back in range(reach + 1):
        if index - back < 0:
            break
        here = view.sentences[index - back]
        end = at if back == 0 else _before_pronoun(here.start, here.text, gender, quoted)
        if _opens_with(here.text, pronoun):
            continue
        # A phrase without a subject of its own, opening the sentence before the pronoun sought
        # ("Asked about Roe's plan, she replied"): its names are no subject; in a sentence
        # before, the sentence's subject is the one sought.
        participle = _PARTICIPLE_LED.match(here.text)
        led = (
            participle is not None
            and participle.group("pronoun").lower() == gender
            and (back > 0 or here.start + participle.start("pronoun") <= at)
        )
        if led and back:
            continue
        # In a sentence before, a name in the phrase that opens it is no subject where a
        # person's name follows the phrase ("Filling in for Lee at the event where Otto Roe
        # spoke, Lind landed a dig": Lind; but "While Roe was in Ohio, she met …": Roe).
        opening = _OPENING_PHRASE.match(here.text) if back else None
        begin = here.start
        if opening and any(start == here.start + opening.end() for start, _ in people):
            begin += opening.end()
        elif participle is not None and led:
            begin += participle.end()
        named = sorted(
            ((start, actor) for start, actor in people if begin <= start < end),
            key=lambda pair: pair[0],
        )
        if named and reported and back:
            speaking = _speaking(view, here, named)
            if speaking is not None:
                return speaking
        if named:
            return named[0]
    return None


def _speaking(
    view: ArticleView, here: Sentence, named: list[tuple[int, Actor]]
) -> tuple[int, Actor] | None:
    """Who speaks the reported words of `here` that hold the first person named there (its
    `named` people, first first): that person's mention where the source names one of
    `named`; None where no attribution's content holds that first name, or its source names
    none of them."""
    first = named[0][0]
    for found in view.attributions:
        if not found.source or not here.start <= found.source[0][0] < here.end:
            continue
        if not any(s <= first < e for s, e in found.content) and not _set_off_before(
            view.text, named[0], found.source[0][0]
        ):
            continue
        cue = " ".join(view.text[s:e] for s, e in found.cue)
        if _NEWS_CUE.search(cue) or subject_is_no_source(cue):
            # "Roe quit, the Times reported. He …", "Roe was asked by moderator Ada Lee
            # whether …. He …": the words are about Roe, the subject
            continue
        speakers = [pair for pair in named if any(s <= pair[0] < e for s, e in found.source)]
        if speakers:
            return speakers[0]
    return None


def _set_off_before(text: str, first: tuple[int, Actor], source: int) -> bool:
    """Whether the person's mention at `first` comes right before the source, set off by a
    comma ("Roe, Lee said, has failed": the subject of the words around the source)."""
    start, actor = first
    mention = next((m for m in actor.mentions if m.start == start), None)
    return mention is not None and text[mention.end : source].strip() == ","


# The cue of a news report, whose words are about the one they name rather than its source's.
_NEWS_CUE = re.compile(r"(?i)\breport(?:ed|s|ing)?\b")
_SUBJECT_FORM = {"him": "he", "her": "she"}
# A phrase that opens a sentence before its subject, up to its comma: an opener ("During a speech
# in Ohio, "), or a participle with a particle or preposition ("Filling in for Lee at …, ",
# "Speaking to reporters, "; not "Manning said …").
# A sentence that opens with a clause of time, its subject a name ("As Mr. Roe approached the
# podium, rain began to fall. … he laid out"): the name is that clause's subject, not the object
# of a preposition "as" or "after".
_SUBCLAUSE_BEFORE = re.compile(
    r"(?:^|\n|[.!?][\"\u201d\u2019]?\s+)(?:As|After|Before|Once|Since|Until)\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$"
)
_SUBCLAUSE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|is|had|has)\b")


def _subclause_subject(text: str, mention: Span) -> bool:
    """Whether a name is the subject of a clause of time that opens its sentence
    (`_SUBCLAUSE_BEFORE`), a verb right after it ("As Mr. Roe approached …")."""
    return (
        _SUBCLAUSE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
        and _SUBCLAUSE_VERB.match(text, mention.end) is not None
    )


# A participle with a preposition or question word opening a sentence, up to the comma right
# before its subject's "he" or "she" ("Asked about the vote Roe won, she replied").
_PARTICIPLE_LED = re.compile(
    r"\s*[A-Z][a-z]{2,}(?:ing|ed)\s+(?:about|after|at|by|for|from|how|if|in|into|of|on|over|"
    r"to|what|whether|why|with)\b[^\u201c\u201d\"\n]{0,250}?,\s+(?P<pronoun>[Hh]e|[Ss]he)\b"
)
_OPENING_PHRASE = re.compile(
    rf"\s*(?:(?:{OPENERS})\b|[A-Z][a-z]{{2,}}ing\s+(?:about|after|at|before|for|from|in|into|on|"
    rf"out|over|through|to|up|with)\b)[^,\u201c\u201d\"\n]{{0,150}},\s+"
)
# A name that only modifies the noun after it, which is the subject: "the Roe campaign took …",
# "Roe aides said …".
_ATTRIBUTIVE = re.compile(
    r"\s+(?:campaign|administration|aides?|allies|supporters|camp|team|staff|advisers?"
    r"|spokes(?:man|woman|person)|officials?)\b"
)
# A name asked about in a question of its own, before the answer: "Councilor Ann Weber? "Strong,"
# he said." (no subject; "Senator Joni Ernst of Iowa?", "And Mr. Roe?"; not "Do you support
# Ann Weber?"): only titles, "And" or "What about" before it in its paragraph.
_ASKED_ABOUT = re.compile(r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\?")
_ASKED_OPENING = re.compile(r"(?:(?:And|What\s+about|How\s+about)\s+)?(?:[A-Z][\w.]*\s+){0,4}")


def _asked_about(text: str, mention: Span) -> bool:
    """Whether a mention is the name a question of its own asks about (`_ASKED_ABOUT`)."""
    if not _ASKED_ABOUT.match(text, mention.end):
        return False
    line = text.rfind("\n", 0, mention.start) + 1
    return _ASKED_OPENING.fullmatch(text, line, mention.start) is not None


# A possessive that only describes the subject named in apposition after it: "Roe's lawyer,
# Jane Doe, said …" (Doe is the subject, not Roe).
_OWNER_OF_APPOSED = re.compile(r"[\u2019']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+[A-Z]")


def _before_pronoun(
    start: int, sentence: str, gender: str, quoted: Sequence[tuple[int, int]]
) -> int:
    """Where the names a sentence before the pronoun's may give its subject end: at that
    sentence's own first "he" or "she" of the gender that opens a clause (at its start, after a
    comma or a conjunction) outside quotation marks, which stands for someone named further back
    ("…, and she doubts Lee can …": not Lee); not one after "that" or "which" ("that he
    cares …, Otto Lind said": Lind); else its end."""
    for match in _CLAUSE_PRONOUN[gender].finditer(sentence) if gender in _CLAUSE_PRONOUN else ():
        at = start + match.start("pronoun")
        # Not inside quotation marks: the quotations found, or one the sentence closes after it
        # ("… but he just quit," Roe wrote: the opening mark a paragraph before).
        inside = any(s <= at < e for s, e in quoted) or _closes_quotation(sentence[match.end() :])
        if not inside:
            return at
    return start + len(sentence)


# A he or she opening a clause: at the sentence's start, after a comma, or after a conjunction.
_CLAUSE_PRONOUN = {
    gender: re.compile(
        r"(?:^\s*|[,;]\s+|\b(?:and|but|or|so|yet|though|although|while|when|because|if|since)"
        rf"\s+)(?P<pronoun>{gender})\b",
        re.IGNORECASE,
    )
    for gender in ("he", "she")
}


def _set_off(view: ArticleView, at: int) -> bool:
    """Whether offset `at` lies in an aside of its sentence, between dashes or in parentheses
    ("… — as it did President Otto Roe in the 1990s — or fear …, Ms. Lind dived in"): a name
    there is no subject of the sentence."""
    sentence = view.sentence_of(at)
    if sentence is None:
        return False
    before = view.text[sentence.start : at]
    after = view.text[at : sentence.end]
    if before.count("(") > before.count(")") and ")" in after:
        return True
    dashes = len(_DASH.findall(before))
    return dashes % 2 == 1 and _DASH.search(after) is not None


# A dash that sets off an aside: an em or en dash, or two hyphens, with a space before or after.
_DASH = re.compile(r"\s[\u2014\u2013]|[\u2014\u2013]\s|\s--\s")


def _opens_with(sentence: str, pronoun: str) -> bool:
    """Whether a sentence opens with the pronoun ("He said AARP …")."""
    words = re.findall(r"[\w\u2019']+", sentence[:40])
    return bool(words) and words[0].lower() == pronoun


def _inside_longer(start: int, end: int, actors: Sequence[Actor], owner: Actor) -> bool:
    """Whether another actor's mention holds this one and is longer ("Hutchinson" inside
    "Seth Hutchinson")."""
    return any(
        m.start <= start and end <= m.end and m.end - m.start > end - start
        for actor in actors
        if actor is not owner
        for m in actor.mentions
    )
