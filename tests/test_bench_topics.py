"""bench/free_positions.py's `with_topic`, which bench/rules_snapshot.py uses too: each text is
read with its own event's topic. Until session 36 each wrapper wrapped the one before, so every
event after the first was read with the first event's topic."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from summarizer import backends
from summarizer.extract import Extractor
from summarizer.load import Article, describe
from summarizer.prompting import load_template

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def free_positions(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("free_positions", BENCH / "free_positions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "free_positions", module)
    spec.loader.exec_module(module)
    return module


def test_each_event_is_read_with_its_own_topic(
    free_positions: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Mayor Anna Berg opposed the harbour levy on Monday."
    extractor = Extractor(backend=backends.create("rules"), template=load_template("default"))
    topics = []
    for topic in ("the ferry fares", "the harbour levy"):  # two events, one after the other
        monkeypatch.setattr(
            free_positions.extract, "read_positions", free_positions.with_topic(topic)
        )
        found = extractor.extract(Article(meta=describe(text, Path("levy.txt")), text=text))
        topics.append([p.topic for p in found.positions])
    assert topics == [["the ferry fares"], ["the harbour levy"]]
