"""Render a briefing: Markdown and self-contained HTML (Jinja2 templates), and versioned JSON.

The HTML holds everything it shows (styles inline, no script, no fetch): the articles' texts
with every quoted, statement and evidence span highlighted, and each citation links to its span.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

from . import detect, issues
from . import names as person_names
from .types import (
    Briefing,
    BriefPosition,
    BriefStatement,
    StatementVariant,
    StoryIndex,
)

STANCE_SYMBOL = {"supports": "▲", "opposes": "▼", "mixed": "◆", "neutral": "●"}


@dataclass
class Cell:
    stance: str  # a stance, "mixed" when one source reports several, or "" (no position)
    positions: list[BriefPosition] = field(default_factory=list)


@dataclass
class Row:
    actor: str
    name: str
    cells: dict[int, Cell]
    single_source: bool


@dataclass
class Matrix:
    topic: str  # the issue's name
    rows: list[Row]
    issue: str = ""  # the issue's id
    # Each wording of the issue by the sources, with the sources that word it so.
    wordings: list[tuple[str, list[int]]] = field(default_factory=list)


def matrices(briefing: Briefing) -> list[Matrix]:
    """Actor-by-source grids of stances, one per issue that at least two sources report."""
    names = {a.id: a.name for a in briefing.actors}
    order = {a.id: i for i, a in enumerate(briefing.actors)}
    by_issue: dict[str, list[BriefPosition]] = {}
    for position in briefing.positions:
        by_issue.setdefault(position.issue or position.topic, []).append(position)
    grids = []
    for issue, positions in by_issue.items():
        if len({p.source for p in positions}) < 2:
            continue
        rows = []
        for actor in sorted({p.actor for p in positions}, key=lambda a: order.get(a, 0)):
            cells = {}
            for source in briefing.sources:
                own = [p for p in positions if p.actor == actor and p.source == source.ref]
                stances = {p.stance for p in own}
                stance = "" if not own else stances.pop() if len(stances) == 1 else "mixed"
                cells[source.ref] = Cell(stance, own)
            reported = {ref for ref, cell in cells.items() if cell.stance}
            rows.append(Row(actor, names.get(actor, actor), cells, len(reported) == 1))
        worded: dict[str, set[int]] = {}
        for p in positions:
            worded.setdefault(p.reported_topic, set()).add(p.source)
        wordings = sorted(
            ((w, sorted(refs)) for w, refs in worded.items()), key=lambda x: (x[1], x[0])
        )
        grids.append(Matrix(positions[0].topic, rows, issue, wordings))
    grids.sort(key=lambda m: (-len({p.source for p in by_issue[m.issue]}), m.topic))
    return grids


@dataclass
class Said:
    """One actor's part of "Who said what": its statements, quoted and reported, each the same
    claim across the outlets that quote or report it."""

    actor: str
    name: str
    statements: list[BriefStatement]


def who_said_what(briefing: Briefing) -> list[Said]:
    """Each actor with what it said, in the order of the key actors."""
    result = []
    for actor in briefing.actors:
        own = [s for s in briefing.statements if s.speaker == actor.id]
        if own:
            result.append(Said(actor.id, actor.name, own))
    return result


def said_as(variant: StatementVariant) -> str:
    """The speaker and the cue as the source writes them, in text order: "Macron said",
    "According to Politico", "he added"; "quoted" for a quote that no statement holds. Of a
    speaker written in parts ("He was referring to comments in which Reid said"), the part
    nearest the cue ("Reid said"); no colon or comma of the cue's is kept before the one the
    label is followed by ("saying on Twitter:")."""
    said_by = variant.said_by
    if len(said_by) > 1 and variant.cue:
        cue = variant.cue[0]
        said_by = [min(said_by, key=lambda s: max(cue.start - s.end, s.start - cue.end))]
    spans = sorted([*said_by, *variant.cue], key=lambda span: span.start)
    label = " ".join(" ".join(span.text.split()) for span in spans).rstrip(" :,;")
    return label or "quoted"


def backing_statements(
    briefing: Briefing,
) -> dict[tuple[str, int, int, int], list[StatementVariant]]:
    """(actor, source, evidence start, evidence end) → the actor's statements in that source
    that the evidence of its position there holds."""
    found: dict[tuple[str, int, int, int], list[StatementVariant]] = {}
    for p in briefing.positions:
        key = (p.actor, p.source, p.evidence.start, p.evidence.end)
        for statement in briefing.statements:
            if statement.speaker != p.actor:
                continue
            for v in statement.variants:
                if v.source == p.source and all(
                    p.evidence.start <= c.start and c.end <= p.evidence.end for c in v.content
                ):
                    found.setdefault(key, []).append(v)
    return found


def other_positions(briefing: Briefing, grids: list[Matrix]) -> list[BriefPosition]:
    """Positions on issues that only one source reports (those no grid shows)."""
    shown = {m.issue for m in grids}
    return [p for p in briefing.positions if (p.issue or p.topic) not in shown]


def claim_diff(statement: BriefStatement, variant: StatementVariant) -> list[tuple[str, str]]:
    """A variant of a claim against its longest wording, as `word_diff` pieces where both are
    quotations (the words said, which the outlets may quote differently); an outlet's own
    words for it, or a quotation against them, are other words, shown whole."""
    base = next(v for v in statement.variants if v.text == statement.text)
    if base.kind == "direct" and variant.kind == "direct":
        return word_diff(statement.text, variant.text)
    return [("same", variant.text)]


def word_diff(base: str, other: str) -> list[tuple[str, str]]:
    """`other` as (op, text) pieces against `base`: op is "same", "ins" or "del"."""
    a, b = base.split(), other.split()
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=[_word(w) for w in a], b=[_word(w) for w in b])
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(("del", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("ins", " ".join(b[j1:j2])))
    return pieces


def _word(word: str) -> str:
    return re.sub(r"\W+", "", word.casefold())


def read_on(position: BriefPosition) -> str | None:
    """The topic a position was read on as its source worded it, where that wording shares no
    topic word with the issue it was filed under ("immigration" under "birthright
    citizenship"): the stance is one on that wording, which the issue's name may not mean;
    None where it shares one (a wording of the same thing: "NATO office in Japan" under "NATO
    Liaison Office in Japan")."""
    own = position.reported_topic.strip()
    if not own or issues.topic_stems(own) & issues.topic_stems(position.topic):
        return None
    return own


# Marks that may open or close reported words at a statement's edge.
_EDGE_OPENING = '"\u201c'
_EDGE_CLOSING = '"\u201d'


def enclosed(text: str) -> bool:
    """Whether the source's own quotation marks enclose each part of `text` (parts joined by
    " … "): a direct statement's “We will,” … “It is over.”, which the briefing shows with
    those marks and no more."""
    parts = [part.strip() for part in text.split(" \u2026 ")]
    return all(part and _enclosing(part) for part in parts)


def _enclosing(part: str) -> bool:
    return any(q.start == 1 and q.end == len(part) - 1 for q in detect.quotations(part).spans)


def in_marks(text: str) -> str:
    """Reported words as the briefing shows them: in quotation marks, once. Words the source's
    own marks enclose (`enclosed`) keep those marks and get no more; other words go inside
    curly marks, less a mark at their start or end whose partner the words leave out (the
    content cut inside a quotation: "I've made mistakes, or cut after it: it was over,")."""
    text = " ".join(text.split())
    if enclosed(text):
        return text
    if text[:1] in _EDGE_OPENING and not any(q.start == 1 for q in detect.quotations(text).spans):
        text = text[1:].lstrip()
    if text[-1:] in _EDGE_CLOSING and not any(
        q.end == len(text) - 1 for q in detect.quotations(text).spans
    ):
        text = text[:-1].rstrip(" ,;:")
    return f"\u201c{text}\u201d"


def anchor(source: int, start: int, end: int) -> str:
    return f"s{source}-{start}-{end}"


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """`text`, escaped, with each (start, end, kind, anchor id) span marked; spans may overlap."""
    points = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        for anchor_id in dict.fromkeys(x for s, _, _, x in spans if s == a):
            out.append(f'<span class="anchor" id="{escape(anchor_id)}"></span>')
        kinds = sorted({k for s, e, k, _ in spans if s <= a and b <= e})
        piece = str(escape(text[a:b]))
        out.append(f'<mark class="{" ".join(kinds)}">{piece}</mark>' if kinds else piece)
    return Markup("".join(out))


def article_html(briefing: Briefing, texts: dict[int, str]) -> dict[int, Markup]:
    """Each source's text with its quotes, statements and evidence highlighted."""
    spans: dict[int, list[tuple[int, int, str, str]]] = {ref: [] for ref in texts}
    for quote in briefing.quotes:
        for v in quote.variants:
            spans.setdefault(v.source, []).append(
                (v.start, v.end, "quote", anchor(v.source, v.start, v.end))
            )
    for statement in briefing.statements:
        for reported in statement.variants:
            if reported.resolved_by == "quote":
                continue  # marked as the quote it is
            for c in reported.content:
                spans.setdefault(reported.source, []).append(
                    (c.start, c.end, "statement", anchor(reported.source, c.start, c.end))
                )
    for p in briefing.positions:
        e = p.evidence
        spans.setdefault(p.source, []).append(
            (e.start, e.end, "evidence", anchor(p.source, e.start, e.end))
        )
    return {ref: highlight(text, spans.get(ref, [])) for ref, text in texts.items()}


class MarkdownSafe(str):
    """Text already written as Markdown (citations, a code span): shown as it is."""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What could start Markdown or HTML inside a line: code, emphasis, raw HTML, comments and
# autolinks, table cells, strikethrough, a link's target, an entity, an underscore that is not
# inside a word (one inside a word, as in Q4_K_M, is text).
_MARKDOWN_INLINE = re.compile(r"[\\`*<|~]|\](?=\()|&(?=#?\w+;)|_(?![^\W_])|(?<![^\W_])_")
# What starts a block at the beginning of a line: a quote, a heading, a list item, a rule, a
# link definition, a numbered item.
_MARKDOWN_BLOCK = re.compile(r"^(\s*)(>|\[|[#=+-](?=[\s#=+-]|$))")
_MARKDOWN_NUMBERED = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)")


def markdown_text(value: object) -> str:
    """`value` as Markdown that any CommonMark renderer shows as this same text, on one line:
    markup in an article, a title or a file name stays text. Only what could be read as markup
    is escaped, so that the Markdown stays readable."""
    text = re.sub(r"\s+", " ", _CONTROL.sub("\ufffd", str(value)))
    text = _MARKDOWN_INLINE.sub(lambda m: "\\" + m.group(), text)
    text = _MARKDOWN_BLOCK.sub(r"\1\\\2", text)
    return _MARKDOWN_NUMBERED.sub(r"\1\\\2", text)


def markdown_code(value: object) -> MarkdownSafe:
    """`value` as a Markdown code span, whatever backticks it holds."""
    text = re.sub(r"\s+", " ", _CONTROL.sub("\ufffd", str(value)))
    if not text.strip():
        return MarkdownSafe(markdown_text(text))
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    # A renderer drops one space at each end when both ends have one: pad so that it drops ours.
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return MarkdownSafe(f"{fence}{pad}{text}{pad}{fence}")


def _markdown_value(value: object) -> object:
    """Every value the Markdown template shows is escaped, unless it is Markdown already."""
    if isinstance(value, MarkdownSafe | int | float):
        return value
    return markdown_text(value)


def _cite(refs: list[int]) -> MarkdownSafe:
    return MarkdownSafe("".join(f"[{r}]" for r in sorted(set(refs))))


@cache
def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer", "templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=autoescape,
        keep_trailing_newline=True,
        finalize=None if autoescape else _markdown_value,
    )
    env.filters["cite"] = _cite
    env.filters["code"] = markdown_code
    env.filters["written"] = MarkdownSafe  # a macro's output, its values escaped already
    env.filters["oneline"] = lambda text: " ".join(str(text).split())
    env.filters["in_marks"] = in_marks
    env.globals.update(
        word_diff=word_diff,
        claim_diff=claim_diff,
        anchor=anchor,
        said_as=said_as,
        read_on=read_on,
        enclosed=enclosed,
        stance_verb=person_names.stance_verb,
        symbol=STANCE_SYMBOL,
    )
    return env


