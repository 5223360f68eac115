"""How many claims "Who said what" aligns across outlets, and which, at several thresholds of
`merge.CLAIM_SIMILARITY`, to read them (the rules backend: no model).

    python bench/align_claims.py seeds/ [--show] [--thresholds 0.2,0.3,0.4]
    python bench/align_claims.py /tmp/basil/54 /tmp/basil/56 ... --show

Each argument is one briefing's folder of articles. For each threshold: the claims reported by
two or more sources, and of those, the ones whose variants mix a quotation (a direct statement,
or a quote no statement covers) with an outlet's own words (a mixed or indirect statement).
`--show` prints every aligned claim at the default threshold, its variants by source and kind
(QUOTE: a quote no statement covers), for reading; it prints article text, so keep its output
out of the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import backends, merge  # noqa: E402
from summarizer.api import extractor  # noqa: E402
from summarizer.pipeline import brief  # noqa: E402
from summarizer.types import BriefStatement  # noqa: E402


def quoted_and_reported(statement: BriefStatement) -> bool:
    kinds = {v.kind for v in statement.variants}
    return (
        bool(kinds & {"direct", "mixed"})
        and bool(kinds & {"mixed", "indirect"})
        and (len(kinds) > 1 or kinds == {"mixed"})
    )


def aligned(folder: Path) -> list[BriefStatement]:
    result = brief([folder], extractor(backend=backends.create("rules")), None, None, None)
    return [s for s in result.briefing.statements if len(s.sources) > 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--thresholds", default="0.2,0.25,0.3,0.35,0.4")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    default = merge.CLAIM_SIMILARITY
    for threshold in [float(t) for t in args.thresholds.split(",")]:
        merge.CLAIM_SIMILARITY = threshold
        claims = [(f, s) for f in args.folders for s in aligned(f)]
        mixed = sum(quoted_and_reported(s) for _, s in claims)
        print(f"threshold {threshold:.2f}: {len(claims)} aligned claims, {mixed} quoted+reported")
    merge.CLAIM_SIMILARITY = default
    if args.show:
        for folder in args.folders:
            for statement in aligned(folder):
                tag = " QUOTED+REPORTED" if quoted_and_reported(statement) else ""
                print(f"== {folder.name} {statement.speaker}{tag}")
                for v in statement.variants:
                    kind = "QUOTE" if v.resolved_by == "quote" else v.kind
                    print(f"   [{v.source} {kind}] {' '.join(v.text.split())[:170]}")


if __name__ == "__main__":
    main()
