"""Dump what extraction does with a scripted model, to show that a refactor changes nothing.

Every request is answered deterministically from its own content (an enum option chosen by the
request's hash; a fixed topic), so the model's paths run without the model. The dump holds, per
article, the extraction JSON and every request (messages, schema, token budget) in order; two
dumps made before and after a change must be byte-identical.

    python bench/scripted_dump.py OUT.jsonl [--polnear ../shared/eval/polnear-dev.jsonl]
    cmp BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.backends.grammar import schema_options  # noqa: E402
from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.extract import Extractor  # noqa: E402
from summarizer.generation import Generation, Request  # noqa: E402
from summarizer.load import Article, describe, read_article  # noqa: E402
from summarizer.prompting import load_template  # noqa: E402


class HashChoice:
    """Answers any request from its content: the same request, the same answer."""

    name = "scripted"
    model_name = "scripted"
    model_sha256 = None
    constrains_output = True
    cacheable = False
    concurrency = 1

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    @property
    def sampling(self) -> dict[str, Any]:
        return {"temperature": 0.0}

    def ready(self) -> None:
        pass

    def generate(self, request: Request) -> Generation:
        self.requests.append(
            {
                "messages": request.messages,
                "schema": request.schema,
                "max_tokens": request.max_tokens,
            }
        )
        digest = int(hashlib.sha256(request.key(self.sampling).encode()).hexdigest(), 16)
        answer: dict[str, Any] = {}
        for name, spec in request.schema.get("properties", {}).items():
            options = schema_options(spec)
            if options:
                answer[name] = options[digest % len(options)]
                digest //= len(options)
            else:
                answer[name] = "the main issue"
        return Generation(text=json.dumps(answer), finish_reason="stop")


def articles(polnear: Path | None) -> list[Article]:
    found = [read_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if polnear is not None:
        for line in polnear.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found.append(
                Article(meta=describe(record["text"], Path(record["id"])), text=record["text"])
            )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--polnear", type=Path, default=None)
    args = parser.parse_args()
    lines = []
    for article in articles(args.polnear):
        backend = HashChoice()
        extractor = Extractor(backend, load_template("default"))  # type: ignore[arg-type]
        try:
            result: Any = json.loads(extractor.extract(article).model_dump_json())
            result["usage"] = None
        except SummarizerError as exc:
            result = {"error": str(exc)}
        lines.append(
            json.dumps(
                {"id": article.meta.id, "extraction": result, "requests": backend.requests},
                ensure_ascii=False,
                sort_keys=True,
            )
        )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    requests = sum(line.count('"max_tokens"') for line in lines)
    print(f"{len(lines)} articles, {requests} requests -> {args.out}")


if __name__ == "__main__":
    main()
