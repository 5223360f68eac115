"""The learned step of quote attribution: a quote no rule attributes takes the source of the
learned attribution whose content holds it (a name, a description, a pronoun resolved to the
nearest fitting mention before it); the model is asked only where that gives no speaker."""

from __future__ import annotations

import pytest

from summarizer import detect, names, speakers
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution
from summarizer.speakers import Attribution as Attributed
from summarizer.speakers import _referent, attribute_quotes
from summarizer.types import Actor, Span
from tests.test_extract import TEXT as EXTRACT_TEXT
from tests.test_extract import Scripted
from tests.test_steps import asker_for

# No reporting-verb rule names the speaker of the second paragraph's quote: the verb is two
# sentences away from it.
TEXT = (
    "Senator Anna Berg met the Acme Corporation on Monday. Berg then spoke for an hour.\n\n"
    "She was blunt. Her view of the plan was that it is "
    '"a disaster for every family in the state."'
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def quote_span(text: str) -> tuple[int, int]:
    start = text.index('"') + 1
    return start, text.index('"', start)


def view_with(text: str, *found: Attribution) -> ArticleView:
    """The article's view with the given attributions, as if the taggers had found them."""
    view = ArticleView.of(text)
    view.__dict__["attributions"] = list(found)  # what the cached property would hold
    return view


def attribution(text: str, source: str | None, content: tuple[int, int]) -> Attribution:
    return Attribution(
        source=(span(text, source),) if source else (),
        cue=((0, 1),),  # not used to find the speaker
        content=(content,),
        kind="mixed",
    )


def attribute(view: ArticleView, backend: Scripted) -> Attributed:
    candidates = names.find_candidates(view.text)
    actors = find_actors(view.text, candidates)
    return attribute_quotes(view, actors, candidates, asker_for(view, backend))


def test_a_named_source_of_the_attribution_holding_the_quote_is_its_speaker() -> None:
    start, end = quote_span(TEXT)
    view = view_with(TEXT, attribution(TEXT, "Berg", (start - 30, end)))
    backend = Scripted()  # no question: the learned source answers
    found = attribute(view, backend)
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "learned")]
    assert backend.requests == []


def test_a_pronoun_source_is_the_last_person_named_before_it() -> None:
    start, end = quote_span(TEXT)
    view = view_with(TEXT, attribution(TEXT, "She", (start - 30, end)))
    found = attribute(view, Scripted())
    # "Acme Corporation" is named after Berg's first mention, but "she" is a person.
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "learned")]


def test_it_refers_to_an_organisation_not_to_a_person() -> None:
    text = (
        "The Acme Corporation said on Monday that it would close a plant. Anna Berg said the "
        'plant was old. It said in a statement that the plan was "a disaster for every family."'
    )
    end = quote_span(text)[1]
    view = view_with(text, attribution(text, "It", (span(text, "the plan")[0], end)))
    found = attribute(view, Scripted())
    assert [q.speaker for q in found.quotes] == ["Acme Corporation"]


def test_the_model_is_asked_when_the_attribution_has_no_source() -> None:
    start, end = quote_span(TEXT)
    view = view_with(TEXT, attribution(TEXT, None, (start, end)))
    backend = Scripted({"speaker": "Anna Berg"})
    found = attribute(view, backend)
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "model")]
    assert len(backend.requests) == 1


def test_a_source_inside_the_quote_it_would_attribute_is_none() -> None:
    text = (
        "Senator Anna Berg met the Acme Corporation on Monday. Berg then spoke for an hour.\n\n"
        'She was blunt. Her message was for "families and retired workers who feel abandoned."'
    )
    start, end = quote_span(text)
    view = view_with(text, attribution(text, "retired workers", (start, end)))
    backend = Scripted({"speaker": "Anna Berg"})
    found = attribute(view, backend)
    # Not "the retired workers": the quote's own words name no one who says them.
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "model")]


def test_an_attribution_holding_less_than_half_of_the_quote_is_not_used() -> None:
    start = quote_span(TEXT)[0]
    view = view_with(TEXT, attribution(TEXT, "Berg", (start - 30, start + 5)))
    backend = Scripted({"speaker": "none"})
    found = attribute(view, backend)
    assert found.quotes == [] and len(backend.requests) == 1


