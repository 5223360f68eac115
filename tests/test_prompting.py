from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.detect import sentences
from summarizer.errors import ConfigError
from summarizer.prompting import TASKS, load_template, shipped_templates

VARIABLES = {
    "sentences": sentences("Macron said no. NATO said yes."),
    "lead": sentences("Macron said no. NATO said yes."),
    "window": sentences("Macron said no. NATO said yes."),
    "topic": "the office",
    "actor": "NATO",
    "mentioned_in": sentences("Macron said no. NATO said yes.")[1:],
    "quote": {"text": "no", "sentence": 1},
    "passage": "Macron said no.",
    "candidates": ["Emmanuel Macron", "none"],
}


@pytest.mark.parametrize("name", list(shipped_templates()))
def test_shipped_templates_render_every_task(name: str) -> None:
    template = load_template(name)
    assert template.undeclared() == (set(), set())
    for task in TASKS:
        messages = template.messages(task, VARIABLES)
        assert [m["role"] for m in messages] == ["system", "user"]
        assert "[2] NATO said yes." in messages[1]["content"]


def test_the_whole_article_design_shares_the_article_as_the_prefix() -> None:
    template = load_template("whole-article")
    users = [template.messages(task, VARIABLES)[1]["content"] for task in TASKS]
    article = template.render_block("article", VARIABLES)
    assert article and all(u.startswith(article) for u in users)


def test_a_passage_question_shows_its_passage_after_its_instructions() -> None:
    """The default template shows no article prefix: each question its fixed instructions,
    then only its passage, so questions of one kind share the instructions."""
    template = load_template("default")
    assert template.render_block("article", VARIABLES) == ""
    window = {**VARIABLES, "window": sentences("Macron said no. NATO said yes.")[:1]}
    speaker = template.messages("speaker", window)[1]["content"]
    other = template.messages("speaker", {**window, "quote": {"text": "yes", "sentence": 2}})
    assert "[1] Macron said no." in speaker and "NATO said yes." not in speaker
    assert speaker.startswith("TASK")  # the fixed instructions first
    assert other[1]["content"].split("PASSAGE:")[0] == speaker.split("PASSAGE:")[0]


def test_missing_variable_is_an_error_not_an_empty_string(tmp_path: Path) -> None:
    template = load_template("default")
    with pytest.raises(ConfigError, match="actor"):
        template.messages("stance", {k: v for k, v in VARIABLES.items() if k != "actor"})


def test_unknown_template_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="default"):
        load_template("no-such-template")


def test_template_without_header_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.j2"
    path.write_text("{% block system %}x{% endblock %}", encoding="utf-8")
    with pytest.raises(ConfigError, match="header"):
        load_template(str(path))


def test_template_hash_changes_with_content(tmp_path: Path) -> None:
    original = load_template("default")
    path = tmp_path / "copy.j2"
    path.write_text(original.source.replace("news articles", "news stories"), encoding="utf-8")
    assert load_template(str(path)).sha256 != original.sha256
