"""Other ways of asking the model an actor's stance, against the shipped question, on event gold:

    python bench/stance_variants.py tests/gold/basil/50.json [...] [--variant NAME]
        [--topic model|gold] [--cache FILE] [--list]

For every actor that can hold a position in a gold article (`stances.find_holders`), the
model is asked its stance with the evidence sentences the pipeline shows, and the reading is
scored as `bench/stance_margins.py` scores it (right when the actor holds a gold position in the
article with that stance). Variants of the question (`--variant`):

- `default`: the shipped template's stance question;
- `fewshot`: the same question, worded more plainly ("judge only from what the actor itself
  says or does"), with four invented worked examples before it;
- `binary`: two yes/no choices in one answer ("backs": praises, defends, wants, votes for;
  "fights": criticizes, rejects, blocks, votes against), read as supports (yes, no), opposes
  (no, yes), mixed (yes, yes) or unclear; its confidence is the gap between the two choices'
  probabilities;
- `reason`: the model first writes, in at most 15 words, what the actor itself says or does
  about the issue (a question of its own, `stance_reason`), then the shipped question is asked
  with that account shown after the sentences (session 46: on ten tuning events, as many
  readings right as the shipped question, 122 of 204 against 121, but surer of its wrong ones:
  61 of 89 right at a margin of 0.8 or more, against 25 of 29; not built).

`--topic gold` replaces the article's topic (the model's answer) with the label of the gold
issue most of the article's positions are on: what the reading would be with a perfect topic.
Prints how many readings the variant makes and, ranked by confidence, how many of the first k
are right; with `--list`, every reading first (and the `reason` variant's account). The answers
are cached by request key (FILE). A script, not a test: it runs the real model on questions not
cached.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_margins import CachedBackend, gold_articles, prepare

from summarizer import asking, backends
from summarizer.attribute import match_score
from summarizer.errors import ExtractionError
from summarizer.prompting import load_template, parse_template
from summarizer.settings import LlamaSettings
from summarizer.stances import EVIDENCE_CHOICES, stance_schema
from summarizer.topic import ask_topic

CACHE = Path.home() / ".cache" / "summarizer" / "stance-variants.json"
FIRST = [10, 20, 30, 40, 60, 80, 100]

# The end of each variant's question, as the shipped one ends: the topic and the evidence.
_EVIDENCE = """Issue: {{ topic }}
SENTENCES ABOUT {{ actor }}:
{% for s in mentioned_in %}
[{{ s.index }}] {{ s.text }}
{% endfor %}
Actor: {{ actor }}.
{% endblock %}
"""
_FEWSHOT = (
    """{% block stance %}
TASK: Is an actor for or against an issue? Judge only from what the actor itself says or does in \
the numbered sentences, never from what others say about it.
evidence: the number of the sentence that best shows the actor's own view of the issue.
stance: "supports" if the actor wants, praises, defends, proposes or votes for the issue; \
"opposes" if the actor rejects, criticizes, blocks, sues over or votes against it; "mixed" if \
both; "neutral" if the actor declines to take a side; "unclear" if the sentences do not show the \
actor's view of this issue.
Examples (invented):
Issue: the bridge toll. [4] "This toll is a tax on working families," said Mayor Lena Ortiz. \
Actor: Lena Ortiz. Answer: {"evidence": 4, "stance": "opposes"}
Issue: the bridge toll. [7] Council chair Tom Reyes called the toll "long overdue" and voted for \
it. Actor: Tom Reyes. Answer: {"evidence": 7, "stance": "supports"}
Issue: the bridge toll. [2] Governor Ann Ames said she would study the plan before deciding. \
Actor: Ann Ames. Answer: {"evidence": 2, "stance": "neutral"}
Issue: the bridge toll. [5] Police closed the bridge for an hour on Tuesday. Actor: Police. \
Answer: {"evidence": 5, "stance": "unclear"}
Now the real question.
"""
    + _EVIDENCE
)
_BINARY = (
    """{% block stance_binary %}
TASK: What does an actor itself say or do about an issue? Read only the actor's own words and \
acts in the numbered sentences, never what others say about the actor.
backs: "yes" if the actor praises, defends, wants, proposes or votes for the issue; else "no".
fights: "yes" if the actor criticizes, rejects, blocks, condemns or votes against the issue; \
else "no".
"""
    + _EVIDENCE
)
_YES_NO = {"type": "string", "enum": ["yes", "no"]}
BINARY_SCHEMA = {
    "type": "object",
    "properties": {"backs": _YES_NO, "fights": _YES_NO},
    "required": ["backs", "fights"],
    "additionalProperties": False,
}


_REASON = (
    """{% block stance_reason %}
