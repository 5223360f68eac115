"""Group a pile of articles into stories, from text features only (no model): the first stage of
`summarizer stories`, run before any extraction.

1. Duplicates fold: articles whose word 5-shingles have an estimated Jaccard similarity of at
   least NEAR_DUPLICATE_JACCARD (MinHash with locality-sensitive hashing, datasketch) are copies
   of one text. A story keeps one copy per outlet (syndicated copies stay sources of their own);
   another copy from the same outlet is folded into the first and listed apart.
2. Each group of copies is described by its first copy: TF-IDF vectors (scikit-learn) of its
   title and lead (the first LEAD_WORDS words), and of the actor names the rules find in its
   whole text (`summarizer.names`: surnames count too, so "Santorum" meets "Rick Santorum").
   Two groups' similarity is the cosine of the word vectors and of the name vectors, weighed
   NAME_WEIGHT for the names; it is 0 when both have dates more than DATE_WINDOW_DAYS apart.
3. Average-linkage agglomerative clustering on that similarity: the two most similar clusters
   merge while their mean pairwise similarity is at least STORY_SIMILARITY. Only each
   article's NEIGHBOURS most similar articles at or above EDGE_FLOOR are kept; other pairs
   count as 0 (so memory grows with the articles, not with their square; a story of many more
   than NEIGHBOURS articles may come out as several). A cluster with at least
   MIN_STORY_ARTICLES articles is a story; the rest fit no story.

Everything is deterministic: ties break on input order. The thresholds were chosen on BASIL dev
(`bench/bench_stories.py`), whose figures the README gives.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import names
from .load import Article

SHINGLE_WORDS = 5
MINHASH_PERMUTATIONS = 128
NEAR_DUPLICATE_JACCARD = 0.8
LEAD_WORDS = 150
NAME_WEIGHT = 0.3
STORY_SIMILARITY = 0.15
DATE_WINDOW_DAYS = 4
EDGE_FLOOR = 0.05
NEIGHBOURS = 50
MIN_STORY_ARTICLES = 2
_CHUNK_ROWS = 512  # rows of the similarity matrix computed at once: bounds its memory

THRESHOLDS: dict[str, float | int] = {
    "shingle_words": SHINGLE_WORDS,
    "minhash_permutations": MINHASH_PERMUTATIONS,
    "near_duplicate_jaccard": NEAR_DUPLICATE_JACCARD,
    "lead_words": LEAD_WORDS,
    "name_weight": NAME_WEIGHT,
    "story_similarity": STORY_SIMILARITY,
    "date_window_days": DATE_WINDOW_DAYS,
    "edge_floor": EDGE_FLOOR,
    "neighbours": NEIGHBOURS,
    "min_story_articles": MIN_STORY_ARTICLES,
}


@dataclass
class Grouping:
    """Indices into the articles grouped: stories (each in input order, stories ordered by
    their first date, then input order), articles in no story, and folded copies."""

    stories: list[list[int]]
    unassigned: list[int]
    duplicates: dict[int, int] = field(default_factory=dict)  # folded copy → the kept copy


@dataclass(frozen=True)
class Features:
    """What grouping needs of one article: small, so that a large crawl's fit in memory."""

    title: str
    lead: str
    names: str  # name tokens, space-separated
    outlet: str | None
    date: date | None


def features(article: Article) -> Features:
    meta = article.meta
    return Features(
        title=meta.title or "",
        lead=" ".join(article.text.split()[:LEAD_WORDS]),
        names=name_tokens(article.text),
        outlet=meta.outlet,
        date=_day(meta.date),
    )


def name_tokens(text: str) -> str:
    """The rules' candidate names as tokens: each whole name, and a person's surname alone."""
    tokens = []
    for candidate in names.find_candidates(text):
        words = re.findall(r"\w+", candidate.name.casefold())
        if words:
            tokens.append("_".join(words))
            if len(words) > 1:
                tokens.append(words[-1])
    return " ".join(tokens)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


class Deduplicator:
    """Finds, article by article, the earlier article whose text this one copies (MinHash LSH:
    one signature of MINHASH_PERMUTATIONS numbers an article, whatever its length)."""

    def __init__(self) -> None:
        from datasketch import MinHash, MinHashLSH  # deferred: numpy takes a while to import

        # One set of hash permutations for every signature (each would otherwise hold its own).
        first = MinHash(num_perm=MINHASH_PERMUTATIONS, seed=1)
        self._permutations, self._scheme = first.permutations, first.scheme
        self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=MINHASH_PERMUTATIONS)
        self._signatures: dict[int, Any] = {}
        self._exact: dict[str, int] = {}

    def add(self, index: int, article: Article) -> int | None:
        """Register article `index`; the index of the earliest article it copies, if any."""
        from datasketch import MinHash

        if article.meta.sha256 in self._exact:
            return self._exact[article.meta.sha256]
        self._exact[article.meta.sha256] = index
        words = re.findall(r"\w+", article.text.casefold())
        shingles = {
            " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
        }
        signature = MinHash(
            num_perm=MINHASH_PERMUTATIONS, permutations=self._permutations, scheme=self._scheme
        )
        signature.update_batch(sorted(shingles))
        matches = [
            int(key)
            for key in self._lsh.query(signature)
            if self._signatures[int(key)].jaccard(signature) >= NEAR_DUPLICATE_JACCARD
        ]
        self._lsh.insert(str(index), signature)
        self._signatures[index] = signature
        return min(matches) if matches else None