def _context(briefing: Briefing) -> dict[str, Any]:
    """What both templates show, computed once per rendering."""
    grids = matrices(briefing)
    return {
        "b": briefing,
        "names": {a.id: a.name for a in briefing.actors},
        "plural": {a.id: person_names.plural_actor(a.name, a.type) for a in briefing.actors},
        "grids": grids,
        "others": other_positions(briefing, grids),
        "said": who_said_what(briefing),
        "backing": backing_statements(briefing),
    }


def markdown(briefing: Briefing) -> str:
    return _environment(False).get_template("briefing.md.j2").render(_context(briefing))


def html(briefing: Briefing, texts: dict[int, str]) -> str:
    """One self-contained page; `texts` maps each source's number to its article text."""
    template = _environment(True).get_template("briefing.html.j2")
    return template.render(_context(briefing), articles=article_html(briefing, texts))


def json_text(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"


# --- The index of stories (`summarizer stories`) -----------------------------------------------


def _index_context(index: StoryIndex) -> dict[str, Any]:
    listed = [a for s in index.stories for a in s.articles] + index.unassigned
    return {
        "i": index,
        "articles": len(listed),
        "outlets": len({a.outlet for a in listed if a.outlet}),
    }


def index_markdown(index: StoryIndex) -> str:
    env = _environment(False)
    if "cell" not in env.filters:
        env.filters["cell"] = _table_cell
    return env.get_template("stories.md.j2").render(_index_context(index))


def _table_cell(text: str) -> str:
    """Text that cannot break a Markdown table's row."""
    return " ".join(str(text).split()).replace("|", "\\|")


def index_html(index: StoryIndex) -> str:
    """One self-contained page: each story links to its briefing, each article to its url."""
    return _environment(True).get_template("stories.html.j2").render(_index_context(index))


def index_json(index: StoryIndex) -> str:
    return index.model_dump_json(indent=2) + "\n"
