"""A list of answers, each after a question naming the one asked about ("Councilor Hal Weber?
"Strong," he said."), is one speaker's: the one asked, not the one named in the question
(session 72: event 57's New York Times article gave a candidate's one-line verdicts on his
possible running mates to the running mates)."""

from tests.test_quote_speakers import speakers

ASKED = (
    "Mayor Carl Brand said his choice of a deputy was coming down to instinct.\n\n"
    "Asked for a word on each of the people he is said to be weighing, "
    "Mr. Brand obliged.\n\n"
    "Councilor Hal Weber? \u201cStrong,\u201d he said.\n\n"
)


def test_he_after_a_question_naming_someone_is_the_one_answering() -> None:
    text = ASKED + "Police Chief Otto Lobo? \u201cA patriot,\u201d he said.\n"
    assert speakers(text) == ["Carl Brand", "Carl Brand"]


def test_answers_in_turn_keep_the_speaker() -> None:
    text = (
        ASKED + "Police Chief Otto Lobo? \u201cA patriot.\u201d\n\n"
        "Councilor Ann Roe of Dover? \u201cA terrific, exciting person.\u201d\n\n"
        "And Mr. Lobo? \u201cOtto is Otto. He\u2019s a good guy.\u201d\n"
    )
    assert speakers(text) == ["Carl Brand"] * 4


def test_a_question_answered_by_a_named_speaker_is_that_speakers() -> None:
    # Control: the answer names its speaker, as before.
    text = ASKED + "Who will pay for it? \u201cNot the town,\u201d said Councilor Ann Roe.\n"
    assert speakers(text)[1:] == ["Ann Roe"]


def test_a_name_in_a_question_with_a_verb_may_still_be_the_subject() -> None:
    # Control: "Do you support Carl Brand?" is no question of the name alone; the subject rule
    # reads it as before (a promotion line between two paragraphs about the same man).
    text = (
        "Carl Brand said the town faces riots over the plan. \u201cThis is going to destroy the "
        "town,\u201d he said.\n\n"
        "Do you support Carl Brand? Like the page:\n\n"
        "The candidate also discussed the mayor\u2019s plan for the river, when he said "
        "\u201cit is absolute insanity.\u201d\n"
    )
    assert speakers(text) == ["Carl Brand", "Carl Brand"]
