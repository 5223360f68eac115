"""Session 59, issue 17: a statement whose source and cue stand in a subordinate clause opening
the sentence ("While critics argue that …, President Obama has deemed …") ends at the clause's
comma: the main clause is another's words (from a PolNeAR train sample, every sixth article from
the sixth, where the critics' content ran on into the president's and read as their support).
Made-up text."""

from __future__ import annotations

from summarizer.attribution.model import find_attributions

_TEXT = (
    "While critics argue that the swap rewards kidnappers, the mayor has deemed the releases a "
    "fair trade. Ada Roe said the swap rewards kidnappers, and she would not back it."
)


def _contents(cue_word: str) -> list[str]:
    return [
        " ".join(_TEXT[a:b] for a, b in found.content)
        for found in find_attributions(_TEXT)
        if any(_TEXT[a:b] == cue_word for a, b in found.cue)
    ]


def test_the_content_ends_at_the_subordinate_clause_s_comma() -> None:
    assert _contents("argue") == ["that the swap rewards kidnappers"]


def test_a_statement_in_a_main_clause_keeps_its_content() -> None:
    (content,) = _contents("said")
    assert "would not back it" in content


def test_commas_inside_the_content_do_not_end_it() -> None:
    text = (
        "While one company says there are more than 2,400 billionaires in the world, with "
        "their wealth up, the number has fallen."
    )
    (found,) = [
        " ".join(text[a:b] for a, b in attribution.content)
        for attribution in find_attributions(text)
        if any(text[a:b] == "says" for a, b in attribution.cue)
    ]
    assert found.startswith("there are more than 2,400 billionaires in the world")
