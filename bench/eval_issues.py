"""How well the briefing's issues (summarizer/issues.py) match hand gold: issues per event, found
against gold, and the share of positions attached to the right gold issue.

    python bench/eval_issues.py seeds [--gold tests/gold/seeds.jsonl]
    python bench/eval_issues.py basil --gold-dir DIR --topics TOPICS.json [--events 54,56]

`seeds`: the recorded extractions of the seed articles (tests/golden/extractions, the real
model's topics and positions) against the seeds' gold positions (their `issue`, else their
`topic`). `basil`: the articles of BASIL dev events (read from ../shared/eval at run time),
extracted with the rules backend (no model: the positions the stance-word rules read), each
article's topic taken from TOPICS.json (article id → the model's topic, asked by the topic
question alone: `basil/54/fox`; `--ask-topics` asks the real model for those missing), against
tests/gold/basil/<n>.json. bench/basil-topics.json holds the topics of the tuning events as the
default model answered them (a few words each, model output, no article text).

A system position is matched to the gold positions of its article whose actor has its surname
or name (any alias); among several on different issues, the one whose evidence overlaps it.
Found issues map one-to-one onto gold issues (most shared positions first); a position is right
when its issue maps to its gold issue. "Lined up": of the (holder, gold issue) pairs that two or
more sources report, those whose positions all fall into one found issue (one row of one
stance matrix). `--baseline` groups only near-identical wordings (the merge before issues.py);
`--no-reassign` keeps every position on its topic's issue; `--gold-labels` takes the gold's own
issue labels as the list of issues (what one model question per briefing could at best answer);
`--split-evidence T` splits each found issue by its positions' evidence (an experiment). Issue
precision: the found issues mapped to a gold issue, of those found; recall: of the gold issues.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import issues as issue_finder  # noqa: E402
from summarizer import merge  # noqa: E402
from summarizer.types import Extraction, Position  # noqa: E402

TEXTS: dict[str, str] = {}  # article key → text, read at run time


@dataclass
class GoldPosition:
    actor: str  # the gold actor's name
    names: set[str]  # the actor's name and aliases, folded
    issue: str
    spans: list[tuple[int, int]]


@dataclass
class Article:
    key: str  # source key: file name or event/outlet
    extraction: Extraction
    gold: list[GoldPosition]
    topic: str  # the article's topic as the model worded it


def _fold(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.casefold()))


def _same_actor(system: set[str], gold: set[str]) -> bool:
    if system & gold:
        return True
    surnames = {n.split()[-1] for n in gold if n} | {n for n in gold if n and " " not in n}
    return any(n and n.split()[-1] in surnames for n in system)


def gold_issue(article: Article, position: Position) -> str | None:
    actor = next((a for a in article.extraction.actors if a.name == position.actor), None)
    names = {_fold(position.actor)} | {_fold(a) for a in (actor.aliases if actor else [])}
    candidates = [g for g in article.gold if _same_actor(names, g.names)]
    found = {g.issue for g in candidates}
    if len(found) <= 1:
        return found.pop() if found else None
    ev = position.evidence
    overlapping = [
        g for g in candidates
        if any(min(ev.end, e) - max(ev.start, s) > 0 for s, e in g.spans)
    ]  # fmt: skip
    found = {g.issue for g in overlapping}
    return found.pop() if len(found) == 1 else None


Scored = dict[str, tuple[list[issue_finder.IssueItem], list[str | None], set[str]]]


def system_items(events: dict[str, list[Article]]) -> Scored:
    """Each event's system positions, with the gold issue each matches (None: no match)."""
    scored: Scored = {}
    for event, articles in events.items():
        items, golds = [], []
        extractions = [a.extraction for a in articles]
        sources = merge.sources_of(extractions)
        _, index = merge.resolve_actors(extractions, sources)
        ref_of = {s.sha256 + s.id: s.ref for s in sources}
        for article in articles:
            ref = ref_of[article.extraction.article.sha256 + article.extraction.article.id]
            for position in article.extraction.positions:
                items.append(
                    issue_finder.IssueItem(
                        ref, position.topic, position.evidence.text, index[(ref, position.actor)]
                    )
                )
                golds.append(gold_issue(article, position))
        scored[event] = (items, golds, {g.issue for a in articles for g in a.gold})
    return scored


