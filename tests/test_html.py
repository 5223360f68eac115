"""briefing.html: one self-contained page, checked as text and in a real headless browser."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from summarizer import render

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page(golden_result, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("html")
    path = folder / "briefing.html"
    path.write_text(render.html(golden_result.briefing, golden_result.texts), encoding="utf-8")
    return path


def test_the_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", html)
    assert "url(" not in html


def test_one_matrix_per_issue_with_the_sources_wordings(golden_result, page) -> None:  # type: ignore[no-untyped-def]
    from html import escape

    html = page.read_text(encoding="utf-8")
    shown = [i for i in golden_result.briefing.issues if len(i.sources) > 1]
    assert html.count('<table class="matrix"') == len(shown)
    for issue in shown:
        assert f'data-issue="{escape(issue.id)}"' in html
        for wording in issue.wordings:
            assert f"“{escape(wording, quote=False)}”" in html


def test_every_link_leads_to_an_element_of_the_page(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= ids, sorted(targets - ids)[:5]


def test_every_quote_and_evidence_span_is_highlighted_in_its_article(golden_result, page) -> None:  # type: ignore[no-untyped-def]
    html = page.read_text(encoding="utf-8")
    for quote in golden_result.briefing.quotes:
        for v in quote.variants:
            assert f'id="{render.anchor(v.source, v.start, v.end)}"' in html
    for p in golden_result.briefing.positions:
        e = p.evidence
        assert f'id="{render.anchor(p.source, e.start, e.end)}"' in html


def test_highlighting_keeps_the_text_and_handles_overlaps() -> None:
    text = 'He said "a <b> & c" and more'
    marked = str(render.highlight(text, [(9, 18, "quote", "q"), (3, 20, "evidence", "e")]))
    assert html.unescape(re.sub(r"<[^>]+>", "", marked)) == text
    assert '<mark class="evidence quote">a &lt;b&gt; &amp; c</mark>' in marked


# What a reader sees, measured in the browser: the page is loaded from file:// by headless
# chromium with a probe script appended to a copy (the shipped page has no script at all).
PROBE = """
<script>
addEventListener("load", () => {
  const style = (el) => getComputedStyle(el).backgroundColor;
  const marks = [...document.querySelectorAll("#articles ~ .article mark.quote")];
  const cells = [...document.querySelectorAll("table.matrix td.cell")];
  const coloured = cells.filter((c) => c.dataset.stance && style(c) !== "rgba(0, 0, 0, 0)");
  const result = {
    marks: marks.length,
    highlighted: marks.filter((m) => style(m) !== "rgba(0, 0, 0, 0)").length,
    quoteColour: [...new Set(marks.filter((m) => m.className === "quote").map(style))],
    stanceCells: cells.filter((c) => c.dataset.stance).length,
    colouredCells: coloured.length,
    opposesColour: [...new Set(cells.filter((c) => c.dataset.stance === "opposes").map(style))],
    matrixWidth: Math.round(
      document.querySelector("table.matrix")?.getBoundingClientRect().width || 0),
    external: performance.getEntriesByType("resource").length,
  };
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>
"""


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER
    return subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(BROWSER is None, reason="chromium is not installed (.ci/run installs it)")
def test_headless_chromium_shows_highlighted_quotes_and_a_coloured_matrix(page: Path) -> None:
    import json

    probed = page.with_name("probed.html")
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    dom = _chromium("--virtual-time-budget=5000", "--dump-dom", probed.as_uri()).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom)
    assert found, dom[-500:]
    result = json.loads(found.group(1).replace("&quot;", '"'))
    assert result["marks"] > 10 and result["highlighted"] == result["marks"]
    assert result["quoteColour"] == ["rgb(255, 241, 168)"]
    assert result["stanceCells"] > 5 and result["colouredCells"] == result["stanceCells"]
    assert result["opposesColour"] in ([], ["rgb(198, 40, 40)"])
    assert result["matrixWidth"] > 300
    assert result["external"] == 0  # nothing fetched: the page is self-contained
    shot = page.with_name("briefing.png")
    _chromium("--window-size=1280,2200", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 20_000
