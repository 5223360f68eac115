"""Quote speakers the reporting-verb rules name by a pronoun or a document: "he said" is the
person the sentences before make the subject, a letter speaks for those who wrote it."""

from __future__ import annotations

import pytest

from summarizer import names
from summarizer import speakers as speaker_steps
from summarizer.actors import find_actors
from summarizer.article_view import ArticleView
from summarizer.attribution import Attribution as Found
from summarizer.speakers import Attribution, attribute_quotes
from summarizer.types import Actor, Span
from tests.test_extract import Scripted
from tests.test_steps import asker_for


def speakers(text: str) -> list[str]:
    view = ArticleView.of(text)
    view.__dict__["attributions"] = []  # the rules alone, not the taggers
    return speakers_of(view)


def speakers_of(view: ArticleView) -> list[str]:
    candidates = names.find_candidates(view.text)
    actors = find_actors(view.text, candidates)
    found: Attribution = attribute_quotes(
        view, actors, candidates, asker_for(view, Scripted({"speaker": "none"}))
    )
    return [q.speaker for q in found.quotes]


def test_he_said_is_the_subject_of_the_sentence_before_not_its_object() -> None:
    text = (
        "Senator Chris Coons of Delaware slammed Senator Mitch McConnell on Monday for "
        "refusing to negotiate.\n\n"
        '"This senseless shutdown is hurting millions of Americans," he said.'
    )
    assert speakers(text) == ["Chris Coons"]


def test_a_pronoun_before_the_quote_refers_to_a_name_before_the_pronoun() -> None:
    text = (
        "Senator Marco Rubio praised the deal on Monday.\n\n"
        'He said President Donald Trump made "a very reasonable offer" to the Democrats.'
    )
    assert speakers(text) == ["Marco Rubio"]


def test_a_sentence_opening_with_the_pronoun_is_passed_over() -> None:
    text = (
        "Senator Barry Rand later issued a statement on Friday.\n\n"
        "He said the group opposes the cuts that Senator Paul Smith wants. "
        '"We are fighting proposals to cut benefits," he said.'
    )
    assert speakers(text) == ["Barry Rand"]


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = (
        "Members of the group called for Senator Ada Lind to stand strong, when Senator Otto "
        "Berg suggested a deal.\n\n"
        '"The negotiations will continue," he said.'
    )
    assert speakers(text) == ["Otto Berg"]


def test_a_letter_speaks_for_those_the_article_says_sent_it() -> None:
    text = (
        "A group of nearly 90 professors and administrators connected to the school has sent "
        "Senator Paul Ryan a letter saying he is wrong.\n\n"
        '"We appreciate your willingness to talk," the letter states.'
    )
    assert speakers(text) == ["nearly 90 professors and administrators"]


def test_a_letter_speaks_for_those_who_signed_it() -> None:
    text = (
        "The criticism comes in a letter released Tuesday and signed by dozens of faculty "
        "members at Georgetown, the university in Washington.\n\n"
        'The letter says, "We would be remiss if we did not challenge you."'
    )
    assert speakers(text) == ["faculty members at Georgetown"]


def test_a_group_that_sent_a_letter_is_no_author_by_itself() -> None:
    text = (
        "The group sent a letter to Senator Paul Ryan on Monday.\n\n"
        '"We would be remiss if we did not challenge you," the letter says.'
    )
    assert speakers(text) != ["group"]


def test_a_learned_source_ends_where_a_cue_of_its_own_starts() -> None:
    text = (
        "Senator Paul Ryan spoke on Monday. The writers acknowledge that he has a point but "
        'say it is "not a free pass to dismantle government" at all.'
    )
    view = ArticleView.of(text)
    quote = text.index("not a free"), text.index('" at all')
    writers = text.index("The writers")
    acknowledge = text.index("acknowledge")
    view.__dict__["attributions"] = [
        Found(
            source=((writers, acknowledge + len("acknowledge")),),
            cue=((text.index("say it"), text.index("say it") + 3),),
            content=(quote,),
            kind="mixed",
        ),
        Found(
            source=((writers, acknowledge - 1),),
            cue=((acknowledge, acknowledge + len("acknowledge")),),
            content=((acknowledge + 12, text.index(" but")),),
            kind="indirect",
        ),
    ]
    assert speakers_of(view) == ["writers"]


