from __future__ import annotations

from pathlib import Path

from summarizer.names import acts, candidates, guess_type, is_media

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def by_name(text: str) -> dict:  # type: ignore[type-arg]
    return {c.name: c for c in candidates(text)}


def test_titles_become_roles_and_name_forms_fold() -> None:
    found = by_name((SEEDS / "000_563b04466e7df62f.txt").read_text(encoding="utf-8"))
    macron = found["Emmanuel Macron"]
    assert macron.roles == ["French President"]
    assert set(macron.aliases) == {"French President Emmanuel Macron", "Macron"}
    assert "Kishida" in found["Kishida Fumio"].aliases  # surname first: still folded
    assert found["Jens Stoltenberg"].roles == ["NATO Secretary-General"]
    assert "Macron" not in found and "Stoltenberg" not in found


def test_who_acts_is_an_actor() -> None:
    text = (
        "Tokyo is making plans, according to The Guardian. The Indo-Pacific is vast. "
        "French officials met. Japanese Prime Minister Fumio Kishida spoke."
    )
    found = by_name(text)
    assert "Japan" in found and found["Japan"].aliases == ["Tokyo"]  # a capital for its country
    assert acts(text, found["Japan"]) and acts(text, found["Guardian"])
    assert not acts(text, found["Indo-Pacific"])
    assert "French" not in found and "Japanese" not in found
    assert guess_type(found["Japan"]) == "country"
    assert guess_type(found["Fumio Kishida"]) == "person"


def test_news_outlets_are_recognised() -> None:
    assert is_media("Financial Times") and is_media("Kyodo") and is_media("Guardian")
    assert not is_media("Emmanuel Macron") and not is_media("NATO")


def test_descriptors_are_not_part_of_a_name_and_surnames_fold() -> None:
    text = (
        "Democrat Hillary Clinton met donors. Republican Donald Trump spoke later. Hillary "
        "Clinton said no. Donald Trump said yes. Trump said more. The Trump Foundation paid. "
        "The Republican National Committee met."
    )
    found = {c.name: c for c in candidates(text)}
    assert "Democrat" in found["Hillary Clinton"].roles
    assert "Trump" in found["Donald Trump"].aliases  # not ambiguous with the Trump Foundation
    assert "Republican National Committee" in found