def gold_items(events: dict[str, list[Article]], texts: dict[str, str]) -> Scored:
    """Each event's gold positions as the issues would see them: the article's topic as the
    model worded it, the gold evidence; and their gold issue."""
    scored: Scored = {}
    for event, articles in events.items():
        items, golds = [], []
        for ref, article in enumerate(articles, start=1):
            topic = next((p.topic for p in article.extraction.positions), None)
            if topic is None:
                topic = article.topic
            for g in article.gold:
                evidence = " ".join(texts[article.key][s:e] for s, e in g.spans)
                items.append(issue_finder.IssueItem(ref, topic, evidence, g.actor))
                golds.append(g.issue)
        scored[event] = (items, list(golds), set(golds))
    return scored


Finder = Callable[[str, list[issue_finder.IssueItem]], list[issue_finder.FoundIssue]]


def score(events: Scored, finder: Finder) -> None:
    """Print each event's issues against its gold, and the totals; `finder` gives an event's
    issues from its items."""
    totals = Counter[str]()
    for event, (items, golds, gold_issues) in sorted(events.items()):
        found = finder(event, items)
        pairs = Counter(
            (f, golds[i]) for f, issue in enumerate(found) for i in issue.members if golds[i]
        )
        mapping: dict[int, str] = {}
        for (f, g), _ in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
            if f not in mapping and g not in mapping.values():
                mapping[f] = g
        matched = sum(1 for g in golds if g)
        right = sum(
            1 for f, issue in enumerate(found) for i in issue.members
            if golds[i] and mapping.get(f) == golds[i]
        )  # fmt: skip
        issue_of = {i: f for f, issue in enumerate(found) for i in issue.members}
        held: dict[tuple[str, str], list[int]] = {}
        for i, item in enumerate(items):
            if golds[i] and item.actor:
                held.setdefault((item.actor, golds[i] or ""), []).append(i)
        across = [m for m in held.values() if len({items[i].source for i in m}) >= 2]
        aligned = sum(1 for m in across if len({issue_of[i] for i in m}) == 1)
        shown = sum(1 for issue in found if len({items[i].source for i in issue.members}) >= 2)
        topics = sorted({item.topic for item in items})
        totals.update(mapped=len(mapping))
        print(
            f"{event}: issues found {len(found)} ({shown} in two or more sources), "
            f"gold {len(gold_issues)}; positions {len(items)}, matched to gold {matched}, "
            f"right issue {right}/{matched}; holders on one gold issue in 2+ sources lined up "
            f"in one found issue {aligned}/{len(across)}"
        )
        print(f"  topics: {topics}")
        for f, issue in enumerate(found):
            got = Counter(golds[i] or "?" for i in issue.members)
            print(f"  [{issue.name}] -> {mapping.get(f, '-')}: {dict(got)}")
        totals.update(
            events=1,
            found=len(found),
            gold=len(gold_issues),
            matched=matched,
            right=right,
            exact=int(len(found) == len(gold_issues)),
            aligned=aligned,
            across=len(across),
        )
    print(
        f"ALL: {totals['events']} events; issues found {totals['found']}, gold {totals['gold']}, "
        f"same count in {totals['exact']}; issue precision {totals['mapped']}/{totals['found']} "
        f"= {totals['mapped'] / max(1, totals['found']):.2f}, recall {totals['mapped']}/"
        f"{totals['gold']} = {totals['mapped'] / max(1, totals['gold']):.2f}; "
        f"right issue {totals['right']}/{totals['matched']} "
        f"= {totals['right'] / max(1, totals['matched']):.2f}; lined up "
        f"{totals['aligned']}/{totals['across']}"
    )