def test_a_learned_pronoun_source_is_the_subject_before_it_a_possessive_too() -> None:
    text = (
        "Senator Kristen Gillibrand called it a bad deal. Then there was Senator Bob "
        "Menendez's response. He bluntly accused Senator Ada Lind of forcing "
        '"a pointless shutdown" on Monday.'
    )
    view = ArticleView.of(text)
    he = text.index("He bluntly")
    view.__dict__["attributions"] = [
        Found(
            source=((he, he + 2),),
            cue=((he + 3, he + 18),),
            content=((text.index("a pointless"), text.index('" on Monday')),),
            kind="mixed",
        )
    ]
    assert speakers_of(view) == ["Bob Menendez"]


def test_she_is_no_person_the_article_calls_mr() -> None:
    text = (
        '"We met," Mr. Bob Berg said.\n\n"It went well," Ms. Ada Lind said.\n\n'
        '"No comment," Mr. Otto Kay said.\n\n'
        "Mr. Berg thanked Ms. Lind and Mr. Kay on Monday.\n\n"
        '"It was a useful meeting," she said.'
    )
    assert speakers(text)[-1] == "Ada Lind"


def test_a_him_after_a_name_shows_no_gender_of_it() -> None:
    text = (
        "Mr. Otto Kay spoke first. Senator Claire McCaskill scolded him: "
        '"The scientific community is against you," she said.'
    )
    assert speakers(text) == ["Claire McCaskill"]


def test_a_person_with_a_place_in_apposition_is_the_speaker_not_the_place() -> None:
    text = (
        "Bishop Daniel Jenky, of Peoria, Ill., said in a homily that the president was "
        '"following a similar path" as the worst of them.'
    )
    assert speakers(text) == ["Daniel Jenky"]


def test_he_after_a_surname_two_people_share_is_the_one_named_in_full_last() -> None:
    text = (
        "Gov. Asa Lind signed the bill on Monday. His son works for a union.\n\n"
        '"I love my dad," Seth Lind said.\n\n'
        "Mr. Lind has not always disagreed with his father.\n\n"
        '"I grew up on the campaign trail," he said.'
    )
    assert speakers(text) == ["Seth Lind", "Seth Lind"]


def test_a_name_after_under_is_no_subject() -> None:
    text = (
        "General Norman Ham retired two years ago.\n\n"
        "While he felt demoralized serving under President Barack Obama, Ham also noted other "
        'things. "We were paying ransom," he said.'
    )
    assert speakers(text) == ["Norman Ham"]


def test_a_quote_right_after_one_a_letter_speaks_continues_it() -> None:
    text = (
        "A group of nearly 90 professors and administrators connected to the school has sent "
        "Senator Paul Ryan a letter saying he is wrong.\n\n"
        '"We appreciate your willingness to talk," the letter states. "However, we would be '
        'remiss if we did not challenge you."'
    )
    assert speakers(text) == ["nearly 90 professors and administrators"] * 2


def test_footage_of_a_person_saying_a_quote_is_that_person_speaking() -> None:
    text = (
        "Senator Ada Lind has a new campaign ad about Governor Bob Berg.\n\n"
        'The spot ends with footage of Bob Berg saying during the debate, "That makes me smart."'
    )
    assert speakers(text) == ["Bob Berg"]


def test_letters_to_a_body_saying_a_quote_are_not_that_body_speaking() -> None:
    text = (
        "The bishops wrote several letters to Congress saying "
        '"a just budget cannot rely on cuts to the poor."'
    )
    assert "Congress" not in speakers(text)


def test_a_name_opening_the_quotes_sentence_comes_before_a_cue_in_the_sentence_before() -> None:
    text = (
        "Republican lawmakers praised the president for his offer. "
        "Senate Leader Mitch McConnell, for instance, commended the president "
        '"for taking bipartisan steps."'
    )
    view = ArticleView.of(text)
    praised = text.index("praised")
    view.__dict__["attributions"] = [
        Found(
            source=((0, len("Republican lawmakers")),),
            cue=((praised, praised + 7),),
            content=((praised + 8, text.index(" for his")),),
            kind="indirect",
        )
    ]
    assert speakers_of(view) == ["Mitch McConnell"]


