"""Which candidate names are actors (`actors.find_actors`) and which speakers become actors
(`actors.speaker_named`): the kinds of junk the BASIL tuning events showed, each rejected by a
general rule, with the real actors beside them kept."""

from __future__ import annotations

from summarizer.actors import find_actors, new_speaker, speaker_named
from summarizer.article_view import ArticleView
from summarizer.names import find_candidates


def actor_names(text: str) -> set[str]:
    return {a.name for a in find_actors(text, find_candidates(text))}


def test_a_name_inside_longer_names_is_not_prominent_from_them() -> None:
    # "Senate" written nine times, but once on its own: the other times it is part of a longer
    # name or a title, so it is not what the story is about.
    text = " ".join(
        [
            "Senate Democrats met. Senate Majority Leader Mitch McConnell waited.",
            "Senate Democrats talked. Senate Democrats left. Senate Democrats came back.",
            "Senate Democrats ate. Senate Democrats slept. Senate Democrats woke.",
            "The vote in the Senate was close.",
        ]
    )
    found = actor_names(text)
    assert "Mitch McConnell" in found
    assert "Senate" not in found
    # Named on its own as often, it is prominent.
    alone = " ".join(["The Senate sat."] * 8)
    assert "Senate" in actor_names(alone)


def test_a_party_descriptor_is_no_title() -> None:
    text = (
        "Republican Sen. Otto Roe, who is in a contest with Democrat Jane Doe in "
        "Ohio, was the first to urge him to quit."
    )
    found = actor_names(text)
    assert "Otto Roe" in found  # a title: "Sen."
    assert "Jane Doe" not in found  # only a party: named, not acting
    # Named again, a person with a party is one of the story's.
    again = "Polls favour Democrat Hillary Clinton in the state. Many voters like Clinton."
    assert "Hillary Clinton" in actor_names(again)


def new_speaker_at(text: str, written: str) -> str | None:
    """The actor `speaker_named` finds or makes of a speaker written at its first occurrence,
    or None."""
    candidates = find_candidates(text)
    actors = find_actors(text, candidates)
    at = text.index(written)
    speaker, _ = speaker_named(ArticleView.of(text), actors, candidates, written, at)
    return speaker.name if speaker is not None else None


def test_a_name_after_a_preposition_is_no_speaker_of_its_own() -> None:
    text = (
        "Roe, raised on Medicaid, also on Fox News spoke up for his budget. Bishop "
        "Otto Weber, of Peoria, Ill., said the rest. Lind pledged her support for "
        "DREAMers, tweeting more. He left a note with Thomas E. Perez, the chairman."
    )
    # The taggers' source "News" (of "on Fox News"), "Peoria", "DREAMers", "Perez": objects.
    assert new_speaker_at(text, "News") is None
    assert new_speaker_at(text, "Peoria") is None
    assert new_speaker_at(text, "DREAMers") is None
    assert new_speaker_at(text, "Perez") is None
    # Named as speakers, the same names become actors; so does a source after "according to"
    # or after a capitalised word ending its sentence ("Friday.").
    spoken = (
        "The deal, Fox News reported. Peoria, a city, agreed. According to Dreamers United, "
        "it passed. The vote came on Friday. Reince Priebus, the chairman, said so."
    )
    assert new_speaker_at(spoken, "Fox News") == "Fox News"
    assert new_speaker_at(spoken, "Peoria") == "Peoria"
    assert new_speaker_at(spoken, "Dreamers United") == "Dreamers United"
    assert new_speaker_at(spoken, "Reince Priebus") == "Reince Priebus"


def test_a_verb_of_saying_or_a_reflexive_left_at_a_speakers_end_goes() -> None:
    text = (
        "The writers acknowledge that the charter calls for town answers. "
        "President Donald Trump spoke. Trump himself denied it."
    )
    candidates = find_candidates(text)
    actors = find_actors(text, candidates)
    view = ArticleView.of(text)
    # As the quote step asks (any description may speak a quote).
    speaker, new = speaker_named(
        view, actors, candidates, "The writers acknowledge", 0, any_description=True
    )
    assert speaker is not None and new and speaker.name == "writers"
    assert speaker.kind == "described"
    at = text.index("Trump himself")
    speaker, new = speaker_named(view, actors, candidates, "Trump himself", at)
    assert speaker is not None and not new and speaker.name == "Donald Trump"


def test_a_government_speaker_is_its_country_with_all_its_mentions() -> None:
    # "China" is named, but never acting; "the Chinese government" speaks for it. (Its capital
    # hosting talks, "Beijing hosted talks", would be China acting: the parser reads a subject.)
    text = (
        "Patrols flew over the East China Sea. Talks on trade were held in Beijing with China's "
        "neighbours. The Chinese government is unhappy about the plan, a spokesman said."
    )
    candidates = find_candidates(text)
    actors = find_actors(text, candidates)
    assert "China" not in {a.name for a in actors}
    at = text.index("The Chinese government")
    view = ArticleView.of(text)
    speaker, new = speaker_named(view, actors, candidates, "The Chinese government", at)
    assert speaker is not None and new and speaker.name == "China"
    assert speaker.type == "country"
    assert {m.text for m in speaker.mentions} >= {"Beijing", "China", "Chinese government"}
    assert "Chinese government" in speaker.aliases and "Beijing" in speaker.aliases