def group(articles: Sequence[Article]) -> Grouping:
    """Stories of `articles` (see the module's docstring)."""
    dedup = Deduplicator()
    copies = [dedup.add(i, a) for i, a in enumerate(articles)]
    return group_features([features(a) for a in articles], copies)


def group_features(items: Sequence[Features], copies: Sequence[int | None]) -> Grouping:
    """The grouping of articles described by `items`; `copies[i]` is the earlier article that
    article i copies, if any (from `Deduplicator.add`)."""
    root = list(range(len(items)))
    for index, original in enumerate(copies):
        if original is not None:
            root[index] = root[original]
    units: dict[int, list[int]] = {}
    for index, unit in enumerate(root):
        units.setdefault(unit, []).append(index)
    duplicates: dict[int, int] = {}
    kept: dict[int, list[int]] = {}
    for unit, members in units.items():
        first_of_outlet: dict[str | None, int] = {}
        for index in members:
            outlet = items[index].outlet
            if outlet in first_of_outlet:
                duplicates[index] = first_of_outlet[outlet]
            else:
                first_of_outlet[outlet] = index
                kept.setdefault(unit, []).append(index)
    heads = sorted(kept)
    clusters = _cluster([items[h] for h in heads])
    stories: list[list[int]] = []
    unassigned: list[int] = []
    for cluster in clusters:
        members = sorted(i for c in cluster for i in kept[heads[c]])
        if len(members) >= MIN_STORY_ARTICLES:
            stories.append(members)
        else:
            unassigned.extend(members)

    def first_date(members: list[int]) -> tuple[str, int]:
        dates = [d for d in (items[i].date for i in members) if d is not None]
        return (min(dates).isoformat() if dates else "9999", members[0])

    stories.sort(key=first_date)
    return Grouping(stories=stories, unassigned=sorted(unassigned), duplicates=duplicates)


def _cluster(items: Sequence[Features]) -> list[list[int]]:
    """Average-linkage clusters of `items`, each a list of positions."""
    if len(items) < 2:
        return [[i] for i in range(len(items))]
    edges = _similarities(items)
    return average_linkage(len(items), edges, STORY_SIMILARITY)


def _similarities(items: Sequence[Features]) -> dict[tuple[int, int], float]:
    """Similarity of pairs (i < j): for each article, its NEIGHBOURS most similar articles at or
    above EDGE_FLOOR within the date window. Computed a block of rows at a time, so memory grows
    with the articles, never with their square."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer  # deferred: slow to import

    words = TfidfVectorizer(stop_words="english", sublinear_tf=True, dtype=np.float32)
    word_vectors = words.fit_transform([f"{f.title} {f.lead}" for f in items])
    name_vectors = None
    if any(f.names for f in items):
        named = TfidfVectorizer(
            token_pattern=r"\S+", sublinear_tf=True, lowercase=False, dtype=np.float32
        )
        name_vectors = named.fit_transform([f.names for f in items])
    days = np.array([f.date.toordinal() if f.date else -1 for f in items])
    edges: dict[tuple[int, int], float] = {}
    for start in range(0, len(items), _CHUNK_ROWS):
        block = slice(start, start + _CHUNK_ROWS)
        similar = (1 - NAME_WEIGHT) * (word_vectors[block] @ word_vectors.T)
        if name_vectors is not None:
            similar = similar + NAME_WEIGHT * (name_vectors[block] @ name_vectors.T)
        similar = similar.tocsr()
        for row in range(similar.shape[0]):
            i = start + row
            lo, hi = similar.indptr[row], similar.indptr[row + 1]
            cols, values = similar.indices[lo:hi], similar.data[lo:hi]
            keep = (cols != i) & (values >= EDGE_FLOOR)
            if days[i] >= 0:
                other = days[cols]
                keep &= (other < 0) | (np.abs(other - days[i]) <= DATE_WINDOW_DAYS)
            cols, values = cols[keep], values[keep]
            # The strongest first, ties by input order: the same input, the same edges.
            best = np.lexsort((cols, -values))[:NEIGHBOURS]
            for j, value in zip(cols[best].tolist(), values[best].tolist(), strict=True):
                edges[(min(i, j), max(i, j))] = round(value, 6)
    return edges


def average_linkage(
    count: int, edges: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Agglomerative clustering of `count` items with average linkage on a sparse similarity
    (a pair not in `edges` has similarity 0): merge the two clusters of highest mean pairwise
    similarity while it is at least `threshold`. Ties go to the lowest indices."""
    sizes = dict.fromkeys(range(count), 1)
    members = {i: [i] for i in range(count)}
    # sums[a][b]: the sum of the similarities between the members of clusters a and b.
    sums: dict[int, dict[int, float]] = {i: {} for i in range(count)}
    for (i, j), value in edges.items():
        sums[i][j] = sums[j][i] = value
    heap = [(-value, i, j) for (i, j), value in edges.items() if value >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in sizes or b not in sizes:
            continue  # one of them was merged since
        current = sums[a].get(b, 0.0) / (sizes[a] * sizes[b])
        if abs(current + negative) > 1e-12:
            continue  # stale: the pair's mean changed, a fresher entry is in the heap
        # b joins a (a < b): a keeps the lower index, so ties stay resolved by input order.
        sizes[a] += sizes.pop(b)
        members[a].extend(members.pop(b))
        b_sums = sums.pop(b)
        for c, value in b_sums.items():
            if c == a:
                continue
            sums[c].pop(b, None)
            sums[a][c] = sums[c][a] = sums[a].get(c, 0.0) + value
        sums[a].pop(b, None)
        for c, total in sums[a].items():
            mean = total / (sizes[a] * sizes[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    return [sorted(members[k]) for k in sorted(members)]