def test_the_attribution_holding_most_of_the_quote_wins() -> None:
    start, end = quote_span(TEXT)
    view = view_with(
        TEXT,
        attribution(TEXT, "Acme Corporation", (start, start + (end - start) * 3 // 5)),
        attribution(TEXT, "Berg", (start - 30, end)),
    )
    found = attribute(view, Scripted())
    assert [q.speaker for q in found.quotes] == ["Anna Berg"]


def test_a_rule_speaker_comes_before_the_learned_source() -> None:
    text = 'Anna Berg met Acme Corporation. "The plan is a disaster," Berg said on Monday.'
    start, end = quote_span(text)
    view = view_with(text, attribution(text, "Acme Corporation", (start, end)))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "rule")]


def test_the_shipped_taggers_attribute_a_quote_no_rule_attributes() -> None:
    """End to end with the real taggers: "a disgrace to the country" lies in the content of
    both Berg's attribution and the Daily Post's; the innermost gives its speaker, with no
    question to the model."""
    view = ArticleView.of(EXTRACT_TEXT)
    backend = Scripted()
    found = attribute(view, backend)
    by_text = {q.text: (q.speaker, q.attribution) for q in found.quotes}
    assert by_text["a disgrace to the country"] == ("Daily Post", "learned")
    assert by_text["will not pass."] == ("Olaf Berg", "rule")
    assert backend.requests == []


def test_a_source_written_in_lower_case_is_a_described_speaker() -> None:
    text = (
        "Anna Berg spoke on Monday. Since then county officials have argued that the plan is "
        '"a disaster for every family."'
    )
    end = quote_span(text)[1]
    view = view_with(text, attribution(text, "county officials", (span(text, "the plan")[0], end)))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("county officials", "learned")]
    assert [a.name for a in found.new_actors] == ["county officials"]


def test_a_source_that_names_nobody_leaves_the_quote_to_the_model() -> None:
    start, end = quote_span(TEXT)
    view = view_with(TEXT, attribution(TEXT, "was", (start - 30, end)))
    backend = Scripted({"speaker": "none"})
    attribute(view, backend)
    assert len(backend.requests) == 1


def test_speech_that_goes_on_past_its_content_takes_the_source_of_the_cue_before_it() -> None:
    text = (
        "Anna Berg said on Monday that the plan was late. "
        '"It is a disaster for every family," came next, to loud applause.'
    )
    view = view_with(text, attribution(text, "Anna Berg", span(text, "the plan was late")))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "learned")]


def test_a_pronoun_never_refers_to_a_possessive() -> None:
    text = "Obama waved off the claim as the echo of Tribe's donor. He said so on Monday."
    obama = Actor(name="Barack Obama", type="person", mentions=[Span(text="Obama", start=0, end=5)])
    at = text.index("Tribe")
    tribe = Actor(
        name="Laurence Tribe", type="person", mentions=[Span(text="Tribe", start=at, end=at + 5)]
    )
    assert _referent([obama, tribe], text.index("He said"), "he", text) == obama


def test_a_quote_opening_its_paragraph_takes_the_source_of_the_cue_in_the_sentence_before() -> None:
    text = (
        "Anna Berg told the council on Monday that the plan was late.\n\n"
        '"It is a disaster for every family," came next, to loud applause.'
    )
    view = view_with(text, attribution(text, "Anna Berg", span(text, "the plan was late")))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "learned")]


def test_a_cue_two_sentences_before_the_quote_is_too_far() -> None:
    text = (
        "Anna Berg told the council on Monday that the plan was late. The room was quiet. "
        '"It is a disaster for every family," came next, to loud applause.'
    )
    view = view_with(text, attribution(text, "Anna Berg", span(text, "the plan was late")))
    backend = Scripted({"speaker": "none"})
    attribute(view, backend)
    assert len(backend.requests) == 1


