"""A town named after "in" in a speaker's apposition is where, not who; a document set off with
its author ("the statement on his health, from Dr. Ana Roe, …") speaks for that author
(session 72: event 93's Fox News article gave a physician's words to the town of her clinic)."""

from tests.test_quote_speakers import speakers, tagged_speakers

STATEMENT = (
    "Senator Hal Weber, 68, has been in good health, his office said on Friday.\n\n"
    "Weber released his tax returns and a letter about his health on Friday.\n\n"
    "Meanwhile, the statement on his health, from Dr. Ana Roe, a cardiologist and head of "
    "the heart unit at the Mount Kisco Heart Clinic in Mount Kisco, New York, "
    'said the senator has mild hay fever and named "a blood clot," a '
    "broken wrist and a fall in 2011 among his past ailments.\n\n"
    "Weber was treated with blood thinners, the statement said.\n"
)
APPOSED = (
    "Senator Hal Weber, 68, has been in good health, his office said on Friday.\n\n"
    "Dr. Ana Roe, a cardiologist at the Mount Kisco Heart Clinic in Mount Kisco, New York, "
    'said the senator has mild hay fever and "no other conditions of note."\n'
)


def test_a_document_set_off_with_its_author_speaks_for_the_author() -> None:
    assert tagged_speakers(STATEMENT) == ["Ana Roe"]


def test_a_town_after_in_is_never_the_speaker() -> None:
    assert "Mount Kisco" not in speakers(APPOSED)
    assert tagged_speakers(APPOSED) == ["Ana Roe"]


def test_a_speaker_in_apposition_to_a_role_still_speaks() -> None:
    # Control: the apposition names no place, and the rule reads the speaker before it.
    text = APPOSED.replace(
        "a cardiologist at the Mount Kisco Heart Clinic in Mount Kisco, New York,",
        "a cardiologist,",
    )
    assert speakers(text) == ["Ana Roe"]
