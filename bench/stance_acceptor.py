"""What tells a right model stance from a wrong one, on event gold:

    python bench/stance_acceptor.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        [--cache FILE] [--offline] [--list] [--json FILE]

Every stance question the pipeline asks (those `stances.read_positions` asks, by its own
outcomes: no rule reads the actor's stance, at most MAX_POSITIONS an article, none on a topic that
is a contest or a harm) gets the model's answer (cached, as in
`bench/stance_funnel.py`), scored as `summarizer eval --positions` scores a position: right when
the actor names a gold actor (`evaluate.gold_actor`) holding that stance in the article. Each
answer comes with the features a keep rule could read at that point (`reading_features`:
margins, the stance, what the chosen evidence sentence holds, the actor, stance words), and the
script prints, per feature value, how many answers are right; then, for each keep rule, the
answers kept and right in sample and under leave-one-event-out cross-validation (each event's
answers judged by the rule's settings chosen on the other events), with the whole pipeline's
stance precision and holder recall that would follow (the rules' positions as they are).

One keep rule looks across the articles of an event ("bar, or agreed"): an answer under the
bar is kept where it and an answer of another article of the event that gives the same actor
(its gold holder, else its name) the same stance both reach a margin (`mark_agreement`). It was
built into the briefing in session 23 and withdrawn: see the README ("Measuring accuracy").

An "unclear" answer is no position and is not counted. A script, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_funnel import cached_arguments, per_article
from stance_margins import prepare

from summarizer import detect, stance_rules, stances
from summarizer.article_view import ArticleView
from summarizer.errors import ExtractionError
from summarizer.evaluate import gold_holders
from summarizer.patterns import MIXED, NO_COMMENT, OPPOSE, SUPPORT
from summarizer.topic import ask_topic
from summarizer.types import Actor, Quote, Span


@dataclass
class Answer:
    """One model answer to a stance question, its features and whether it is right."""

    article: str
    actor: str
    holder: str | None  # the gold actor it names (of several, one holding a position)
    gold: list[str]  # the gold stances in the article of the holders it names
    finds: list[str]  # the gold holders it gives a right stance
    features: dict[str, Any]

    @property
    def event(self) -> str:
        return self.article.split("/")[1]

    @property
    def right(self) -> bool:
        return self.features["stance"] in self.gold


@dataclass
class Article:
    """What the rules found in one article, and the model's answers there."""

    id: str
    holders: set[str]  # gold holders
    rule_right: set[str]  # gold holders a rule gave a right stance
    rule_positions: int
    rule_positions_right: int
    answers: list[Answer]


def read_article(record: dict[str, Any], backend: Any) -> Article:
    view, asker, speech, found = prepare(record, backend)
    gold: dict[str, set[str]] = {}
    for position in record["positions"]:
        gold.setdefault(position["actor"], set()).add(position["stance"])
    article = Article(record["id"], set(gold), set(), 0, 0, [])
    if not found.holders:
        return article
    topic = ask_topic(asker)
    # Which holders a rule reads and which the pipeline asks the model about: its own outcomes
    # (`Positions.outcomes`), not a copy of its steps.
    read = stances.read_positions(
        view, speech.actors, speech.quotes, lambda: topic, asker, statements=speech.statements
    )
    shown = {p.actor: p for p in read.positions}
    asked_for = 0
    for order, (actor, ranked) in enumerate(found.holders):
        named = gold_holders(actor.name, actor.aliases, gold, record["event_actors"])
        want = {stance for g in named for stance in gold.get(g, set())}
        # The holder a right stance finds (as `summarizer eval` counts found holders).
        holder = next((g for g in named if g in gold), named[0] if named else None)
        outcome = read.outcomes.get(actor.name)
        if outcome == "rule":
            by_rule = shown[actor.name]
            article.rule_positions += 1
            if by_rule.stance in want:
                article.rule_positions_right += 1
                article.rule_right.update(g for g in named if by_rule.stance in gold.get(g, ()))
            continue
        if outcome not in ("model", "under bar", "unclear"):
            continue  # not asked: only quotations, a contest or a harm, the cut; or gave up
        ranked = found.shown(actor, ranked)
        asked_for += 1
        try:
            reading = stances.ask_reading(view, actor, ranked, topic, asker)
        except ExtractionError:
            continue
        if reading is None:
            continue
        features = reading_features(view, actor, ranked, reading, speech.quotes, found)
        features.update(order=order, asked=asked_for - 1)
        finds = [g for g in named if reading.position.stance in gold.get(g, ())]
        article.answers.append(
            Answer(record["id"], actor.name, holder, sorted(want), finds, features)
        )
    return article


