"""The issues of a briefing: the questions its actors take sides on, found across all its articles.

Each article is asked its own topic (topic.py), so the outlets of one event word one issue
differently ("FBI arrest of Roger Stone", "Roger Stone indictment") and sometimes name another
side of it ("Russia's interference in the 2016 election"). Here the wordings are grouped into a
few issues, without the model:

1. wordings that say the same in other words ("NATO Japan office", "NATO office in Japan") are
   one group from the start (`same_topic`);
2. each group is described by its wordings and the evidence sentences of its positions (TF-IDF)
   and by its holders: the articles of one event share their words and actors, so groups whose
   descriptions are close (average linkage, `ISSUE_SIMILARITY`) are one issue;
3. each issue is named by its most central wording: the one whose words the evidence of the
   issue's positions uses most, every source counted alike;
4. where several issues remain, a position whose evidence uses another issue's words strictly
   more than its own issue's joins that one.

Every position belongs to one issue. Deterministic: the result depends on the set of items, not
on their order. Measured with bench/eval_issues.py (README, "Merge").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from . import lexicon

# Average cosine of two groups' descriptions at or above which they are one issue. 0.05, not
# 0.2, since session 31: on the thirty BASIL tuning events 9 briefings have fewer issues (the
# outlets' wordings of one event in one stance matrix), one real agreement more and no
# disagreement more (a source on two sides is a doubt: `merge._apart`); on the twelve free
# events one briefing has one issue for two, no finding changed.
ISSUE_SIMILARITY = 0.05
# Wordings whose content words match this well (rapidfuzz token_set_ratio) are one topic.
WORDING_SIMILARITY = 80.0
# The weight of shared holders in two groups' similarity, against their words' (as stories.py
# weighs names).
HOLDER_WEIGHT = 0.3
# A wording counts this many times over in its group's description, against each evidence
# sentence once.
WORDING_WEIGHT = 3

_STOP = lexicon.words("name_stopwords") | {"for"} | lexicon.words("topic_stopwords")
_FUNCTION_WORDS = lexicon.words("issue_stopwords")
_NOT_PLURALS = lexicon.words("not_plurals")


@dataclass(frozen=True)
class IssueItem:
    """One position as the issues see it: its source, its article's topic, its evidence and its
    holder (an actor id of the briefing, the same for every outlet)."""

    source: int
    topic: str
    evidence: str
    actor: str = ""


@dataclass(frozen=True)
class FoundIssue:
    name: str
    wordings: tuple[str, ...]  # every topic wording it gathers, sorted
    members: tuple[int, ...]  # indices of its items, ascending


def topic_words(topic: str) -> set[str]:
    """The words that tell topics apart: lowercase, without function words."""
    return {w for w in re.findall(r"[a-z0-9]+", topic.casefold()) if w not in _STOP}


def topic_stems(text: str) -> set[str]:
    """The crude stems (`word_stem`) of `text`'s topic words: "immigrants" meets "immigration"."""
    return {word_stem(w) for w in topic_words(text)}


