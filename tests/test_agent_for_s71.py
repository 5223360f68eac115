"""A learned source that names one who speaks for someone keeps whom it speaks for: "A
spokesperson for Zenbo says the company “cares deeply” …" is the "spokesperson for Zenbo", as
the rules name such a speaker, not a bare "spokesperson" that a later "the spokesperson" of
another company's spokesperson would join (`speakers._source_words`, `_AGENT_FOR`). Other
descriptions are still cut at their head noun. Made-up texts."""

from __future__ import annotations

import pytest

from summarizer.speakers import _source_words


def _words(text: str, source: str) -> str | None:
    start = text.index(source)
    found = _source_words(text, ((start, start + len(source)),))
    return found[1] if found else None


@pytest.mark.parametrize(
    "source",
    ["A spokesperson for Zenbo", "a lawyer for Mr. Lind", "An aide to Senator Jane Roe"],
)
def test_one_who_speaks_for_a_name_keeps_the_name(source: str) -> None:
    text = f"Officials met on Monday. {source} says the plan \u201cis fair.\u201d"
    assert _words(text, source) == source


def test_another_description_is_cut_at_its_head_noun() -> None:
    text = "Officials met. A complaint from the regulator says the plan \u201cis unfair.\u201d"
    assert _words(text, "A complaint from the regulator") == "A complaint"


def test_a_spokesperson_for_a_common_noun_is_cut_as_before() -> None:
    text = "Officials met. A spokesperson for the company says the plan \u201cis fair.\u201d"
    assert _words(text, "A spokesperson for the company") == "A spokesperson"
