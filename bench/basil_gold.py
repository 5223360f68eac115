"""BASIL event gold (`tests/gold/basil/<n>.json`, see the gold format note) as gold JSON Lines
that `summarizer eval --positions` reads, one article a line, written OUTSIDE the repository
(the texts belong to their publishers and are read from `../shared/eval/basil-dev.jsonl`):

    python bench/basil_gold.py GOLD_DIR --events 54 56 58 61 65 67 --out /tmp/basil-tune.jsonl
    summarizer --backend rules eval /tmp/basil-tune.jsonl --positions --all-quotes

Each article keeps its positions (actor, issue as topic, stance, the first evidence span's
text), the event's actors that the article names (with aliases) and its quotes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

BASIL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "basil-dev.jsonl"


def records(gold_dirs: list[Path], events: list[str]) -> list[dict[str, Any]]:
    texts = {}
    for line in BASIL.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        texts[event["event_id"]] = {a["outlet"]: a["text"] for a in event["articles"]}
    out = []
    for number in events:
        paths = [d / f"{number}.json" for d in gold_dirs if (d / f"{number}.json").is_file()]
        if not paths:
            raise SystemExit(f"no gold file for event {number} in {gold_dirs}")
        event = json.loads(paths[0].read_text(encoding="utf-8"))
        actors = {a["name"]: a for a in event["actors"]}
        for article in event["articles"]:
            text = texts[event["event_id"]][article["outlet"]]
            out.append(
                {
                    "id": f"{event['event_id']}/{article['outlet']}",
                    "text": text,
                    "actors": [
                        {
                            "name": name,
                            "type": actors[name]["type"],
                            "aliases": actors[name].get("aliases", []),
                        }
                        for name in article.get("actors", [])
                        if name in actors
                    ],
                    "positions": [
                        {
                            "actor": p["actor"],
                            "topic": p["issue"],
                            "stance": p["stance"],
                            "evidence": text[slice(*p["evidence_spans"][0])]
                            if p.get("evidence_spans")
                            else "",
                        }
                        for p in article["positions"]
                    ],
                    "quotes": [
                        {
                            "speaker": q["speaker"],
                            "quote": " ".join(text[s:e] for s, e in q["quote_spans"]),
                            "quote_type": "direct",
                            "quote_spans": q["quote_spans"],
                            "speaker_is_pronoun": q.get("speaker_is_pronoun", False),
                        }
                        for q in article.get("quotes", [])
                    ],
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dirs", type=Path, nargs="+")
    parser.add_argument("--events", nargs="+", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    found = records(args.gold_dirs, args.events)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in found), encoding="utf-8")
    print(f"{len(found)} articles of {len(args.events)} events written to {args.out}")


if __name__ == "__main__":
    main()