def test_a_pronoun_with_no_actor_before_it_is_the_last_candidate_name_before_it() -> None:
    # Two sentences between: in the sentence right before, the quote step's own pronoun rule
    # reads Weber (`actors.named_once_before`, tests/test_named_once_s71.py).
    text = (
        "The letter came from Hans Weber on Monday. It was long. It came by post. "
        'He wrote that the plan was "a disaster for every family."'
    )
    assert find_actors(text, names.find_candidates(text)) == []  # Weber is only a candidate
    end = quote_span(text)[1]
    view = view_with(text, attribution(text, "He", (span(text, "the plan")[0], end)))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Hans Weber", "learned")]
    assert [a.name for a in found.new_actors] == ["Hans Weber"]


def _source_words(text: str, *sources: str) -> str | None:
    """The words `_source_words` keeps of the given source spans (each the first occurrence of
    its words in `text`)."""
    found = speakers._source_words(text, tuple(span(text, words) for words in sources))
    return found[1] if found else None


@pytest.mark.parametrize(
    ("text", "sources", "words"),
    [
        # A source split by the tagger is one where only spaces part its spans.
        ("Gov. Mike Pence vowed to act.", ("Mike", "Pence"), "Mike Pence"),
        # Of the comma-separated parts, the first that is a name.
        (
            "In the river port of Dover, Anna Berg said it was late.",
            ("the river port of Dover, Anna Berg",),
            "Anna Berg",
        ),
        (
            "Another critic, Sen. Anna Berg of Ohio, said so.",
            ("Another critic, Sen. Anna Berg of Ohio",),
            "Sen. Anna Berg",
        ),
        (
            "Acme Corporation, the maker, said so.",
            ("Acme Corporation, the maker,",),
            "Acme Corporation",
        ),
        # A party tag, or a description at the start of a sentence, stands for the name before it.
        ("It is late, said Sen. Anna Berg, D-Ohio, on Monday.", ("D-Ohio",), "Sen. Anna Berg"),
        ("It rained. Acme Works, a small firm, called it a loss.", ("a small firm",), "Acme Works"),
        # Not a name in mid-sentence: "In Dover, a spokesman said".
        ("In Dover, a spokesman said so.", ("a spokesman",), "a spokesman"),
        ("A network of unions called Fair Pay said so.", ("A network",), "Fair Pay"),
        # The lower-case words before a name are no part of it; a possessive's are.
        (
            "But independent Sen. Anna Berg of Ohio said so.",
            ("independent Sen. Anna Berg of Ohio",),
            "Sen. Anna Berg",  # and a person's place no part of it (below)
        ),
        ("Then its Acme summary said so.", ("its Acme summary",), "its Acme summary"),
        # A person's place is no part of the name; an organisation's "of" is.
        ("Ada Lind of Burke County spoke.", ("Ada Lind of Burke County",), "Ada Lind"),
        ("The Bank of Dover spoke.", ("Bank of Dover",), "Bank of Dover"),
        ("Lind met Ada Lind and spoke.", ("Ada Lind and",), "Ada Lind"),
        # A document speaks for its owner.
        ("Berg\u2019s ad said so.", ("Berg\u2019s ad",), "Berg"),
        ("Berg\u2019s office said so.", ("Berg\u2019s office",), "Berg\u2019s office"),
        # A described owner's document speaks for the owner; a time owns none.
        ("The town clerk\u2019s filing says so.", ("town clerk\u2019s filing",), "the town clerk"),
        ("Last year\u2019s report says so.", ("year\u2019s report",), "year\u2019s report"),
        # A description before a name in apposition gives way to the name.
        (
            "Another former rival, ex-Ohio Gov. Anna Berg, said so.",
            ("Another former rival, ex-Ohio Gov. Anna Berg,",),
            "Gov. Anna Berg",
        ),
        # A name the owner's role after it stands in apposition to, opening the sentence.
        (
            "Jane Doe, Acme\u2019s press secretary, said so.",
            ("Acme\u2019s press secretary,",),
            "Jane Doe",
        ),
        (
            "Acme\u2019s editor in chief, Ada Lind, said so.",
            ("Acme\u2019s editor in chief, Ada Lind,",),
            "Ada Lind",
        ),
        # A name the tagger's source runs on past, into a time, an adverb or an auxiliary.
        ("Berg last year explained it.", ("Berg last year",), "Berg"),
        ("Acme further notes it.", ("Acme further",), "Acme"),
        ("Anna Berg on Sunday said it.", ("Anna Berg on Sunday",), "Anna Berg"),
        ("Ms. Berg did not back down.", ("Ms. Berg did",), "Ms. Berg"),
        (
            "Republicans on Capitol Hill said it.",
            ("Republicans on Capitol Hill",),
            "Republicans on Capitol Hill",
        ),
        # A document a few words after its owner's name speaks for the owner.
        ("Acme\u2019s Thursday night report said so.", ("Acme\u2019s Thursday",), "Acme"),
        # Not the owner of a report a verb of its own takes.
        (
            "Berg\u2019s campaign challenged a report in the Herald.",
            ("Berg\u2019s campaign",),
            "Berg\u2019s campaign",
        ),
        # A name after a preposition and an article is whom the role serves, not the speaker.
        (
            "Later a spokeswoman for the Justice Department said so.",
            ("a spokeswoman for the Justice Department",),
            "a spokeswoman",
        ),
    ],
)
def test_the_words_of_a_learned_source_that_name_its_speaker(
    text: str, sources: tuple[str, ...], words: str
) -> None:
    assert _source_words(text, *sources) == words


