"""Reading a large WARC archive: peak memory and speed of `summarizer stories` before any model
work (read every record, fold duplicates, group into stories).

It generates, in a temporary folder, a WARC of news-like HTML pages (boilerplate, inline scripts
and styles around an article of a few hundred words; events reported by several sites) until
the archive reaches --megabytes, then reads and groups it in a fresh process and reports that
process's peak resident memory.

    python bench/bench_reading.py [--megabytes 200] [--gzip] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SITES = ["Harbour Times", "Coast Herald", "Valley Post", "Northern Wire", "City Ledger"]
WORDS = [
    "council",
    "minister",
    "budget",
    "vote",
    "plan",
    "report",
    "officials",
    "said",
    "week",
    "year",
    "government",
    "court",
    "police",
    "market",
    "prices",
    "workers",
    "union",
    "election",
    "campaign",
    "law",
    "bill",
    "health",
    "schools",
    "water",
    "energy",
    "transport",
    "bridge",
    "harbour",
    "farmers",
    "exports",
    "talks",
    "deal",
    "agreement",
    "crisis",
    "protest",
]
FORENAMES = [
    "Ana",
    "Piotr",
    "Marta",
    "Rui",
    "Elena",
    "Tomas",
    "Ines",
    "Karl",
    "Sofia",
    "Jonas",
    "Lena",
    "Marco",
]
SURNAMES = [
    "Lopes",
    "Nowak",
    "Silva",
    "Costa",
    "Berg",
    "Novak",
    "Weber",
    "Rossi",
    "Dahl",
    "Moreau",
    "Keller",
    "Varga",
]


def article_text(rng: random.Random, event: int) -> tuple[str, str]:
    """A title and paragraphs about `event`: its own people and words, plus common words."""
    own = random.Random(event)
    people = [f"{own.choice(FORENAMES)} {own.choice(SURNAMES)}{event}" for _ in range(3)]
    topic = own.sample(WORDS, 4)
    title = f"{people[0]} and the {topic[0]} {topic[1]} of story {event}"
    paragraphs = []
    for _ in range(rng.randint(6, 10)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
            words[rng.randrange(len(words))] = rng.choice(topic)
            speaker = rng.choice(people)
            sentences.append(f"{speaker} said the {' '.join(words)}.")
        paragraphs.append(" ".join(sentences))
    return title, "\n".join(f"<p>{p}</p>" for p in paragraphs)


def page(rng: random.Random, event: int, site: str, day: str) -> bytes:
    title, body = article_text(rng, event)
    script = "var x=" + json.dumps([rng.random() for _ in range(2500)]) + ";"
    style = "".join(f".c{i}{{margin:{i}px;color:#{i:06x}}}" for i in range(1200))
    nav = "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(80))
    return (
        f"<!doctype html><html><head><title>{title} | {site}</title>"
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{day}T09:00:00Z">'
        f"<style>{style}</style><script>{script}</script></head><body>"
        f"<nav><ul>{nav}</ul></nav><article><h1>{title}</h1>{body}</article>"
        f"<aside>{nav}</aside><footer>Copyright {site}</footer></body></html>"
    ).encode()


def generate(path: Path, megabytes: int, *, compress: bool) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(0)
    pages = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        while out.tell() < megabytes * 1024 * 1024:
            event = pages // 3 + rng.randint(0, 1)
            site = SITES[pages % len(SITES)]
            day = (date(2020, 1, 1) + timedelta(days=5 * event)).isoformat()
            body = page(rng, event, site, day)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            url = f"https://{site.lower().replace(' ', '')}.example/{event}/{pages}"
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), length=len(body),
                    http_headers=headers,
                )
            )  # fmt: skip
            pages += 1
    return pages


MEASURE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from summarizer.pipeline import StoryProgress, read_and_group
started = time.perf_counter()
articles, failures, grouping = read_and_group([Path({path!r})], StoryProgress())
print(json.dumps({{
    "articles": len(articles),
    "failures": len(failures),
    "stories": len(grouping.stories),
    "unassigned": len(grouping.unassigned),
    "folded": len(grouping.duplicates),
    "seconds": round(time.perf_counter() - started, 1),
    "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--gzip", action="store_true", help="Write a .warc.gz instead.")
    parser.add_argument("--keep", type=Path, help="Write the archive here and keep it.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        where = args.keep or Path(folder)
        where.mkdir(parents=True, exist_ok=True)
        path = where / ("crawl.warc.gz" if args.gzip else "crawl.warc")
        started = time.perf_counter()
        pages = generate(path, args.megabytes, compress=args.gzip)
        size = path.stat().st_size / 1024 / 1024
        print(f"generated {pages} pages, {size:.0f} MiB in {time.perf_counter() - started:.0f}s")
        code = MEASURE.format(root=str(ROOT), path=str(path))
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"read and grouped in a fresh process: {figures['articles']} articles, "
        f"{figures['failures']} failed, {figures['stories']} stories, {figures['unassigned']} "
        f"in no story, {figures['folded']} folded copies, in {figures['seconds']}s "
        f"({figures['articles'] / max(figures['seconds'], 0.1) * 60:.0f} articles/minute)"
    )
    print(f"peak resident memory: {figures['peak_rss_mib']} MiB (target < 300 MiB)")


if __name__ == "__main__":
    main()
