"""The extraction steps one at a time, with plain inputs and outputs: each returns what it made
and leaves what it was handed as it was."""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarizer import names, schemas
from summarizer.actors import find_actor, find_actors, find_speaker, new_speaker, speaker_named
from summarizer.article_view import LONG_ARTICLE_SENTENCES, ArticleView
from summarizer.asking import Asker
from summarizer.errors import ExtractionError
from summarizer.extract import find_speech
from summarizer.prompting import load_template
from summarizer.speakers import attribute_quotes
from summarizer.stances import (
    MAX_POSITIONS,
    Positions,
    find_holders,
    read_positions,
    stance_schema,
)
from summarizer.topic import ask_topic
from summarizer.types import Actor, Quote, Span, Statement
from tests.test_extract import Scripted

DESCRIBED = (
    "President Anna Berg opened the summit on Monday. "
    '"We will not sign this," an Elysee official said.'
)


def asker_for(view: ArticleView, backend: Scripted, **options: Any) -> Asker:
    return Asker(backend, load_template("default"), "test", view.variables, **options)


def rule_sides(text: str, topic: str) -> dict[str, str]:
    """The sides the rules read in `text` on `topic`, by actor (the model, where asked, answers
    "neutral" from sentence 2 and is left out)."""
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    backend = Scripted({"evidence": 2, "stance": "neutral"})
    read = read_positions(view, actors, [], lambda: topic, asker_for(view, backend))
    return {p.actor: p.stance for p in read.positions if p.attribution == "rule"}


def test_a_described_speaker_becomes_a_new_actor_returned_not_appended() -> None:
    candidates = names.find_candidates(DESCRIBED)
    actors = find_actors(DESCRIBED, candidates)
    assert [a.name for a in actors] == ["Anna Berg"]
    assert find_speaker(actors, "an Elysee official") is None
    official = new_speaker(DESCRIBED, actors, candidates, "an Elysee official")
    assert official is not None
    assert (official.name, official.type) == ("Elysee official", "person")
    assert official.kind == "described" and actors[0].kind == "named"
    assert [a.name for a in actors] == ["Anna Berg"]


def test_quotes_and_statements_make_a_new_speaker_the_same_way() -> None:
    text = (
        "The plan was shelved by Anna Berg on Monday, the Government Accountability Office "
        'reported. Scholars were puzzled. "It is late," the statement said. Polls said no.'
    )
    view = ArticleView.of(text)
    candidates = names.find_candidates(text)

    def made(written: str) -> tuple[str, str] | None:
        speaker, new = speaker_named(view, [], candidates, written, text.find(written))
        return (speaker.name, speaker.kind) if speaker and new else None

    assert made("the statement") == ("statement", "described")  # a written source, described
    assert made("the Government Accountability Office") == (
        "Government Accountability Office",
        "named",
    )
    assert made("the plan") is None  # no role or document noun: no speaker
    assert made("the former governor and current nominee") is None  # a description
    assert made("Scholars") is None and made("Polls") is None  # a common word opening a sentence
    assert made("R-Utah") is None


def test_attributing_quotes_returns_new_speakers_and_leaves_the_actors_given() -> None:
    view = ArticleView.of(DESCRIBED)
    candidates = names.find_candidates(DESCRIBED)
    actors = find_actors(DESCRIBED, candidates)
    before = [a.model_copy(deep=True) for a in actors]
    backend = Scripted()  # a rule names the speaker: the model is not asked
    attributed = attribute_quotes(view, actors, candidates, asker_for(view, backend))
    assert actors == before
    assert [a.name for a in attributed.new_actors] == ["Elysee official"]
    assert [(q.speaker, q.attribution) for q in attributed.quotes] == [("Elysee official", "rule")]
    assert attributed.rejected == [] and backend.requests == []


