"""Session 67: a briefing in which no position was read says so under its Positions heading in
briefing.md, as the HTML says that no issue is covered, rather than leaving the section empty
(free BASIL event 81's briefing had an empty one). Made-up articles."""

from __future__ import annotations

from pathlib import Path

from .test_bad_input import run_brief

_TEXTS = {
    "a.txt": "Harbour news\n\nAda Roe opened a bakery on Monday. The bakery sells rye bread.",
    "b.txt": "Town news\n\nOtto Lind painted his fence on Tuesday. The fence is green now.",
}


def _briefing(tmp_path: Path, texts: dict[str, str]) -> str:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_brief([tmp_path / name for name in texts], out)
    return (out / "briefing.md").read_text(encoding="utf-8")


def test_a_briefing_with_no_position_says_so(tmp_path: Path) -> None:
    markdown = _briefing(tmp_path, _TEXTS)
    section = markdown.split("## Positions", 1)[1].split("## Who said what", 1)[0]
    assert section.strip() == "No position on an issue was read."


def test_a_briefing_with_a_position_does_not(tmp_path: Path) -> None:
    texts = {"a.txt": "Harbour news\n\nMayor Ada Roe opposes the harbour plan, she said."}
    markdown = _briefing(tmp_path, texts)
    section = markdown.split("## Positions", 1)[1].split("## Who said what", 1)[0]
    assert "No position on an issue was read." not in section
    assert "**opposes** on the harbour plan" in section