def test_a_source_that_is_no_noun_gives_way_to_the_cue_before_the_quote() -> None:
    text = (
        "Anna Berg slammed the council for its delay, but also called the plan "
        '"a first step toward reform."'
    )
    start, end = quote_span(text)
    view = view_with(
        text,
        attribution(text, "Anna Berg", span(text, "the council for its delay")),
        Attribution(
            source=(span(text, "also"),),
            cue=(span(text, "called"),),
            content=((start - 9, end),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "learned")]


def test_of_two_attributions_holding_the_quote_alike_the_one_whose_cue_is_nearest_wins() -> None:
    text = (
        "Anna Berg appeared with Otto Lind and endorsed the plan, saying, "
        '"It is the best plan this state has seen."'
    )
    end = quote_span(text)[1]
    content = span(text, "the plan, saying")[0], end
    view = view_with(
        text,
        Attribution(
            source=(span(text, "Otto Lind"),),
            cue=(span(text, "endorsed"),),
            content=(content,),
            kind="mixed",
        ),
        Attribution(
            source=(span(text, "Anna Berg"),),
            cue=(span(text, "saying"),),
            content=(content,),
            kind="mixed",
        ),
    )
    quote = next(q for q in detect.quotations(text).spans)
    assert speakers._learned_source(view, quote) == (0, "Anna Berg")


def test_a_surname_two_people_share_is_the_one_named_in_full_last() -> None:
    text = (
        "Gov. Asa Lind signed the bill on Monday. His son works for a union.\n\n"
        '"I love my dad," Seth Lind said.\n\n"We disagree a lot," Mr. Lind said.'
    )
    found = attribute(ArticleView.of(text), Scripted())
    assert [q.speaker for q in found.quotes] == ["Seth Lind", "Seth Lind"]


def test_the_senator_is_the_senator_named_last() -> None:
    text = (
        "Sen. Ada Lind criticised the deal. Florida Sen. Otto Berg praised it on Monday.\n\n"
        '"It is a fair offer," the Republican senator said.\n\n'
        '"It is not," the former senator said.'
    )
    found = attribute(ArticleView.of(text), Scripted({"speaker": "none"}))
    first, *others = [q.speaker for q in found.quotes]
    assert first == "Otto Berg" and "Otto Berg" not in others


def test_a_quote_opening_the_sentence_after_the_one_naming_the_speaker_continues_it() -> None:
    text = (
        '"It was a cave," said Fair Pay, only one of many such groups faulting Ada Lind over '
        'the vote on Monday. "Most senators voted to give up the fight."'
    )
    found = attribute(ArticleView.of(text), Scripted({"speaker": "none"}))
    assert [(q.speaker, q.attribution) for q in found.quotes] == [
        ("Fair Pay", "rule"),
        ("Fair Pay", "rule"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "object_"),
    [
        ("He hopes to drive Hale from the Town Hall, saying it is time.", "the Town Hall", True),
        ("It was delivered to the leader, Anna Berg, and it said no.", "the leader", True),
        ("Ada Lind stood firmly behind Sen. Anna Berg, saying so.", "Sen. Anna Berg", True),
        # Prepositions that name a speaker.
        ("A statement from the White House said so.", "the White House", False),
        ("A press release from Ms. Berg noted it.", "Ms. Berg", False),
        ("It is late, according to the newspaper.", "the newspaper", False),
        ("As Politico reported, it is late.", "Politico", False),
        ("It was called a disaster by Anna Berg.", "Anna Berg", False),
        ("Anna Berg said so.", "Anna Berg", False),
    ],
)
def test_a_source_that_is_the_object_of_a_preposition_is_none(
    text: str, source: str, object_: bool
) -> None:
    assert speakers._object_of_preposition(text, text.index(source)) is object_


def test_a_description_by_an_office_is_the_person_it_refers_back_to() -> None:
    text = (
        "Rep. Anna Berg met Gov. Tom Hale on Monday. Berg has long opposed the plan.\n\n"
        'The first-term congresswoman went so far as to call it "a disaster for every family."'
    )
    start, end = quote_span(text)
    view = view_with(text, attribution(text, "The first-term congresswoman", (start - 20, end)))
    found = attribute(view, Scripted())
    # Not a described speaker "first-term congresswoman": the subject the sentences before give.
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Anna Berg", "learned")]


def test_a_description_by_an_office_is_no_one_named_once_in_passing() -> None:
    text = (
        "Hate alone won't do it, said Senator Anna Berg, a Democrat.\n\n"
        'The GOP nominee has called migrants "rapists" and worse.'
    )
    start = text.index('"rapists"') + 1
    end = start + len("rapists")
    view = view_with(text, attribution(text, "The GOP nominee", (start - 30, end)))
    found = attribute(view, Scripted())
    assert [q.speaker for q in found.quotes] == ["GOP nominee"]


@pytest.mark.parametrize(
    ("text", "source", "usable"),
    [
        ("And in saying why, Doe described a broken process.", "And in", False),
        ("They asked all three, each of whom echoed it.", "each of whom", False),
        ("Addressing attendees of the gala, Trump described it.", "Addressing attendees", False),
        ("Anna Berg said so.", "Anna Berg", True),
        ("Some senators said so.", "Some senators", True),
        # A possessive name after a preposition ends a source cut before its head noun.
        ("Any row about Doe\u2019s post touches it.", "Any row about Doe\u2019s", False),
        ("While Doe\u2019s call for a change draws crowds.", "While Doe\u2019s", True),
        # "who" stays a source that names nobody: the model is asked.
        ("It is Berg who said so.", "who", True),
    ],
)
def test_a_source_that_names_no_one_is_none(text: str, source: str, usable: bool) -> None:
    assert speakers._usable(text, (span(text, source),)) is usable


def test_a_preposition_s_object_that_a_relative_clause_makes_its_subject_is_a_source() -> None:
    text = "They turned to the Dover Fire Department, which reported 312 fires."
    source = (span(text, "the Dover Fire Department"),)
    assert not speakers._object_source(text, source)
    text = "It was sent to the Dover Fire Department and reported on Monday."
    assert speakers._object_source(text, (span(text, "the Dover Fire Department"),))
    text = "Republicans tore into him, with Chairman Tom Hale saying he was biased."
    assert not speakers._object_source(text, (span(text, "Chairman Tom Hale"),))
    text = "He would drive Tom Hale from the Town Hall, saying it is time."
    assert speakers._object_source(text, (span(text, "the Town Hall"),))


def test_a_quote_whose_source_is_a_preposition_s_object_takes_no_cue_a_sentence_before() -> None:
    text = (
        "Senator Anna Berg met the Acme Corporation on Monday. Berg then spoke for an hour.\n\n"
        'Its aides made a change in the platform, dropping "lethal weapons" from it.'
    )
    start, end = quote_span(text)
    before = Attribution(
        source=(span(text, "Berg then"),),
        cue=(span(text, "spoke"),),  # a cue in the sentence before the quote's
        content=(span(text, "for an hour"),),
        kind="indirect",
    )
    view = view_with(text, before, attribution(text, "the platform", (start - 2, end)))
    backend = Scripted({"speaker": "none"})
    found = attribute(view, backend)
    # Not Berg, whose cue is in the sentence before: the model is asked.
    assert found.quotes == [] and len(backend.requests) == 1


def test_a_description_by_an_office_news_often_leaves_unnamed_stays_a_description() -> None:
    text = (
        "Gov. Anna Berg met the Acme Corporation on Monday. Berg has long opposed the plan.\n\n"
        'The judge called it "a disaster for every family."'
    )
    start, end = quote_span(text)
    view = view_with(text, attribution(text, "The judge", (start - 10, end)))
    found = attribute(view, Scripted())
    assert [q.speaker for q in found.quotes] == ["judge"]


def test_a_preposition_s_object_before_a_comma_and_a_participle_is_no_source() -> None:
    text = "Many wrote alike in their letters, accusing Hale of it."
    assert speakers._object_source(text, (span(text, "their letters,"),))


@pytest.mark.parametrize(
    ("role", "written", "narrowed"),
    [
        ("Vice President", "The president", True),
        ("Secretary of State", "The White House press secretary", True),
        ("Sen.", "the former senator", True),
        ("President", "The president", False),
        ("Florida Sen.", "the Republican senator", False),
        ("Mayor", "the mayor", False),
    ],
)
def test_an_office_narrowed_by_a_word_is_another_office(
    role: str, written: str, narrowed: bool
) -> None:
    office = written.split()[-1].lower()
    assert speakers._narrowed(role, written, office) is narrowed


def test_a_congresswoman_is_the_representative_named_before() -> None:
    text = (
        "House Speaker Ada Lind is not worried about Rep. Jane Doe\u2019s post on Acme, written on "
        'Friday.\n\nThe first-term congresswoman pledged to "close that firm for good," '
        "speaking of Acme."
    )
    start, end = quote_span(text)
    view = view_with(text, attribution(text, "The first-term congresswoman", (start - 4, end)))
    found = attribute(view, Scripted())
    # Not Lind, the subject of the sentence before: "Rep." is the office of a congresswoman.
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Jane Doe", "learned")]


def test_a_cut_source_ending_in_a_possessive_gives_way_to_the_speaker_around_it() -> None:
    text = (
        "Jane Doe spoke on Monday. Any row about Ada Lind\u2019s post touches the "
        '"right of each member to vote," not the group, Doe said.'
    )
    start, end = quote_span(text)
    view = view_with(
        text,
        Attribution(
            source=(span(text, "Any row about Ada Lind\u2019s"),),
            cue=(span(text, "post touches"),),
            content=((start - 5, end + 1),),  # the innermost
            kind="mixed",
        ),
        Attribution(
            source=(span(text, "Doe said"),),
            cue=(span(text, "said."),),
            content=((span(text, "Any row")[0], end + 20),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Jane Doe", "learned")]


def test_a_recording_that_shows_a_person_speaking_gives_the_person() -> None:
    text = (
        "Rep. Jane Doe was sworn in on Thursday.\n\n"
        '"Keep at it and we gain," the footage caught Doe urging donors at Acme Hall.'
    )
    start = quote_span(text)[0]
    view = view_with(
        text,
        Attribution(
            source=(span(text, "the footage"),),
            cue=(span(text, "caught"),),
            content=((start - 1, span(text, " at Acme")[0]),),
            kind="mixed",
        ),
    )
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Jane Doe", "learned")]


@pytest.mark.parametrize(
    ("text", "source", "object_"),
    [
        # A name in apposition to a role stands where the role does.
        (
            "It was handed to the party leader, Jane Doe of Ohio, and filed.",
            "the party leader, Jane Doe of Ohio, and",
            True,
        ),
        # Not a place, nor a role that is no preposition's object.
        (
            "In the river port of Dover, Jane Doe said it was late.",
            "the river port of Dover, Jane Doe",
            False,
        ),
        ("Later the majority leader, Jane Doe, said so.", "the majority leader, Jane Doe,", False),
    ],
)
def test_a_name_in_apposition_to_a_preposition_s_object_is_no_source(
    text: str, source: str, object_: bool
) -> None:
    assert speakers._object_source(text, (span(text, source),)) is object_


def test_a_body_by_its_name_before_the_cue_is_the_source_s_subject() -> None:
    text = (
        "In a letter mentioned by the minority leader, Jane Doe, the Republicans informed "
        "Acme that they would not go on."
    )
    source = (span(text, "the minority leader, Jane Doe"), span(text, "the Republicans"))
    cue = (span(text, "informed"),)
    assert speakers._subject_of_cue(text, source, cue) == (span(text, "the Republicans"),)


def test_a_pronoun_source_with_a_contracted_verb_is_the_pronoun() -> None:
    text = (
        "Rep. Otto Berg spoke at Acme Hall on Monday.\n\n"
        'Reporters at the hall were told plainly that he\u2019s "a keen backer of the scheme" now.'
    )
    start, end = quote_span(text)
    view = view_with(text, attribution(text, "he\u2019s", (start - 1, end + 1)))
    found = attribute(view, Scripted())
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Otto Berg", "learned")]


@pytest.mark.parametrize(("part", "name"), [(" DC", False), (" N.H.", False), (" Jane Doe", True)])
def test_a_state_s_code_after_a_comma_is_no_name(part: str, name: bool) -> None:
    assert (speakers._apposed_name(part) is not None) is name


def test_a_nested_attribution_that_is_no_saying_gives_way_to_the_one_that_says_it() -> None:
    text = (
        "In a speech on Monday, Jane Doe said donors wished to learn whether Acme is "
        '"able to compete."'
    )
    end = quote_span(text)[1]
    view = view_with(
        text,
        Attribution(
            source=(span(text, "Jane Doe"),),
            cue=(span(text, "said"),),
            content=((span(text, "donors")[0], end + 1),),
            kind="mixed",
        ),
        Attribution(
            source=(span(text, "donors"),),
            cue=(span(text, "wished to"),),
            content=((span(text, "learn whether")[0], end + 1),),  # the innermost
            kind="mixed",
        ),
    )
    quote = next(q for q in detect.quotations(text).spans)
    # The donors' wish is Doe's report: the quoted words are hers.
    assert speakers._learned_source(view, quote) == (span(text, "Jane Doe")[0], "Jane Doe")


def test_a_nested_attribution_that_says_it_keeps_the_quote() -> None:
    text = 'On Monday, Jane Doe said Otto Berg called the plan "a disaster for Acme."'
    end = quote_span(text)[1]
    view = view_with(
        text,
        Attribution(
            source=(span(text, "Jane Doe"),),
            cue=(span(text, "said"),),
            content=((span(text, "Otto Berg")[0], end + 1),),
            kind="mixed",
        ),
        Attribution(
            source=(span(text, "Otto Berg"),),
            cue=(span(text, "called"),),
            content=((span(text, "the plan")[0], end + 1),),
            kind="mixed",
        ),
    )
    quote = next(q for q in detect.quotations(text).spans)
    assert speakers._learned_source(view, quote) == (span(text, "Otto Berg")[0], "Otto Berg")


def test_a_pronoun_is_no_one_its_own_sentence_names_after_it() -> None:
    text = (
        "Sen. Otto Berg met Rep. Hans Doe at Acme on Monday. Doe and Berg spoke for an hour.\n\n"
        "But Berg\u2019s plan annoyed Doe, who often talks for the union. "
        'He judged Berg\u2019s plan "a sham" and left.'
    )
    end = quote_span(text)[1]
    view = view_with(text, attribution(text, "He", (span(text, 'Berg\u2019s plan "')[0], end)))
    found = attribute(view, Scripted())
    # Not Berg, whom "He" cannot be: the sentence before's next person (a man: "Jane Doe", as
    # this case was first written, is no "he" since session 13's first names).
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Hans Doe", "learned")]


def test_he_said_is_the_person_opening_the_sentence_before_though_named_once() -> None:
    text = (
        "Former Acme chief Otto Berg met the union. Berg said the plan was dead.\n\n"
        "Hans Weber, who owned Acme through 2015, has likewise waved off the plan.\n\n"
        '"Nobody here will spend one dime on it," he said on Monday.'
    )
    found = attribute(ArticleView.of(text), Scripted())
    # Weber is named once, no actor: still the subject the sentence before gives.
    assert [(q.speaker, q.attribution) for q in found.quotes] == [("Hans Weber", "rule")]