def split_finder(threshold: float, smallest: int = 3) -> Finder:
    """The issues `find_issues` finds, each then split by its positions' evidence: the evidence
    sentences without the issue's topic words and its holders' names, clustered as the issues
    are (average linkage at `threshold`); every cluster but the largest with at least `smallest`
    positions from two or more sources and holders becomes an issue of its own, named by its
    most used word. An experiment to find the secondary issues no topic names (README)."""

    def finder(event: str, items: list[issue_finder.IssueItem]) -> list[issue_finder.FoundIssue]:
        found = []
        for issue in issue_finder.find_issues(items):
            members = list(issue.members)
            known = {w[:6] for t in issue.wordings for w in issue_finder.topic_words(t)}
            for i in members:
                known |= {w[:6] for w in issue_finder.topic_words(items[i].actor.replace("-", " "))}
            texts = [
                " ".join(w[:6] for w in issue_finder.topic_words(items[i].evidence) - known)
                for i in members
            ]
            clusters = issue_finder._cluster(issue_finder.text_similarities(texts), threshold)
            big = sorted(
                (
                    c for c in clusters
                    if len(c) >= smallest
                    and len({items[members[k]].source for k in c}) >= 2
                    and len({items[members[k]].actor for k in c}) >= 2
                ),
                key=len,
                reverse=True,
            )  # fmt: skip
            rest = set(range(len(members)))
            for c in big[1:]:
                rest -= set(c)
                word = Counter(w for k in c for w in set(texts[k].split())).most_common(1)[0][0]
                found.append(
                    issue_finder.FoundIssue(
                        f"{issue.name}: {word}",
                        issue.wordings,
                        tuple(sorted(members[k] for k in c)),
                    )
                )
            found.append(
                issue_finder.FoundIssue(
                    issue.name, issue.wordings, tuple(sorted(members[k] for k in rest))
                )
            )
        return found

    return finder


def listed_finder(lists: dict[str, list[str]]) -> Finder:
    """Issues from a given list per event (a model's answer, or the gold's own labels): each
    position joins the listed issue whose words its evidence uses most (a tie: its article's
    topic's, then the first listed)."""

    def stems(text: str) -> set[str]:
        return {w[:6] for w in issue_finder.topic_words(text)}

    def finder(event: str, items: list[issue_finder.IssueItem]) -> list[issue_finder.FoundIssue]:
        labels = lists[event]
        words = [stems(label) for label in labels]
        home = {}
        for i, item in enumerate(items):
            used, topic = stems(item.evidence), stems(item.topic)
            home[i] = max(
                range(len(labels)),
                key=lambda k: (len(used & words[k]), len(topic & words[k]), -k),
            )
        found = []
        for k, label in enumerate(labels):
            members = tuple(i for i, h in home.items() if h == k)
            if members:
                wordings = tuple(sorted({items[i].topic for i in members}))
                found.append(issue_finder.FoundIssue(label, wordings, members))
        return found

    return finder


def gold_labels(events: list[str], gold_dir: Path, seeds_gold: Path) -> dict[str, list[str]]:
    """Each event's gold issue labels, as if they were the answer of a question per briefing."""
    lists = {}
    for event in events:
        if event == "seeds":
            first = json.loads(seeds_gold.read_text(encoding="utf-8").splitlines()[0])
            lists[event] = [issue["label"] for issue in first["issues"]]
        else:
            gold = json.loads((gold_dir / f"{event.split('/')[1]}.json").read_text("utf-8"))
            lists[event] = [issue["label"] for issue in gold["issues"]]
    return lists


def seeds(gold_path: Path) -> dict[str, list[Article]]:
    articles = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        extraction = Extraction.model_validate_json(
            (ROOT / "tests/golden/extractions" / (Path(record["file"]).stem + ".json")).read_text()
        )
        actors = {a["name"]: a for a in record.get("actors", [])}
        gold = [
            GoldPosition(
                actor=p["actor"],
                names={_fold(p["actor"])}
                | {_fold(n) for n in actors.get(p["actor"], {}).get("aliases", [])},
                issue=p.get("issue") or p["topic"],
                spans=[tuple(p["evidence_span"])],
            )
            for p in record.get("positions", [])
        ]
        topic = json.loads(
            (ROOT / "tests/golden/extractions" / (Path(record["file"]).stem + ".json")).read_text()
        )["positions"][0]["topic"]
        articles.append(Article(record["file"], extraction, gold, topic))
        TEXTS[record["file"]] = record["text"]
    return {"seeds": articles}


