"""How often the parser (`summarizer/parse.py`, spaCy's en_core_web_sm 3.8.0) reads a source
of reported speech as the subject of its cue, on PolNeAR's hand-marked attributions:

    python bench/parse_check.py ../shared/eval/polnear-dev.jsonl [--limit N]

A check on a sample of this project's own text of the parser's published accuracy (labelled
attachment 0.90 on OntoNotes). Every attribution whose source comes before its cue ("Roe said",
"Acme, which makes X, warned"), whose cue is one word and whose source is not a pronoun, is
counted; the parser is right where the source's head word is the `nsubj` of the cue, directly or
through words joined to it (`Parse.subject_of_verb`'s reading). Printed: that share, and the
share where `Parse.subject_of_verb` holds for the source at all (the test `actors.py` uses). A
script, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from summarizer.parse import parse

_PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "who", "which", "that"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    args = parser.parse_args(argv)
    counted = cue_subject = any_subject = 0
    with args.gold.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if args.limit and number >= args.limit:
                break
            record = json.loads(line)
            text = record["text"]
            parsed = parse(text)
            for a in record["attributions"]:
                if len(a["source_spans"]) != 1 or len(a["cue_spans"]) != 1:
                    continue
                (s_start, s_end), (c_start, c_end) = a["source_spans"][0], a["cue_spans"][0]
                cue = text[c_start:c_end]
                if s_end > c_start or " " in cue.strip() or a["source"].casefold() in _PRONOUNS:
                    continue
                counted += 1
                verb = parsed.subject_verb(s_start, s_end)
                any_subject += verb is not None
                cue_subject += verb is not None and verb == parsed.word_at(c_start)
    if not counted:
        print("no attribution to check", file=sys.stderr)
        return 1
    print(f"{counted} sources before a one-word cue, not pronouns")
    print(f"  read as the subject of that cue: {cue_subject} ({cue_subject / counted:.3f})")
    print(f"  read as the subject of some verb: {any_subject} ({any_subject / counted:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
