"""Session 35: a source the tagger finds in several pieces ("Otto Roe, a onetime Acme adviser,
… Mr. Smith wrote") is the piece that runs up to its cue where that piece is a name, so the
statement is Mr. Smith's, not Otto Roe's (a free BASIL event's briefing filed a president's
post under his former adviser). Not a piece opening with a pronoun or an article, one inside a
relative clause of the first, nor one before a cue of punctuation or "by". Made-up sentences;
the taggers' pieces are given."""

from __future__ import annotations

from summarizer import names
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution
from summarizer.speakers import referrer
from summarizer.statements import find_statements


def _speaker(text: str, pieces: list[str], cue: str, content: str) -> str | None:
    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Attribution(tuple(span(p) for p in pieces), (span(cue),), (span(content),), "indirect")
    ]
    candidates = names.find_candidates(text)
    actors = [a.model_copy(update={"type": "person"}) for a in find_actors(text, candidates)]
    found = find_statements(view, actors, candidates, [], referrer(view, candidates))
    (statement,) = found.statements
    return statement.speaker


def test_the_named_piece_at_the_cue_speaks() -> None:
    text = (
        "Otto Roe spoke on Monday. Sam Smith spoke too. After a segment about Otto Roe, a "
        "onetime Acme adviser, Mr. Smith wrote that it was all a hoax."
    )
    pieces = ["Otto Roe, a onetime Acme adviser", "Mr. Smith"]
    assert _speaker(text, pieces, "wrote", "that it was all a hoax") == "Sam Smith"


def test_a_piece_joined_to_a_list_does_not() -> None:
    text = (
        "Sam Smith spoke on Monday. Many of the leaders who would rather campaign for Jane Doe "
        "or Sam Smith said they will back the plan."
    )
    pieces = ["Many of the leaders", "Smith"]
    assert _speaker(text, pieces, "said", "they will back the plan") is None


def test_a_piece_after_a_relative_clause_set_off_by_commas_does() -> None:
    text = (
        "Sam Smith spoke on Monday. Asked by Otto Roe, the senator who chairs the panel, "
        "Mr. Smith acknowledged that he had been briefed."
    )
    pieces = ["Otto Roe, the senator who chairs the panel", "Mr. Smith"]
    assert _speaker(text, pieces, "acknowledged", "that he had been briefed") == "Sam Smith"


def test_a_piece_before_a_colon_does_not() -> None:
    text = "Jane Doe spoke on Monday. Sam Smith spoke too. Jane Doe Backs Sam Smith: A Fine Plan"
    pieces = ["Jane Doe", "Sam Smith"]
    speaker = _speaker(text, pieces, ":", "A Fine Plan")
    assert speaker != "Sam Smith"


def test_a_piece_opening_with_a_pronoun_does_not() -> None:
    text = "Jane Doe, a pollster at Acme, said his survey of voters showed the plan was popular."
    pieces = ["Jane Doe, a pollster at Acme", "his survey of voters"]
    assert _speaker(text, pieces, "showed", "the plan was popular") == "Jane Doe"


def test_pieces_after_the_cue_are_another_attributions() -> None:
    text = (
        "Speaker Jane Doe spoke on Monday. \u201cThe plan is dead,\u201d the speaker said on "
        "Tuesday, according to Acme News reporter Otto Roe."
    )
    pieces = ["the speaker", "Acme News reporter Otto Roe"]
    assert _speaker(text, pieces, "said", "\u201cThe plan is dead,\u201d") == "Jane Doe"


def test_the_agent_of_a_passive_cue_is_kept() -> None:
    text = "Otto Roe spoke on Monday. Those listed by Roe included the mayor."
    pieces = ["Those", "Roe"]
    assert _speaker(text, pieces, "listed", "included the mayor") == "Otto Roe"


def test_a_piece_that_is_the_subject_of_a_relative_clause_does() -> None:
    text = (
        "Sam Smith spoke on Monday. A video by Acme cites cases in which Smith defended "
        "people accused of fraud."
    )
    pieces = ["A video by Acme", "Smith"]
    assert _speaker(text, pieces, "defended", "people accused of fraud") == "Sam Smith"