def test_a_name_shown_taking_a_side_is_an_actor() -> None:
    # The subject of its clause, a word of stance after it: an actor, though no agency verb
    # follows it ("has also issued", "many of whom oppose", "a group … that …, called").
    text = (
        "The Kentucky Council of Churches has also issued letters calling for a veto. "
        "In the state, Republicans, many of whom oppose the bill, hold power. "
        "Fourth Path, a moderate group in Frankfort that has favored cuts to benefits for "
        "years, called the plan a welcome step."
    )
    found = actor_names(text)
    assert {"Kentucky Council of Churches", "Republicans", "Fourth Path"} <= found
    assert "Asia Minor" in actor_names("Yet Asia Minor is against the plan.")
    # The agent of a passive, with a relative clause about the group.
    passive = "The House is led by Republicans, many of whom reject new fees."
    assert "Republicans" in actor_names(passive)


def test_a_name_that_takes_no_side_of_its_own_is_no_actor_for_it() -> None:
    text = "\n\n".join(
        [
            "LOUISVILLE — The governor opposes the bill.",  # a dateline
            "Likewise, critics opposed the bill.",  # a word opening a sentence
            "The Brooklyn, N.Y., chapter tweeted its opposition.",  # a town
            "The deal gives arrangements to Chile, Peru and New Granada, who oppose it.",  # objects
            "Top Senate leaders including the whip have condemned the bill.",  # modifies leaders
            "The FAIR Act, a measure many oppose, passed.",  # a measure
            "Read also: Pacific Coalition Rejects Trade Pact Over Fishing Rights.",  # a link
            "The minister said that Asia Minor is against the plan.",  # another's words
        ]
    )
    found = actor_names(text)
    assert not found & {
        "United States", "LOUISVILLE", "Likewise", "Brooklyn", "Chile", "Peru",
        "New Granada", "Senate", "Top Senate", "FAIR Act", "Pacific Coalition", "Asia Minor",
    }  # fmt: skip


def test_an_organisation_goes_on_past_for() -> None:
    text = (
        "The levy was backed by the Center for Kentucky Policy, a local group. "
        "The Centers for Disease Control and Prevention warned against it."
    )
    names = {c.name for c in find_candidates(text)}
    assert {"Center for Kentucky Policy", "Centers for Disease Control and Prevention"} <= names
    # A body also written alone stays apart: "the House for Democrats".
    alone = "The House voted. It was a win in the House for Democrats."
    assert "House for Democrats" not in {c.name for c in find_candidates(alone)}
    # So across "on", but never before a day or a month.
    on = "The Commission on Presidential Debates named the hosts. The Senate on Monday met."
    found = {c.name for c in find_candidates(on)}
    assert "Commission on Presidential Debates" in found
    assert "Senate on Monday" not in found


def test_a_partys_members_are_a_group_actor() -> None:
    text = (
        "Republican lawmakers, at the far end of the range, praised the plan. "
        "Four Missouri Republican senators urged him to quit. "
        "Arizona's two Republican senators, Jon Kyle and Jeff Flank, called for a veto."
    )
    found = actor_names(text)
    assert {"Republican lawmakers", "Missouri Republican senators"} <= found
    # A description of the people named after it is those people, no group of its own.
    assert "Republican senators" not in {c.name for c in find_candidates(text)}


def test_a_partys_plural_opening_a_sentence_may_speak() -> None:
    text = "The vote was close. Democrats want policies that raise more revenue."
    assert new_speaker_at(text, "Democrats") == "Democrats"
    # Someone accused of something is acted on, no speaker.
    accused = "Votes went against sitting Republican senators accused of coddling him."
    assert new_speaker_at(accused, "Republican senators") is None


def test_a_fronted_time_and_a_state_ending_a_list_leave_the_subject_free() -> None:
    from summarizer import actors

    assert not actors._governed("On Tuesday, ")
    assert actors._governed("arrangements with South Korea, Australia, and ")
    text = "The NAACP, Texas Democrats and Gov. John Kasich oppose the bill."
    assert not actors._STATE_AFTER.match(text, text.index(","))
    town = "Mayor Pete Buttigieg of South Bend, Ind., said so."
    assert actors._STATE_AFTER.match(town, town.index(", Ind"))


def test_a_name_that_modifies_a_described_speaker_is_no_speaker() -> None:
    text = "Acme Corp. sells toys. Political observers in Acme said the plan was bad."
    candidates = find_candidates(text)
    assert new_speaker(text, [], candidates, "Acme") is not None
    assert new_speaker(text, [], candidates, "Political observers in Acme") is None
    assert new_speaker(text, [], candidates, "Acme observers") is None
    text = "Senate Bill 1062 passed. Jane Doe said it was bad."
    candidates = find_candidates(text)
    assert new_speaker(text, [], candidates, "pondering Senate Bill 1062 before") is None
    assert new_speaker(text, [], candidates, "Jane Doe and others") is not None


def actor_types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in find_actors(text, find_candidates(text))}


def test_a_name_its_apposition_calls_a_group_is_an_organisation() -> None:
    # "Fair Path" looks like a person's name, but the text says what it is.
    types = actor_types(
        "\u201cThe plan is a mistake,\u201d said Fair Path, a left-leaning research group. "
        "Ada Roe, a spokeswoman for the mayor, said the plan would pass."
    )
    assert types["Fair Path"] == "organization" and types["Ada Roe"] == "person"


def test_a_person_described_by_the_group_he_leads_stays_a_person() -> None:
    types = actor_types("\u201cWe oppose it,\u201d said Lorvan Tekkeli, the head of the group.")
    assert types["Lorvan Tekkeli"] == "person"


def test_a_name_ending_in_a_word_the_text_writes_in_lower_case_is_a_body() -> None:
    types = actor_types(
        "\u201cWe oppose it,\u201d said Open Harbor. Ships leave the harbor daily. "
        "\u201cSo do we,\u201d said Lorvan Tekkeli."
    )
    assert types["Open Harbor"] == "organization" and types["Lorvan Tekkeli"] == "person"
