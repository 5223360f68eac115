"""Session 59, issue 17: a tweet's hashtag, handle or link code and a teaser's "WATCH:" are no
names (a PolNeAR train sample, every sixth article from the sixth, had "#GirlIGuessImWithHer
HNRNAuq7nT" as an actor taking a side, and then "WATCH"). Made-up text."""

from __future__ import annotations

from summarizer import names


def _names(text: str) -> list[str]:
    return [candidate.name for candidate in names.find_candidates(text)]


def test_hashtags_handles_and_codes_are_no_names() -> None:
    text = (
        "Ada Roe wrote after voting #TiredButVoting KqP7zzLm2x. Follow @AdaRoeNews for more. "
        "WATCH: The best moments of the night."
    )
    found = _names(text)
    assert "Ada Roe" in found
    assert not any(
        word in name
        for name in found
        for word in ("TiredButVoting", "KqP7zzLm2x", "AdaRoeNews", "WATCH")
    )


def test_names_with_capitals_and_digits_stay() -> None:
    text = "Ada Roe met G20 leaders and MoveOn. Human Rights Watch: it was a fair vote."
    assert _names(text) == ["Ada Roe", "G20", "MoveOn", "Human Rights Watch"]