def test_a_pronoun_in_the_next_sentence_attributes_no_quote_in_this_one() -> None:
    text = (
        "Senator Ada Lind is no friend of the bill.\n\n"
        'Democrats say that argument does not wash and call the bill "toxic" legislation that '
        "allows discrimination. They said they warned Republicans."
    )
    assert speakers(text) == ["Democrats"]


def test_a_described_speaker_with_a_name_in_apposition_is_that_name() -> None:
    text = (
        "One candidate, Scott Smith, opposed the bill. Another candidate, Doug Ducey, the state "
        'treasurer, qualified his view, saying that he would then "bring together all the '
        'interested parties."'
    )
    assert speakers(text) == ["Doug Ducey"]


def test_a_role_of_a_described_speaker_with_a_name_is_that_name() -> None:
    text = (
        "Republicans welcomed the report.\n\n"
        '"We are pleased with the report," said the president\u2019s personal attorneys Rudy '
        "Giuliani and Jay Sekulow in a joint statement."
    )
    assert speakers(text) == ["Rudy Giuliani"]


def test_a_capitalised_word_of_a_description_is_no_name() -> None:
    text = (
        "Senator Harry Reid spoke on the floor.\n\n"
        '"We already have things on the calendar," said the Democratic staffer, noting the queue.'
    )
    assert speakers(text) == ["Democratic staffer"]


def test_a_statement_speaks_for_the_one_who_said_it_in_the_statement() -> None:
    text = (
        "Presumptive nominee Donald Trump issued a call for President Obama to resign.\n\n"
        '"Obama refused to say the words," Trump said in a statement released by his campaign.'
        '\n\n"We are not going to have a country anymore," the statement continued.'
    )
    assert speakers(text) == ["Donald Trump", "Donald Trump"]


def test_a_letter_speaks_for_those_who_wrote_in_it() -> None:
    text = (
        "Democrats want access to the report.\n\n"
        "In a joint letter from the chairs of six committees in the U.S. House of "
        "Representatives, Democrats wrote they expect Attorney General William Barr to make the "
        'report public.\n\n"The public is entitled to know what the Special Counsel has found," '
        "the letter said."
    )
    assert speakers(text) == ["Democrats"]


def test_a_joint_statement_of_two_named_people_speaks_for_the_first() -> None:
    text = (
        'Sen. Kirsten Gillibrand (D-N.Y.) said that the report should be released "without '
        'delay," and House Speaker Nancy Pelosi (D-Calif.) and Senate Minority Leader Chuck '
        "Schumer (D-N.Y.) released a joint statement in agreement.\n\n"
        '"Attorney General Barr must not give the president a sneak preview," the joint '
        "statement said."
    )
    assert speakers(text)[-1] == "Nancy Pelosi"


def test_they_is_the_body_the_sentences_before_make_the_subject_not_a_person() -> None:
    text = (
        "Every Senate Republican has signed onto a letter vowing to block all legislation.\n\n"
        "Throwing down the gauntlet, all 42 members of the caucus are sending the letter to "
        "Senate Majority Leader Harry Reid warning him that they will stop the chamber.\n\n"
        '"We cannot agree to prioritize any matters above funding the government," they wrote.'
    )
    assert speakers(text) == ["Every Senate Republican"]


def test_a_learned_source_the_group_is_the_organisation_named_last_before_it() -> None:
    text = (
        "The National Rifle Association plans to launch an ad campaign against President Barack "
        'Obama. The group\u2019s first ad called Obama an "elitist hypocrite" for his security.'
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "The group\u2019s first ad"),
            cue=_spans(text, "called"),
            content=_spans(text, 'Obama an "elitist hypocrite"'),
            kind="mixed",
        )
    ]
    assert speakers_of(view) == ["National Rifle Association"]


def test_a_rule_speaker_the_union_stays_described_as_news_gold_writes_it() -> None:
    text = (
        "The Association of Flight Attendants endorsed Hillary Clinton on Friday.\n\n"
        '"Secretary Clinton has opened the door for women," the union wrote.'
    )
    assert speakers(text) == ["union"]