# The stance words of each stance: whether the evidence sentence holds one of the chosen stance's.
_STANCE_WORDS = {
    "supports": SUPPORT,
    "opposes": OPPOSE,
    "mixed": MIXED,
    "neutral": NO_COMMENT,
}
_OPPOSITE = {"supports": "opposes", "opposes": "supports"}


def reading_features(
    view: ArticleView,
    actor: Actor,
    ranked: list[detect.Sentence],
    reading: stances.Reading,
    quotes: list[Quote],
    found: stances.Holders,
) -> dict[str, Any]:
    """What a keep rule can read of a model reading: its margins and stance, what its evidence
    sentence holds (the actor's own quotation, a statement reported of it, or only a mention;
    the topic's words; a word of the chosen stance or of its opposite), the actor's kind and how
    often it speaks, and where the sentence is."""
    position = reading.position
    sentence = view.sentence_of(position.evidence.start)
    assert sentence is not None  # the evidence is one of the article's sentences
    said = found.said.get(actor.name)
    own, others, spoken = stances._in_sentence(actor, found.here, sentence, quotes, said)
    if spoken:
        kind = "quote"
    elif said is not None and sentence.index in said.sentences:
        kind = "statement"
    else:
        kind = "mention"
    on_issue = stances._on_issue(position.topic)
    stance = position.stance
    words = _STANCE_WORDS.get(stance)
    opposite = _STANCE_WORDS.get(_OPPOSITE.get(stance, ""))
    mentions = [Span(start=a, end=b, text="") for a, b in own]
    return {
        "stance": stance,
        "margin": position.confidence if position.confidence is not None else 1.0,
        "evidence_margin": reading.evidence_margin if reading.evidence_margin is not None else 1.0,
        "evidence_rank": next((i for i, s in enumerate(ranked) if s.index == sentence.index), -1),
        "choices": min(len(ranked), stances.EVIDENCE_CHOICES),
        "evidence_kind": kind,
        "own_in_choices": any(
            said is not None and s.index in said.sentences
            for s in ranked[: stances.EVIDENCE_CHOICES]
        )
        or any(q.speaker == actor.name for q in quotes),
        "on_topic": None if on_issue is None else on_issue(sentence.text),
        "cue_agrees": bool(words and words.search(sentence.text)),
        "cue_against": bool(opposite and opposite.search(sentence.text)),
        "cues": stance_rules.stance_cues(sentence, mentions),
        "others_here": len(set(others)),
        "type": actor.type,
        "kind": actor.kind,
        "quoted": sum(q.speaker == actor.name for q in quotes),
        "reported": len(said.sentences) if said else 0,
        "mentions": len(actor.mentions),
        "place": round(sentence.index / max(1, len(view.sentences)), 2),
        "holders": len(found.holders),
    }


# --- Describing ---------------------------------------------------------------------------


def _band(value: float, edges: Sequence[float]) -> str:
    for low, high in itertools.pairwise(edges):
        if low <= value < high:
            return f"[{low:g},{high:g})"
    return f">={edges[-1]:g}"


def describe(answers: list[Answer]) -> None:
    """Per feature value: answers, right, precision; and how many of them reach the bar."""
    bar = stances.STANCE_MIN_MARGIN
    print(f"{len(answers)} model answers (not unclear), {sum(a.right for a in answers)} right; "
          f"{sum(a.holder is None or not a.gold for a in answers)} for actors holding no gold "
          "position")  # fmt: skip
    views: dict[str, Callable[[Answer], Any]] = {
        "margin": lambda a: _band(a.features["margin"], [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95]),
        "evidence margin": lambda a: _band(a.features["evidence_margin"], [0, 0.3, 0.6, 0.9]),
    }
    for name in sorted(answers[0].features):
        if name in ("margin", "evidence_margin"):
            continue
        views[name] = lambda a, n=name: a.features[n]  # type: ignore[misc]
    for name, key in views.items():
        groups: dict[Any, list[Answer]] = defaultdict(list)
        for a in answers:
            value = key(a)
            groups[_bucket(value)].append(a)
        print(f"\n{name:22} {'n':>4} {'right':>5} {'P':>6}   >=bar: {'n':>3} {'right':>5}")
        for value in sorted(groups, key=str):
            group = groups[value]
            right = sum(a.right for a in group)
            kept = [a for a in group if a.features["margin"] >= bar]
            print(
                f"  {value!s:20} {len(group):4} {right:5} {right / len(group):6.2f}"
                f"          {len(kept):3} {sum(a.right for a in kept):5}"
            )


