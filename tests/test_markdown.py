"""briefing.md shows article text, titles and file names as text in any CommonMark renderer:
rendered with markdown-it-py (CommonMark, raw HTML allowed, plus GitHub's tables and
strikethrough), no element, attribute or comment comes from the input."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from summarizer import render
from summarizer.types import Span, StatementVariant

from .test_bad_input import run_brief

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<!-- everything after this is hidden",
    "[click](javascript:alert(3))",
    "![pixel](http://tracker.example/p.gif)",
    "<http://evil.example>",
    "&lt;b&gt; &amp; &#60;",
    "*not bold* _not italic_ ~~not struck~~ `not code` a | b",
]

# What briefing.md itself writes: headings, paragraphs, lists, tables, emphasis, code spans,
# strikethrough, quotes of evidence, a rule.
ALLOWED = {
    "h1", "h2", "h3", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
    "strong", "em", "s", "code", "blockquote", "hr",
}  # fmt: skip


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.comments: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs if name != "style")

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def rendered(markdown: str) -> Elements:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    elements = Elements()
    elements.feed(html)
    elements.close()
    return elements


def hostile_briefing(tmp_path: Path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    body = "\n\n".join(
        f'Mayor Anna Berg said "{bad} is the plan {i}." on Monday.' for i, bad in enumerate(HOSTILE)
    )
    (folder / "a.txt").write_text(
        f"Title: {HOSTILE[0]} {HOSTILE[3]}\n(c) {HOSTILE[1]}\n\n{body}\n", encoding="utf-8"
    )
    (folder / "x`` <img src=x onerror=alert(4)> ``.txt").write_text(
        "Anna Berg said \u201cthe harbour plan is good.\u201d\n", encoding="utf-8"
    )
    (folder / "y` <svg onload=alert(5)>.txt").write_bytes(b"")  # listed as failed
    result = run_brief([folder], tmp_path / "out", topic="<b onmouseover=alert(6)>topic</b>")
    assert len(result.briefing.sources) == 2 and len(result.briefing.failures) == 1
    assert result.briefing.quotes
    return (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")


def test_hostile_input_renders_as_text_and_nothing_else(tmp_path: Path) -> None:
    markdown = hostile_briefing(tmp_path)
    elements = rendered(markdown)
    assert elements.tags <= ALLOWED, elements.tags - ALLOWED
    assert not elements.attributes and not elements.comments
    visible = " ".join("".join(elements.text).split())
    for bad in [
        *HOSTILE,
        "x`` <img src=x onerror=alert(4)> ``.txt",
        "y` <svg onload=alert(5)>.txt",
        "<b onmouseover=alert(6)>topic</b>",
    ]:
        assert bad in visible, bad


@pytest.mark.parametrize(
    "value",
    [
        "# heading",
        "- item",
        "+ item",
        "1. item",
        "12) item",
        "> quote",
        "---",
        "===",
        "[1]: javascript:alert(1)",
        "a\n\n<div>b</div>",
        "tab\tand\nnewline",
        "under_score __init__ Q4_K_M",
        "AT&T &copy; 5 < 6 > 4",
        "back\\slash \\*",
    ],
)
def test_any_value_at_the_start_of_a_line_is_one_paragraph_of_its_text(value: str) -> None:
    elements = rendered(render.markdown_text(value) + "\n")
    assert elements.tags == {"p"}
    assert "".join(elements.text).rstrip("\n") == " ".join(value.split())


@pytest.mark.parametrize("name", ["plain.txt", "a`b.txt", "``x``.txt", " spaced .txt", "`"])
def test_a_code_span_holds_any_file_name(name: str) -> None:
    elements = rendered(f"file {render.markdown_code(name)}\n")
    assert elements.tags == {"p", "code"}
    assert "".join(elements.text).rstrip("\n") == f"file {name}"


def test_the_seed_briefing_keeps_its_plain_markdown(golden_result) -> None:  # type: ignore[no-untyped-def]
    markdown = render.markdown(golden_result.briefing)
    assert "\\" not in markdown.replace("\\* read by the model", "")
    assert "`seeds/000_563b04466e7df62f.txt`" in markdown or "000_563b04466e7df62f.txt`" in markdown


def test_stance_matrix_is_per_issue_with_each_sources_wording(golden_result) -> None:  # type: ignore[no-untyped-def]
    from summarizer import render

    briefing = golden_result.briefing
    markdown = render.markdown(briefing)
    grids = render.matrices(briefing)
    # The five seed articles word one issue five ways: one matrix, every wording cited.
    assert [m.issue for m in grids] == [i.id for i in briefing.issues if len(i.sources) > 1]
    for issue in briefing.issues:
        if len(issue.sources) > 1:
            assert f"## Stances on {render.markdown_text(issue.name)}" in markdown
            for wording in issue.wordings:
                assert f"“{render.markdown_text(wording)}”" in markdown
    assert "As the sources word it:" in markdown


def test_hostile_topic_wordings_of_an_issue_render_as_text(golden_result) -> None:  # type: ignore[no-untyped-def]
    briefing = golden_result.briefing
    positions = [
        p.model_copy(update={"reported_topic": HOSTILE[p.source % len(HOSTILE)]})
        for p in briefing.positions
    ]
    markdown = render.markdown(briefing.model_copy(update={"positions": positions}))
    elements = rendered(markdown)
    assert elements.tags <= ALLOWED, elements.tags - ALLOWED
    assert not elements.attributes and not elements.comments
    visible = " ".join("".join(elements.text).split())
    for source in {p.source for p in positions}:
        assert HOSTILE[source % len(HOSTILE)] in visible


def _span(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start=start, end=start + len(phrase), text=phrase)


@pytest.mark.parametrize(
    ("text", "said_by", "cue", "label"),
    [
        ("Roe said so.", [("Roe", 0)], ("said", 0), "Roe said"),
        ("According to Acme, it is.", [("Acme", 0)], ("According to", 0), "According to Acme"),
        # a speaker the taggers give in parts: the part by the cue
        ("He cited words in which Pike said it.", [("He", 0), ("Pike", 0)], ("said", 0),
         "Pike said"),
        # the cue's own colon is not doubled by the one after the label
        ("Roe wrote on Twitter: it is.", [("Roe", 0)], ("wrote on Twitter:", 0),
         "Roe wrote on Twitter"),
        ("It is, he said.", [], (), "quoted"),
    ],
)  # fmt: skip
def test_a_statement_is_labelled_as_its_source_writes_it(
    text: str, said_by: list[tuple[str, int]], cue: tuple[str, int], label: str
) -> None:
    variant = StatementVariant(
        source=1,
        text="it",
        kind="indirect",
        content=[_span(text, text.split()[-1])],
        cue=[_span(text, *cue)] if cue else [],
        said_by=[_span(text, phrase, nth) for phrase, nth in said_by],
        resolved_by="name",
        quote=False,
        evidence=False,
    )
    assert render.said_as(variant) == label
