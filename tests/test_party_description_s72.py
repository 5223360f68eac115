"""A description with a party word ("The GOP front-runner") stands for a person the article
shows in that party, not for the subject of the sentence before when that one is shown in no
party or another (session 72: event 55's HuffPost article gave a candidate's words, quoted in a
sentence about him, to the former head of state quoted just before)."""

from tests.test_quote_speakers import tagged_speakers

OPENING = (
    "Former Ruritanian President Paul Lobo says Ruritania will not pay for a dam on the river, "
    "despite what {party} presidential hopeful Carl Brand may claim.\n\n"
    "Lobo said that, as a citizen who pays taxes, he won\u2019t fund Brand\u2019s dam.\n\n"
    "\u201cI\u2019m not going to pay for that dam,\u201d Lobo told a radio host in an interview "
    "airing Thursday. \u201cLet him pay. He is rich enough.\u201d\n\n"
)
SCARE_QUOTES = (
    "The {party} front-runner, who has said many rude things about Ruritanians including "
    'calling Ruritanian farmers "thieves" and "loafers," insists he\u2019ll make Ruritania '
    "pay for a dam to keep the river out of the valley if he\u2019s elected.\n"
)


def test_a_party_description_is_the_one_person_shown_in_that_party() -> None:
    text = OPENING.format(party="GOP") + SCARE_QUOTES.format(party="GOP")
    assert tagged_speakers(text) == ["Paul Lobo", "Paul Lobo", "Carl Brand", "Carl Brand"]


def test_a_description_without_a_party_word_stays_with_the_subject_before() -> None:
    # Control: no party word in the description, so the sentences before decide, as before.
    text = OPENING.format(party="GOP") + SCARE_QUOTES.format(party="leading")
    found = tagged_speakers(text)
    assert len(found) >= 3 and set(found) == {"Paul Lobo"}


def test_no_one_shown_in_the_party_leaves_the_subject_before() -> None:
    # Control: the article shows no one in that party, so the subject before is kept.
    text = OPENING.format(party="populist") + SCARE_QUOTES.format(party="GOP")
    assert tagged_speakers(text) == ["Paul Lobo"] * 4


def test_a_party_member_who_is_no_candidate_does_not_take_the_candidates_words() -> None:
    # Control: the one person shown in the party is its governor, not its candidate, so the
    # subject before (shown in no party) keeps the words.
    text = OPENING.format(party="GOP").replace(
        "GOP presidential hopeful Carl Brand", "GOP Governor Carl Brand"
    ) + SCARE_QUOTES.format(party="GOP")
    found = tagged_speakers(text)
    assert len(found) >= 3 and set(found) == {"Paul Lobo"}