def test_a_name_shown_only_speaking_is_a_new_speaker() -> None:
    # A name written after its verb ("said Hans Weber"): no verb of agency follows it, but the
    # parser reads it as the verb's subject, so the actors step finds it; with no actors given,
    # the speaker step makes it one.
    text = '"The plan is late," said Hans Weber, a historian. Nothing else.'
    candidates = names.find_candidates(text)
    assert [a.name for a in find_actors(text, candidates)] == ["Hans Weber"]
    weber = new_speaker(text, [], candidates, "Hans Weber")
    assert weber is not None and weber.name == "Hans Weber"
    assert new_speaker(text, [weber], candidates, "Hans Weber") is None  # an actor already


def test_a_document_speaks_for_its_organisation() -> None:
    imf = Actor(name="IMF", type="organization", mentions=[Span(start=0, end=3, text="IMF")])
    assert find_speaker([imf], "the IMF report") is imf


def test_a_names_followers_speak_for_themselves_its_aides_for_it() -> None:
    # "Ms. Roe's supporters say they will not vote for …" is the supporters' saying, not Roe's
    # (session 46, from the rule audit: a share of a candidate's backers given his side).
    def speakers(second: str) -> list[str | None]:
        text = f"Senator Ada Roe spoke in Ohio on Monday. {second}"
        view = ArticleView.of(text)
        return [s.speaker for s in find_speech(view, asker_for(view, Scripted())).statements]

    # Her supporters are a group the text describes, a speaker of their own (session 48).
    assert speakers("Ms. Roe's supporters say they will not vote for Mr. Lind.") == [
        "Ms. Roe's supporters"
    ]
    assert speakers("Ms. Roe\u2019s loyal backers say they will not vote for Mr. Lind.") == [None]
    assert speakers("Ms. Roe's aides say they will not vote for Mr. Lind.") == ["Ada Roe"]


def test_two_equally_good_matches_find_no_actor() -> None:
    def person(name: str) -> Actor:
        return Actor(name=name, type="person", mentions=[Span(start=0, end=1, text="x")])

    actors = [person("Anna Berg"), person("Olaf Berg")]
    assert find_actor(actors, "Berg") is None
    assert find_actor(actors, "Olaf Berg") is actors[1]


def test_the_stance_schema_is_built_fresh_for_each_question() -> None:
    shipped = schemas.grammar_schema("stance-output")
    first = stance_schema([2, 5])
    second = stance_schema([1])
    assert first["properties"]["evidence"] == {"type": "integer", "enum": [2, 5]}
    assert second["properties"]["evidence"]["enum"] == [1]
    assert first["properties"]["stance"] == shipped["properties"]["stance"]
    assert schemas.grammar_schema("stance-output") == shipped


def test_a_plain_stance_is_read_without_asking() -> None:
    text = "Mayor Anna Berg opposed the budget plan. Nothing was decided."
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    backend = Scripted()
    read = read_positions(view, actors, [], lambda: "the budget", asker_for(view, backend))
    assert [(p.actor, p.stance, p.attribution) for p in read.positions] == [
        ("Anna Berg", "opposes", "rule")
    ]
    assert read.rejected == [] and backend.requests == []


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _statement(
    text: str, source: str, how: str, content: str, speaker: str = "Anna Berg"
) -> Statement:
    return Statement(
        speaker=speaker,
        resolved_by=how,  # type: ignore[arg-type]
        source=[_span(text, source)],
        cue=[_span(text, "said")],
        content=[_span(text, content)],
        kind="indirect",
        quote=False,
        confidence=1.0,
    )


def test_a_reported_statement_is_evidence_and_its_described_source_the_speakers_mention() -> None:
    text = "Mayor Anna Berg met the council on Monday. The mayor said she opposes the budget plan."
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    statement = _statement(text, "The mayor", "description", "she opposes the budget plan")
    backend = Scripted()
    without = read_positions(view, actors, [], lambda: "the budget", asker_for(view, backend))
    assert without.positions == []  # the sentence that shows her side does not name her
    read = read_positions(
        view, actors, [], lambda: "the budget", asker_for(view, backend), statements=[statement]
    )
    assert [(p.actor, p.stance, p.attribution, p.evidence.text) for p in read.positions] == [
        ("Anna Berg", "opposes", "rule", "The mayor said she opposes the budget plan.")
    ]
    assert backend.requests == []


