"""`summarizer stories`: duplicates folded, articles grouped into stories with no model, a
briefing per story and an index; the same output from the local engine and from Ray."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sklearn", reason="the stories extra: pip install -e '.[dev]'")

from summarizer import schemas, stories
from summarizer.cache import ExtractionCache
from summarizer.engines import ExtractorSpec, RayEngine, RaySettings
from summarizer.extract import Extractor
from summarizer.generation import Generation, Request
from summarizer.load import Article, describe
from summarizer.pipeline import make_stories
from summarizer.prompting import load_template
from summarizer.settings import ReplaySettings

from .conftest import RECORDINGS, SEEDS, stable_briefing
from .test_cache import CachedReplay

BRIDGE = [
    (
        "Harbour Times",
        "Council votes to shut harbour bridge",
        "The city council voted on Tuesday to close the old harbour bridge to cars after "
        "engineers found cracks in two piers. Mayor Ana Lopes said the closure of the bridge "
        'was painful but unavoidable. "We cannot put lives at risk," Lopes said. Commuters '
        "will use ferries while the harbour bridge is repaired.",
    ),
    (
        "Coast Herald",
        "Harbour bridge closed to traffic over cracked piers",
        "Cracked piers have forced the harbour bridge to close to traffic, the city council "
        "decided on Tuesday. Mayor Ana Lopes defended the vote on the bridge. Opposition "
        "councillor Rui Costa called the closure of the harbour bridge rushed and said ferries "
        "could not carry every commuter.",
    ),
    (
        "Daily Wire Service",
        "Lopes defends harbour bridge closure",
        "Mayor Ana Lopes defended the council's decision to close the harbour bridge, after "
        "engineers reported cracked piers. The harbour bridge carries forty thousand cars a "
        "day. Lopes said the repairs to the bridge piers would take a year.",
    ),
]
WHEAT = [
    (
        "Harbour Times",
        "Government bans wheat exports",
        "Agriculture Minister Piotr Nowak announced a ban on wheat exports on Monday, citing a "
        "poor harvest and rising bread prices. Farmers' unions said the wheat export ban would "
        "ruin growers who had signed contracts abroad.",
    ),
    (
        "Coast Herald",
        "Nowak halts wheat exports as bread prices climb",
        "Wheat exports are halted from this week, Agriculture Minister Piotr Nowak said, after "
        "a drought cut the harvest. Bread prices rose for a third month. Nowak said the wheat "
        "export ban would be lifted when stocks recover.",
    ),
    (
        "Daily Wire Service",
        "Farmers protest wheat export ban",
        "Farmers protested outside the agriculture ministry against the wheat export ban "
        "announced by Minister Piotr Nowak. Growers said the ban on wheat exports broke "
        "contracts signed before the poor harvest.",
    ),
]
CHESS = (
    "Harbour Times",
    "Schoolgirl wins regional chess title",
    "A twelve-year-old schoolgirl, Marta Silva, won the regional chess championship on "
    "Sunday, beating three adult masters in the final rounds of the tournament.",
)


def article(number: int, outlet: str, title: str, text: str, day: str = "2024-03-05") -> Article:
    meta = describe(text, Path(f"a{number:02d}"))
    return Article(
        meta=meta.model_copy(update={"outlet": outlet, "title": title, "date": day}), text=text
    )


def pile() -> list[Article]:
    """Two events by three outlets and one lone article, interleaved."""
    items = [*BRIDGE, *WHEAT, CHESS]
    order = [0, 3, 6, 1, 4, 2, 5]
    return [article(n, *items[i]) for n, i in enumerate(order)]


def stories_of(grouping: stories.Grouping, articles: list[Article]) -> list[list[str]]:
    return [[articles[i].meta.title or "" for i in members] for members in grouping.stories]


def test_articles_group_into_their_events_and_a_lone_article_stays_apart() -> None:
    articles = pile()
    grouping = stories.group(articles)
    events = {t: "bridge" for _, t, _ in BRIDGE} | {t: "wheat" for _, t, _ in WHEAT}
    found = [{events[t] for t in story} for story in stories_of(grouping, articles)]
    assert sorted(map(sorted, found)) == [["bridge"], ["wheat"]]
    assert [len(s) for s in grouping.stories] == [3, 3]
    assert [articles[i].meta.title for i in grouping.unassigned] == [CHESS[1]]


def test_the_grouping_does_not_depend_on_input_order() -> None:
    articles = pile()
    forward = stories_of(stories.group(articles), articles)
    backward_articles = articles[::-1]
    backward = stories_of(stories.group(backward_articles), backward_articles)
    assert sorted(map(sorted, forward)) == sorted(map(sorted, backward))


def test_articles_far_apart_in_time_are_not_one_story() -> None:
    articles = [article(n, *BRIDGE[n]) for n in range(2)]
    later = article(2, *BRIDGE[2], day="2024-05-01")
    grouping = stories.group([*articles, later])
    assert grouping.stories == [[0, 1]] and grouping.unassigned == [2]


def test_copies_fold_per_outlet_and_stay_sources_across_outlets() -> None:
    outlet, title, text = BRIDGE[0]
    articles = [
        article(0, outlet, title, text),
        article(1, outlet, title, text + " Updated at noon."),  # the same outlet's copy
        article(2, "Syndicated Daily", title, text),  # another outlet runs the same text
        article(3, *WHEAT[0]),
    ]
    grouping = stories.group(articles)
    assert grouping.duplicates == {1: 0}
    assert grouping.stories == [[0, 2]] and grouping.unassigned == [3]


def test_average_linkage_does_not_chain() -> None:
    # 0-1 and 1-2 are similar, 0-2 not at all: single linkage would chain all three.
    edges = {(0, 1): 0.5, (1, 2): 0.3, (3, 4): 0.9}
    assert stories.average_linkage(5, edges, 0.2) == [[0, 1], [2], [3, 4]]


def write_jsonl(path: Path, articles: list[Article], *, broken: bool = True) -> None:
    lines = [
        json.dumps(
            {
                "id": a.meta.id,
                "text": a.text,
                "title": a.meta.title,
                "outlet": a.meta.outlet,
                "date": a.meta.date,
                "url": f"https://news.example/{a.meta.id}",
            }
        )
        for a in articles
    ]
    if broken:
        lines.insert(2, '{"title": "a record with no text"}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_stories_command_writes_a_briefing_per_story_and_an_index(tmp_path: Path) -> None:
    source = tmp_path / "pile.jsonl"
    write_jsonl(source, pile())
    out = tmp_path / "out"
    result = run("--backend", "rules", "stories", str(source), "--out", str(out))
    assert result.returncode == 5, result.stderr  # written, with a failed record
    assert "Traceback" not in result.stderr
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert schemas.validate("story-index", index) == []
    assert index["index_version"] == "1.0"
    assert [len(s["articles"]) for s in index["stories"]] == [3, 3]
    assert [a["title"] for a in index["unassigned"]] == [CHESS[1]]
    assert [f["file"] for f in index["failures"]] == [f"{source}#3"]
    for story in index["stories"]:
        assert set(story["outlets"]) == {"Harbour Times", "Coast Herald", "Daily Wire Service"}
        assert story["dates"] == ["2024-03-05"] and story["key_actors"]
        for article_entry in story["articles"]:
            assert article_entry["url"] == f"https://news.example/{article_entry['id']}"
        for kind, name in story["briefing"].items():
            assert (out / name).is_file(), kind
        briefing = json.loads((out / story["briefing"]["json"]).read_text(encoding="utf-8"))
        assert {s["url"] for s in briefing["sources"]} == {a["url"] for a in story["articles"]}
        assert schemas.validate("briefing", briefing) == []
    markdown = (out / "index.md").read_text(encoding="utf-8")
    assert "story-001/briefing.md" in markdown and "Articles in no story" in markdown
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="story-002/briefing.html"' in page and "<script" not in page


def test_the_seed_story_is_the_seed_briefing(tmp_path: Path, golden_result: Any) -> None:
    """The five seeds are one story; its briefing is `brief`'s, replayed from the recordings."""
    extractor = Extractor(CachedReplay(), load_template("default"))
    result = make_stories([SEEDS], extractor, tmp_path / "out")
    (story,) = result.index.stories
    assert result.index.unassigned == [] and result.index.failures == []
    briefing = json.loads((tmp_path / "out" / story.briefing["json"]).read_text("utf-8"))
    expected = stable_briefing(golden_result)
    for key in ("sources", "actors", "positions", "quotes", "agreements", "disagreements"):
        got = briefing[key]
        if key == "sources":
            got = [{**s, "file": Path(s["file"]).name} for s in got]
        assert got == expected[key], key