def test_they_is_no_body_that_is_one_thing() -> None:
    text = (
        "Senator Chuck Grassley and Senator Patrick Leahy want changes.\n\n"
        "The program EB-5 has expanded well beyond its original intent, they say. "
        '"We need reform now," they said.'
    )
    assert "EB-5" not in speakers(text)


@pytest.mark.parametrize("opening", ["", "The budget was cut. ", '"It is over." '])
def test_they_is_the_officials_a_sentence_opens_with(opening: str) -> None:
    text = (
        f"{opening}Officials met on Monday to discuss the plan with Mayor Dan Ortiz.\n\n"
        '"We cannot fund it," they said.'
    )
    assert speakers(text) == ["officials"]


@pytest.mark.parametrize("body", ["Goldman Sachs", "CBS", "Reuters"])
def test_they_is_no_company_outlet_or_acronym_that_looks_plural(body: str) -> None:
    text = (
        f"{body} said on Monday that the merger would close, and Senate Republicans vowed to "
        "block it.\n\n"
        '"The merger is dead," they said.'
    )
    assert speakers(text) == ["Senate Republicans"]


@pytest.mark.parametrize(
    ("name", "many"),
    [
        ("Senate Republicans", True),
        ("House Democrats", True),
        ("Teamsters", True),
        ("CEOs", True),
        ("Every Senate Republican", True),
        ("Security Council", True),
        ("Association of Flight Attendants", True),
        ("Goldman Sachs", False),
        ("CBS", False),
        ("Reuters", False),
        ("Federal Bureau of Prisons", False),
        ("Congress", True),
        ("Texas", False),
    ],
)
def test_a_body_of_many_by_its_name(name: str, many: bool) -> None:
    assert speaker_steps._collective(name) is many


def _spans(text: str, *parts: str) -> tuple[tuple[int, int], ...]:
    return tuple((text.index(p), text.index(p) + len(p)) for p in parts)


def test_a_learned_source_in_parts_is_the_name_right_before_its_cue() -> None:
    text = (
        "Representative Jackie Speier, Democrat of California, said Vice President Joe Biden "
        "had informed lawmakers during a two-hour briefing on Monday that there are "
        '"19 independent steps that the president can take."'
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "Representative Jackie Speier", "Vice President Joe Biden"),
            cue=_spans(text, "had informed"),
            content=_spans(
                text, 'that there are "19 independent steps that the president can take."'
            ),
            kind="mixed",
        )
    ]
    assert speakers_of(view) == ["Joe Biden"]


def test_a_learned_source_part_that_is_no_subject_is_passed_over() -> None:
    text = (
        "Senator Ada Lind made similar demands and retweeted the news along with three words: "
        '"See you Sunday."'
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "Senator Ada Lind", "three"),
            cue=_spans(text, "words:"),
            content=_spans(text, "See you Sunday."),
            kind="direct",
        )
    ]
    assert speakers_of(view) == ["Ada Lind"]


def test_they_after_two_bodies_named_at_one_place_is_one_of_them() -> None:
    text = 'Senate Republicans wrote the letter.\n\n"We stand by our letter," they said.'
    view = ArticleView.of(text)
    view.__dict__["attributions"] = []
    at = Span(start=0, end=18, text="Senate Republicans")
    actors = [
        Actor(name="Senate Republicans", type="organization", mentions=[at]),
        Actor(name="Republicans", type="organization", mentions=[at]),
    ]
    found = attribute_quotes(view, actors, [], asker_for(view, Scripted({"speaker": "none"})))
    assert [q.speaker for q in found.quotes] == ["Senate Republicans"]


def test_a_learned_source_running_into_a_clause_is_the_name_it_opens_with() -> None:
    text = (
        "Representative Tom Smith sponsored the amendments.\n\nDemocrats also put down an "
        "attempt by Republicans to divide the caucus with a resolution expressing the sense "
        'that "allowing illegal immigrants the right to vote devalues the franchise."'
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "Republicans to divide the caucus with a resolution"),
            cue=_spans(text, "expressing the sense"),
            content=_spans(text, 'that "allowing illegal immigrants the right to vote'),
            kind="mixed",
        )
    ]
    assert speakers_of(view) == ["Republicans"]