def basil(gold_dir: Path, topics_path: Path, events: list[str]) -> dict[str, list[Article]]:
    from summarizer import backends
    from summarizer.extract import Extractor
    from summarizer.prompting import load_template
    from summarizer.readers import _jsonl_article

    topics = json.loads(topics_path.read_text(encoding="utf-8"))
    extractor = Extractor(backends.create("rules"), load_template(None))
    basil_path = ROOT.parent / "shared/eval/basil-dev.jsonl"
    result = {}
    for line in basil_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        number = record["event_id"].split("/")[1]
        if number not in events:
            continue
        gold_file = gold_dir / f"{number}.json"
        if not gold_file.is_file():
            print(f"no gold for basil/{number}: skipped")
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        aliases = {a["name"]: a.get("aliases", []) for a in gold["actors"]}
        by_outlet = {a["outlet"]: a for a in gold["articles"]}
        articles = []
        for i, raw in enumerate(record["articles"]):
            key = f"{record['event_id']}/{raw['outlet']}"
            fields = {k: raw[k] for k in ("text", "title", "url", "outlet", "date")}
            article = _jsonl_article(json.dumps({"id": key, **fields}).encode(), basil_path, i, key)
            extraction = extractor.extract(article)
            for position in extraction.positions:
                position.topic = topics[key]
            gold_positions = [
                GoldPosition(
                    actor=p["actor"],
                    names={_fold(p["actor"])} | {_fold(n) for n in aliases.get(p["actor"], [])},
                    issue=p["issue"],
                    spans=[tuple(s) for s in p["evidence_spans"]],
                )
                for p in by_outlet.get(raw["outlet"], {}).get("positions", [])
            ]
            articles.append(Article(key, extraction, gold_positions, topics[key]))
            TEXTS[key] = article.text
        result[record["event_id"]] = articles
    return result


def ask_topics(path: Path, events: list[str]) -> None:
    """Ask the default model the topic question alone for each article of `events` that `path`
    lacks, and add its answer there (one article at a time: about 10 s each on an idle machine)."""
    from summarizer import backends
    from summarizer.article_view import ArticleView
    from summarizer.asking import Asker
    from summarizer.prompting import load_template
    from summarizer.readers import _jsonl_article
    from summarizer.settings import LlamaSettings
    from summarizer.topic import ask_topic

    topics = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    basil_path = ROOT.parent / "shared/eval/basil-dev.jsonl"
    missing = []
    for line in basil_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["event_id"].split("/")[1] not in events:
            continue
        for i, raw in enumerate(record["articles"]):
            key = f"{record['event_id']}/{raw['outlet']}"
            fields = {k: raw[k] for k in ("text", "title", "url", "outlet", "date")}
            if key not in topics:
                missing.append(
                    _jsonl_article(json.dumps({"id": key, **fields}).encode(), basil_path, i, key)
                )
    if not missing:
        return
    backend, template = backends.create("llama", LlamaSettings.given()), load_template(None)
    for article in missing:
        key = article.meta.id
        view = ArticleView.of(article.text)
        topics[key] = ask_topic(Asker(backend, template, key, view.variables))
        print(key, topics[key], flush=True)
        path.write_text(json.dumps(topics, indent=1, ensure_ascii=False) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", choices=["seeds", "basil"])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/gold/seeds.jsonl")
    parser.add_argument("--gold-dir", type=Path, default=ROOT / "tests/gold/basil")
    parser.add_argument("--topics", type=Path)
    parser.add_argument("--events", default="54,56,58,61,65,67")
    parser.add_argument(
        "--ask-topics",
        action="store_true",
        help="first ask the real model the topic of each article --topics lacks, and add it",
    )
    parser.add_argument("--similarity", type=float, default=issue_finder.ISSUE_SIMILARITY)
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--no-reassign", action="store_true")
    parser.add_argument(
        "--gold-labels",
        action="store_true",
        help="the gold's own issue labels as each event's issues (the best a question per "
        "briefing listing the issues could answer), positions assigned by their evidence",
    )
    parser.add_argument(
        "--split-evidence",
        type=float,
        metavar="T",
        help="split each found issue by its positions' evidence (clusters at similarity T)",
    )
    parser.add_argument(
        "--on",
        choices=["system", "gold"],
        default="system",
        help="score the system's positions, or the gold positions (their evidence, the model's "
        "topic of their article)",
    )
    args = parser.parse_args()
    if args.data == "seeds":
        events = seeds(args.gold)
    else:
        if args.topics is None:
            parser.error("basil needs --topics")
        if args.ask_topics:
            ask_topics(args.topics, args.events.split(","))
        events = basil(args.gold_dir, args.topics, args.events.split(","))
    scored = system_items(events) if args.on == "system" else gold_items(events, TEXTS)
    similarity = 2.0 if args.baseline else args.similarity
    if args.split_evidence is not None:
        score(scored, split_finder(args.split_evidence))
        return
    if args.gold_labels:
        score(scored, listed_finder(gold_labels(list(events), args.gold_dir, args.gold)))
        return
    score(
        scored,
        lambda _, items: issue_finder.find_issues(items, similarity, reassign=not args.no_reassign),
    )


if __name__ == "__main__":
    main()
