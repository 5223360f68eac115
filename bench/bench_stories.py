"""Story grouping against BASIL dev's events: adjusted Rand index and mixed stories.

BASIL dev holds 50 events, each reported by three outlets. The 150 articles are written,
shuffled, as one JSON Lines input in a temporary folder (the texts are never copied into the
repository), read back with `summarizer.readers` and grouped with `summarizer.stories`, as
`summarizer stories` does before any model work.

    python bench/bench_stories.py [--basil ../shared/eval/basil-dev.jsonl] [--no-dates] [--seed N]

It prints the adjusted Rand index against the events, the number of stories, of articles in no
story, of stories that hold articles of more than one event, and of stories in which no event
holds a majority of the articles.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from summarizer import stories  # noqa: E402
from summarizer.load import Article  # noqa: E402
from summarizer.readers import read_inputs  # noqa: E402


def write_input(basil: Path, folder: Path, *, seed: int, dates: bool) -> dict[str, str]:
    """The shuffled JSON Lines input; returns each article's event by id."""
    records = []
    for line in basil.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        for article in event["articles"]:
            records.append(
                {
                    "id": f"{event['event_id'].replace('/', '-')}-{article['outlet']}",
                    "event": event["event_id"],
                    "text": article["text"],
                    "title": article["title"],
                    "url": article["url"],
                    "outlet": article["outlet"],
                    **({"date": article["date"]} if dates else {}),
                }
            )
    random.Random(seed).shuffle(records)
    events = {r["id"]: r.pop("event") for r in records}
    # The ids say the event: the input gets neutral ones, in the shuffled order.
    with (folder / "basil.jsonl").open("w", encoding="utf-8") as out:
        for number, record in enumerate(records, start=1):
            events[f"a{number:03d}"] = events.pop(record["id"])
            out.write(json.dumps({**record, "id": f"a{number:03d}"}) + "\n")
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=ROOT.parent / "shared/eval/basil-dev.jsonl")
    parser.add_argument("--seed", type=int, default=0, help="Seed of the shuffle.")
    parser.add_argument("--no-dates", action="store_true", help="Leave the dates out.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        events = write_input(args.basil, Path(folder), seed=args.seed, dates=not args.no_dates)
        started = time.perf_counter()
        articles = [a for a in read_inputs([Path(folder)]) if isinstance(a, Article)]
        grouping = stories.group(articles)
        seconds = time.perf_counter() - started
    label = {}
    for number, members in enumerate(grouping.stories):
        for index in members:
            label[index] = f"story{number}"
    for index in [*grouping.unassigned, *grouping.duplicates]:
        label[index] = f"alone{index}"
    truth = [events[a.meta.id] for a in articles]
    predicted = [label[i] for i in range(len(articles))]
    mixed = no_majority = 0
    for members in grouping.stories:
        counts = Counter(truth[i] for i in members)
        mixed += len(counts) > 1
        no_majority += counts.most_common(1)[0][1] * 2 <= len(members)
    print(f"articles: {len(articles)} of {len(events)} ({len(grouping.duplicates)} folded copies)")
    print(f"stories: {len(grouping.stories)}; articles in no story: {len(grouping.unassigned)}")
    print(f"adjusted Rand index: {adjusted_rand_score(truth, predicted):.3f}")
    print(f"stories mixing events: {mixed}; stories with no majority event: {no_majority}")
    print(f"seconds (read and group): {seconds:.1f}")
    print(f"thresholds: {json.dumps(stories.THRESHOLDS)}")


if __name__ == "__main__":
    main()
