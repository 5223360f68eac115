"""The real default model, end to end through the CLI, on one seed article (about a minute)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summarizer import schemas

from .conftest import SEEDS

pytestmark = pytest.mark.model


def test_extract_with_the_real_default_model() -> None:
    article = SEEDS / "003_9b367d222f8a0a7e.txt"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "--quiet", "extract", str(article)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert schemas.validate("extraction", data) == []
    text = article.read_text(encoding="utf-8")
    assert data["quotes"], "the article has quotations"
    actors = {a["name"] for a in data["actors"]}
    for quote in data["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"] in actors
    for position in data["positions"]:
        evidence = position["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert "Emmanuel Macron" in actors
