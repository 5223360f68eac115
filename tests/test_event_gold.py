"""Event gold (tests/gold/basil/*.json): the loader, the checks every gold file passes, and
`eval` against event gold (stances per issue, junk and split actors, speakers, a briefing's
disagreements). The BASIL texts are read from ../shared at test time; the other tests use a
tiny event written here."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import InputError
from summarizer.evaluate import gold_actor, issue_of, score, score_briefing
from summarizer.event_gold import (
    GoldEvent,
    article_records,
    event_files,
    inside_marks,
    problems,
    read_events,
)
from summarizer.types import (
    Actor,
    ArticleMeta,
    BriefActor,
    Briefing,
    Extraction,
    Finding,
    Position,
    Provenance,
    Quote,
    Side,
    Source,
    Span,
)

from .conftest import ROOT

BASIL_GOLD = ROOT / "tests" / "gold" / "basil"
BASIL_TEXTS = ROOT.parent / "shared" / "eval" / "basil-dev.jsonl"
needs_basil = pytest.mark.skipif(
    not BASIL_TEXTS.is_file(),
    reason=f"the BASIL texts are not here ({BASIL_TEXTS}): the gold holds offsets only",
)

FOX = (
    'Mayor Jane Roe said "the toll plan is a good idea" on Monday. Roe backs the toll. '
    'The council opposes the toll plan, it said. "We will vote no," said council chair Bob Smith.'
)
NYT = 'Jane Roe, the mayor, now doubts the toll. Mr. Smith said "no toll, ever" on Tuesday.'


def _span(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def tiny_gold() -> dict[str, Any]:
    return {
        "event_id": "tiny/1",
        "annotator_note": "a mayor's toll plan",
        "issues": [{"id": "toll", "label": "the city toll plan", "aliases": ["the toll"]}],
        "actors": [
            {
                "name": "Jane Roe",
                "type": "person",
                "roles": ["mayor"],
                "aliases": ["Roe", "Mayor Jane Roe"],
            },
            {
                "name": "City Council",
                "type": "organization",
                "roles": [],
                "aliases": ["The council"],
            },
            {
                "name": "Bob Smith",
                "type": "person",
                "roles": ["council chair"],
                "aliases": ["Smith", "Mr. Smith"],
            },
        ],
        "articles": [
            {
                "outlet": "fox",
                "actors": ["Jane Roe", "City Council", "Bob Smith"],
                "positions": [
                    {
                        "actor": "Jane Roe",
                        "issue": "toll",
                        "stance": "supports",
                        "evidence_spans": [_span(FOX, "Roe backs the toll.")],
                        "basis": "statement",
                    },
                    {
                        "actor": "City Council",
                        "issue": "toll",
                        "stance": "opposes",
                        "evidence_spans": [_span(FOX, "The council opposes the toll plan")],
                        "basis": "statement",
                    },
                    {
                        "actor": "Bob Smith",
                        "issue": "toll",
                        "stance": "opposes",
                        "evidence_spans": [_span(FOX, "We will vote no,")],
                        "basis": "quote",
                    },
                ],
                "quotes": [
                    {
                        "speaker": "Jane Roe",
                        "quote_spans": [_span(FOX, "the toll plan is a good idea")],
                        "speaker_is_pronoun": False,
                    },
                    {
                        "speaker": "Bob Smith",
                        "quote_spans": [_span(FOX, "We will vote no,")],
                        "speaker_is_pronoun": False,
                    },
                ],
            },
            {
                "outlet": "nyt",
                "actors": ["Jane Roe", "Bob Smith"],
                "positions": [
                    {
                        "actor": "Jane Roe",
                        "issue": "toll",
                        "stance": "mixed",
                        "evidence_spans": [_span(NYT, "Jane Roe, the mayor, now doubts the toll.")],
                        "basis": "description",
                    },
                ],
                "quotes": [
                    {
                        "speaker": "Bob Smith",
                        "quote_spans": [_span(NYT, "no toll, ever")],
                        "speaker_is_pronoun": False,
                    },
                ],
            },
        ],
        "disagreements": [
            {
                "actor": "Jane Roe",
                "issue": "toll",
                "stances": {"fox": "supports", "nyt": "mixed"},
                "note": "she backs it in one and doubts it in the other",
            },
        ],
    }


def write_tiny(folder: Path, gold: dict[str, Any] | None = None) -> tuple[Path, Path]:
    """A gold folder with the tiny event, and its texts file."""
    gold_dir = folder / "gold"
    gold_dir.mkdir(exist_ok=True)
    (gold_dir / "1.json").write_text(json.dumps(gold or tiny_gold()), encoding="utf-8")
    texts = folder / "texts.jsonl"
    event = {
        "event_id": "tiny/1",
        "articles": [{"outlet": "fox", "text": FOX}, {"outlet": "nyt", "text": NYT}],
    }
    texts.write_text(json.dumps(event) + "\n", encoding="utf-8")
    return gold_dir, texts


def tiny_event() -> GoldEvent:
    return GoldEvent("tiny/1", Path("1.json"), tiny_gold(), {"fox": FOX, "nyt": NYT})


# --- The BASIL gold ---------------------------------------------------------------------------


@needs_basil
def test_every_basil_gold_file_is_sound() -> None:
    files = event_files(BASIL_GOLD)
    events = read_events(BASIL_GOLD, BASIL_TEXTS)  # raises on the first problem of any file
    assert len(events) == len(files) >= 4
    for event in events:
        assert event.path.stem == event.id.split("/")[-1], "a file is named by its event number"
        assert problems(event.gold, event.texts) == []
        assert 1 <= len(event.issues) <= 5
        records = article_records(event)
        assert [r["id"] for r in records] == [f"{event.id}/{o}" for o in ("fox", "nyt", "hpo")]
        for record in records:
            text = record["text"]
            assert record["positions"], f"{record['id']}: no position"
            for quote in record["quotes"]:
                for start, end in quote["quote_spans"]:
                    assert inside_marks(text, start, end)
                    assert text[start:end].strip() == text[start:end]  # no stray space inside


def test_basil_gold_holds_no_article_text() -> None:
    """The gold holds names, labels and offsets: no sentence of an article."""
    for path in event_files(BASIL_GOLD):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) == {
            "event_id", "annotator_note", "issues", "actors", "articles", "disagreements",
        }  # fmt: skip
        for article in gold["articles"]:
            assert set(article) == {"outlet", "actors", "positions", "quotes"}
            for position in article["positions"]:
                assert set(position) == {"actor", "issue", "stance", "evidence_spans", "basis"}
            for quote in article["quotes"]:
                assert set(quote) == {"speaker", "quote_spans", "speaker_is_pronoun"}


# --- The loader and its checks ------------------------------------------------------------------


def test_tiny_gold_is_sound_and_expands_to_article_records(tmp_path: Path) -> None:
    gold_dir, texts = write_tiny(tmp_path)
    [event] = read_events(gold_dir, texts)
    assert read_events(gold_dir / "1.json", texts)[0].gold == event.gold  # a file works too
    fox, nyt = article_records(event)
    assert (fox["id"], fox["outlet"], nyt["id"]) == ("tiny/1/fox", "fox", "tiny/1/nyt")
    assert fox["text"] == FOX
    assert [q["quote"] for q in fox["quotes"]] == [
        "the toll plan is a good idea",
        "We will vote no,",
    ]
    assert [a["name"] for a in nyt["actors"]] == ["Jane Roe", "Bob Smith"]
    assert len(nyt["event_actors"]) == 3 and nyt["issues"][0]["id"] == "toll"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda g: g["articles"][0]["positions"][0].update(actor="Jane Doe"), "not among"),
        (lambda g: g["articles"][0]["actors"].append("Jane Doe"), "'Jane Doe' is not defined"),
        (lambda g: g["articles"][0]["positions"][0].update(issue="tax"), "'tax' is not defined"),
        (lambda g: g["articles"][0]["positions"][0].update(stance="likes"), "stance 'likes'"),
        (lambda g: g["articles"][0]["positions"][0].update(basis="vibes"), "basis 'vibes'"),
        (lambda g: g["articles"][1]["positions"][0].update(evidence_spans=[[80, 900]]),
         "not inside the article"),
        (lambda g: g["articles"][0]["quotes"][0].update(quote_spans=[_span(FOX, "toll plan")]),
         "not inside quotation marks"),
        (lambda g: g["articles"][0]["quotes"][0].update(speaker="Jane Doe"), "not among"),
        (lambda g: g["actors"].append(dict(g["actors"][0])), "defined twice: Jane Roe"),
        (lambda g: g["disagreements"][0]["stances"].update(nyt="supports"), "different stances"),
        (lambda g: g["disagreements"][0].update(issue="tax"), "'tax' is not defined"),
        (lambda g: g["articles"][0].pop("quotes"), "malformed"),
    ],
)  # fmt: skip
def test_problems_are_found(change: Any, expected: str) -> None:
    gold = tiny_gold()
    assert problems(gold, {"fox": FOX, "nyt": NYT}) == []
    change(gold)
    found = problems(gold, {"fox": FOX, "nyt": NYT})
    assert any(expected in problem for problem in found), found


def test_a_quotation_may_go_on_in_the_next_paragraph() -> None:
    text = 'He said: "First part.\n\n"Second part," he added.'
    assert inside_marks(text, text.index("First"), text.index("\n"))
    assert not inside_marks(text, text.index("First"), text.index("part."))


def test_bad_gold_paths_are_input_errors(tmp_path: Path) -> None:
    gold_dir, texts = write_tiny(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        read_events(tmp_path / "nothing", texts)
    with pytest.raises(InputError, match="no event files"):
        read_events(tmp_path, texts) if not list(tmp_path.glob("*.json")) else None
    broken = tiny_gold()
    broken["articles"][0]["positions"][0]["stance"] = "likes"
    write_tiny(tmp_path, broken)
    with pytest.raises(InputError, match=r"1\.json: .*stance 'likes'"):
        read_events(gold_dir, texts)
    (gold_dir / "1.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not JSON"):
        read_events(gold_dir, texts)
    other = copy.deepcopy(tiny_gold())
    other["event_id"] = "tiny/2"
    write_tiny(tmp_path, other)
    with pytest.raises(InputError, match="not in"):
        read_events(gold_dir, texts)


# --- Scoring against event gold ----------------------------------------------------------------


def test_predicted_names_map_to_gold_actors() -> None:
    actors = tiny_gold()["actors"] + [
        {"name": "Luis Gutiérrez", "type": "person", "aliases": []},
        {"name": "Mary Smith", "type": "person", "aliases": []},
    ]
    assert gold_actor("Mayor Jane Roe", [], actors) == "Jane Roe"  # a form of the gold
    assert gold_actor("Rep. Jane Roe", [], actors) == "Jane Roe"  # titles aside
    assert gold_actor("the council", [], actors) == "City Council"
    assert gold_actor("Luis Gutierrez", [], actors) == "Luis Gutiérrez"  # accents aside
    assert gold_actor("Jane Q. Roe", [], actors) == "Jane Roe"  # most shared name words
    assert gold_actor("council member", ["Smith"], actors) == "Bob Smith"  # by an alias
    assert gold_actor("Smith", [], actors) == "Bob Smith"  # an alias of one gold actor only
    assert gold_actor("Jim Smith", [], actors) is None  # as near to Mary Smith: no one
    assert gold_actor("toll", [], actors) is None
    assert gold_actor("mayor", [], actors) is None  # a bare title names no one


def test_a_form_as_written_maps_before_a_form_titles_aside() -> None:
    # "Mrs. Roe" is the gold form "Mrs. Roe" of Ann Roe's, not Carl Roe's "Roe", though
    # honorifics aside both read "roe".
    actors = [
        {"name": "Carl Roe", "type": "person", "aliases": ["Roe", "Mr. Roe"]},
        {"name": "Ann Roe", "type": "person", "aliases": ["Mrs. Roe"]},
    ]
    assert gold_actor("Mrs. Roe", [], actors) == "Ann Roe"
    assert gold_actor("Roe", [], actors) == "Carl Roe"
    assert gold_actor("Ms. Roe", [], actors) == "Carl Roe"  # no such form: titles aside, as before


def test_topics_map_to_issues() -> None:
    issues = [
        {"id": "toll", "label": "the city toll plan", "aliases": ["the toll"]},
        {"id": "budget", "label": "Paul Ryan's budget", "aliases": ["budget cuts"]},
    ]
    assert issue_of("Toll on the bridge", issues) == "toll"
    assert issue_of("Ryan\u2019s budget", issues) == "budget"  # curly apostrophe, plural aside
    assert issue_of("cuts to the budget", issues) == "budget"
    assert issue_of("(no topic: rules only)", issues) is None
    assert issue_of("weather", issues) is None


def _meta(text: str, name: str) -> ArticleMeta:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return ArticleMeta(id=name, file=f"{name}.txt", sha256=digest, chars=len(text))


def _position(actor: str, topic: str, stance: str) -> Position:
    return Position(
        actor=actor, topic=topic, stance=stance,  # type: ignore[arg-type]
        evidence=Span(start=0, end=4, text=FOX[:4]), attribution="rule",
    )  # fmt: skip


def _quote(text: str, part: str, speaker: str) -> Quote:
    start = text.index(part)
    return Quote(speaker=speaker, text=part, start=start, end=start + len(part), attribution="rule")


def test_article_scores_issues_junk_splits_and_speakers() -> None:
    fox = article_records(tiny_event())[0]
    extraction = Extraction(
        article=_meta(FOX, "fox"),
        actors=[
            Actor(name="Jane Roe", type="person", aliases=["Roe"]),
            Actor(name="Mayor Jane Roe", type="person"),  # the same person again: split
            Actor(name="toll", type="other"),  # no actor: junk
            Actor(name="The council", type="organization"),
            # A described speaker is no entry of the actor list: neither junk nor a split.
            Actor(name="spokesman", type="person", kind="described"),
            Actor(name="Roe spokesman", type="person", kind="described"),
        ],
        positions=[
            _position("Jane Roe", "the toll plan", "supports"),  # right, on the right issue
            _position("The council", "weather", "opposes"),  # right stance, topic unmatched
            _position("toll", "toll", "supports"),  # no gold actor: wrong
        ],
        quotes=[
            _quote(FOX, "the toll plan is a good idea", "Mayor Jane Roe"),  # right
            _quote(FOX, "We will vote no,", "The council"),  # wrong: Bob Smith said it
        ],
    )
    result = score(fox, extraction, {"direct"})
    assert (result.predicted_positions, result.right_positions) == (3, 2)
    assert (result.gold_holders, result.found_holders) == (3, 2)
    assert (result.issue_right, result.unmatched_topics) == (1, 1)
    assert (result.gold_issue_holders, result.found_issue_holders) == (3, 1)
    assert (result.junk_actors, result.listed_actors, result.predicted_actors) == (1, 4, 6)
    assert (result.matched_actors, result.gold_actors) == (2, 3)  # "Mayor Jane Roe" is extra
    assert (result.split_people, result.gold_people_found) == (1, 1)
    assert (result.quote_speakers_right, result.quote_speakers_scored) == (1, 2)
    figures = result.figures()
    assert figures["stance_precision"] == 0.667 and figures["stance_recall"] == 0.667
    assert figures["issue_precision"] == 0.333 and figures["issue_recall"] == 0.333
    assert figures["actor_junk_share"] == 0.25 and figures["people_split_share"] == 1.0
    assert figures["quote_speaker_share"] == 0.5 and figures["unmatched_topics"] == 1
    assert "junk actor: 'toll' (other)" in result.misses
    assert "split: 'Jane Roe' is 'Jane Roe', 'Mayor Jane Roe'" in result.misses
    assert "topic matches no gold issue: 'weather' (1 position(s))" in result.misses
    assert any(m.startswith("speaker of 'We will vote no,'") for m in result.misses)


def test_stance_precision_is_split_by_reader() -> None:
    """Which reader fails shows in the figures, without reading a miss: rules and model apart."""
    fox = article_records(tiny_event())[0]
    by_model = _position("Bob Smith", "the toll plan", "supports").model_copy(
        update={"attribution": "model", "confidence": 0.9}
    )
    extraction = Extraction(
        article=_meta(FOX, "fox"),
        actors=[
            Actor(name="Jane Roe", type="person"),
            Actor(name="The council", type="organization"),
            Actor(name="Bob Smith", type="person"),
            Actor(name="toll", type="other"),
        ],
        positions=[
            _position("Jane Roe", "the toll plan", "supports"),  # rule, right
            _position("toll", "toll", "supports"),  # rule, wrong: no gold actor
            _position("The council", "the toll plan", "opposes").model_copy(
                update={"attribution": "model"}
            ),  # model, right
            by_model,  # model, wrong: he opposes it
        ],
        quotes=[],
    )
    result = score(fox, extraction, {"direct"})
    assert (result.predicted_positions, result.right_positions) == (4, 2)
    assert (result.rule_positions, result.rule_positions_right) == (2, 1)
    figures = result.figures()
    assert figures["stance_precision"] == 0.5
    assert figures["stance_precision_rules"] == 0.5 and figures["stance_precision_model"] == 0.5
    assert "stance of 'Bob Smith': got supports, gold opposes (model)" in result.misses
    assert "stance of 'toll': got supports, gold no position (rule)" in result.misses
    only_rules = extraction.model_copy(update={"positions": extraction.positions[:1]})
    figures = score(fox, only_rules, {"direct"}).figures()
    assert figures["stance_precision_rules"] == 1.0 and figures["stance_precision_model"] is None


def test_jsonl_gold_keeps_its_figures() -> None:
    """A record without event gold scores as before: no event figures."""
    record = {"id": "t", "text": FOX, "quotes": []}
    extraction = Extraction(article=_meta(FOX, "t"), actors=[], positions=[], quotes=[])
    assert "issue_precision" not in score(record, extraction, {"direct"}).figures()


def _briefing(disagreements: list[Finding], actors: list[BriefActor]) -> Briefing:
    sources = [
        Source(ref=1, id="fox", file="fox.txt", sha256=_meta(FOX, "fox").sha256),
        Source(ref=2, id="nyt", file="nyt.txt", sha256=_meta(NYT, "nyt").sha256),
    ]
    provenance = Provenance(
        tool_version="0", backend="rules", model="none", model_sha256=None, prompt="p",
        prompt_sha256="0", sampling={}, timings={}, usage={},  # type: ignore[arg-type]
    )  # fmt: skip
    return Briefing(
        headline="h", sources=sources, actors=actors, positions=[], quotes=[],
        disagreements=disagreements, provenance=provenance,
    )  # fmt: skip


def _actor(actor_id: str, name: str) -> BriefActor:
    return BriefActor(
        id=actor_id, name=name, type="person", roles=[], aliases=[], sources=[1], mentions=[]
    )


def _stance_finding(actor: str, topic: str, stances: dict[int, str]) -> Finding:
    sides = [Side(says=s, sources=[ref], evidence=[]) for ref, s in stances.items()]
    return Finding(kind="stance", actor=actor, topic=topic, sides=sides)


def test_briefing_disagreements_against_the_gold() -> None:
    event = tiny_event()
    outlets = {_meta(FOX, "fox").sha256: "fox", _meta(NYT, "nyt").sha256: "nyt"}
    actors = [_actor("jane-roe", "Jane Roe"), _actor("roe", "Roe"), _actor("smith", "Bob Smith")]
    shown = [
        _stance_finding("jane-roe", "toll plan", {1: "supports", 2: "mixed"}),  # real
        _stance_finding("smith", "the toll", {1: "opposes", 2: "supports"}),  # false
        _stance_finding("roe", "weather", {1: "opposes", 2: "supports"}),  # false: no issue
        Finding(kind="wording", actor="smith", topic="no toll", sides=[]),  # not a stance
    ]
    result = score_briefing(event, _briefing(shown, actors), outlets)
    assert (result.shown, result.real, result.gold_disagreements) == (3, 1, 1)
    assert result.missed == []
    assert result.false == [
        "'Bob Smith' on 'the toll': opposes (fox); supports (nyt) "
        "(the gold has no disagreement there)",
        "'Roe' on 'weather': opposes (fox); supports (nyt) (the topic matches no gold issue)",
    ]
    assert (result.split, result.people) == (1, 2)  # "Jane Roe" and "Roe": one person split
    assert result.splits == ["'Jane Roe' is 'Jane Roe', 'Roe'"]
    figures = result.figures()
    assert figures["disagreements_false"] == 2 and figures["people_split_share"] == 0.5

    none_shown = score_briefing(event, _briefing([], actors[:1]), outlets)
    assert none_shown.missed == ["'Jane Roe' on toll: fox supports, nyt mixed"]
    assert none_shown.figures()["disagreements_missed"] == 1


# --- On the command line -----------------------------------------------------------------------


def _eval(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "summarizer", "--backend", "rules", "--quiet", "eval"]
    return subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_eval_positions_on_event_gold(tmp_path: Path) -> None:
    gold_dir, texts = write_tiny(tmp_path)
    result = _eval(gold_dir, "--texts", texts, "--positions", "--json", "--per-article")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["events"] == ["tiny/1"]
    assert set(figures["articles"]) == {"tiny/1/fox", "tiny/1/nyt"}
    total = figures["total"]
    for name in ("issue_precision", "issue_recall", "actor_junk_share", "people_split_share",
                 "quote_speaker_share", "unmatched_topics"):  # fmt: skip
        assert name in total
    assert figures["counts"]["gold_holders"] == 4 and figures["counts"]["gold_issue_holders"] == 4
    assert figures["counts"]["event_articles"] == 2
    briefing = figures["briefing"]
    assert briefing["disagreements_gold"] == 1
    assert briefing["disagreements_shown"] == briefing["disagreements_false"] + (
        1 - briefing["disagreements_missed"]
    )
    assert len(briefing["missed"]) == briefing["disagreements_missed"]
    assert set(figures["briefings"]) == {"tiny/1"}
    assert "misses" in figures["articles"]["tiny/1/fox"]

    text = _eval(gold_dir, "--texts", texts, "--positions", "--per-article")
    assert text.returncode == 0, text.stderr
    assert "events: 1" in text.stdout and "briefing disagreements_shown:" in text.stdout
    assert "tiny/1/fox: quotes" in text.stderr and "tiny/1 briefing:" in text.stderr

    plain = _eval(gold_dir / "1.json", "--texts", texts, "--json")  # without --positions
    assert plain.returncode == 0, plain.stderr
    assert "briefing" not in json.loads(plain.stdout)


def test_eval_event_gold_bad_input(tmp_path: Path) -> None:
    gold_dir, texts = write_tiny(tmp_path)
    missing = _eval(gold_dir, "--positions")
    assert missing.returncode == 2 and "--texts" in missing.stderr
    jsonl = tmp_path / "gold.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": FOX, "quotes": []}) + "\n")
    wrong = _eval(jsonl, "--texts", texts)
    assert wrong.returncode == 2 and "--texts goes with event gold" in wrong.stderr
    broken = tiny_gold()
    broken["articles"][1]["quotes"][0]["speaker"] = "Nobody"
    write_tiny(tmp_path, broken)
    bad = _eval(gold_dir, "--texts", texts)
    assert bad.returncode == 2 and "'Nobody'" in bad.stderr
    for result in (missing, wrong, bad):
        assert "Traceback" not in result.stderr