def test_a_statement_whose_speaker_is_a_pronoun_is_no_evidence() -> None:
    text = "Mayor Anna Berg met the council on Monday. She said she opposes the budget plan."
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    statement = _statement(text, "She", "pronoun", "she opposes the budget plan")
    read = read_positions(
        view, actors, [], lambda: "the budget", asker_for(view, Scripted()), statements=[statement]
    )
    assert read.positions == []


def _read_statement(text: str, source: str, speaker: str) -> tuple[Positions, Scripted]:
    """The positions read with one statement of `source` (resolved to `speaker` by name), the
    model answering one stance question "supports" from sentence 2; and the backend."""
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    statement = _statement(
        text, source, "name", "the toll would pay for the repairs", speaker=speaker
    )
    backend = Scripted({"evidence": 2, "stance": "supports"})
    read = read_positions(
        view, actors, [], lambda: "the toll", asker_for(view, backend), statements=[statement]
    )
    return read, backend


def test_names_joined_in_one_source_each_hold_its_statement_read_once() -> None:
    text = (
        "The council voted on the toll on Monday. Council members Maria Lopez, Dan Brooks and "
        "Omar Haddad said the toll would pay for the repairs."
    )
    source = "Council members Maria Lopez, Dan Brooks and Omar Haddad"
    read, backend = _read_statement(text, source, "Maria Lopez")
    assert sorted((p.actor, p.stance) for p in read.positions) == [
        ("Dan Brooks", "supports"),
        ("Maria Lopez", "supports"),
        ("Omar Haddad", "supports"),
    ]
    assert len(backend.requests) == 1  # one question for the one statement


def test_a_name_outside_the_source_as_written_does_not_share_its_statement() -> None:
    text = (
        "The council voted on the toll on Monday. Mayor Anna Berg met Dan Brooks, and "
        "Omar Haddad said the toll would pay for the repairs."
    )
    read, _ = _read_statement(text, "Omar Haddad", "Omar Haddad")
    assert [(p.actor, p.stance) for p in read.positions] == [("Omar Haddad", "supports")]


def test_an_outlet_relaying_a_quotation_another_speaks_holds_no_position() -> None:
    # "“…,” Vask told reporters, according to the Springfield Gazette": the words are Vask's,
    # whom a rule names; the paper only reports them, and is asked no stance of its own.
    text = (
        '"I think Ana Roe brings that," Senator Lena Vask told reporters, according to the '
        "Springfield Gazette. The vote is on Monday."
    )
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    words = _span(text, "I think Ana Roe brings that,")
    quotes = [Quote(speaker="Lena Vask", text=words.text, start=words.start, end=words.end,
                    attribution="rule")]  # fmt: skip
    relayed = Statement(
        speaker="Springfield Gazette",
        resolved_by="name",
        source=[_span(text, "the Springfield Gazette")],
        cue=[_span(text, "according to")],
        content=[words],
        kind="direct",
        quote=True,
        confidence=1.0,
    )
    assert "Springfield Gazette" in [a.name for a in actors]
    holders = find_holders(view, actors, quotes, [relayed]).holders
    assert [actor.name for actor, _ in holders] == ["Lena Vask"]
    # Only "according to" relays: under another cue the source may be the speaker under
    # another name, or act on the words ("accused her of …"), and holds them as before.
    acting = relayed.model_copy(update={"cue": [_span(text, "told")]})
    holders = find_holders(view, actors, quotes, [acting]).holders
    assert [actor.name for actor, _ in holders] == ["Lena Vask", "Springfield Gazette"]


class _Unclear(Scripted):
    """Answers every stance question "unclear", with the first evidence sentence offered."""

    def generate(self, request: Any) -> Any:
        from summarizer.generation import Generation

        self.requests.append(request)
        first = request.schema["properties"]["evidence"]["enum"][0]
        return Generation(text=json.dumps({"stance": "unclear", "evidence": first}),
                          finish_reason="stop")  # fmt: skip