TASK: What does an actor itself say or do about an issue? Read only the actor's own words and \
acts in the numbered sentences, never what others say about the actor. Answer in at most 15 \
words, in your own words ("nothing" if the sentences do not show it).
"""
    + _EVIDENCE
)
REASON_SCHEMA = {
    "type": "object",
    "properties": {"reason": {"type": "string", "maxLength": 120}},
    "required": ["reason"],
    "additionalProperties": False,
}


class ReasonOut(BaseModel):
    reason: str


class BinaryOut(BaseModel):
    backs: Literal["yes", "no"]
    fights: Literal["yes", "no"]


def variant_template(name: str) -> Any:
    """The shipped default template, its stance question changed as the variant asks."""
    shipped = load_template("default")
    source = shipped.source
    if name == "fewshot":
        start = source.index("{% block stance %}")
        end = source.index("{% endblock %}", start) + len("{% endblock %}")
        source = source[:start] + _FEWSHOT.strip() + source[end:]
    elif name == "binary":
        source += "\n" + _BINARY
        asking.OUTPUTS.setdefault("stance_binary", BinaryOut)
    elif name == "reason":
        start = source.index("{% block stance %}")
        end = source.index("{% endblock %}", start)
        source = (
            source[:end]
            + "What the actor itself says or does about it, in short: {{ reason }}\n"
            + source[end:]
            + "\n"
            + _REASON
        ).replace('"candidates"]', '"candidates", "reason"]')
        asking.OUTPUTS.setdefault("stance_reason", ReasonOut)
    return parse_template(source, shipped.path)


def gold_topics(path: Path) -> dict[str, str]:
    """Article id -> the label of the issue most of its gold positions are on."""
    event = json.loads(path.read_text(encoding="utf-8"))
    label = {issue["id"]: issue["label"] for issue in event["issues"]}
    topics = {}
    for article in event["articles"]:
        counts = Counter(p["issue"] for p in article["positions"])
        main = counts.most_common(1)[0][0] if counts else event["issues"][0]["id"]
        topics[f"{event['event_id']}/{article['outlet']}"] = label[main]
    return topics


def reading(asker: Any, variant: str, variables: dict[str, Any]) -> tuple[str, float]:
    """The variant's stance and its confidence."""
    if variant == "reason":
        try:
            said = asker.answer("stance_reason", REASON_SCHEMA, 45, variables).parsed["reason"]
        except ExtractionError:
            return "unclear", 0.0  # no short account of the actor's words and acts
        variables["reason"] = said  # shown by --list
    if variant != "binary":
        shown = [s.index for s in variables["mentioned_in"]]
        answer = asker.answer("stance", stance_schema(shown), 30, variables)
        return answer.parsed["stance"], (answer.margins or {}).get("stance", 0.0)
    answer = asker.answer("stance_binary", BINARY_SCHEMA, 30, variables)
    margins = answer.margins or {}

    def yes(key: str) -> float:  # the probability of "yes", from the choice and its margin
        margin = margins.get(key, 0.0)
        return (1 + margin) / 2 if answer.parsed[key] == "yes" else (1 - margin) / 2

    stance = {("yes", "no"): "supports", ("no", "yes"): "opposes", ("yes", "yes"): "mixed"}
    chosen = stance.get((answer.parsed["backs"], answer.parsed["fights"]), "unclear")
    return chosen, abs(yes("backs") - yes("fights"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="BASIL event gold files")
    parser.add_argument(
        "--variant", choices=["default", "fewshot", "binary", "reason"], default="default"
    )
    parser.add_argument("--topic", choices=["model", "gold"], default="model")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--list", action="store_true", help="print every reading")
    args = parser.parse_args()
    backend = CachedBackend(backends.create("llama", LlamaSettings.given()), args.cache)
    template = variant_template(args.variant)
    readings: list[tuple[float, bool]] = []
    unclear = 0
    for path in args.gold:
        topics = gold_topics(path)
        for record in gold_articles(path):
            _, asker, _, found = prepare(record, backend)
            if not found.holders:
                continue
            topic = topics[record["id"]] if args.topic == "gold" else ask_topic(asker)
            asker.template = template
            gold: dict[str, set[str]] = {}
            for position in record["positions"]:
                gold.setdefault(position["actor"], set()).add(position["stance"])
            for actor, ranked in found.holders:
                shown = sorted(ranked[:EVIDENCE_CHOICES], key=lambda s: s.index)
                variables = {"actor": actor.name, "topic": topic, "mentioned_in": shown}
                stance, confidence = reading(asker, args.variant, variables)
                held = [
                    g
                    for g in gold
                    if match_score(g, actor.name, actor.aliases)
                    or any(match_score(a, actor.name, actor.aliases)
                           for a in record["aliases"].get(g, []))
                ]  # fmt: skip
                if stance == "unclear":
                    unclear += 1
                    continue
                right = any(stance in gold[g] for g in held)
                readings.append((confidence, right))
                if args.list:
                    print(
                        f"{record['id']:14} {'right' if right else 'WRONG'} {stance:8} "
                        f"{confidence:.2f} {actor.name} | {variables.get('reason', '')}"
                    )
    readings.sort(key=lambda r: -r[0])
    print(f"variant {args.variant}, topic {args.topic}: {len(readings)} readings with a side, "
          f"{unclear} unclear")  # fmt: skip
    print("first k by confidence   right   precision")
    for k in [*(k for k in FIRST if k < len(readings)), len(readings)]:
        right = sum(r for _, r in readings[:k])
        print(f"{k:>7} {right:>15} {right / k:>11.3f}")


if __name__ == "__main__":
    main()