def _bucket(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if isinstance(value, int):
        return value if value < 4 else ">=4"
    return _band(value, [0, 0.25, 0.5, 0.75])


# --- Keep rules and their cross-validation ---------------------------------------------------

# A keep rule: fitted on answers, it returns a judge of answers (True: keep).
Judge = Callable[[Answer], bool]
Fit = Callable[[list[Answer]], Judge]
GRID = [round(0.05 * i, 2) for i in range(21)]
MIN_KEPT = 5  # a bar is chosen only where it keeps at least this many training answers


def fixed_bar(bar: float) -> Fit:
    return lambda _: lambda a: a.features["margin"] >= bar


def lowest_bar(scored: list[tuple[float, Answer]], target: float) -> float:
    """The lowest bar on GRID at which the answers scored at or above it are right `target` of
    the time (at least MIN_KEPT of them); above every score when none is."""
    for bar in GRID:
        kept = [a for score, a in scored if score >= bar]
        if len(kept) >= MIN_KEPT and sum(a.right for a in kept) >= target * len(kept):
            return bar
    return 1.01


def chosen_bar(target: float) -> Fit:
    """One margin bar, the lowest that reaches `target` on the training answers."""

    def fit(train: list[Answer]) -> Judge:
        bar = lowest_bar([(a.features["margin"], a) for a in train], target)
        return lambda a: a.features["margin"] >= bar

    return fit


def bar_by(condition: Callable[[Answer], Any], target: float) -> Fit:
    """A margin bar per value of `condition`, each the lowest reaching `target` within its
    group of training answers."""

    def fit(train: list[Answer]) -> Judge:
        groups: dict[Any, list[Answer]] = defaultdict(list)
        for a in train:
            groups[condition(a)].append(a)
        bars = {
            value: lowest_bar([(a.features["margin"], a) for a in group], target)
            for value, group in groups.items()
        }
        return lambda a: a.features["margin"] >= bars.get(condition(a), 1.01)

    return fit


def mark_agreement(answers: list[Answer]) -> None:
    """Each answer's `agreed`: the highest margin of an answer of another article of its event
    that gives the same actor the same stance, -1 where none does. The actor is its gold holder,
    or its name where it names none (as the briefing merges one actor across outlets)."""
    key = lambda a: (a.event, a.holder or a.actor.casefold())  # noqa: E731
    for a in answers:
        a.features["agreed"] = max(
            (
                b.features["margin"]
                for b in answers
                if b.article != a.article
                and key(b) == key(a)
                and b.features["stance"] == a.features["stance"]
            ),
            default=-1.0,
        )


def _agreed(a: Answer, least: float) -> bool:
    """Under the bar, but it and another outlet's answer that agrees are at least `least`."""
    margin = a.features["margin"]
    return least <= margin < stances.STANCE_MIN_MARGIN and a.features["agreed"] >= least


def lowest_agreed(train: list[Answer], target: float) -> float:
    """The lowest `least` on GRID whose agreed answers under the bar are right `target` of the
    time (at least MIN_KEPT of them); above every margin when none is."""
    for least in GRID:
        kept = [a for a in train if _agreed(a, least)]
        if len(kept) >= MIN_KEPT and sum(a.right for a in kept) >= target * len(kept):
            return least
    return 1.01


def agreed_bar(*, fixed: float | None = None, target: float = 0.8) -> Fit:
    """The bar, and under it an answer another outlet's answer agrees with, both at least a
    margin (`fixed`, or the lowest whose agreed answers reach `target` on the training ones)."""

    def fit(train: list[Answer]) -> Judge:
        least = fixed if fixed is not None else lowest_agreed(train, target)
        bar = stances.STANCE_MIN_MARGIN
        return lambda a: a.features["margin"] >= bar or _agreed(a, least)

    return fit


def only_when(condition: Callable[[Answer], bool], inner: Fit) -> Fit:
    """Never keep an answer outside `condition`; inside it, `inner`'s rule."""

    def fit(train: list[Answer]) -> Judge:
        judge = inner([a for a in train if condition(a)])
        return lambda a: condition(a) and judge(a)

    return fit


LOGISTIC = ["margin", "evidence_margin", "named", "mixed", "log_mentions", "own_words"]


def _vector(a: Answer) -> list[float]:
    f = a.features
    return [
        f["margin"],
        f["evidence_margin"],
        float(f["kind"] == "named"),
        float(f["stance"] in ("mixed", "neutral")),
        math.log(max(1, f["mentions"])),
        float(f["evidence_kind"] != "mention"),
    ]


def logistic(target: float) -> Fit:
    """A logistic regression on LOGISTIC, its probability bar the lowest reaching `target` on
    the training answers."""
    from sklearn.linear_model import LogisticRegression

    def fit(train: list[Answer]) -> Judge:
        model = LogisticRegression(C=1.0, max_iter=1000)
        model.fit([_vector(a) for a in train], [a.right for a in train])

        def p(a: Answer) -> float:
            return float(model.predict_proba([_vector(a)])[0][1])

        bar = lowest_bar([(p(a), a) for a in train], target)
        return lambda a: p(a) >= bar

    return fit


def outcome(articles: list[Article], judge_of: Callable[[str], Judge]) -> dict[str, Any]:
    """The model answers kept (and right), and the pipeline's stance precision and holder
    recall with them; `judge_of(event)` judges that event's answers."""
    kept = right = predicted = correct = holders = found = 0
    for article in articles:
        judge = judge_of(article.id.split("/")[1])
        taken = [a for a in article.answers if judge(a)]
        kept += len(taken)
        right += sum(a.right for a in taken)
        predicted += article.rule_positions + len(taken)
        correct += article.rule_positions_right + sum(a.right for a in taken)
        holders += len(article.holders)
        found += len(article.rule_right.union(*(a.finds for a in taken)))
    return {
        "kept": kept,
        "kept_right": right,
        "model_precision": round(right / kept, 3) if kept else None,
        "stance_precision": round(correct / predicted, 3) if predicted else None,
        "holder_recall": round(found / holders, 3) if holders else None,
        "positions": predicted,
        "right": correct,
        "found": found,
    }


def evaluate_rule(fit: Fit, articles: list[Article]) -> tuple[dict[str, Any], dict[str, Any]]:
    """In sample (fitted on every event) and leave-one-event-out (each event judged by the rule
    fitted on the others)."""
    answers = [a for article in articles for a in article.answers]
    everywhere = fit(answers)
    in_sample = outcome(articles, lambda _: everywhere)
    events = sorted({a.id.split("/")[1] for a in articles})
    judges = {e: fit([a for a in answers if a.event != e]) for e in events}
    return in_sample, outcome(articles, judges.__getitem__)


def write_answers(path: Path, answers: list[Answer]) -> None:
    """Every answer, its features and whether it is right, as JSON."""
    path.write_text(
        json.dumps([{**a.__dict__, "right": a.right} for a in answers], indent=1) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cached_arguments(parser)
    parser.add_argument("--list", action="store_true", help="every answer with its features")
    parser.add_argument("--json", type=Path, default=None, help="write every answer here")
    parser.add_argument(
        "--targets",
        type=float,
        nargs="*",
        default=[0.9, 0.85, 0.8],
        help="the precisions of the model's kept answers a chosen bar aims at",
    )
    args = parser.parse_args()
    articles = per_article(args, read_article)
    answers = [a for article in articles for a in article.answers]
    mark_agreement(answers)
    if args.json:
        write_answers(args.json, answers)
    if args.list:
        for a in answers:
            f = a.features
            print(
                f"{a.article:16} {'right' if a.right else 'WRONG'} {f['stance']:9} "
                f"m={f['margin']:.2f} e={f['evidence_margin']:.2f} {f['evidence_kind']:9} "
                f"topic={f['on_topic']!s:5} cue={f['cue_agrees']!s:5} {a.actor} -> {a.holder} "
                f"{'/'.join(a.gold) or '-'}"
            )
    describe(answers)
    rules = (
        sum(a.rule_positions for a in articles),
        sum(a.rule_positions_right for a in articles),
    )
    counts = Counter(a.right for a in answers)
    print(f"\nrules alone: {rules[1]} of {rules[0]} positions right; model answers {dict(counts)}")
    own = lambda a: a.features["evidence_kind"] != "mention"  # noqa: E731
    candidates: dict[str, Fit] = {
        "none kept": fixed_bar(1.01),
        "all kept": fixed_bar(0.0),
        **{f"margin >= {bar}": fixed_bar(bar) for bar in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)},
        **{
            f"bar, or agreed, both >= {least}": agreed_bar(fixed=least)
            for least in (0.0, 0.3, 0.4, 0.5, 0.6)
        },
    }
    for target in args.targets:
        candidates |= {
            f"[{target}] one bar, chosen": chosen_bar(target),
            f"[{target}] bar by evidence kind": bar_by(
                lambda a: a.features["evidence_kind"], target
            ),
            f"[{target}] bar by own words": bar_by(own, target),
            f"[{target}] bar by stance": bar_by(lambda a: a.features["stance"], target),
            f"[{target}] bar by named/described": bar_by(lambda a: a.features["kind"], target),
            f"[{target}] bar by on topic": bar_by(lambda a: bool(a.features["on_topic"]), target),
            f"[{target}] logistic": logistic(target),
            f"[{target}] bar, or agreed, chosen": agreed_bar(target=target),
        }
    print(
        f"\n{'keep rule':48} {'in sample: kept right  P(model) P(all) recall':46}"
        f"  {'cross-validated: kept right  P(model) P(all) recall'}"
    )
    for name, fit in candidates.items():
        inside, held = evaluate_rule(fit, articles)
        print(f"{name:48} {_row(inside):46}  {_row(held)}")
    ranked_right(articles)
    for target in args.targets:
        print(f"one bar for {target}, chosen without each event: {fold_bars(answers, target)}")
    for target in args.targets:
        folds = {
            e: lowest_agreed([a for a in answers if a.event != e], target)
            for e in sorted({a.event for a in answers})
        }
        print(f"agreed readings' bar for {target}, chosen without each event: {folds}")


def ranked_right(articles: list[Article], ks: Sequence[int] = (8, 14, 25, 33, 46, 62)) -> None:
    """How many of the k answers ranked highest are right: by margin, and by the logistic
    regression's probability under leave-one-event-out (each event's answers scored by the
    model fitted on the others), whatever bar either would take."""
    from sklearn.linear_model import LogisticRegression

    answers = [a for article in articles for a in article.answers]
    held: list[tuple[float, Answer]] = []
    for event in sorted({a.event for a in answers}):
        train = [a for a in answers if a.event != event]
        model = LogisticRegression(C=1.0, max_iter=1000)
        model.fit([_vector(a) for a in train], [a.right for a in train])
        held += [
            (float(model.predict_proba([_vector(a)])[0][1]), a) for a in answers if a.event == event
        ]
    by_margin = sorted(answers, key=lambda a: -a.features["margin"])
    by_logistic = [a for _, a in sorted(held, key=lambda pair: -pair[0])]
    print("\nright among the k answers ranked highest, k: " + " ".join(f"{k:3}" for k in ks))
    for name, order in (("margin", by_margin), ("logistic, cross-validated", by_logistic)):
        row = " ".join(f"{sum(a.right for a in order[:k]):3}" for k in ks)
        print(f"  {name:41} {row}")


def fold_bars(answers: list[Answer], target: float) -> dict[str, float]:
    """The one margin bar each cross-validation fold chooses, by held-out event."""
    events = sorted({a.event for a in answers})
    return {
        e: lowest_bar([(a.features["margin"], a) for a in answers if a.event != e], target)
        for e in events
    }


def _row(o: dict[str, Any]) -> str:
    return (
        f"{o['kept']:4} {o['kept_right']:5}  {o['model_precision']!s:8} "
        f"{o['stance_precision']!s:6} {o['holder_recall']!s:6}"
    )


if __name__ == "__main__":
    main()