def test_a_piece_after_a_verb_of_reporting_is_the_first_pieces_report() -> None:
    text = (
        "Sam Smith spoke on Monday. Otto Roe, one of his aides, recalled Mr. Smith talking "
        "about the book."
    )
    pieces = ["Otto Roe, one of his aides", "Mr. Smith"]
    assert _speaker(text, pieces, "talking about", "the book") == "Otto Roe"


def test_a_share_is_no_name_at_the_cue() -> None:
    text = "Acme News ran a poll. Sixty-seven percent of voters said no in an Acme News poll."
    pieces = ["Sixty-seven percent of voters", "Acme News poll"]
    assert _speaker(text, pieces, "said", "no") != "Sixty-seven"


def test_a_source_interrupted_by_a_phrase_is_its_first_piece() -> None:
    # Session 37: the pieces were read as one run of words ("Ms. Berg the levy of Governor Tom
    # Reed"), whose last name was taken for the speaker.
    text = (
        "Governor Tom Reed set the harbour levy last year. Ms. Berg, asked about the levy of "
        "Governor Tom Reed, said it had hurt every fisherman in town."
    )
    pieces = ["Ms. Berg", "the levy of Governor Tom Reed,"]
    assert _speaker(text, pieces, "said", "it had hurt every fisherman in town") == "Berg"


def test_a_name_after_a_comma_alone_is_still_the_source() -> None:
    text = (
        "Jane Doe was charged on Monday. Doe's lawyer, William Pike, said the charges were false."
    )
    pieces = ["Doe's lawyer", "William Pike,"]
    assert _speaker(text, pieces, "said", "the charges were false") == "William Pike"


def test_he_at_the_cue_speaks_where_the_pieces_name_no_one() -> None:
    # Session 37: "Roe he" named no one, so the statement had no speaker.
    text = "Otto Roe spoke on Monday. What worries Roe most, he said, is the harbour levy."
    pieces = ["Roe", "he"]
    assert _speaker(text, pieces, "said", "is the harbour levy") == "Otto Roe"


def test_he_at_the_cue_does_not_replace_a_name_the_pieces_give() -> None:
    text = (
        "Otto Roe spoke on Monday. Sam Smith, the mayor, spoke after him. Mr. Smith came late; "
        "he said the levy was fair."
    )
    pieces = ["Mr. Smith", "he"]
    assert _speaker(text, pieces, "said", "the levy was fair") == "Sam Smith"


def test_the_name_joined_to_he_speaks_before_he_is_resolved() -> None:
    text = (
        "Sam Smith spoke on Monday. Otto Roe spoke after him. Asked about the port, Sam Smith "
        "smiled; then he said the levy was fair."
    )
    pieces = ["Sam Smith", "he"]
    assert _speaker(text, pieces, "said", "the levy was fair") == "Sam Smith"


def test_pieces_parted_by_a_comma_need_one_after_the_last() -> None:
    # "Clinton, who …, when The New York Times reported": no comma closes the last piece, so
    # the pieces stay one phrase, as before session 37.
    text = (
        "Jane Doe spoke on Monday. Doe, who runs the port, has been under fire since the Dover "
        "Gazette reported that the levy was unlawful."
    )
    pieces = ["Doe", "the Dover Gazette"]
    assert _speaker(text, pieces, "reported", "that the levy was unlawful") != "Jane Doe"


def test_a_source_set_off_before_asked_if_is_the_one_asked() -> None:
    # Session 37: "Ms. Berg, asked if she backed …" was Ms. Berg asking.
    text = "Jane Berg spoke on Monday. Ms. Berg, asked if she backed the levy, said she did."
    assert _speaker(text, ["Ms. Berg,"], "asked", "if she backed the levy") is None


def test_one_who_asks_is_the_source() -> None:
    text = "Jane Berg spoke on Monday. Ms. Berg asked if the council backed the levy."
    assert _speaker(text, ["Ms. Berg"], "asked", "if the council backed the levy") == "Jane Berg"
