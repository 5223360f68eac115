"""Statements: every attribution with its speaker resolved (names, pronouns, descriptions), in the
extraction (grounded) and in the briefing ("Who said what", escaped, highlighted)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from summarizer import merge, names, render
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution, find_attributions, kind_of
from summarizer.errors import ExtractionError
from summarizer.extract import check_grounded
from summarizer.statements import STATEMENT_BAR, find_statements, source_head
from summarizer.types import (
    Actor,
    ArticleMeta,
    Briefing,
    BriefPosition,
    Extraction,
    Provenance,
    Quote,
    Span,
    Statement,
    Usage,
)

from .test_markdown import ALLOWED, HOSTILE, rendered

TEXT = (
    "Mayor Jane Doe spoke at the Harbour Council on Monday. "
    "Jane Doe said the harbour plan would fail. "
    "She added that the council had not voted. "
    "The Harbour Council said it would vote in May. "
    "It warned that costs were rising. "
    "An official said the plan was delayed. "
    "Officials said the budget was short. "
    "It was reported that the vote could slip. "
    "According to Peter Lund, the plan is \u201cdead in the water.\u201d"
)


def _span(part: str, after: str = "") -> tuple[int, int]:
    start = TEXT.index(part, TEXT.index(after) if after else 0)
    return start, start + len(part)


def _attribution(source: str, cue: str, content: str, after: str = "") -> Attribution:
    spans = (_span(content, after),)
    return Attribution(
        source=(_span(source, after),) if source else (),
        cue=(_span(cue, after),),
        content=spans,
        kind=kind_of(TEXT, spans),
    )


ATTRIBUTIONS = [
    _attribution("Jane Doe", "said", "the harbour plan would fail", "Jane Doe said"),
    _attribution("She", "added", "that the council had not voted"),
    _attribution("The Harbour Council", "said", "it would vote in May"),
    _attribution("It", "warned", "that costs were rising", "It warned"),
    _attribution("An official", "said", "the plan was delayed"),
    _attribution("Officials", "said", "the budget was short"),
    _attribution("", "was reported", "that the vote could slip"),
    _attribution("Peter Lund", "According to", "the plan is \u201cdead in the water.\u201d"),
]


def _view(attributions: list[Attribution]) -> ArticleView:
    view = ArticleView.of(TEXT)
    view.__dict__["attributions"] = attributions  # what the taggers would find, fixed
    return view


def _statements(quotes: list[Quote] | None = None) -> tuple[list[Statement], list[Actor]]:
    candidates = names.find_candidates(TEXT)
    actors = find_actors(TEXT, candidates)
    found = find_statements(_view(ATTRIBUTIONS), actors, candidates, quotes or [])
    return found.statements, [*actors, *found.new_actors]


def _by_content(statements: list[Statement], content: str) -> Statement:
    return next(s for s in statements if s.content[0].text == content)


def test_names_pronouns_descriptions_and_passives_are_resolved() -> None:
    statements, actors = _statements()
    assert len(statements) == len(ATTRIBUTIONS)
    types = {a.name: a.type for a in actors}
    doe = _by_content(statements, "the harbour plan would fail")
    assert (doe.speaker, doe.resolved_by) == ("Jane Doe", "name")
    she = _by_content(statements, "that the council had not voted")
    assert (she.speaker, she.resolved_by) == ("Jane Doe", "pronoun")
    council = _by_content(statements, "it would vote in May")
    assert council.speaker is not None and types[council.speaker] == "organization"
    it = _by_content(statements, "that costs were rising")
    assert (it.speaker, it.resolved_by) == (council.speaker, "pronoun")
    official = _by_content(statements, "the plan was delayed")
    assert (official.speaker, official.resolved_by) == ("official", "description")
    bare = _by_content(statements, "the budget was short")
    # A bare plural of a group's role is that group, a described speaker (session 48).
    assert (bare.speaker, bare.resolved_by) == ("officials", "description")
    passive = _by_content(statements, "that the vote could slip")
    assert passive.speaker is None and passive.source == []
    lund = _by_content(statements, "the plan is \u201cdead in the water.\u201d")
    assert (lund.speaker, lund.resolved_by, lund.kind) == ("Peter Lund", "name", "mixed")


def test_speakers_that_are_no_actor_yet_are_returned_as_new_actors() -> None:
    candidates = names.find_candidates(TEXT)
    actors = find_actors(TEXT, candidates)
    given = list(actors)
    found = find_statements(_view(ATTRIBUTIONS), actors, candidates, [])
    assert actors == given  # the list passed in is left as it is
    new = {a.name for a in found.new_actors}
    assert "official" in new and not new & {a.name for a in given}
    assert all(a.mentions for a in found.new_actors)


def test_a_pronoun_prefers_the_last_speaker_to_the_nearest_name() -> None:
    # (Two men: "He" is no Jane, whatever the ranker weighs; see test_referents.)
    text = (
        "John Doe said the plan would fail. Peter Lund, who chairs the board, listened. "
        "He added that costs were rising."
    )
    view = ArticleView.of(text)

    def span(part: str) -> tuple[tuple[int, int], ...]:
        start = text.index(part)
        return ((start, start + len(part)),)

    view.__dict__["attributions"] = [
        Attribution(span("John Doe"), span("said"), span("the plan would fail"), "indirect"),
        Attribution(span("He"), span("added"), span("that costs were rising"), "indirect"),
    ]
    candidates = names.find_candidates(text)
    actors = [a.model_copy(update={"type": "person"}) for a in find_actors(text, candidates)]
    statements = find_statements(view, actors, candidates, []).statements
    assert [s.speaker for s in statements] == ["John Doe", "John Doe"]


def test_a_statement_a_quote_covers_is_marked() -> None:
    start, end = _span("\u201cdead in the water.\u201d")
    quote = Quote(
        speaker="Peter Lund", text=TEXT[start:end], start=start, end=end, attribution="rule"
    )
    statements, _ = _statements([quote])
    assert _by_content(statements, "the plan is \u201cdead in the water.\u201d").quote
    assert not _by_content(statements, "the plan was delayed").quote


def test_source_heads_drop_appositions() -> None:
    assert source_head("Flynn, a top Trump surrogate") == "Flynn"
    assert source_head("Peter Lund (R-Utah)") == "Peter Lund"
    assert source_head("Stoltenberg, who leads NATO") == "Stoltenberg"


def _extraction(statements: list[Statement], actors: list[Actor], text: str = TEXT) -> Extraction:
    meta = ArticleMeta(id="a", file="a.txt", sha256="0" * 64, chars=len(text))
    return Extraction(article=meta, actors=actors, positions=[], quotes=[], statements=statements)


def test_every_statement_span_is_grounded() -> None:
    statements, actors = _statements()
    check_grounded(_extraction(statements, actors), TEXT)
    moved = statements[0].model_copy(
        update={"content": [Span(start=1, end=10, text=statements[0].content[0].text)]}
    )
    with pytest.raises(ExtractionError, match="statement's span"):
        check_grounded(_extraction([moved, *statements[1:]], actors), TEXT)
    stranger = statements[0].model_copy(update={"speaker": "Nobody Known"})
    with pytest.raises(ExtractionError, match="is not an actor"):
        check_grounded(_extraction([stranger], actors), TEXT)
    outside = statements[0].model_copy(
        update={"cue": [Span(start=len(TEXT), end=len(TEXT) + 4, text="")]}
    )
    with pytest.raises(ExtractionError, match="outside"):
        check_grounded(_extraction([outside], actors), TEXT)


def test_the_shipped_taggers_give_grounded_statements() -> None:
    candidates = names.find_candidates(TEXT)
    actors = find_actors(TEXT, candidates)
    found = find_statements(ArticleView.of(TEXT), actors, candidates, [])
    assert found.statements
    check_grounded(_extraction(found.statements, [*actors, *found.new_actors]), TEXT)


# --- The briefing -----------------------------------------------------------------------------


def _briefing(
    texts: dict[str, str], quoted: frozenset[str] = frozenset()
) -> tuple[Briefing, dict[int, str]]:
    """A briefing of articles that each hold one statement of Jane Doe (its content the
    article's `texts` value), made by the merge from extractions; an article in `quoted`
    quotes her words instead (a quote, no statement), as a rule finds it."""
    extractions = []
    for i, (article_id, content) in enumerate(texts.items()):
        actor = Actor(
            name="Jane Doe", type="person", mentions=[Span(start=0, end=8, text="Jane Doe")]
        )
        if article_id in quoted:
            text = f"Jane Doe: \u201c{content}\u201d Then she left."
            start = text.index(content)
            statements = []
            quotes = [
                Quote(
                    speaker="Jane Doe",
                    text=content,
                    start=start,
                    end=start + len(content),
                    attribution="rule",
                )
            ]
        else:
            text = f"Jane Doe said that {content} today."
            start = text.index(content)
            quotes = []
            statements = [
                Statement(
                    speaker="Jane Doe",
                    resolved_by="name",
                    source=[Span(start=0, end=8, text="Jane Doe")],
                    cue=[Span(start=9, end=13, text="said")],
                    content=[Span(start=start, end=start + len(content), text=content)],
                    kind="indirect",
                    quote=False,
                    confidence=1.0,
                )
            ]
        meta = ArticleMeta(
            id=article_id, file=f"{article_id}.txt", sha256=str(i) * 64, chars=len(text)
        )
        extraction = Extraction(
            article=meta, actors=[actor], positions=[], quotes=quotes, statements=statements
        )
        check_grounded(extraction, text)
        extractions.append((extraction, text))
    sources = merge.sources_of([e for e, _ in extractions])
    actors, index = merge.resolve_actors([e for e, _ in extractions], sources)
    positions = [
        BriefPosition(
            actor=actors[0].id,
            topic="the plan",
            reported_topic="the plan",
            stance="opposes",
            source=1,
            evidence=Span(start=0, end=len(extractions[0][1]), text=extractions[0][1]),
        )
    ]
    statements = merge.align_statements([e for e, _ in extractions], sources, index, positions)
    briefing = Briefing(
        headline="h",
        sources=sources,
        actors=actors,
        positions=positions,
        quotes=merge.align_quotes([e for e, _ in extractions], sources, index),
        statements=statements,
        provenance=Provenance(
            tool_version="0",
            backend="rules",
            model="none",
            model_sha256=None,
            prompt="p",
            prompt_sha256="0",
            sampling={},
            timings={},
            usage=Usage(),
        ),
    )
    ref = {s.id: s.ref for s in sources}
    return briefing, {ref[e.article.id]: text for e, text in extractions}


def test_the_same_claim_from_two_outlets_is_one_statement_with_its_variants() -> None:
    briefing, _ = _briefing(
        {
            "a": "the harbour plan would fail next year",
            "b": "the harbour plan would fail soon",
            "c": "taxes must rise",
        }
    )
    assert [(s.sources, len(s.variants)) for s in briefing.statements] == [
        ([1, 2], 2),
        ([3], 1),
    ]
    assert briefing.statements[0].variants[0].evidence  # inside the position's evidence
    markdown = render.markdown(briefing)
    section = markdown.split("## Who said what")[1].split("## Quotes")[0]
    assert "### Jane Doe" in section and "Jane Doe said [1]; Jane Doe said [2]" in section
    assert "statement (indirect): Jane Doe said:" in markdown  # under the position it backs


def test_one_outlet_quoting_a_claim_and_another_reporting_it_are_one_statement() -> None:
    briefing, texts = _briefing(
        {
            "a": "The harbour plan will fail by next winter.",
            "b": "the harbour plan would fail by winter",
            "c": "taxes must rise",
            "d": "We will raise the ferry fares in June.",
        },
        quoted=frozenset({"a", "d"}),
    )
    claims = {tuple(s.sources): s for s in briefing.statements}
    assert sorted(claims) == [(1, 2), (3,), (4,)]  # the ferry quote is another claim
    harbour = claims[(1, 2)]
    assert harbour.kinds == ["direct", "indirect"]
    quoted, reported = harbour.variants
    assert (quoted.source, quoted.resolved_by, quoted.quote, quoted.cue) == (1, "quote", True, [])
    assert (reported.source, reported.resolved_by, reported.quote) == (2, "name", False)
    assert texts[1][quoted.content[0].start : quoted.content[0].end] == quoted.text
    markdown = render.markdown(briefing)
    section = markdown.split("## Who said what")[1].split("## Quotes")[0]
    assert "(direct, indirect): quoted [1]; Jane Doe said [2]" in section
    assert section.count("The harbour plan will fail") >= 2  # the claim, then its variant
    # A report is other words than the quotation: shown whole, not as a word diff of it.
    assert (
        "as reported by [2] (indirect): \u201cthe harbour plan would fail by winter\u201d"
        in section
    )
    page = render.html(briefing, texts)
    said = page.split('id="said"')[1].split('id="quotes"')[0]
    assert 'data-kinds="direct indirect"' in said and "quoted" in said
    # A quote is highlighted as a quote, not also as a statement.
    marked = re.findall(r'<mark class="([^"]*)">The harbour plan will fail', page)
    assert marked and all("quote" in m and "statement" not in m for m in marked)


def test_quotes_and_reports_of_different_claims_stay_apart() -> None:
    briefing, _ = _briefing(
        {
            "a": "The harbour plan will fail by next winter.",
            "b": "the ferry fares would rise in June",
        },
        quoted=frozenset({"a"}),
    )
    assert [s.sources for s in briefing.statements] == [[1], [2]]


def test_a_report_of_one_word_is_no_claim_to_align() -> None:
    briefing, _ = _briefing({"a": "the bishops", "b": "the letters represent the bishops"})
    assert [s.sources for s in briefing.statements] == [[1], [2]]
    briefing, _ = _briefing({"a": "the letters of bishops", "b": "the letters represent bishops"})
    assert [s.sources for s in briefing.statements] == [[1, 2]]


def test_a_quote_its_statement_covers_is_shown_once() -> None:
    text = "Jane Doe said: \u201cThe harbour plan will fail.\u201d"
    start = text.index("The harbour")
    content = Span(start=start, end=len(text) - 1, text=text[start:-1])
    actor = Actor(name="Jane Doe", type="person", mentions=[Span(start=0, end=8, text="Jane Doe")])
    extraction = Extraction(
        article=ArticleMeta(id="a", file="a.txt", sha256="0" * 64, chars=len(text)),
        actors=[actor],
        positions=[],
        quotes=[
            Quote(
                speaker="Jane Doe",
                text=content.text,
                start=content.start,
                end=content.end,
                attribution="rule",
            )
        ],
        statements=[
            Statement(
                speaker="Jane Doe",
                resolved_by="name",
                source=[Span(start=0, end=8, text="Jane Doe")],
                cue=[Span(start=9, end=13, text="said")],
                content=[content],
                kind="direct",
                quote=True,
                confidence=1.0,
            )
        ],
    )
    check_grounded(extraction, text)
    sources = merge.sources_of([extraction])
    _, index = merge.resolve_actors([extraction], sources)
    statements = merge.align_statements([extraction], sources, index, [])
    assert [[v.resolved_by for v in s.variants] for s in statements] == [["name"]]


def test_a_report_inside_a_longer_one_of_its_speaker_is_shown_as_the_longer() -> None:
    text = (
        "Jane Doe has been deriding what she called a \u201creckless\u201d plan of the council. "
        "Peter Lund said what Doe called reckless was fair."
    )
    actors = [
        Actor(name=name, type="person", mentions=[Span(start=at, end=at + len(name), text=name)])
        for name, at in (("Jane Doe", 0), ("Peter Lund", text.index("Peter Lund")))
    ]

    def statement(speaker: str, source: str, cue: str, content: str) -> Statement:
        def span(part: str) -> Span:
            start = text.index(part)
            return Span(start=start, end=start + len(part), text=part)

        return Statement(
            speaker=speaker,
            resolved_by="name",
            source=[span(source)],
            cue=[span(cue)],
            content=[span(content)],
            kind="mixed",
            quote=False,
            confidence=0.9,
        )

    outer = "what she called a \u201creckless\u201d plan of the council"
    extraction = Extraction(
        article=ArticleMeta(id="a", file="a.txt", sha256="0" * 64, chars=len(text)),
        actors=actors,
        positions=[],
        quotes=[],
        statements=[
            statement("Jane Doe", "Jane Doe", "has been deriding", outer),
            statement("Jane Doe", "she", "called", "a \u201creckless\u201d plan"),
            statement("Peter Lund", "Peter Lund", "said", "what Doe called reckless was fair"),
        ],
    )
    check_grounded(extraction, text)
    sources = merge.sources_of([extraction])
    _, index = merge.resolve_actors([extraction], sources)
    statements = merge.align_statements([extraction], sources, index, [])
    lund = "what Doe called reckless was fair"  # another speaker's: kept
    assert sorted(s.text for s in statements) == sorted([outer, lund])


def test_hostile_statement_text_stays_text_in_markdown_and_html() -> None:
    quoted = frozenset(f"x{i}" for i in range(0, len(HOSTILE), 2))  # every other as a quote
    briefing, texts = _briefing({f"x{i}": bad for i, bad in enumerate(HOSTILE)}, quoted)
    markdown = render.markdown(briefing)
    elements = rendered(markdown)
    assert elements.tags <= ALLOWED, elements.tags - ALLOWED
    assert not elements.attributes and not elements.comments
    visible = " ".join("".join(elements.text).split())
    for bad in HOSTILE:
        assert bad in visible, bad
    page = render.html(briefing, texts)
    assert "<script>" not in page and "<img" not in page and "<!-- every" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert len(re.findall(r'<mark class="(?:evidence )?(?:quote|statement)">', page)) >= len(
        HOSTILE
    )
    assert 'id="said"' in page and "statement" in page


# --- Scoring pronoun sources (`eval --attributions`) ------------------------------------------


def test_a_pronoun_source_is_scored_by_whom_it_resolves_to() -> None:
    from summarizer.evaluate import score_attributions

    def gold(source: str, cue: str, content: str, after: str = "") -> dict[str, object]:
        a = _attribution(source, cue, content, after)
        return {
            "source": source,
            "cue": cue,
            "content": content,
            "source_spans": [list(s) for s in a.source],
            "cue_spans": [list(s) for s in a.cue],
            "content_spans": [list(s) for s in a.content],
        }

    record = {
        "id": "t",
        "text": TEXT,
        "attributions": [
            gold("Jane Doe", "said", "the harbour plan would fail", "Jane Doe said"),
            gold("She", "added", "that the council had not voted"),
        ],
    }
    predicted = ATTRIBUTIONS[:2]
    doe = ("Jane Doe", ["Doe"])
    right = score_attributions(record, predicted, [doe, doe]).total()
    assert (right["pronouns_scored"], right["pronouns_right"], right["sources_right"]) == (1, 1, 2)
    # The same spans, but "She" resolved to someone else: the overlap no longer makes it right.
    wrong = score_attributions(record, predicted, [doe, ("Peter Lund", [])]).total()
    assert (wrong["pronouns_right"], wrong["sources_right"]) == (0, 1)
    # Unresolved, the pronoun is wrong too; the named source is still right by its span.
    unresolved = score_attributions(record, predicted).total()
    assert (unresolved["pronouns_right"], unresolved["sources_right"]) == (0, 1)


def test_an_article_too_long_gets_no_statements_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from summarizer import statements

    monkeypatch.setattr(statements, "MAX_CHARS", len(TEXT) - 1)
    candidates = names.find_candidates(TEXT)
    found = find_statements(_view(ATTRIBUTIONS), find_actors(TEXT, candidates), candidates, [])
    assert found.statements == [] and found.new_actors == []
    assert [r.kind for r in found.rejected] == ["statement"]
    assert "over the" in found.rejected[0].reason


def test_an_attribution_the_cue_tagger_is_unsure_of_is_no_statement_and_says_so() -> None:
    sure = replace(ATTRIBUTIONS[0], confidence=STATEMENT_BAR)
    unsure = replace(ATTRIBUTIONS[2], confidence=round(STATEMENT_BAR - 0.01, 3))
    candidates = names.find_candidates(TEXT)
    found = find_statements(_view([sure, unsure]), find_actors(TEXT, candidates), candidates, [])
    assert [(s.content[0].text, s.confidence) for s in found.statements] == [
        ("the harbour plan would fail", STATEMENT_BAR)
    ]
    assert [(r.kind, r.value) for r in found.rejected] == [
        ("statement", f"'said' ({STATEMENT_BAR - 0.01:.2f}): it would vote in May")
    ]
    assert f"under {STATEMENT_BAR}" in found.rejected[0].reason


def test_the_shipped_cue_tagger_is_surer_of_said_than_of_a_verb_of_doing() -> None:
    text = (
        "Jane Doe said on Monday that the harbour plan would fail. "
        "Jane Doe has enjoyed a wide lead in the polls for much of the year."
    )
    found = {a.text(text, "cue"): a.confidence for a in find_attributions(text)}
    assert found.get("said", 0) >= STATEMENT_BAR
    assert all(c < STATEMENT_BAR for cue, c in found.items() if cue != "said")


def _resolve(text: str, parts: list[tuple[str, str, str, str]]) -> list[Statement]:
    """Statements of `text` whose attributions are (source, cue, content, after): each part
    found after `after`; the actors typed persons."""
    view = ArticleView.of(text)
    attributions = []
    for *spans_of, after in parts:
        at = text.index(after)
        spans = [((text.index(p, at), text.index(p, at) + len(p)),) for p in spans_of]
        attributions.append(Attribution(spans[0], spans[1], spans[2], "indirect"))
    view.__dict__["attributions"] = attributions
    candidates = names.find_candidates(text)
    actors = [a.model_copy(update={"type": "person"}) for a in find_actors(text, candidates)]
    return find_statements(view, actors, candidates, []).statements


def test_a_possessive_source_alone_is_a_pronoun_and_his_campaign_is_not() -> None:
    text = (
        "Peter Lund said the plan would fail. His criticism of the council was sharp. "
        "Jane Doe said the budget was short. Her campaign attacked the plan."
    )
    statements = _resolve(
        text,
        [
            ("Peter Lund", "said", "the plan would fail", "Peter"),
            ("His", "criticism", "the council", "His"),
            ("Jane Doe", "said", "the budget was short", "Jane"),
            ("Her campaign", "attacked", "the plan", "Her"),
        ],
    )
    his = next(s for s in statements if s.cue[0].text == "criticism")
    assert (his.speaker, his.resolved_by) == ("Peter Lund", "pronoun")
    campaign = next(s for s in statements if s.cue[0].text == "attacked")
    assert (campaign.speaker, campaign.resolved_by) == (None, None)


def test_i_inside_a_statement_is_its_speaker() -> None:
    text = (
        "Peter Lund said the plan was fine. "
        "\u201cI think the council is wrong,\u201d Jane Doe said on Monday."
    )
    statements = _resolve(
        text,
        [
            ("Peter Lund", "said", "the plan was fine", "Peter"),
            ("Jane Doe", "said", "\u201cI think the council is wrong,\u201d", "\u201c"),
            ("I", "think", "the council is wrong", "\u201c"),
        ],
    )
    inner = next(s for s in statements if s.cue[0].text == "think")
    assert (inner.speaker, inner.resolved_by) == ("Jane Doe", "pronoun")


def test_a_source_of_a_name_and_the_relative_after_it_is_the_name() -> None:
    # The tagger's source of "Barkley, a Democrat, who said": two spans, "Barkley" and "who".
    assert source_head("Barkley who") == "Barkley"
    assert source_head("Murphy (who") == "Murphy"
    assert source_head("Mike Whitehouse") == "Mike Whitehouse"


def test_a_claim_and_its_negation_are_two_claims() -> None:
    briefing, _ = _briefing(
        {
            "a": "the navy would attack the harbour next week",
            "b": "the navy would not attack the harbour next week",
            "c": "the navy would attack the harbour soon",
        }
    )
    assert sorted(s.sources for s in briefing.statements) == [[1, 3], [2]]
    briefing, _ = _briefing(
        {
            "a": "The navy won\u2019t attack the harbour next week.",
            "b": "the navy would attack the harbour next week",
        },
        quoted=frozenset({"a"}),
    )
    assert sorted(s.sources for s in briefing.statements) == [[1], [2]]


def test_a_negation_of_something_else_keeps_one_claim() -> None:
    briefing, _ = _briefing(
        {
            "a": "the navy would attack the harbour next week and did not rule out a blockade",
            "b": "the navy would attack the harbour next week",
        }
    )
    assert [s.sources for s in briefing.statements] == [[1, 2]]
    assert merge._negates("it has no plans to leave", "it plans to leave")
    assert not merge._negates("it has no plans to leave", "it had no plans to leave yet")
    assert merge._negates("they will not attack", "they won\u2019t attack") is False
    assert merge._negates("they will never attack", "they will attack")
    # A negation the other text has too, or one in words the other does not share.
    assert not merge._negates(
        "security is not regional security, it's global",
        "Security is not limited to a specific region; it is a global concern",
    )
    assert not merge._negates("This is not about NATO becoming global", "that NATO grows")


def test_a_negation_opening_a_text_opposes_the_claim_it_stands_before() -> None:
    # No shared run before the negation: it must stand right before the shared words.
    assert merge._negates("won\u2019t attack Iran", "will attack Iran")
    assert merge._negates("will attack Iran", "won\u2019t attack Iran")
    assert merge._negates("never attack Iran", "attack Iran")
    assert merge._negates("no plans to leave the union", "plans to leave the union")
    # Words between the negation and the shared run: it negates something else.
    assert not merge._negates("This is not about NATO becoming global", "that NATO grows")
    assert not merge._negates("not today, but they will attack Iran", "attack Iran")


def test_a_relative_right_after_a_name_no_actor_holds_is_that_name() -> None:
    # "Mara Vint" is named once, after a preposition: no actor of the rules, so the ranker's
    # candidates hold only Lund; the name right before "who" is who warned.
    text = (
        "Peter Lund said on Monday that the plan would fail. Lund spoke for an hour. "
        "The council then heard from Mara Vint, who warned that costs were rising."
    )
    statements = _resolve(
        text,
        [
            ("Peter Lund", "said", "that the plan would fail", "Peter"),
            ("who", "warned", "that costs were rising", "who"),
        ],
    )
    assert [(s.speaker, s.resolved_by) for s in statements] == [
        ("Peter Lund", "name"),
        ("Mara Vint", "pronoun"),
    ]


def test_a_source_the_tagger_starts_at_a_comma_is_the_name_after_it() -> None:
    # The tagger may take the comma before a trailing source into it (", spokeswoman Ada Lind
    # told reporters"): the source is the person named after it, shown without the comma.
    text = (
        "The curfew was lifted at the Springfield library, next to the park where the fire "
        "took place, spokeswoman Ada Lind told reporters. No one was hurt."
    )
    view = ArticleView.of(text)
    source_start = text.index(", spokeswoman")
    cue_start = text.index("told")
    view.__dict__["attributions"] = [
        Attribution(
            ((source_start, cue_start - 1),),
            ((cue_start, cue_start + 4),),
            ((0, text.index(", next")),),
            "indirect",
        )
    ]
    candidates = names.find_candidates(text)
    found = find_statements(view, find_actors(text, candidates), candidates, [])
    (statement,) = found.statements
    assert (statement.speaker, statement.resolved_by) == ("Ada Lind", "name")
    assert [s.text for s in statement.source] == ["spokeswoman Ada Lind"]


def _speakers_by_content(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each statement the shipped taggers find in `text`, by its content's first span: its
    speaker and how the speaker was found."""
    view = ArticleView.of(text)
    candidates = names.find_candidates(text)
    actors = find_actors(text, candidates, view)
    found = find_statements(view, actors, candidates, []).statements
    return {s.content[0].text: (s.speaker, s.resolved_by) for s in found}


def test_a_source_of_names_joined_by_and_is_the_first_of_them() -> None:
    # The shipped taggers find the sources; a list of names is its first name's, the others
    # joined to it where positions are read. A thing whose makers are listed is no one's.
    text = (
        "Ada Pike, Otto Lee and Bo Dunn are senators from Ohio. They met voters on Monday.\n\n"
        "Ada Pike and Otto Lee said the levy would hurt farmers.\n\n"
        "The state's senior senators Ada Pike and Otto Lee told reporters that the levy was "
        "too high.\n\n"
        "A poll by Ada Pike and Otto Lee found that voters dislike the levy."
    )
    by_content = _speakers_by_content(text)
    assert by_content["the levy would hurt farmers"] == ("Ada Pike", "name")
    assert by_content["that the levy was too high"] == ("Ada Pike", "name")
    assert by_content["that voters dislike the levy."] == (None, None)


def test_a_share_of_a_group_is_no_speaker() -> None:
    # "47 percent of Cuban Americans saying they will support …" is a poll's share, not the group
    # (issue 17, session 42's audit), nor is "another 12 percent who say" anyone the text names;
    # the group named as the source speaks.
    text = (
        "But the race could shift this cycle, with 47 percent of Harbour Democrats saying they "
        "will certainly support Ada Pike over Otto Lee, who garnered certain support from only 15 "
        "percent and another 12 percent who say they might vote for him. Forty percent were "
        "certain.\n\n"
        "Harbour Democrats have long said they back Otto Lee.\n\n"
        "\u201cPeople feel unwanted,\u201d said researcher Bo Dunn, who directed the poll."
    )
    by_content = _speakers_by_content(text)
    assert by_content["they will certainly support Ada Pike"] == (None, None)
    assert by_content["they might vote for him"] == (None, None)
    assert by_content["they back Otto Lee"] == ("Harbour Democrats", "name")
