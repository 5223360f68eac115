"""Does the model's stance answer follow the issue's wording, or only the sentence?

    python bench/stance_contrast.py /tmp/tune --texts ../shared/eval/basil-dev.jsonl
        [--cache FILE] [--flip "rejecting {topic}"] [--json FILE]

Every stance question `bench/stance_acceptor.py` tables is asked again with the issue worded
the other way round (`--flip`, "rejecting {topic}" by default), over the same evidence
sentences. A model that reads the side on the issue answers the opposite stance; one that reads
only the sentence's tone answers the same. Prints, for each kind of second answer (the
opposite, the same, another), the answers and how many are right, under and over the keep bar
(`stances.STANCE_MIN_MARGIN`). The questions asked anew go through the cache like any other.
A script, not a test.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stance_acceptor
from stance_funnel import cached_arguments, per_article

from summarizer import stances
from summarizer.errors import ExtractionError


def with_contrast(flip: str) -> None:
    """Makes `stance_acceptor.read_article` ask each question twice, the second time with the
    topic flipped, and record the second answer among the answer's features."""
    ask = stances.ask_reading
    second: dict[str, Any] = {}

    def asked_twice(view, actor, ranked, topic, asker):  # type: ignore[no-untyped-def]
        reading = ask(view, actor, ranked, topic, asker)
        if reading is not None:
            try:
                second["reading"] = ask(view, actor, ranked, flip.format(topic=topic), asker)
            except ExtractionError:
                second["reading"] = None
        return reading

    features = stance_acceptor.reading_features

    def with_flip(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = features(*args, **kwargs)
        flipped = second.pop("reading", None)
        found["flip"] = flipped.position.stance if flipped is not None else "unclear"
        return found

    stance_acceptor.stances.ask_reading = asked_twice  # type: ignore[attr-defined]
    stance_acceptor.reading_features = with_flip  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cached_arguments(parser)
    parser.add_argument("--flip", default="rejecting {topic}")
    parser.add_argument("--json", type=Path, default=None, help="write every answer here")
    args = parser.parse_args()
    with_contrast(args.flip)
    articles = per_article(args, stance_acceptor.read_article)
    answers = [a for article in articles for a in article.answers]
    rows: dict[tuple[str, bool], list[bool]] = {}
    for answer in answers:
        stance, flipped = answer.features["stance"], answer.features["flip"]
        kind = (
            "opposite"
            if stance_acceptor._OPPOSITE.get(stance) == flipped
            else "same"
            if flipped == stance
            else f"then {flipped}"
        )
        over = answer.features["margin"] >= stances.STANCE_MIN_MARGIN
        rows.setdefault((kind, over), []).append(answer.right)
    print(f"{len(answers)} answers, {sum(a.right for a in answers)} right")
    print(f"{'second answer':16} {'bar':6} {'n':>5} {'right':>6}")
    for (kind, over), rights in sorted(rows.items()):
        print(f"{kind:16} {'over' if over else 'under':6} {len(rights):5} {sum(rights):6}")
    if args.json:
        stance_acceptor.write_answers(args.json, answers)


if __name__ == "__main__":
    main()
