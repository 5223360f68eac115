"""Session 37: a quotation whose sentence does not name its speaker ("“We have waited long
enough,” she said. [new paragraph] “The levy is a mistake, and I oppose it.”") is the speaker's
evidence for the stance rules, which read it as its words. The model is not shown it: a
quotation without its speaker's name reads as the article's own words."""

from __future__ import annotations

from pathlib import Path

from summarizer.article_view import ArticleView
from summarizer.extract import Extractor, find_speech
from summarizer.load import Article, describe
from summarizer.prompting import load_template
from summarizer.stances import find_holders

from .test_extract import Scripted

TEXT = (
    "Mayor Anna Berg spoke to reporters at the harbour on Tuesday about the levy.\n\n"
    "“We have waited long enough,” she said.\n\n"
    "“The harbour levy is a mistake, and I oppose it.”\n\n"
    "The vote is next week.\n"
)


def test_a_quotation_without_its_speakers_name_is_read_by_the_rules() -> None:
    backend = Scripted({"topic": "the harbour levy"})  # and no stance question
    extraction = Extractor(backend, load_template("default")).extract(
        Article(meta=describe(TEXT, Path("levy.txt")), text=TEXT)
    )
    assert [(p.actor, p.stance, p.attribution) for p in extraction.positions] == [
        ("Anna Berg", "opposes", "rule")
    ]
    evidence = extraction.positions[0].evidence
    assert TEXT[evidence.start : evidence.end].startswith("“The harbour levy is a mistake")


def test_the_model_is_not_shown_it() -> None:
    view = ArticleView.of(TEXT)
    speech = find_speech(view, None)  # type: ignore[arg-type]  # the rules attribute them all
    found = find_holders(view, speech.actors, speech.quotes, speech.statements)
    ((actor, ranked),) = found.holders
    quoted = next(s for s in view.sentences if s.text.startswith("“The harbour levy"))
    assert quoted in ranked
    # Neither quotation's sentence names her ("she said" is no statement of its own here: its
    # content is the quotation), so the model, as before, is shown nothing and not asked.
    assert found.shown(actor, ranked) == []


def test_not_where_the_model_picked_its_speaker() -> None:
    view = ArticleView.of(TEXT)
    speech = find_speech(view, None)  # type: ignore[arg-type]
    quotes = [
        q.model_copy(update={"attribution": "model"}) if q.text.startswith("The harbour") else q
        for q in speech.quotes
    ]
    found = find_holders(view, speech.actors, quotes, speech.statements)
    quoted = next(s for s in view.sentences if s.text.startswith("“The harbour levy"))
    assert all(quoted not in ranked for _, ranked in found.holders)