def test_the_model_is_asked_for_at_most_max_positions_actors() -> None:
    surnames = ["Berg", "Dahl", "Eik", "Falk", "Holm", "Lund", "Moe", "Nord", "Orr", "Ruud"]
    assert len(surnames) > MAX_POSITIONS
    text = " ".join(f'"We will see about the port," Minister Ana {n} said.' for n in surnames)
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    assert len(actors) == len(surnames)
    quotes = []
    for actor in actors:
        start = text.index(f'" Minister {actor.name}') - 27
        quotes.append(
            Quote(speaker=actor.name, text=text[start : start + 27], start=start,
                  end=start + 27, attribution="rule")
        )  # fmt: skip
    backend = _Unclear()
    read = read_positions(view, actors, quotes, lambda: "the port", asker_for(view, backend))
    assert len(backend.requests) == MAX_POSITIONS and read.positions == []
    outcomes = list(read.outcomes.values())
    assert outcomes.count("unclear") == MAX_POSITIONS
    assert outcomes.count("cut") == len(surnames) - MAX_POSITIONS


def test_a_stance_question_given_up_is_reported_and_the_rest_stands() -> None:
    text = 'Minister Ana Vos spoke on Monday. "We will see about the port," Ana Vos said.'
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    quotes = [
        Quote(speaker="Ana Vos", text="We will see about the port,", start=35, end=62,
              attribution="rule"),
    ]  # fmt: skip
    assert text[35:62] == quotes[0].text
    events: list[str] = []
    asker = asker_for(view, Scripted("x", "y"), max_attempts=2, on_event=events.append)
    read = read_positions(view, actors, quotes, lambda: "the port", asker)
    assert read.positions == []
    ((kind, value),) = [(r.kind, r.value) for r in read.rejected]
    assert (kind, value) == ("position", "Ana Vos")
    assert asker.usage.calls == 2 and asker.usage.attempts == 2
    assert any("gave up on a position" in e for e in events)


_CONTEST_TEXT = (
    "Representative Ana Vos praised the candidates on Monday. "
    '"We will see who wins," Representative Dan Roe said. '
    "Representative Eva Lind opposed the new rules for the vote."
)
_HARM_TEXT = (
    "Representative Ana Vos praised the first responders on Monday. "
    '"We will see what comes," Representative Dan Roe said. '
    "Representative Eva Lind opposed the new rules for the port."
)


@pytest.mark.parametrize(
    ("text", "quoted", "topic", "why", "question", "ruled"),
    [
        # A side in a race is a side on its candidates: the model's "supports the race" says
        # nothing, so it is not asked. Since session 67 a rule's side in a race names its
        # candidate, and opposing the rules for the vote names none: no side in the race, and
        # Eva Lind is not asked either.
        (_CONTEST_TEXT, "We will see who wins,", "House majority leader race", "is a contest",
         "the voting rules", []),
        # "Does Ana Vos support gun violence?" has one answer for everyone, which says nothing
        # of her side on what is done against it: not asked, as on a contest (session 45);
        # "anti-terrorism" is no harm.
        (_HARM_TEXT, "We will see what comes,", "gun violence", "names a harm no one sides with",
         "anti-terrorism rules", [("Eva Lind", "opposes", "rule")]),
        (_HARM_TEXT, "We will see what comes,", "terrorism in the port",
         "names a harm no one sides with", "anti-terrorism rules",
         [("Eva Lind", "opposes", "rule")]),
    ],
)  # fmt: skip
def test_no_stance_is_asked_on_a_contest_or_a_harm_and_each_actor_not_asked_is_reported(
    text: str, quoted: str, topic: str, why: str, question: str, ruled: list[tuple[str, ...]]
) -> None:
    # A rule still reads a plain stance, and each actor the model would have been asked about
    # is listed as not asked; on a question the same actors are asked.
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    start = text.index(quoted)
    quotes = [Quote(speaker="Dan Roe", text=quoted, start=start, end=start + len(quoted),
                    attribution="rule")]  # fmt: skip
    backend = Scripted({"evidence": 2, "stance": "supports"})
    read = read_positions(view, actors, quotes, lambda: topic, asker_for(view, backend))
    assert backend.requests == []
    assert [(p.actor, p.stance, p.attribution) for p in read.positions] == ruled
    not_asked = ["Ana Vos", "Dan Roe"] + ([] if ruled else ["Eva Lind"])
    assert sorted(r.value for r in read.rejected) == not_asked
    assert all(why in r.reason for r in read.rejected)
    answers = _Unclear()
    read_positions(view, actors, quotes, lambda: question, asker_for(view, answers))
    assert len(answers.requests) == 2  # the same actors, asked on a question


