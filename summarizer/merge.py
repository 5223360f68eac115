"""Merge per-article extractions into one briefing: one actor across all its names, one quote
across the outlets that report it, each actor's stance per source.

Deterministic: the result depends on the set of extractions, not on their order.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from rapidfuzz import fuzz

from . import lexicon
from . import names as person_names
from .attribute import name_tokens
from .issues import (
    FoundIssue,
    IssueItem,
    cosine,
    find_issues,
    issue_words,
    tfidf_vectors,
    topic_match,
    word_stem,
    wording_groups,
)
from .stances import CONFIRM_MARGIN, STANCE_MIN_MARGIN
from .types import (
    Actor,
    BriefActor,
    BriefPosition,
    BriefQuote,
    BriefStatement,
    Evidence,
    Extraction,
    Finding,
    Issue,
    Mention,
    Position,
    QuoteVariant,
    Side,
    Source,
    Span,
    StatementVariant,
)

# "for" too: "Centers for Disease Control" is CDC; an honorific names no one ("Mr. Schiff").
_STOP = lexicon.words("name_stopwords") | {"for"} | lexicon.words("honorifics")
QUOTE_SIMILARITY = 55.0
# The least share of the shorter quotation's words that two quotations of one remark share, in
# order (`_shared_run`). Chosen by reading the quote groups of the BASIL events that are not
# held out (README, "Merge"): the joined pairs under 0.3 were different remarks.
REMARK_COVERAGE = 0.3


@dataclass
class _Entry:
    source: int
    actor: Actor

    @property
    def names(self) -> list[str]:
        return [self.actor.name, *self.actor.aliases]

    def company_sets(self) -> set[frozenset[str]]:
        """An organisation's names' words, also without a legal form ("Wal-Mart Stores Inc" is
        Wal-Mart: `_without_legal_form`); none for a person or a country, so that "Trump Corp"
        never joins Donald Trump."""
        if self.actor.type != "organization":
            return set()
        return {f(n) for n in self.names for f in (_tokens, _without_legal_form)} - {frozenset()}


@dataclass
class _Cluster:
    entries: list[_Entry] = field(default_factory=list)

    def token_sets(self) -> set[frozenset[str]]:
        return {_tokens(n) for e in self.entries for n in e.names} - {frozenset()}

    def company_sets(self) -> set[frozenset[str]]:
        return {s for e in self.entries for s in e.company_sets()}


# A company's legal form after its name ("Acme Inc", "Acme Corp."), and the generic words that
# may stand before it ("Wal-Mart Stores Inc", "Acme Holdings Ltd"): without them, the name the
# other sources use. The generic words go only with a legal form ("Eurasia Group" stays).
_LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "lp"}
)
_GENERIC_COMPANY_WORDS = frozenset(
    {"stores", "group", "holdings", "companies", "brands", "industries", "enterprises"}
)


def _without_legal_form(name: str) -> frozenset[str]:
    """The words of a company's name without its legal form and the generic words before it;
    empty where the name has no legal form (the name's own words serve) or nothing else."""
    words = [w.casefold() for w in _name_words(name)]
    if len(words) < 2 or words[-1] not in _LEGAL_FORMS:
        return frozenset()
    words.pop()
    while len(words) > 1 and words[-1] in _GENERIC_COMPANY_WORDS:
        words.pop()
    return frozenset(w for w in words if w not in _STOP)


def _name_words(name: str) -> list[str]:
    # "O'Rourke" is one word, with a straight or a curly apostrophe, and "Calderón" is
    # "Calderon", as names.py folds them.
    return [t for t in re.split(r"[^\w]+", person_names.plain(name)) if t]


def _tokens(name: str) -> frozenset[str]:
    return frozenset(t for t in _name_words(name) if t not in _STOP)


def _acronym(name: str) -> str:
    return "".join(t[0] for t in name_tokens(name) if t not in _STOP)


def _same_entity(
    a: set[frozenset[str]], b: set[frozenset[str]], a_names: set[str], b_names: set[str]
) -> bool:
    if a & b:
        return True
    for short in (a_names, b_names):
        long_names = b_names if short is a_names else a_names
        for s in short:
            if s.isupper() and len(s) >= 3 and any(_acronym(n) == s.lower() for n in long_names):
                return True
    return False


def sources_of(extractions: list[Extraction]) -> list[Source]:
    ordered = sorted(extractions, key=lambda e: (e.article.id, e.article.sha256))
    return [
        Source(
            ref=i + 1,
            id=e.article.id,
            file=e.article.file,
            sha256=e.article.sha256,
            title=e.article.title,
            outlet=e.article.outlet,
            date=e.article.date,
            notes=list(e.article.notes),
            url=e.article.url,
            author=e.article.author,
        )
        for i, e in enumerate(ordered)
    ]


def resolve_actors(
    extractions: list[Extraction], sources: list[Source]
) -> tuple[list[BriefActor], dict[tuple[int, str], str]]:
    """Cluster the actors of all articles; returns the actors and (source, name) → actor id."""
    ref_of = {s.sha256 + s.id: s.ref for s in sources}
    entries = sorted(
        (
            _Entry(ref_of[e.article.sha256 + e.article.id], actor)
            for e in extractions
            for actor in e.actors
        ),
        key=lambda entry: (entry.source, entry.actor.name),
    )
    # Described speakers are one only with the same description, and never one with a named
    # actor; across sources only a description that says whose it is ("Elysee official"), never
    # a bare "official" or "statement", which two outlets may use of two different ones.
    described: dict[tuple[int, str], _Cluster] = {}
    for entry in (e for e in entries if e.actor.kind == "described"):
        name = entry.actor.name
        # The same words in any case, with either apostrophe: "Trump's lawyers" and "Trump\u2019s
        # lawyers", "Federal prosecutors" and "federal prosecutors".
        folded = " ".join(name.replace("\u2019", "'").casefold().split())
        key = (0 if len(_tokens(name)) >= 2 else entry.source, folded)
        described.setdefault(key, _Cluster()).entries.append(entry)
    clusters: list[_Cluster] = []
    # Pass 1: entries that share a full name (same words in any order, any case) or an acronym,
    # or, two organisations, a name without a company's legal form ("Wal-Mart Stores Inc" and
    # "Wal-Mart"); an outlet named with its article only with the same outlet ("The Hill", never
    # French Hill, whose "Hill" shares its one word).
    for entry in (e for e in entries if e.actor.kind == "named"):
        sets = {_tokens(n) for n in entry.names} - {frozenset()}
        multi = {s for s in sets if len(s) >= 2 or entry.actor.type != "person"}
        names = set(entry.names)
        outlet = person_names.outlet_with_article(entry.actor.name)
        joined = [
            c for c in clusters
            if person_names.outlet_with_article(c.entries[0].actor.name) == outlet
            and (
                _same_entity(multi, c.token_sets(), names, {n for x in c.entries for n in x.names})
                or entry.company_sets() & c.company_sets()
            )
        ]  # fmt: skip
        if not joined:
            clusters.append(_Cluster([entry]))
            continue
        target = joined[0]
        target.entries.append(entry)
        for other in joined[1:]:
            target.entries.extend(other.entries)
            clusters.remove(other)
    # Pass 2: forms of one person's name: "Adam B. Schiff" and "Adam Schiff", "Mike Elliott" and
    # "Michael Elliott", "Joseph R. Biden Jr." and "Joe Biden" (person_names.PersonName).
    merged = True
    while merged:
        merged = False
        for i, cluster in enumerate(clusters):
            same = next((c for c in clusters[i + 1 :] if _same_person(cluster, c)), None)
            if same is not None:
                cluster.entries.extend(same.entries)
                clusters.remove(same)
                merged = True
                break
    # Pass 3: a person named by one word only joins the one cluster whose person has that surname;
    # two people sharing a surname are not merged without more evidence. A word an article
    # typed an organisation for want of a first name ("Schiff") joins too, if it is no
    # organisation's word or acronym.
    for cluster in list(clusters):
        if not all(e.actor.type == "person" or _bare_surname(e.actor) for e in cluster.entries):
            continue
        # The article's own names, which hold no titles: one word ("Campa-Najjar"), or a
        # surname with the honorific an article names one by beside another of that surname
        # ("Mrs. Trump"), who joins only one whose first name fits the honorific's sex.
        sexes = {person_names.honorific_sex(e.actor.name) for e in cluster.entries}
        sex = next(iter(sexes)) if len(sexes) == 1 else None
        if any(len(e.actor.name.split()) != (1 if sex is None else 2) for e in cluster.entries):
            continue
        words = {w for e in cluster.entries for w in _tokens(e.actor.name)}
        hosts = [
            c for c in clusters
            if c is not cluster
            and any(e.actor.type == "person" for e in c.entries)
            and any(len(s) >= 2 and _surnames(s, c) & words for s in c.token_sets())
            and (sex is None or _fits(c, sex))
        ]  # fmt: skip
        if not hosts:
            # "Seth" alone, where another outlet names Seth Hutchinson: the one person whose
            # first name (or its nickname: "Dick" for Richard) it is, if no one's surname.
            hosts = _first_name_hosts(cluster, clusters)
        if len(hosts) == 1:
            hosts[0].entries.extend(cluster.entries)
            clusters.remove(cluster)
    actors, index = [], {}
    for cluster in [*clusters, *described.values()]:
        actor = _brief_actor(cluster)
        actors.append(actor)
        for entry in cluster.entries:
            for name in entry.names:
                index[(entry.source, name)] = actor.id
    actors.sort(key=lambda a: (a.kind != "named", -len(a.sources), -len(a.mentions), a.name))
    _unique_ids(actors, index)
    return actors, index


def _first_name_hosts(cluster: _Cluster, clusters: list[_Cluster]) -> list[_Cluster]:
    """The clusters whose person's first name the one-word names of `cluster` are, where they
    are no surname of any cluster's people (`names.first_name_host`)."""
    people = [c for c in clusters if c is not cluster and _person_names(c)]
    full = {
        e.actor.name: c
        for c in people
        for e in c.entries
        if e.actor.type == "person" and person_names.person_name(e.actor.name) is not None
    }  # names, not aliases: "Treasury Secretary Jacob Lew" is no Mr. Treasury
    surnames = {p.surname for c in people for p in _person_names(c)}
    found: list[_Cluster] = []
    for name in {e.actor.name for e in cluster.entries}:
        hosts = {
            id(full[n]): full[n] for n in person_names.first_name_hosts(name, [*full], surnames)
        }
        if len(hosts) != 1:
            return []
        found.extend(hosts.values())
    return found[:1] if found and all(c is found[0] for c in found) else []


def _fits(cluster: _Cluster, sex: str) -> bool:
    """Whether a cluster's person may be one an honorific of `sex` names: a first name or
    honorific of none of its forms shows the other sex (`names.sex_fits`)."""
    return all(
        person_names.sex_fits(e.actor.name, sex, e.names)
        for e in cluster.entries
        if e.actor.type == "person"
    )


def _person_names(cluster: _Cluster) -> list[person_names.PersonName]:
    found = (
        person_names.person_name(n)
        for e in cluster.entries
        for n in e.names
        if e.actor.type == "person"
    )
    return [p for p in found if p is not None]


def _same_person(a: _Cluster, b: _Cluster) -> bool:
    return any(p.same_person(q) for p in _person_names(a) for q in _person_names(b))


def _bare_surname(actor: Actor) -> bool:
    """An organisation's entry that is a single capitalised word, no acronym and no word of
    organisations' names: the surname of a person the article did not name in full."""
    word = actor.name
    return (
        actor.type == "organization"
        and len(word.split()) == 1
        and word[:1].isupper()
        and not word.isupper()
        and not person_names.is_org_word(word)
    )


def _surnames(tokens: frozenset[str], cluster: _Cluster) -> set[str]:
    """The surname of the cluster's name with these tokens ("Joseph R. Biden Jr.": Biden;
    "Beto O'Rourke": O'Rourke, as "orourke" and "rourke")."""
    for entry in cluster.entries:
        for name in entry.names:
            if _tokens(name) == tokens:
                return person_names.surname_forms(name)
    return set()


def _brief_actor(cluster: _Cluster) -> BriefActor:
    names = Counter(e.actor.name for e in cluster.entries)
    # The name most outlets write; of forms as frequent, the fullest, and of as full ones, one
    # whose first name is listed ("Vicente Fox", not one outlet's "Vincente Fox").
    canonical = sorted(
        names,
        key=lambda n: (-names[n], -len(_tokens(n)), not person_names.listed_first(n), -len(n), n),
    )[0]
    types = Counter(e.actor.type for e in cluster.entries)
    if types["person"] and (
        person_names.person_name(canonical) or any(e.actor.role for e in cluster.entries)
    ):
        types = Counter({"person": 1})  # a person is never an organisation for one outlet
    all_names = sorted({n for e in cluster.entries for n in e.names} - {canonical})
    mentions = sorted(
        (
            Mention(source=e.source, start=m.start, end=m.end, text=m.text)
            for e in cluster.entries
            for m in e.actor.mentions
        ),
        key=lambda m: (m.source, m.start),
    )
    return BriefActor(
        id=_slug(canonical),
        name=canonical,
        type=sorted(types, key=lambda t: (-types[t], t))[0],
        kind=cluster.entries[0].actor.kind,
        # each source's roles of the actor, "; "-joined ("Rep.; Congressman"), listed once
        roles=sorted(
            {r for e in cluster.entries if e.actor.role for r in e.actor.role.split("; ")}
        ),
        aliases=all_names,
        sources=sorted({e.source for e in cluster.entries}),
        mentions=list({(m.source, m.start): m for m in mentions}.values()),
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "actor"


def _unique_ids(actors: list[BriefActor], index: dict[tuple[int, str], str]) -> None:
    seen: Counter[str] = Counter()
    for actor in actors:
        seen[actor.id] += 1
        if seen[actor.id] > 1:
            new_id = f"{actor.id}-{seen[actor.id]}"
            for key, value in index.items():
                if value == actor.id and (key[0] in actor.sources):
                    index[key] = new_id
            actor.id = new_id


def confirm_across(extractions: list[Extraction]) -> list[Extraction]:
    """The extractions with the model's readings under the bar that other sources confirm
    moved into their positions: a reading of an actor (one across its names, `resolve_actors`)
    on an issue (`find_issues`) with a margin of at least `stances.CONFIRM_MARGIN` is shown where
    another source reads the actor on that issue the same way, under the bar with such a margin
    or in a position it shows (a rule's reading, or the model's over the bar), with the
    articles that agree (`Position.agreed_by`). Not where its source already holds a position
    of the actor on that issue, nor where any source's shown position of the actor on it takes
    another side: a reading that meets the bar outweighs readings that do not."""
    candidates = [
        (e, p)
        for e in extractions
        for p in e.under_bar
        if p.confidence is not None and p.confidence >= CONFIRM_MARGIN
    ]
    if not candidates:
        return extractions
    sources = sources_of(extractions)
    _, index = resolve_actors(extractions, sources)
    ref_of = {s.sha256 + s.id: s.ref for s in sources}
    sha_of = {s.ref: s.sha256 for s in sources}

    def item(e: Extraction, p: Position) -> tuple[str, int, Extraction, Position]:
        ref = ref_of[e.article.sha256 + e.article.id]
        return index[(ref, p.actor)], ref, e, p

    shown = [item(e, p) for e in extractions for p in e.positions]
    asked = [item(e, p) for e, p in candidates]
    everything = [*shown, *asked]
    found = find_issues(
        [IssueItem(ref, p.topic, p.evidence.text, a) for a, ref, _, p in everything]
    )
    issue_of = {i: k for k, issue in enumerate(found) for i in issue.members}
    held: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for i, (actor, ref, _, p) in enumerate(shown):
        held.setdefault((actor, issue_of[i]), []).append((ref, p.stance))
    agreeing: dict[tuple[str, int, str], list[tuple[int, Extraction, Position]]] = {}
    for i, (actor, ref, e, p) in enumerate(asked, start=len(shown)):
        firm = held.get((actor, issue_of[i]), [])
        if any(r == ref or stance != p.stance for r, stance in firm):
            continue
        agreeing.setdefault((actor, issue_of[i], p.stance), []).append((ref, e, p))
    confirmed: dict[int, list[Position]] = {}
    for (actor, issue, _), readings in agreeing.items():
        firm_refs = {r for r, _ in held.get((actor, issue), [])}  # all of the readings' side
        for ref, e, p in readings:
            others = {sha_of[r] for r, _, _ in readings if r != ref} | {
                sha_of[r] for r in firm_refs
            }
            if others:
                update = {"agreed_by": sorted(others)}
                confirmed.setdefault(id(e), []).append(p.model_copy(update=update))
    # The briefing finds its issues anew among the positions it shows (`merge_positions`),
    # without the readings left under the bar: a confirmation stands only where the readings
    # that agree are shown on one issue there too, else "[2] reads it alike" would point at a
    # reading under another issue. Dropping one may move the issues again: until none is.
    while True:
        result = _with_confirmed(extractions, confirmed)
        now_shown, now_issues = _positions_by_issue(result, sources, index)
        kept = _together(now_shown, now_issues, confirmed, {sha: r for r, sha in sha_of.items()})
        if kept == confirmed:
            return result
        confirmed = kept


def _with_confirmed(
    extractions: list[Extraction], confirmed: dict[int, list[Position]]
) -> list[Extraction]:
    """The extractions with the confirmed readings (by the extraction's id) among their
    positions, no longer under the bar."""
    return [
        e.model_copy(
            update={
                "positions": [*e.positions, *confirmed[id(e)]],
                # one reading under the bar an actor (`stances.Positions.under_bar`)
                "under_bar": [
                    p for p in e.under_bar if p.actor not in {c.actor for c in confirmed[id(e)]}
                ],
            }
        )
        if confirmed.get(id(e))
        else e
        for e in extractions
    ]


def _together(
    found: list[tuple[str, int, Position]],
    found_issues: list[FoundIssue],
    confirmed: dict[int, list[Position]],
    ref_of_sha: dict[str, int],
) -> dict[int, list[Position]]:
    """The confirmed readings whose agreeing sources show the same actor on the same side of
    the same issue (`found_issues` of the positions `found`), each with only those sources;
    one with none left is dropped."""
    issue_of = {id(found[i][2]): k for k, issue in enumerate(found_issues) for i in issue.members}
    sides = {(actor, ref, p.stance, issue_of[id(p)]) for actor, ref, p in found}
    actor_of = {id(p): (actor, ref) for actor, ref, p in found}
    kept: dict[int, list[Position]] = {}
    for key, readings in confirmed.items():
        for p in readings:
            actor, _ = actor_of[id(p)]
            agreeing = [
                sha
                for sha in p.agreed_by
                if (actor, ref_of_sha[sha], p.stance, issue_of[id(p)]) in sides
            ]
            if agreeing == p.agreed_by:
                kept.setdefault(key, []).append(p)
            elif agreeing:
                kept.setdefault(key, []).append(p.model_copy(update={"agreed_by": agreeing}))
    return kept


def _positions_by_issue(
    extractions: list[Extraction], sources: list[Source], index: dict[tuple[int, str], str]
) -> tuple[list[tuple[str, int, Position]], list[FoundIssue]]:
    """Every position shown with its actor's id and its source, in a fixed order, and the
    issues they fall into (`find_issues`, whose members index that list)."""
    ref_of = {s.sha256 + s.id: s.ref for s in sources}
    found = sorted(
        (
            (index[(ref, p.actor)], ref, p)
            for e in extractions
            for ref in [ref_of[e.article.sha256 + e.article.id]]
            for p in e.positions
        ),
        key=lambda f: (f[1], f[2].evidence.start, f[0], f[2].topic, f[2].stance),
    )
    found_issues = find_issues(
        [IssueItem(ref, p.topic, p.evidence.text, actor) for actor, ref, p in found]
    )
    return found, found_issues


def merge_positions(
    extractions: list[Extraction], sources: list[Source], index: dict[tuple[int, str], str]
) -> tuple[list[BriefPosition], list[Issue]]:
    """Every position with its actor's id and its issue, and the issues (issues.py): the
    outlets' topic wordings grouped into the few questions the actors take sides on."""
    ref_by_sha = {s.sha256: s.ref for s in sources}
    found, found_issues = _positions_by_issue(extractions, sources, index)
    issues: list[Issue] = []
    issue_of: dict[int, Issue] = {}
    for issue in found_issues:
        issue_id = _unique_slug(issue.name, {i.id for i in issues})
        issues.append(
            Issue(
                id=issue_id,
                name=issue.name,
                wordings=list(issue.wordings),
                sources=sorted({found[i][1] for i in issue.members}),
            )
        )
        issue_of.update(dict.fromkeys(issue.members, issues[-1]))
    result = [
        BriefPosition(
            actor=actor,
            topic=issue_of[i].name,
            issue=issue_of[i].id,
            reported_topic=p.topic,
            stance=p.stance,
            summary=p.summary,
            source=source,
            evidence=p.evidence,
            attribution=p.attribution,
            confidence=p.confidence,
            agreed_by=sorted(ref_by_sha[sha] for sha in p.agreed_by if sha in ref_by_sha),
        )
        for i, (actor, source, p) in enumerate(found)
    ]
    positions = sorted(result, key=lambda p: (p.actor, p.source, p.evidence.start, p.topic))
    return positions, issues


def _unique_slug(name: str, taken: set[str]) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "issue"
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    return candidate


def merge_topics(topics: list[str]) -> dict[str, str]:
    """Each topic wording → the wording of its group, for wordings that say the same in other
    words ("NATO Japan office", "NATO office in Japan", "NATO Japan liaison office")."""
    merged = {member: group[0] for group in wording_groups(topics) for member in group}
    return {t: merged[t.strip()] for t in topics}


def align_quotes(
    extractions: list[Extraction], sources: list[Source], index: dict[tuple[int, str], str]
) -> list[BriefQuote]:
    """Group the same remark reported by several outlets, in whatever wording."""
    ref_of = {s.sha256 + s.id: s.ref for s in sources}
    variants = sorted(
        (
            (
                index[(ref_of[e.article.sha256 + e.article.id], q.speaker)],
                QuoteVariant(
                    source=ref_of[e.article.sha256 + e.article.id],
                    text=q.text,
                    start=q.start,
                    end=q.end,
                ),
            )
            for e in extractions
            for q in e.quotes
        ),
        key=lambda pair: (pair[0], pair[1].source, pair[1].start),
    )  # fmt: skip
    groups = _group_similar(variants, lambda a, b: _one_remark(a.text, b.text))
    quotes = [
        BriefQuote(
            speaker=speaker,
            text=max(members, key=lambda m: (len(m.text), -m.source)).text,
            sources=sorted({m.source for m in members}),
            variants=members,
        )
        for speaker, members in groups
    ]
    return sorted(
        quotes,
        key=lambda q: (-len(q.sources), q.speaker, q.variants[0].source, q.variants[0].start),
    )


class _Variant(Protocol):
    source: int
    text: str


_V = TypeVar("_V", bound=_Variant)


def _group_similar(
    variants: list[tuple[str, _V]], similar: Callable[[_V, _V], bool]
) -> list[tuple[str, list[_V]]]:
    """(speaker, variant) pairs grouped: one remark of one speaker, at most one variant a
    source, each variant `similar` to one already in its group."""
    groups: list[tuple[str, list[_V]]] = []
    for speaker, variant in variants:
        home = None
        for group_speaker, members in groups:
            if group_speaker != speaker or any(m.source == variant.source for m in members):
                continue
            if any(similar(m, variant) for m in members):
                home = members
                break
        if home is None:
            groups.append((speaker, [variant]))
        else:
            home.append(variant)
    return groups


def align_statements(
    extractions: list[Extraction],
    sources: list[Source],
    index: dict[tuple[int, str], str],
    positions: list[BriefPosition],
) -> list[BriefStatement]:
    """Who said what: the statements with a speaker and the quotes no statement of their
    speaker covers, the same claim reported by several outlets grouped as one, whether an
    outlet quotes it or reports it in its own words (`_same_claim`); each variant marked where
    it is one of its source's quotes and where it lies in the evidence of one of the speaker's
    positions there."""
    ref_of = {s.sha256 + s.id: s.ref for s in sources}
    evidence: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for p in positions:
        evidence.setdefault((p.actor, p.source), []).append((p.evidence.start, p.evidence.end))

    def held(speaker: str, ref: int, spans: list[Span]) -> bool:
        bounds = evidence.get((speaker, ref), [])
        return any(a <= c.start and c.end <= b for c in spans for a, b in bounds)

    variants = []
    for e in extractions:
        ref = ref_of[e.article.sha256 + e.article.id]
        quoted: list[tuple[str, Span]] = []  # (speaker, content) of statements a quote covers
        for st in e.statements:
            if st.speaker is None or st.resolved_by is None:
                continue
            speaker = index[(ref, st.speaker)]
            if st.quote:
                quoted.extend((speaker, c) for c in st.content)
            variant = StatementVariant(
                source=ref,
                text=" … ".join(c.text for c in st.content),
                kind=st.kind,
                content=st.content,
                cue=st.cue,
                said_by=st.source,
                resolved_by=st.resolved_by,
                quote=st.quote,
                confidence=st.confidence,
                evidence=held(speaker, ref, st.content),
            )
            variants.append((speaker, variant))
        for q in e.quotes:
            speaker = index[(ref, q.speaker)]
            if any(s == speaker and c.start < q.end and q.start < c.end for s, c in quoted):
                continue  # shown as the statement that holds it
            content = [Span(start=q.start, end=q.end, text=q.text)]
            variant = StatementVariant(
                source=ref,
                text=q.text,
                kind="direct",
                content=content,
                cue=[],
                said_by=[],
                resolved_by="quote",
                quote=True,
                evidence=held(speaker, ref, content),
            )
            variants.append((speaker, variant))
    variants = _outermost(variants)
    variants.sort(key=lambda pair: (pair[0], pair[1].source, pair[1].content[0].start))
    vectors = tfidf_vectors([v.text for _, v in variants], stem=True)
    vector_of = {id(v): vector for (_, v), vector in zip(variants, vectors, strict=True)}

    def same_claim(a: StatementVariant, b: StatementVariant) -> bool:
        return _same_claim(a, b, cosine(vector_of[id(a)], vector_of[id(b)]))

    statements = [
        BriefStatement(
            speaker=speaker,
            text=max(members, key=lambda m: (len(m.text), -m.source)).text,
            kinds=sorted({m.kind for m in members}, key=_KIND_ORDER.index),
            sources=sorted({m.source for m in members}),
            variants=members,
        )
        for speaker, members in _group_similar(variants, same_claim)
    ]
    return sorted(
        statements,
        key=lambda s: (
            s.speaker,
            -len(s.sources),
            s.variants[0].source,
            s.variants[0].content[0].start,
        ),
    )


def _outermost(
    variants: list[tuple[str, StatementVariant]],
) -> list[tuple[str, StatementVariant]]:
    """The variants without those whose content lies inside a longer one of the same speaker
    in the same source: "what she called “fear-mongering”" is reported by "Herrod has been
    deriding what she called “fear-mongering” from the measure's opponents", and shown once,
    as the longer report."""

    def inside(a: StatementVariant, b: StatementVariant) -> bool:
        return sum(c.end - c.start for c in a.content) < sum(
            c.end - c.start for c in b.content
        ) and all(any(o.start <= c.start and c.end <= o.end for o in b.content) for c in a.content)

    same: dict[tuple[str, int], list[StatementVariant]] = {}
    for speaker, v in variants:
        same.setdefault((speaker, v.source), []).append(v)
    return [
        (speaker, v)
        for speaker, v in variants
        if not any(inside(v, other) for other in same[(speaker, v.source)])
    ]


_KIND_ORDER = ["direct", "mixed", "indirect"]
# The cosine of two variants' TF-IDF vectors (stemmed words, weighed across all the briefing's
# statements and quotes, so that the words of the event everyone uses count little) at or
# above which they report one claim; chosen by reading the alignments it makes on the seeds and
# BASIL tuning events (README, "Merge").
CLAIM_SIMILARITY = 0.3


def _same_claim(a: StatementVariant, b: StatementVariant, cosine: float) -> bool:
    """Two reports of one claim. Two quotations are one remark when their words match, as
    quotes are aligned (`_similar`): two remarks on one subject share its words too ("a very
    reasonable offer", "fair, reasonable and common sense"). A quotation is one with a report
    whose quoted words hold it ("misleading" in 'the article "misleading"'). Otherwise a
    quotation and an outlet's own words for it, or two outlets' own words, are one claim when
    their distinctive words are much the same (`cosine`, their TF-IDF similarity, at least
    `CLAIM_SIMILARITY`) and they share two of them at least (by stem): one ("the bishops'")
    says no claim, and one rare word shared by two short reports ("a higher minimum wage",
    "from Hope to Higher Ground") makes their cosine high and says nothing of one claim. A
    claim and its negation are never one (`_negates`)."""
    if _negates(a.text, b.text):
        return False
    if a.kind == "direct" and b.kind == "direct":
        return _one_remark(a.text, b.text)
    for quoted, other in ((a, b), (b, a)):
        if quoted.kind == "direct" and other.kind == "mixed" and _holds(other.text, quoted.text):
            return True
    if len(_distinct_stems(a.text) & _distinct_stems(b.text)) < 2:
        return False
    return cosine >= CLAIM_SIMILARITY


def _negates(a: str, b: str) -> bool:
    """Whether one text says what the other does with a negation the other lacks: "would not
    attack" against "would attack", "won't attack" against "will attack", "has no plans to
    leave" against "plans to leave". The words of the two are aligned by their stems
    (`difflib`, `issues.word_stem`: "attacks" with "attacked"); they are opposed when, before
    a run they share (holding a distinctive word) and after another or at the opening of both,
    one holds a negation (lexicon `negation_words`; "n't" is "not") and the other at most two
    words and none; at the opening, the negation must stand right before the shared run
    ("won't attack Iran" / "will attack Iran"), as nothing before it says what it negates
    ("This is not about NATO becoming global" / "that NATO grows"). A negation of something
    the other does not say ("attack, and did not rule out talks" against "attack") opposes
    nothing, nor does the same negation on both sides."""
    a_words, b_words = _claim_words(a), _claim_words(b)
    stems = difflib.SequenceMatcher(a=_stems(a_words), b=_stems(b_words), autojunk=False)
    ops = stems.get_opcodes()
    for i in range(len(ops) - 1):
        tag, a1, a2, b1, b2 = ops[i]
        opening = i == 0
        if tag == "equal" or not (opening or ops[i - 1][0] == "equal"):
            continue
        if ops[i + 1][0] != "equal":
            continue
        shared = a_words[ops[i + 1][1] : ops[i + 1][2]]
        if not issue_words(" ".join(shared)):
            continue
        for one, other in ((a_words[a1:a2], b_words[b1:b2]), (b_words[b1:b2], a_words[a1:a2])):
            if opening and (not one or one[-1] not in _NEGATIONS):
                continue
            if _NEGATIONS & set(one) and not _NEGATIONS & set(other) and len(other) <= 2:
                return True
    return False


_NEGATIONS = lexicon.words("negation_words")


@functools.lru_cache(maxsize=4096)
def _claim_words(text: str) -> tuple[str, ...]:
    """The words of `text`, lower case, "n't" as "not"."""
    return tuple(re.findall(r"\w+", re.sub(r"n[\u2019']t\b", " not", text.casefold())))


def _distinct_stems(text: str) -> set[str]:
    """The stems of `text`'s distinctive words (`issue_words`, `issues.word_stem`)."""
    return set(_stems(tuple(issue_words(text))))


@functools.lru_cache(maxsize=4096)
def _stems(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word_stem(word) for word in words)


def _holds(text: str, quotation: str) -> bool:
    """Whether `text` holds every word of `quotation`, in a row."""
    words = re.findall(r"\w+", quotation.casefold())
    return bool(words) and " ".join(words) in " ".join(re.findall(r"\w+", text.casefold()))


def _shared_run(a: str, b: str) -> bool:
    """Whether two quotations share words as they were said: a run of at least 3 words, or
    the whole of the shorter ("misleading", "legitimate rape"), and in all at least
    REMARK_COVERAGE of the shorter's words, in order. Two remarks on one subject share some of
    its words, not in a row ("The harbour plan will fail", "We will raise the fares"), or a
    few in a row and little else ("… false attacks and irresponsible characterizations about a
    piece of legislation …" and "… through lies, personal attacks, and irresponsible
    reporting.")."""
    a_words, b_words = re.findall(r"\w+", a.casefold()), re.findall(r"\w+", b.casefold())
    matcher = difflib.SequenceMatcher(a=a_words, b=b_words, autojunk=False)
    shorter = min(len(a_words), len(b_words))
    if matcher.find_longest_match().size < min(3, shorter):
        return False
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared >= REMARK_COVERAGE * shorter


def _one_remark(a: str, b: str) -> bool:
    """Whether two quotations are one remark: their words alike (`_similar`) and some said in
    a row (`_shared_run`). Two sentences of one statement that two outlets quote, each its own,
    share many words but none in a row ("A leadership team that can help unite and grow our
    party …", "President Obama and the Democrats have had their chance …")."""
    return _similar(a, b) and _shared_run(a, b)


def _similar(a: str, b: str) -> bool:
    a_norm, b_norm = a.casefold(), b.casefold()
    return (
        fuzz.token_set_ratio(a_norm, b_norm) >= QUOTE_SIMILARITY
        or fuzz.partial_ratio(a_norm, b_norm) >= 85
    )


def write_headline(actors: list[BriefActor], positions: list[BriefPosition]) -> str:
    """A deterministic headline: the most-cited actors and the most common topic."""
    topics = Counter(p.topic.strip().rstrip(".") for p in positions if p.topic.strip())
    folded = Counter[str]()
    for text, count in topics.items():
        folded[text.casefold()] += count
    best = sorted(folded, key=lambda t: (-folded[t], t))[0] if folded else ""
    # Show the most common spelling of the most common topic.
    spellings = [t for t in topics if t.casefold() == best]
    topic = sorted(spellings, key=lambda t: (-topics[t], t))[0] if spellings else ""
    people = [a.name for a in actors if a.kind == "named"][:3]
    who = (
        people[0]
        if len(people) == 1
        else ", ".join(people[:-1]) + " and " + people[-1]
        if people
        else ""
    )
    if who and topic:
        return f"{who} on {topic}"
    return who or topic or "No actors found"


# --- Agreements, disagreements, overview ----------------------------------------------------


def compare_sources(
    positions: list[BriefPosition], quotes: list[BriefQuote]
) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """What the sources agree on, where they differ, and what to check: an actor's stance on a
    topic as each source reports it, and the same remark reported in different words. Every
    disagreement has at least two sides and cites at least two sources.

    Sources differ on a stance only when each side has evidence that meets the bar (a rule
    read it, or the model above `stances.STANCE_MIN_MARGIN`), no side rests on one model
    reading against rule readings, two sources share no stance (`_apart`), the sides'
    evidence speak of one thing (`_same_question`) and their sources' topics name one question
    (`_worded_alike`); otherwise the stances that differ are a doubt to check."""
    agreements: list[Finding] = []
    disagreements: list[Finding] = []
    doubts: list[Finding] = []
    grouped: dict[tuple[str, str], list[BriefPosition]] = {}
    for position in positions:
        grouped.setdefault((position.actor, position.topic), []).append(position)
    for (actor, topic), members in sorted(grouped.items()):
        if len({p.source for p in members}) < 2:
            continue  # one source: a single-source claim, marked as such where it is shown
        sides, backings = [], []
        for stance in sorted({p.stance for p in members}):
            backing = [p for p in members if p.stance == stance]
            backings.append(backing)
            sides.append(
                Side(
                    says=stance,
                    sources=sorted({p.source for p in backing}),
                    evidence=[
                        Evidence(
                            source=p.source,
                            read_by=p.attribution,
                            confidence=p.confidence,
                            **p.evidence.model_dump(),
                        )
                        for p in backing
                    ],
                )
            )
        finding = Finding(kind="stance", actor=actor, topic=topic, sides=sides)
        if len(sides) == 1:
            agreements.append(finding)
        elif (
            _firm(sides)
            and _apart(sides)
            and _same_question(actor, sides)
            and _worded_alike(backings)
        ):
            disagreements.append(finding)
        else:
            doubts.append(finding)
    for quote in quotes:
        wordings: dict[str, list[QuoteVariant]] = {}
        for variant in quote.variants:
            wordings.setdefault(_plain(variant.text), []).append(variant)
        if len(wordings) < 2:
            continue
        disagreements.append(
            Finding(
                kind="wording",
                actor=quote.speaker,
                topic=quote.text,
                sides=[
                    Side(
                        says=variants[0].text,
                        sources=sorted({v.source for v in variants}),
                        evidence=[
                            Evidence(source=v.source, start=v.start, end=v.end, text=v.text)
                            for v in variants
                        ],
                    )
                    for variants in wordings.values()
                ],
            )
        )
    order = {"stance": 0, "wording": 1}
    disagreements.sort(key=lambda f: (order[f.kind], -_cited(f), f.actor, f.topic))
    agreements.sort(key=lambda f: (-_cited(f), f.actor, f.topic))
    doubts.sort(key=lambda f: (-_cited(f), f.actor, f.topic))
    return agreements, disagreements, doubts


def _meets_bar(evidence: Evidence) -> bool:
    """Evidence a stance disagreement may rest on: a rule's reading, or the model's above the
    bar (a model reading whose margin is unknown, as from a server, does not meet it)."""
    if evidence.read_by != "model":
        return True
    return evidence.confidence is not None and evidence.confidence >= STANCE_MIN_MARGIN


def _firm(sides: list[Side]) -> bool:
    """Whether stances that differ are a disagreement: every side has evidence that meets the
    bar, and none is one model reading against sides a rule read."""
    if not all(any(_meets_bar(e) for e in side.evidence) for side in sides):
        return False
    ruled = [any(e.read_by != "model" for e in side.evidence) for side in sides]
    lone_model = [not r and len(side.evidence) == 1 for side, r in zip(sides, ruled, strict=True)]
    return not (any(lone_model) and any(ruled))


def _apart(sides: list[Side]) -> bool:
    """Whether two sources differ: one reports none of the stances the other reports. A source
    on two sides ("mixed" and "opposes" in one article, "opposes" in another) is nuance within
    that source, and the other agrees with it."""
    said: dict[int, set[str]] = {}
    for side in sides:
        for ref in side.sources:
            said.setdefault(ref, set()).add(side.says)
    return any(not a & b for a, b in itertools.combinations(said.values(), 2))


def _same_question(actor: str, sides: list[Side]) -> bool:
    """Whether every two sides' evidence speak of one thing: they share a word (`issues.word_stem`)
    written in lowercase or opening its sentence (not a name: two sides that name the same people
    can be about two things, such as backing one candidate and objecting to another), other than
    the actor's name, a function word, a verb of saying or a day. An apology for a remark against
    a reading of a drive to remove him are two questions, not two outlets differing on one (BASIL
    event 63, session 6)."""
    own = set(actor.split("-"))

    def stems(side: Side) -> set[str]:
        return {
            word_stem(word)
            for e in side.evidence
            for word in issue_words(e.text)
            if word not in own
            and word not in person_names.TIME_WORDS
            and not word.isdigit()
            and re.search(rf"\b{re.escape(word)}\b", _first_lowered(e.text))
        }

    words = [stems(side) for side in sides]
    return all(words[i] & words[j] for i in range(len(words)) for j in range(i + 1, len(words)))


def _worded_alike(sides: list[list[BriefPosition]]) -> bool:
    """Whether every two sides hold positions whose topics, as their sources worded them, name
    one question: one wording holds the other's head word (`issues.TopicWords.headed`), or one
    has no head to tell. An issue gathers the outlets' wordings by their words and holders, so
    "gun violence" and "gun control" can be one issue; but opposing gun violence is no
    opposing gun control, and stances read on the two are no disagreement (BASIL event 91,
    session 35)."""

    def alike(a: str, b: str) -> bool:
        words_a, words_b = topic_match(a), topic_match(b)
        if words_a is None or words_b is None or words_a.head is None or words_b.head is None:
            return True
        return words_a.headed(b) or words_b.headed(a)

    return all(
        any(alike(a.reported_topic, b.reported_topic) for a in one for b in other)
        for one, other in itertools.combinations(sides, 2)
    )


def _first_lowered(text: str) -> str:
    """`text` with its first letter in lowercase: a sentence's first word is written with a
    capital whatever it is ("Tariffs hurt farmers")."""
    first = re.search(r"[A-Za-z]", text)
    return (
        text
        if first is None
        else text[: first.start()] + first.group().lower() + text[first.end() :]
    )


def _cited(finding: Finding) -> int:
    return len({s for side in finding.sides for s in side.sources})


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


# The actors an overview with no position names, at most.
MOST_NAMED = 4


def _cite(refs: list[int] | set[int]) -> str:
    return "".join(f"[{r}]" for r in sorted(set(refs)))


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def write_overview(
    sources: list[Source],
    actors: list[BriefActor],
    positions: list[BriefPosition],
    quotes: list[BriefQuote],
    disagreements: list[Finding],
) -> list[str]:
    """A short overview composed from the merged facts only, every sentence citing sources."""
    if not sources:
        return []
    sentences = []
    name = {a.id: a.name for a in actors}
    topic_sources: dict[str, set[int]] = {}
    for p in positions:
        topic_sources.setdefault(p.topic, set()).add(p.source)
    all_refs = [s.ref for s in sources]
    if topic_sources:
        topic = sorted(topic_sources, key=lambda t: (-len(topic_sources[t]), t))[0]
        sentences.append(
            f"{len(topic_sources[topic])} of {len(sources)} sources report positions on {topic} "
            f"{_cite(topic_sources[topic])}."
        )
        by_stance: dict[str, list[tuple[BriefActor, set[int]]]] = {}
        for actor in actors:
            own = [p for p in positions if p.actor == actor.id and p.topic == topic]
            if not own:
                continue
            counts = Counter(p.stance for p in own).most_common()
            if len(counts) > 1 and counts[0][1] == counts[1][1]:
                continue  # sources split evenly: named among the differences below
            stance = counts[0][0]
            by_stance.setdefault(stance, []).append(
                (actor, {p.source for p in own if p.stance == stance})
            )
        for stance in ("opposes", "supports", "mixed", "neutral"):
            holders = by_stance.get(stance, [])[:4]
            if not holders:
                continue
            plural = len(holders) > 1 or person_names.plural_actor(
                holders[0][0].name, holders[0][0].type
            )
            verb = person_names.stance_verb(stance, plural=plural)
            refs = set().union(*(r for _, r in holders))
            sentences.append(f"{_names([a.name for a, _ in holders])} {verb} it {_cite(refs)}.")
    if disagreements:
        refs = {s for f in disagreements for side in f.sides for s in side.sources}
        stance_points = sum(1 for f in disagreements if f.kind == "stance")
        wording_points = len(disagreements) - stance_points
        parts = []
        if stance_points:
            differing = list(
                dict.fromkeys(name[f.actor] for f in disagreements if f.kind == "stance")
            )
            parts.append(f"the stance of {_names(differing)}")
        if wording_points:
            parts.append(
                f"the wording of {wording_points} quote{'s' if wording_points != 1 else ''}"
            )
        sentences.append(f"The sources differ on {', and on '.join(parts)} {_cite(refs)}.")
    shared = [q for q in quotes if len(q.sources) > 1]
    if shared:
        quote = shared[0]
        sentences.append(
            f"The remark most widely reported is {name[quote.speaker]}'s “{quote.text}” "
            f"{_cite(quote.sources)}."
        )
    elif not topic_sources:
        # No side and no shared remark: who the sources are about, rather than a bare count.
        count = f"{len(sources)} source{'s' if len(sources) != 1 else ''}"
        sentences.append(f"{count} {_cite(all_refs)}; no position on an issue was read.")
        named = [a for a in actors if a.kind == "named"]  # most widely named first
        widely = [a for a in named if len(a.sources) > 1] if len(sources) > 1 else named
        if most := [f"{a.name} {_cite(a.sources)}" for a in widely[:MOST_NAMED] or named[:1]]:
            sentences.append(f"Named most: {_names(most)}.")
    return sentences