def test_a_body_which_wrote_a_quote_speaks_it() -> None:
    text = (
        "The letter quotes the U.S. Conference of Catholic Bishops, which wrote several letters "
        'to Congress saying "a just framework for future budgets cannot rely on cuts."'
    )
    assert speakers(text) == ["U.S. Conference of Catholic Bishops"]


def test_a_quote_ending_its_sentence_is_attributed_by_a_verb_with_a_time_after_it() -> None:
    text = (
        "President Trump went after Huma Abedin on Tuesday.\n\n"
        '"She put Classified Passwords into the hands of foreign agents. Jail!" Trump tweeted '
        "early Tuesday."
    )
    assert speakers(text) == ["Trump"]


def test_a_quote_ending_its_sentence_is_no_speech_of_the_next_sentences_subject() -> None:
    text = (
        "Senator Ada Lind spoke first.\n\n"
        '"We will not back down." Senator Otto Berg said it would fail.'
    )
    assert speakers(text) != ["Otto Berg"]


def test_a_learned_source_part_after_that_is_the_name_it_ends_with() -> None:
    text = (
        "Representative Todd Akin spoke to Mike Huckabee. He later confirmed that vice "
        'presidential candidate Paul Ryan called him and told him to "give some thought to '
        'stepping down."'
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "He", "that vice presidential candidate Paul Ryan"),
            cue=_spans(text, "called"),
            content=_spans(text, 'him and told him to "give some thought to stepping down."'),
            kind="mixed",
        )
    ]
    assert speakers_of(view) == ["Paul Ryan"]


def test_a_learned_source_of_role_words_and_a_name_is_the_name_not_its_place() -> None:
    text = (
        "Senator Marco Rubio spoke at the barn.\n\n"
        '"I do not know exactly where he stands on that," said undecided Republican voter '
        "Stephanie Hooton of Derry, N.H., before the event."
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "undecided Republican voter Stephanie Hooton of Derry, N.H"),
            cue=_spans(text, "said"),
            content=_spans(text, '"I do not know exactly where he stands on that,"'),
            kind="direct",
        )
    ]
    [speaker] = speakers_of(view)
    assert speaker.startswith("Stephanie Hooton")  # the actor as names.py finds it


def test_a_one_word_name_after_role_words_gives_way_to_the_apposed_name() -> None:
    text = (
        "Another leading Dem, Sen. Kristen Gillibrand of New York, who announced her bid on "
        'Tuesday, said the offer was a "bad deal."'
    )
    view = ArticleView.of(text)
    view.__dict__["attributions"] = [
        Found(
            source=_spans(text, "Another leading Dem, Sen. Kristen Gillibrand of New York,"),
            cue=_spans(text, "said"),
            content=_spans(text, 'the offer was a "bad deal."'),
            kind="mixed",
        )
    ]
    assert speakers_of(view) == ["Kristen Gillibrand"]


def test_they_is_a_group_the_sentence_before_describes_by_a_plural_role() -> None:
    text = (
        "Mitt Romney added his voice after five past and present Missouri Republican senators "
        "urged Representative Todd Akin to step aside. In a statement released Tuesday "
        'afternoon, they said his presence does not serve "the national interest."\n\n'
        '"The issues at stake are too big," they said.'
    )
    assert speakers(text) == ["Missouri Republican senators", "Missouri Republican senators"]


def test_a_learned_they_is_no_group_described_by_a_plural_role() -> None:
    text = (
        "The plan has flaws, policy experts say, including a provision they fear.\n\n"
        "A document on the Trump campaign's website states that couples qualify only if their "
        'marriage is "recognized under state law," language that could bar many parents.'
    )
    view = ArticleView.of(text)
    they = text.index("they fear")
    view.__dict__["attributions"] = [
        Found(
            source=((they, they + 4),),
            cue=_spans(text, "states"),
            content=_spans(text, 'marriage is "recognized under state law,"'),
            kind="mixed",
        )
    ]
    assert "experts" not in speakers_of(view)