def test_a_killed_stories_run_resumes_from_the_cache(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    with pytest.raises(KeyboardInterrupt):
        make_stories(
            [SEEDS],
            Extractor(CachedReplay(stop_at="003_"), load_template("default")),
            tmp_path / "out",
            cache=cache,
        )
    assert len(cache.entries()) == 3
    backend = CachedReplay()
    result = make_stories(
        [SEEDS], Extractor(backend, load_template("default")), tmp_path / "out", cache=cache
    )
    assert sorted(backend.asked) == sorted(p.stem for p in SEEDS.glob("00[34]_*.txt"))
    assert len(result.index.stories[0].articles) == 5


def _stable(path: Path) -> str:
    """A file's text, with the clock's figures (timings, seconds) blanked in JSON."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".json":
        return text
    data = json.loads(text)

    def blank(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (0 if k == "seconds" else {} if k == "timings" else blank(v))
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [blank(v) for v in node]
        return node

    return json.dumps(blank(data), indent=1)


def test_ray_gives_every_file_the_local_engine_gives(tmp_path: Path) -> None:
    """A real local Ray instance (2 CPUs), the replay backend: every output file the same."""
    ray = pytest.importorskip("ray", reason="the ray extra: pip install -e '.[dev]'")
    inputs = tmp_path / "inputs"
    shutil.copytree(SEEDS, inputs / "seeds")
    write_jsonl(inputs / "pile.jsonl", [pile()[2]])  # a lone article and a failed record
    spec = ExtractorSpec(backend="replay", settings=ReplaySettings(path=RECORDINGS), prompt=None)
    outputs = {}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        for name, engine in (("local", None), ("ray", RayEngine(spec, RaySettings(workers=2)))):
            extractor = spec.build()
            make_stories([inputs], extractor, tmp_path / name, engine=engine)
            outputs[name] = {
                p.relative_to(tmp_path / name).as_posix(): _stable(p)
                for p in sorted((tmp_path / name).rglob("*"))
                if p.is_file() and not p.name.startswith(".")  # not the output folders' locks
            }
    finally:
        ray.shutdown()
    assert len(outputs["local"]) == 6  # the index and one story's briefing, three files each
    assert outputs["ray"] == outputs["local"]


def test_an_unknown_engine_is_refused_before_any_work(tmp_path: Path) -> None:
    source = tmp_path / "pile.jsonl"
    write_jsonl(source, pile())
    result = run("--backend", "rules", "stories", str(source), "--engine", "spark")
    assert result.returncode == 2
    assert "unknown engine 'spark'" in result.stderr and "Traceback" not in result.stderr


class _StallingReplay(CachedReplay):
    """Two requests at a time; the requests of one article never return (a server that hangs),
    and Ctrl-C comes at another's."""

    concurrency = 2

    def __init__(self) -> None:
        super().__init__(stop_at="004_")
        self.interrupted = threading.Event()

    def generate(self, request: Request) -> Generation:
        if "article '000_" in request.label:
            self.interrupted.wait(timeout=60)
            raise KeyboardInterrupt
        return super().generate(request)

    def interrupt(self) -> None:
        self.interrupted.set()


def test_ctrl_c_stops_a_concurrent_stories_run_at_once(tmp_path: Path) -> None:
    """As `brief`: the driver does not wait for requests in flight; the backend is told to give
    up (Interruptible.interrupt)."""
    backend = _StallingReplay()
    started = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        make_stories([SEEDS], Extractor(backend, load_template("default")), tmp_path / "out")
    assert time.perf_counter() - started < 30
    assert backend.interrupted.is_set()