def test_the_topic_loses_its_full_stop() -> None:
    view = ArticleView.of("The council met.")
    assert ask_topic(asker_for(view, Scripted({"topic": " the budget. "}))) == "the budget"


def test_a_topic_never_answered_raises_with_the_last_output() -> None:
    view = ArticleView.of("The council met.")
    asker = asker_for(view, Scripted("a", "b", "c"))
    with pytest.raises(ExtractionError, match="after 3 attempts") as raised:
        ask_topic(asker)
    assert raised.value.last_output == "c"


def test_a_long_article_shows_its_opening_and_windows_around_a_sentence() -> None:
    text = " ".join(f"Sentence number {i} is about the weather in town." for i in range(1, 300))
    view = ArticleView.of(text)
    assert view.long
    assert view.shown == view.sentences[:LONG_ARTICLE_SENTENCES]
    sentence = view.sentences[150]
    assert sentence in view.window(sentence)
    assert len(view.window(sentence)) == LONG_ARTICLE_SENTENCES
    assert view.sentence_of(sentence.start) == sentence
    assert view.sentence_of(len(text) + 5) is None


def test_no_rule_reads_support_of_a_harm_from_a_sentence_that_does_not_name_it() -> None:
    # No one backs "financial corruption": support on it is support of an effort against it,
    # which the sentence must name (session 45: "Wilkins said he had supported the campaign of
    # Jackson's father" read as support of the corruption).
    text = (
        "Representative Eva Lind supported the campaign of her old friend. "
        "Representative Ana Vos backs a bill to curb corruption in the port."
    )
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))

    def read(topic: str) -> list[tuple[str, str]]:
        asker = asker_for(view, _Unclear())
        found = read_positions(view, actors, [], lambda: topic, asker)
        return sorted((p.actor, p.stance) for p in found.positions if p.attribution == "rule")

    assert read("financial corruption") == [("Ana Vos", "supports")]
    assert read("the old friend's campaign") == [("Ana Vos", "supports"), ("Eva Lind", "supports")]


class _Unsure(Scripted):
    """Answers as Scripted does, each answer with a stance margin of 0.3: under the bar."""

    def generate(self, request: Any) -> Any:
        generation = super().generate(request)
        generation.margins = {"evidence": 1.0, "stance": 0.3}
        return generation


def test_each_holders_outcome_is_recorded_and_a_reading_under_the_bar_kept_aside() -> None:
    # What the funnel bench counts (bench/stance_funnel.py) comes from the pipeline itself: a
    # rule's reading, the model's reading under the bar (never shown, kept aside), an actor
    # whose only evidence is a quotation no rule reads, and the questions MAX_POSITIONS cuts.
    text = (
        "Mayor Anna Berg opposed the budget plan on Monday. "
        "Council member Dan Roe praised the port on Tuesday. "
        'Eva Lind spoke on Wednesday. "We will see."'
    )
    view = ArticleView.of(text)
    actors = find_actors(text, names.find_candidates(text))
    start = text.index("We will see.")
    quotes = [Quote(speaker="Eva Lind", text="We will see.", start=start, end=start + 12,
                    attribution="rule")]  # fmt: skip
    backend = _Unsure({"evidence": 2, "stance": "supports"})
    read = read_positions(view, actors, quotes, lambda: "the budget", asker_for(view, backend))
    assert read.outcomes == {"Anna Berg": "rule", "Dan Roe": "under bar", "Eva Lind": "quotes only"}
    assert [p.actor for p in read.positions] == ["Anna Berg"]
    assert read.under_bar["Dan Roe"].stance == "supports"
    assert read.under_bar["Dan Roe"].confidence == 0.3
