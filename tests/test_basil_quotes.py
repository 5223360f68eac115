"""bench/basil_quotes.py: BASIL's coarse quote speakers matched by name words; held-out and
gold events refused with exit code 2."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "basil_quotes.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("basil_quotes", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["basil_quotes"] = module
    spec.loader.exec_module(module)
    return module


def test_a_surname_or_a_name_word_names_basils_speaker(bench: ModuleType) -> None:
    assert bench.same_speaker("Donald Trump", "Trump", [])
    assert bench.same_speaker("Romney campaign", "Mitt Romney", [])
    assert bench.same_speaker("plaintiffs", "plaintiffs", [])
    assert bench.same_speaker("BuzzFeed", "BuzzFeed News", [])
    assert not bench.same_speaker("Donald Trump", "president", [])
    assert not bench.same_speaker("Romney campaign", "Obama campaign", [])


def test_a_short_basil_quote_inside_ours_overlaps_it(bench: ModuleType) -> None:
    assert bench.overlaps((100, 200), (120, 127))
    assert not bench.overlaps((100, 200), (195, 260))


def test_held_out_and_gold_events_are_refused(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["62"]) == 2  # being annotated
    assert bench.main(["55"]) == 2  # has a gold file
    assert "refused" in capsys.readouterr().err


def test_an_unreadable_texts_file_is_a_clear_error(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["51", "--texts", str(tmp_path / "none.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