# Where a topic's head phrase ends: "impeachment | of President Trump", "tax cuts | for the rich".
_HEAD_ENDS = re.compile(
    r"\b(?:of|on|for|to|in|at|against|over|with|about|and|vs|versus|by|from)\b|[,:;(]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TopicWords:
    """Whether words name a topic: called with text, whether it shares a stem of the topic's
    words; `headed`, whether it holds the stem of the topic's head, the last word of its first
    phrase ("citizenship" of "birthright citizenship", "impeachment" of "impeachment of
    President Trump")."""

    stems: frozenset[str]
    head: str | None
    # Whom the topic names as the target of a move against it ("Wal-Mart" of "class action
    # lawsuit against Wal-Mart"): the stems of its words; empty for any other topic.
    target: frozenset[str] = frozenset()
    # Whether the topic's head is a harm ("gun violence", "terrorism"): no one takes its side,
    # so a side on it is a side on what is done against it.
    harm: bool = False
    # Whether the topic is a race (`contest`): backing a candidate is a side in it.
    race: bool = False
    # The stems of every form of the actors the topic names, where the article's actors are
    # known ("Hillary" of Hillary Clinton on "Obama endorses Clinton").
    people: frozenset[str] = frozenset()
    # The stems of every form of every actor of the article ("Ted", "Cruz").
    actors: frozenset[str] = frozenset()
    # The stems of the names the topic shows owning or doing what it is about (`_OWNERS`:
    # "Trump" of "Donald Trump's campaign" and of "Trump holds birther meeting"; not "Strzok"
    # of "Strzok fired from FBI", nor "Trump" of "Ginsburg criticizes Trump").
    owners: frozenset[str] = frozenset()
    # Where the topic is the undoing of a thing ("Obamacare repeal", "the repeal of the estate
    # tax", "abolishing the death penalty"), the stems of that thing's words; empty otherwise.
    undone: frozenset[str] = frozenset()

    def __call__(self, text: str) -> bool:
        return bool(self.stems & topic_stems(text))

    def headed(self, text: str) -> bool:
        return self.head is not None and self.head in topic_stems(text)

    def names_one_named(self, text: str) -> bool:
        """Whether `text` (a name) names an actor the topic names, in any of its forms."""
        return bool(self.people & topic_stems(text))

    def an_actor(self, text: str) -> bool:
        """Whether every word of `text` (a name) is of a form of one of the article's actors."""
        stems = topic_stems(text)
        return bool(stems) and stems <= self.actors

    def owns(self, text: str) -> bool:
        """Whether `text` (a name) names one the topic shows owning or doing what it is about."""
        return bool(self.owners & topic_stems(text))

    def undoes(self, text: str) -> bool:
        """Whether `text` names the thing the topic undoes and not the undoing itself: a side on
        it is the other side on the topic ("opposes Obamacare" on "Obamacare repeal")."""
        stems = topic_stems(text)
        return bool(self.undone & stems) and not stems & _UNDOING_STEMS

    def targets(self, text: str) -> bool:
        """Whether `text` (a name) names the target of the topic's move against someone."""
        return bool(self.target & topic_stems(text))


# Titles and titles of courtesy ("Sen.", "Mr."), as the lexicon writes them: no word of a name.
TITLES = lexicon.words("titles") | lexicon.words("honorifics")
# Harms a topic may be headed by: acts of violence (`lexicon/violent_acts.txt`) and others.
_HARMS = lexicon.words("violent_acts") | {
    "abuse", "corruption", "crime", "crimes", "discrimination", "extremism", "fraud",
    "harassment", "hate", "poverty", "racism", "terror", "terrorism", "trafficking",
}  # fmt: skip
# A harm's word written as against it: "anti-corruption legislation", "counter-terrorism".
_AGAINST_HARM = re.compile(r"\b(?:anti|counter)-?\w", re.IGNORECASE)
# A topic whose head is a move against someone, and whom: "criminal charges against Michael
# Grimm", "class action lawsuit against Wal-Mart", "impeachment of President Trump", "Trump's
# attacks on Kathy Griffin". Backing the one it names is a side against the move.
_MOVE_AGAINST = re.compile(
    r"\b(?:lawsuits?|suits?|charges?|indictments?|case|investigations?|probes?|attacks?"
    r"|criticism|allegations?|accusations?|impeachment|arrest|prosecution|firing|ouster|censure"
    r"|sanctions|boycott|complaints?|recall)\s+(?:against|on|of|into)\s+(?P<target>.+)$",
    re.IGNORECASE,
)
# A call for someone to go, and whom: "calls for Obama's resignation", "Trump's call for Ann
# Roe's ouster over the toll plan". The one called on to go is the move's target.
_CALL_TO_GO = re.compile(
    r"\bcalls?\s+for\s+(?P<target>(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w.-]*)[\u2019']s\s+"
    r"(?:resignation|ouster|removal|impeachment|firing|arrest|indictment|prosecution)\b",
    re.IGNORECASE,
)


# A name the topic shows owning what it is about ("Donald Trump's campaign"), or doing it: its
# subject, a verb in the present after it ("Trump holds birther meeting"; a headline's "Strzok
# fired from FBI" is done to him); or a name that is the whole topic ("Justice Ruth Bader
# Ginsburg").
_NAME_RUN = r"(?-i:[A-Z])[\w.\u2019'-]*(?:\s+(?-i:[A-Z])[\w.\u2019'-]*){0,5}"
_OWNERS = re.compile(
    rf"(?P<owner>{_NAME_RUN})[\u2019']s\b|^(?:the\s+)?(?P<subject>{_NAME_RUN})(?:\s+"
    r"(?-i:[a-z])\w*[^s\W]s\b|$)",
    re.IGNORECASE,
)


def _owners(topic: str) -> frozenset[str]:
    """The stems of the names `_OWNERS` finds in a topic, without their titles."""
    found = [
        w
        for m in _OWNERS.finditer(topic)
        for w in re.findall(r"[\w.-]+", m["owner"] or m["subject"])
        if w.casefold().rstrip(".") not in TITLES and w.casefold() not in TITLES
    ]
    return frozenset(topic_stems(" ".join(found)))


def topic_match(topic: str) -> TopicWords | None:
    """The `TopicWords` of a topic; None when it has no topic words."""
    stems = topic_stems(topic)
    if not stems:
        return None
    heads = [w for w in _first_phrase(topic) if w not in _STOP]
    head = word_stem(heads[-1]) if heads else None
    if heads and heads[-1] in _HARMS and not _AGAINST_HARM.search(topic):
        return TopicWords(frozenset(stems), head, harm=True)
    if contest(topic):
        return TopicWords(frozenset(stems), head, race=True)
    move = _MOVE_AGAINST.search(topic) or _CALL_TO_GO.search(topic)
    # The move must be the topic's head: not "the case against …" deep in "Debate on the case
    # against …"'s second phrase.
    if move and word_stem(move.group(0).split()[0].casefold()) == head:
        # Its names, not their titles ("President" of "President Trump") or other words.
        names = [
            w
            for w in re.findall(r"[\w.-]+", move["target"])
            if w[:1].isupper() and w.casefold() not in TITLES
        ]
        target = frozenset(topic_stems(" ".join(names)))
        return TopicWords(frozenset(stems), head, target, owners=_owners(topic) - target)
    return TopicWords(frozenset(stems), head, owners=_owners(topic), undone=_undone(topic, heads))


# A topic's head that undoes a thing: "Obamacare repeal", "the repeal of the estate tax" (not a
# ban or a limit, `_RESTRICTING_HEADS` of stance_rules: a side on what it restricts is no plain
# side on it; nor a withdrawal or an end, "withdrawal of troops", "the end of an era").
_UNDOING_HEADS = frozenset(
    {"abolition", "defunding", "dismantling", "elimination", "overturning", "repeal", "rescission",
     "reversal", "revocation", "rollback", "scrapping"}
)  # fmt: skip
# The same undoing as a gerund opening the topic: "repealing Obamacare".
_UNDOING_VERBS = "abolish defund dismantl eliminat overturn repeal rescind revers revok scrapp"
_UNDOING_GERUND = re.compile(rf"^(?:{'|'.join(_UNDOING_VERBS.split())})ing\s", re.IGNORECASE)


def _undone(topic: str, heads: list[str]) -> frozenset[str]:
    """The stems of what a topic undoes (`TopicWords.undone`): its other words where its head is
    an undoing ("Obamacare" of "Obamacare repeal" and of "repeal of Obamacare"), or the words
    after an undoing gerund that opens it ("repealing Obamacare"); none for any other topic."""
    if heads and heads[-1] in _UNDOING_HEADS:
        return frozenset(topic_stems(topic) - {word_stem(heads[-1])})
    opening = _UNDOING_GERUND.match(topic.strip())
    return frozenset(topic_stems(topic[opening.end() :])) if opening else frozenset()


def _first_phrase(topic: str) -> list[str]:
    """The lowercase words of a topic's first phrase, up to `_HEAD_ENDS` ("impeachment" of
    "impeachment of President Trump")."""
    return re.findall(r"[a-z0-9]+", _HEAD_ENDS.split(topic, maxsplit=1)[0].casefold())


_CONTESTS = lexicon.words("contest_words")
# A party's or an office's nomination is a race ("the Republican nomination"); a person's is a
# question ("the Kavanaugh nomination").
_RACE_NOMINATIONS = frozenset(
    {"democratic", "democrat", "gop", "party", "presidential", "republican"}
)
_RIVALRY = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
# A race's outcome, one named person over another: "Eric Cantor defeated by David Brat", "Brat
# topples Cantor in Virginia primary"; not a measure's ("Senate defeats gun bill", "Lind beats
# Roe amendment", "beats the Roe Act": a name that runs into a common noun or ends in a
# measure's word is no candidate).
_BEATEN = r"(?:defeated|beaten|toppled|unseated|ousted)"
_BEATS = r"(?:defeats|beats|topples|unseats|ousts)"
_CANDIDATE = r"(?-i:[A-Z])[\w.\u2019'-]*(?:\s+(?-i:[A-Z])[\w.\u2019'-]*){0,3}"
_OUTCOME = re.compile(
    rf"{_CANDIDATE}\s+(?:(?:is|was|gets|got)\s+)?(?:{_BEATEN}\s+by|{_BEATS})\s+"
    rf"(?P<beaten>{_CANDIDATE})(?![\w.\u2019'-])"
    r"(?!\s+(?!(?:in|for|at|on|after|as)\b)(?-i:[a-z]))",
    re.IGNORECASE,
)
_MEASURES = lexicon.words("measure_words")


def _outcome(topic: str) -> bool:
    """Whether a topic is a race's outcome (`_OUTCOME`), its second name no measure's."""
    return any(
        m["beaten"].split()[-1].casefold() not in _MEASURES for m in _OUTCOME.finditer(topic)
    )


def contest(topic: str) -> bool:
    """Whether a topic names a contest rather than a question to be for or against: its head
    (the last word of its first phrase) a word of `contest_words` ("GOP leadership race",
    "Republican Senate race in Missouri", "presidential election"; not "election reform"), a
    party's nomination ("the Republican nomination"), a rivalry ("Trump vs. Obama"), or its
    outcome, one named person beating another ("Eric Cantor defeated by David Brat")."""
    if _RIVALRY.search(topic) or _outcome(topic):
        return True
    first = _first_phrase(topic)
    if not first or first[-1] not in _CONTESTS:
        return False
    return not first[-1].startswith("nomination") or bool(_RACE_NOMINATIONS & set(first))


def harm(topic: str) -> bool:
    """Whether a topic's head is a harm no one sides with ("gun violence", "terrorism";
    `TopicWords.harm`): a side on it is a side on what is done against it."""
    words = topic_match(topic)
    return words is not None and words.harm


def same_topic(a: str, b: str) -> bool:
    """Whether two wordings name one topic ("NATO Japan office", "NATO office in Japan")."""
    a_words, b_words = topic_words(a), topic_words(b)
    if not a_words or not b_words:
        return a.casefold().strip() == b.casefold().strip()
    score = fuzz.token_set_ratio(" ".join(sorted(a_words)), " ".join(sorted(b_words)))
    return score >= WORDING_SIMILARITY


def wording_groups(topics: list[str]) -> list[list[str]]:
    """The distinct wordings, grouped by `same_topic`; each group's first wording is its most
    frequent (then shortest)."""
    counts = Counter(t.strip() for t in topics)
    groups: list[list[str]] = []
    for topic in sorted(counts, key=lambda t: (-counts[t], len(t), t)):
        home = next((g for g in groups if same_topic(g[0], topic)), None)
        if home is None:
            groups.append([topic])
        else:
            home.append(topic)
    return groups


def find_issues(
    items: list[IssueItem], similarity: float = ISSUE_SIMILARITY, *, reassign: bool = True
) -> list[FoundIssue]:
    """The issues of `items`, largest first (then by name)."""
    if not items:
        return []
    groups = wording_groups([item.topic for item in items])
    group_of = {wording: g for g, group in enumerate(groups) for wording in group}
    members: list[list[int]] = [[] for _ in groups]
    for i, item in enumerate(items):
        members[group_of[item.topic.strip()]].append(i)
    texts = [_description(group, [items[i] for i in members[g]]) for g, group in enumerate(groups)]
    holders = [{items[i].actor for i in m if items[i].actor} for m in members]
    by_words, held = text_similarities(texts), _overlaps(holders)
    combined = [
        [(1 - HOLDER_WEIGHT) * w + HOLDER_WEIGHT * h for w, h in zip(row, held_row, strict=True)]
        for row, held_row in zip(by_words, held, strict=True)
    ]
    clusters = _cluster(combined, similarity)
    names = [
        _central([w for g in c for w in groups[g]], [items[i] for g in c for i in members[g]])
        for c in clusters
    ]
    home = {i: k for k, c in enumerate(clusters) for g in c for i in members[g]}
    if reassign and len(clusters) > 1:
        words = [
            {word_stem(w) for g in c for t in groups[g] for w in topic_words(t)} for c in clusters
        ]
        home = {i: _closest(items[i], k, words) for i, k in home.items()}
    issues = []
    for k, name in enumerate(names):
        indices = tuple(sorted(i for i, h in home.items() if h == k))
        if indices:
            wordings = tuple(sorted({items[i].topic.strip() for i in indices}))
            issues.append(FoundIssue(name=name, wordings=wordings, members=indices))
    return sorted(issues, key=lambda issue: (-len(issue.members), issue.name))


def word_stem(word: str) -> str:
    """A crude stem, enough to meet "immigrants" and "immigration", "tax" and "taxes", "vote"
    and "voting": the word without a regular plural ending, then without -ing or -ed (a
    doubled consonant undoubled: "banning", "ban"; "-eed" is no ending: "succeed",
    "succeeding") or else without a final e (not of "-ee": "agree", "agreeing"), cut to its first
    six letters. An ending goes only where at least three letters stay, with a vowel among them
    ("king", "bring", "need" are whole), and never from a word listed as no plural
    (lexicon `not_plurals`: "news")."""
    if word in _NOT_PLURALS:
        return word[:6]
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"  # "policies"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]  # "taxes", "churches"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for ending in ("ing", "ed"):
        stem = word[: -len(ending)]
        if ending == "ed" and stem.endswith("e"):
            continue  # "need", "succeed", "bleed": no ending (nor in "agreed", left whole)
        if word.endswith(ending) and len(stem) >= 3 and re.search("[aeiouy]", stem):
            if stem[-1] == stem[-2] and stem[-1] not in "aeiouylsz":
                stem = stem[:-1]  # "banned", "planning"
            return stem[:6]
    if word.endswith("e") and not word.endswith("ee") and len(word) > 3:
        word = word[:-1]  # "vote" as "voted", "voting"; not "agree" (as "agreeing")
    return word[:6]


# Their stems: words that name an undoing, of whatever form ("the Obamacare repeal" on "the
# rollback of Obamacare" names the topic's own act, not the thing it undoes).
_UNDOING_STEMS = frozenset(
    word_stem(word) for word in [*_UNDOING_HEADS, *(f"{v}ing" for v in _UNDOING_VERBS.split())]
)


def _closest(item: IssueItem, own: int, words: list[set[str]]) -> int:
    """The issue whose wordings' words the item's evidence uses most: its own unless another's
    are used strictly more (and by no third as much)."""
    used = {word_stem(w) for w in topic_words(item.evidence)}
    scores = [len(used & w) for w in words]
    best = max(scores)
    if scores[own] == best or scores.count(best) > 1:
        return own
    return scores.index(best)


def _description(wordings: list[str], items: list[IssueItem]) -> str:
    """A group's wordings and its evidence sentences."""
    evidence = sorted({item.evidence for item in items})
    return " ".join([*(w for w in wordings for _ in range(WORDING_WEIGHT)), *evidence])


def _overlaps(holders: list[set[str]]) -> list[list[float]]:
    """Cosine similarity of every pair of holder sets (as binary vectors)."""
    return [
        [len(a & b) / (len(a) * len(b)) ** 0.5 if a and b else float(a is b) for b in holders]
        for a in holders
    ]


def text_similarities(texts: list[str], *, stem: bool = False) -> list[list[float]]:
    """Cosine similarity of every pair of texts' TF-IDF vectors (`tfidf_vectors`)."""
    vectors = tfidf_vectors(texts, stem=stem)
    return [[cosine(a, b) if a is not b else 1.0 for b in vectors] for a in vectors]


def tfidf_vectors(texts: list[str], *, stem: bool = False) -> list[dict[str, float]]:
    """Each text's TF-IDF vector, unit length (sublinear term frequency, smoothed inverse
    document frequency, as scikit-learn's TfidfVectorizer weighs them; written out here because
    a briefing compares a handful of texts, and importing scikit-learn would take longer than a
    warm run). Function words are left out; with `stem`, words are cut to their crude stem
    (`word_stem`), so that "expand" meets "expanding"."""
    counts = [Counter(word_stem(w) if stem else w for w in _words(text)) for text in texts]
    documents = Counter(word for count in counts for word in count)
    n = len(texts)
    vectors = []
    for count in counts:
        vector = {
            w: (1 + math.log(c)) * (math.log((1 + n) / (1 + documents[w])) + 1)
            for w, c in count.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two unit-length vectors."""
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def issue_words(text: str) -> list[str]:
    """The words of `text` that TF-IDF weighs: lowercase, two letters or more, no function
    words."""
    return _words(text)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\b\w\w+\b", text.casefold()) if w not in _FUNCTION_WORDS]


def _cluster(similarity: list[list[float]], threshold: float) -> list[list[int]]:
    """Average-linkage agglomerative clustering: merge the two closest clusters while their mean
    pairwise similarity is at least `threshold`. Ties break on the lowest indices."""
    clusters = [[i] for i in range(len(similarity))]
    while len(clusters) > 1:
        best: tuple[float, int, int] | None = None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                pairs = [similarity[i][j] for i in clusters[a] for j in clusters[b]]
                score = sum(pairs) / len(pairs)
                if best is None or score > best[0]:
                    best = (score, a, b)
        if best is None or best[0] < threshold:
            break
        _, a, b = best
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
    return clusters


def _central(wordings: list[str], items: list[IssueItem]) -> str:
    """The wording whose words the issue's evidence uses most, each source weighing alike, less
    half a point for each word of it a source does not use: the most specific wording the
    sources bear out ("US military withdrawal from Syria", not "Military"; "Arizona bill on gay
    rights", not "Arizona politics"). Never a list of keywords ("Arizona government, religious
    freedom, discrimination") where a phrase stands; ties go to the wording more positions
    have, then the shorter."""
    counts = Counter(item.topic.strip() for item in items)
    if len(wordings) == 1:
        return wordings[0]
    by_source: dict[int, set[str]] = {}
    for item in items:
        by_source.setdefault(item.source, set()).update(
            topic_words(item.evidence) | topic_words(item.topic)
        )

    def score(wording: str) -> float:
        words = topic_words(wording)
        return sum(
            len(words & used) - _UNUSED_WORD * len(words - used) for used in by_source.values()
        )

    return sorted(wordings, key=lambda w: ("," in w, -score(w), -counts[w], len(w), w))[0]


_UNUSED_WORD = 0.5  # what a wording's word no source uses costs it (`_central`)
