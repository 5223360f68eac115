from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import names
from summarizer.actors import find_actors, find_speaker, new_speaker
from summarizer.ground import find_mentions
from summarizer.names import acts, find_candidates, guess_type, is_media, same_person
from summarizer.types import Actor, Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def by_name(text: str) -> dict:  # type: ignore[type-arg]
    return {c.name: c for c in find_candidates(text)}


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

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    assert acting("Japan") and acting("Guardian")
    assert not acting("Indo-Pacific")
    assert "French" not in found and "Japanese" not in found
    assert guess_type(found["Japan"]) == "country"
    assert guess_type(found["Fumio Kishida"]) == "person"


def test_news_outlets_are_recognised() -> None:
    assert is_media("Financial Times") and is_media("Kyodo") and is_media("Guardian")
    assert not is_media("Emmanuel Macron") and not is_media("NATO")


def test_a_person_whose_surname_names_an_outlet_is_no_outlet() -> None:
    # A surname that is an outlet's own name names the person ...
    assert not is_media("Vicente Fox") and not is_media("Michael R. Bloomberg")
    assert not is_media("Tom Fox") and not is_media("Mr. Bloomberg")
    # ... but not a noun that ends an outlet's name, nor the outlet's name with that noun.
    assert is_media("Fox News") and is_media("Bloomberg News") and is_media("Washington Post")
    assert is_media("Fox") and is_media("Daily Beast") and is_media("Kansas City Star")


def test_outlets_whose_names_hold_no_media_word() -> None:
    assert is_media("The Hill") and is_media("HuffPost") and is_media("Roll Call")
    assert is_media("KBFX-TV") and is_media("the Atlantic")
    # A surname or a common word alone is no outlet, nor an acronym like a call sign.
    assert not is_media("Hill") and not is_media("Anita Hill") and not is_media("Atlantic")
    assert not is_media("WHO") and not is_media("WTO")


def test_descriptors_are_not_part_of_a_name_and_surnames_fold() -> None:
    text = (
        "Democrat Hillary Clinton met donors. Republican Donald Trump spoke later. Hillary "
        "Clinton said no. Donald Trump said yes. Trump said more. The Trump Foundation paid. "
        "The Republican National Committee met."
    )
    found = {c.name: c for c in find_candidates(text)}
    assert "Democrat" in found["Hillary Clinton"].roles
    assert "Trump" in found["Donald Trump"].aliases  # not ambiguous with the Trump Foundation
    assert "Republican National Committee" in found


def test_abbreviations_and_initials_stay_inside_a_name() -> None:
    text = (
        "Committee Chairman Rep. Jon Ruiz said no. The singer Mary J. Blige sang. Blige waved. "
        "Then Ana B. Cole of Ohio left. The Bank of Tarvia and the School of Law of Ohio "
        "State met. Mr. Ruiz spoke. Port St. Lucie voted. Charlie King said yes."
    )
    found = by_name(text)
    ruiz = found["Jon Ruiz"]
    assert ruiz.roles == ["Committee Chairman Rep."]  # "Mr." is courtesy, not a role
    assert "Mr. Ruiz" in ruiz.aliases and "Rep" not in found
    assert "Blige" in found["Mary J. Blige"].aliases  # a surname folds into a name with initials
    assert "Ana B. Cole" in found  # a person's state goes; an organisation's "of" stays
    assert "Bank of Tarvia" in found
    assert "Port St. Lucie" in found
    assert "Charlie King" in found  # a title word that ends a name after a first name is a surname
    assert "Mr. King" in by_name("Charlie King said yes. Mr. King left.")["Charlie King"].aliases


def test_a_sentence_opening_word_before_a_title_is_no_role() -> None:
    text = "Should Mr. Clarke win, the mine would close. Mr. Clarke should know that."
    found = by_name(text)
    assert found["Clarke"].roles == []
    assert "Should Mr. Clarke" not in found["Clarke"].aliases


def test_titles_of_office_are_roles_never_part_of_the_name() -> None:
    found = by_name(
        "Special Counsel Robert Mueller met House Speaker Nancy Pelosi. Controversial Arizona "
        "Sheriff Joe Arpaio and Congressman Anthony Weiner spoke. Director of National "
        "Intelligence James Clapper agreed. Senate Minority Whip Dick Durbin did not."
    )
    assert found["Robert Mueller"].roles == ["Special Counsel"]
    assert found["Nancy Pelosi"].roles == ["House Speaker"]
    assert found["Joe Arpaio"].roles == ["Controversial Arizona Sheriff"]
    assert found["Anthony Weiner"].roles == ["Congressman"]
    assert found["James Clapper"].roles == ["Director of National Intelligence"]
    assert found["Dick Durbin"].roles == ["Senate Minority Whip"]
    assert all(guess_type(c) == "person" for c in found.values())
    # A bare title names no one.
    assert "Special Counsel" not in by_name(
        "The Special Counsel said so. The Special Counsel left."
    )


def test_titles_of_local_office_the_clergy_and_the_uniformed_are_roles() -> None:
    found = by_name(
        "Councilwoman Ann Lo met Assemblyman Ted Orr and Alderman Jo Fitch. County Supervisor "
        "Lin Hart, school board Trustee Mo Diaz and Committeewoman Jo Ames spoke. "
        "Superintendent Dan Roe, Rabbi Eli Stern, Officer Tim Wren and Sgt. Ida Bell agreed. "
        "Pastor Khan served in Iraq."
    )
    roles = {name: c.roles for name, c in found.items() if c.roles}
    assert roles == {
        "Ann Lo": ["Councilwoman"],
        "Ted Orr": ["Assemblyman"],
        "Jo Fitch": ["Alderman"],
        "Lin Hart": ["County Supervisor"],
        "Mo Diaz": ["Trustee"],
        "Jo Ames": ["Committeewoman"],
        "Dan Roe": ["Superintendent"],
        "Eli Stern": ["Rabbi"],
        "Tim Wren": ["Officer"],
        "Ida Bell": ["Sgt."],
        "Khan": ["Pastor"],
    }
    assert all(guess_type(c) == "person" for c in found.values() if c.roles)


def test_a_groups_name_holds_for_and_for_the() -> None:
    found = by_name(
        "Americans for Prosperity met the Orvale Coalition for the Homeless and the Center for "
        "Dover Policy. Many Americans for years stayed home. The Senate for the first time "
        "agreed.\n"
    )
    assert {
        "Americans for Prosperity",
        "Orvale Coalition for the Homeless",
        "Center for Dover Policy",
    } <= set(found)
    assert not {"Prosperity", "Homeless", "Orvale Coalition"} & set(found)
    assert "Senate" in found


def test_a_title_word_inside_an_organisations_name_is_no_role() -> None:
    found = by_name(
        "The Defense Department and the Senate Foreign Relations Committee met on the Defense "
        "of Marriage Act."
    )
    assert {"Defense Department", "Senate Foreign Relations Committee"} <= set(found)
    assert found["Defense Department"].roles == []
    assert "Act" not in found and "Relations Committee" not in found


def test_junk_is_no_name() -> None:
    found = by_name(
        "O.K. You know what I mean. I've said it. Four people came. Representative Adam B. Schiff, "
        "Democrat of California, spoke. Though Weiner left, Obama spoke in Detroit Monday.\n"
    )
    assert not {"O.K. You", "O.K.", "You", "I've", "Four", "of California"} & set(found)
    assert "Though Weiner" not in found and "Weiner" in found
    assert "Detroit Monday" not in found and "Detroit" in found


def test_a_number_in_words_is_no_name() -> None:
    found = by_name(
        "Seventy-four percent of voters back Ada Lind. Dozens of protesters marched. Eleven states "
        "sued. Fifteen Republicans voted no. Forty-two senators wrote to Otto Roe. Three-quarters "
        "of the board agreed.\n"
    )
    assert set(found) == {"Ada Lind", "Republicans", "Otto Roe"}


def test_a_title_case_headline_gives_no_names() -> None:
    text = (
        "Roe Accuses Former Acme Clerk of Failing to Guard Town Records\n\n"
        "Mayor Roe said on Saturday that Jane Doe had failed."
    )
    found = by_name(text)
    assert "Acme Clerk of Failing" not in found and "Roe Accuses Former" not in found
    assert {"Roe", "Jane Doe"} <= set(found)


def test_forms_of_one_persons_name_fold_in_an_article() -> None:
    found = by_name(
        "Mike Elliott spoke first. Later Michael Elliott said more. Mr. Schiff agreed with "
        "Adam B. Schiff's staff, and Adam Schiff left."
    )
    assert "Michael Elliott" not in found or "Mike Elliott" not in found
    schiff = [c for c in found.values() if "Schiff" in c.name]
    assert len(schiff) == 1 and guess_type(schiff[0]) == "person"


def test_a_titled_surname_before_a_relative_is_not_the_relatives() -> None:
    found = by_name(
        "President Trump spoke. Ivanka Trump spoke later, and Trump left, Mr. Trump said."
    )
    assert "Ivanka Trump" in found and "Trump" in found
    assert "President Trump" not in found["Ivanka Trump"].aliases


def test_same_person_reads_initials_nicknames_and_suffixes() -> None:
    assert same_person("Adam B. Schiff", "Adam Schiff")
    assert same_person("Mike Elliott", "Michael Elliott")
    assert same_person("William P. Barr", "Bill Barr")
    assert same_person("K. Michael Conaway", "Michael Conaway")
    assert same_person("Hillary Rodham Clinton", "Hillary R. Clinton")
    assert same_person("Joseph R. Biden Jr.", "Joe Biden")
    assert not same_person("George W. Bush", "George H. W. Bush")
    assert not same_person("Donald Trump Jr.", "Donald Trump")
    assert not same_person("Melania Trump", "Donald Trump")
    assert not same_person("Defense Department", "Defense Department")  # no person's name


def test_a_verb_or_conjunction_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = by_name(
        "Attacking Hillary Clinton Rodham, he spoke. Whether Sanders runs is open. Sterling Brown "
        "agreed."
    )
    assert "Hillary Clinton Rodham" in found and "Attacking Hillary Clinton Rodham" not in found
    assert "Sanders" in found and "Whether Sanders" not in found
    assert "Sterling Brown" in found  # two words: no sentence verb to strip


def test_accents_do_not_split_a_name() -> None:
    assert same_person("Raúl R. Labrador", "Raul Labrador")


def test_a_common_noun_opening_a_sentence_is_no_name() -> None:
    found = by_name("Critics said so. Let them. Others agreed. Sources disagreed. Critics left.")
    assert not {"Critics", "Let", "Others", "Sources"} & set(found)
    found = by_name("The Democratic National Convention opened. Democratic National Convention.")
    assert "Democratic National Convention" in found and "National Convention" not in found


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Chinese government", "China"),
        ("Japan government", "Japan"),
        ("French government", "France"),
        ("Chinese foreign ministry", None),
        ("government", None),
        ("Acme government", None),
    ],
)
def test_a_government_is_its_country(name: str, country: str | None) -> None:
    assert names.government_of(name) == country


def test_the_government_a_statement_names_is_the_country_actor() -> None:
    text = "China warned Japan. The Chinese government is unhappy about the office."
    china = Actor(name="China", type="country", mentions=[Span(text="China", start=0, end=5)])
    assert find_speaker([china], "The Chinese government") is china
    made = new_speaker(text, [], [], "The Chinese government")
    assert made is not None and (made.name, made.type, made.aliases) == (
        "China",
        "country",
        ["Chinese government"],
    )
    assert [m.text for m in made.mentions] == ["Chinese government"]


def test_a_party_alone_its_tag_or_its_lean_is_no_name() -> None:
    text = (
        "Senator Mitt Romney, R-Utah, spoke. The Democratic leader and Democratic senators "
        "agreed. Republican-leaning states balked, and the Republican-led House Ways voted. "
        "Democrats cheered."
    )
    found = {c.name for c in find_candidates(text)}
    assert "Mitt Romney" in found and "Democrats" in found
    assert not found & {"R-Utah", "Democratic", "Republican-leaning", "Republican-led House Ways"}
    assert "House Ways" in found  # the lean goes, the name stays


def test_a_surname_with_a_particle_folds_into_the_full_name() -> None:
    text = "Kevin de León, the Senate leader, spoke. Mr. de León said he would run."
    found = {c.name: c for c in find_candidates(text)}
    assert "León" in found["Kevin de León"].aliases
    assert "León" not in found


def test_an_organisations_name_goes_on_across_and_or_to_where_it_is_a_fixed_expression() -> None:
    text = (
        "A clerk for the Democratic-run House Ways and Means Committee spoke. Jane Doe, of "
        "the National Committee to Preserve Social Security and Medicare, said no. Social "
        "Security is safe. The Securities and Exchange Commission met. Walmart and Acxiom "
        "Corporation agreed. Nancy Pelosi and House Democrats wrote. Walmart said yes. The "
        "letter went from the White House to Congress and Congress answered."
    )
    found = by_name(text)
    assert "House Ways and Means Committee" in found and "Means Committee" not in found
    assert "National Committee to Preserve Social Security and Medicare" in found
    assert "Securities and Exchange Commission" in found
    # Names that are not one: each stays apart.
    assert {"Walmart", "Acxiom Corporation", "Nancy Pelosi", "House Democrats"} <= set(found)
    assert {"White House", "Congress"} <= set(found)


def test_a_name_acted_on_in_the_passive_does_not_act() -> None:
    text = (
        "Ohio changed the disputed RFRA signed into law by Gov. Otto Roe last month. "
        "The plan was signed by the White House. The Senate signed the plan."
    )
    found = by_name(text)

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    assert not acting("RFRA")
    assert acting("Senate")  # "backed the plan": active


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = (
        "Mr. Roe, at a later stop, in Dayton, Ohio, called the plan wrong. "
        "This move led to South Korea and Japan pushing patrol boats out. Ohio voters said no."
    )
    found = by_name(text)

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    assert "Dayton" not in found  # a town with its state after it: no candidate at all
    assert acting("South Korea")  # "led to" South Korea: still who pushed the boats out


def test_a_suffix_keeps_a_person_a_person_and_the_surname_folds() -> None:
    text = (
        "Robert S. Mueller III, the special counsel, said little. Mr. Mueller filed a report. "
        "Another Republican, Sen. John Smith, spoke. Other Democrats left."
    )
    found = by_name(text)
    assert "Mueller" not in found and "Mr. Mueller" in found["Robert S. Mueller III"].aliases
    assert guess_type(found["Robert S. Mueller III"]) == "person"
    assert "Another Republican" not in found and "Other Democrats" not in found
    assert "Democrats" in found


def test_a_groups_name_is_no_persons() -> None:
    def typed(name: str) -> str:
        return guess_type(names.Candidate(name=name))

    assert typed("Virginia Democrats") == "organization"
    assert typed("Congressional Republicans") == "organization"
    assert typed("East European Coalition") == "organization"
    assert typed("New York Magazine") == "organization"
    assert typed("Virginia Foxx") == "person"
    assert typed("Christian Smith") == "person"
    assert typed("Elizabeth Banks") == "person"  # a surname, though a plural of "bank"


@pytest.mark.parametrize(
    "name",
    ["General Electric", "Dover Airlines", "Lind Technologies", "Vask Energy", "Pike Partners"],
)
def test_a_companys_name_is_no_persons(name: str) -> None:
    # "General Electric" parses as a first name and a surname; its last word says a company.
    assert guess_type(names.Candidate(name=name)) == "organization"


def test_a_group_acting_in_a_relative_clause_a_list_or_with_its_web_domain_acts() -> None:
    text = (
        "The mayor met employers, including the retailer Widgetco, which complained loudly. "
        "He faced critics like Mr. Brandt who said the plan failed. The bank, the union and "
        "Novantis all urged a veto. Groups such as Fairplay.org began urging members to call. "
        "Keep Pensions Whole has railed against cuts. The Tenant League repeated its "
        "objection. Ann Voss is pushing the group to accept the cuts. Riverside Partners, a firm "
        "with offices in ten states, similarly panned the deal. The Budget Commission drafted "
        "a plan. Senate Liberals unveiled a bill."
    )
    found = by_name(text)

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    for name in (
        "Widgetco",  # ", which complained"
        "Brandt",  # "who said"
        "Novantis",  # "… all urged"
        "Fairplay",  # "Fairplay.org began urging"
        "Keep Pensions Whole",  # "has railed"
        "Tenant League",  # "repeated its objection"
        "Ann Voss",  # "is pushing"
        "Riverside Partners",  # ", a firm …, similarly panned"
        "Budget Commission",  # "drafted"
        "Senate Liberals",  # "unveiled"
    ):
        assert acting(name), name


def test_a_group_only_mentioned_does_not_act() -> None:
    text = (
        "The plan, which Widgetco sells, is old. Nobody trusts Fairplay.org now. "
        "The bill drafted by the Budget Commission passed."
    )
    found = by_name(text)

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    assert not acting("Widgetco") and not acting("Fairplay") and not acting("Budget Commission")


def test_a_countrys_abbreviation_opening_an_organisations_name_stays_in_it() -> None:
    found = by_name("He quoted the U.S. Conference of Catholic Bishops on the budget.")
    assert "U.S. Conference of Catholic Bishops" in found
    assert "Conference of Catholic Bishops" not in found
    assert guess_type(found["U.S. Conference of Catholic Bishops"]) == "organization"


def test_a_programmes_name_is_no_persons() -> None:
    # Two capitalised words look like a person's name; "Security" says they are not one, so
    # no "he said" near "Social Security" can make it a speaker.
    for name in ("Social Security", "Strengthen Social Security", "Homeland Security"):
        assert guess_type(names.Candidate(name=name)) == "organization", name
    assert guess_type(names.Candidate(name="Susan Collins")) == "person"


def test_a_title_word_after_a_title_and_a_given_name_is_a_surname() -> None:
    found = by_name(
        "He met Sen. Angus King of Maine. Saudi King Salman met NATO Secretary "
        "General Jens Stoltenberg. Rep. Steve King left."
    )
    assert found["Angus King"].roles == ["Sen."]
    assert found["Steve King"].roles == ["Rep."]
    assert found["Salman"].roles == ["Saudi King"]
    assert found["Jens Stoltenberg"].roles == ["NATO Secretary General"]


def test_a_title_word_after_a_middle_initial_is_a_surname() -> None:
    """Session 19, from a PolNeAR train reading: "Representative Peter T. King of New York"
    was the actor "York"."""
    found = by_name("Representative Peter T. King of New York spoke. Ann B. King of Ohio left.")
    assert found["Peter T. King"].roles == ["Representative"]
    assert "Ann B. King" in found
    assert "York" not in found


def test_a_group_named_by_its_leaning_is_a_candidate_and_acts_where_shown_acting() -> None:
    text = (
        "Liberal groups such as Fairplay.org have urged their backers to phone. Later, progressive "
        "and tenant advocacy groups said the bill was dead. Reporters met conservative "
        "activists at noon."
    )
    found = by_name(text)
    assert {"liberal groups", "progressive and tenant advocacy groups"} <= set(found)
    assert "Liberal groups" in found["liberal groups"].aliases
    assert guess_type(found["liberal groups"]) == "organization"

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    assert acting("liberal groups")  # "… such as Fairplay.org have urged"
    assert acting("progressive and tenant advocacy groups")
    assert not acting("conservative activists")  # only met: no actor


def test_who_after_an_organisation_is_about_someone_else() -> None:
    text = "He sacked a clerk at the State Department who told us to quit. Mr. Brandt who said no."
    found = by_name(text)

    def acting(name: str) -> bool:
        spans = [(m.start, m.end) for m in find_mentions(text, found[name].forms)]
        return acts(text, found[name], spans)

    assert not acting("State Department") and acting("Brandt")


def test_a_surname_goes_to_the_person_whose_title_it_shares() -> None:
    found = by_name(
        "Representative Duncan Hunter was indicted. Mr. Hunter denied it. His father, Duncan "
        "Hunter Jr, left Congress. Congressman Hunter spoke. Sen. Ted Kennedy's widow, "
        "Victoria Kennedy, was mentioned. Sen. Kennedy had held the seat."
    )
    assert {"Hunter", "Mr. Hunter", "Congressman Hunter"} <= set(found["Duncan Hunter"].forms)
    assert "Sen. Kennedy" in found["Ted Kennedy"].forms
    assert "Hunter" not in found and "Kennedy" not in found


def test_a_surname_goes_to_a_surname_before_a_first_word() -> None:
    # "Blumenthal Bombshell" (a headline's words) is no host for "Blumenthal"; "Dick" is
    # Richard's nickname; a titled surname before the full name joins it where the title says.
    found = by_name(
        "Richard Blumenthal spoke. Mr. Blumenthal left. The Blumenthal Bombshell story ran. "
        "Dick was there. President Obama spoke. Later President Barack Obama left."
    )
    assert {"Blumenthal", "Mr. Blumenthal", "Dick"} <= set(found["Richard Blumenthal"].forms)
    assert "President Obama" in found["Barack Obama"].forms
    assert "Dick" not in found and "Obama" not in found


def test_a_titled_surname_before_a_full_name_without_the_title_stays_apart() -> None:
    found = by_name("President Trump spoke. Melania Trump waved. Trump left.")
    assert "Trump" in found and "President Trump" not in found["Melania Trump"].forms


def test_a_first_name_alone_is_no_one_s_when_two_people_have_it() -> None:
    found = by_name("Seth Hutchinson spoke. Seth Meyers joked. Seth laughed.")
    assert "Seth" not in found["Seth Hutchinson"].forms and "Seth" not in found["Seth Meyers"].forms


def test_apostrophes_inside_and_after_a_name() -> None:
    found = by_name(
        "Texas Rep. Beto O\u2019Rourke spoke. O'Rourke left. Rourke demanded a report. "
        "Defense Secretary Jim Mattis\u2019 plan was read. Mattis\u2019 aides agreed."
    )
    assert {"O'Rourke", "Rourke"} <= set(found["Beto O\u2019Rourke"].forms)
    assert "Mattis" in found["Jim Mattis"].forms
    assert not any(name.endswith(("\u2019", "'")) for name in found)


def test_a_title_word_inside_a_name_splits_nothing_off() -> None:
    found = by_name(
        "General Electric agreed. The General Assembly met; the assembly voted. Our National "
        "Defense Strategy holds. Or Vice Versa? Martin Luther King Jr. spoke. Justice Kennedy "
        "wrote. Senate President Pro Tem David Long spoke."
    )
    assert {"General Electric", "General Assembly", "National Defense Strategy"} <= set(found)
    assert not {"Electric", "Assembly", "Strategy", "Versa", "Jr"} & set(found)
    assert found["Kennedy"].roles == ["Justice"]
    assert "David Long" in found


def test_a_surname_that_is_a_word_after_a_title_is_the_person_named_in_full() -> None:
    # "brown", "rice" and "king" are written in lower case too: the title written short, or
    # the full name the article writes, says the word is a surname.
    found = by_name(
        "Sen. Sherrod Brown of Ohio opposed the bill. Sen. Brown spoke for an hour. A brown "
        "envelope came. Condoleezza Rice spoke. Secretary Rice said rice exports would fall. "
        "Rep. Steve King spoke; Mr. King left. The king of Jordan came."
    )
    assert {"Sen. Brown", "Secretary Rice", "Mr. King"} & set(found) == set()
    assert "Sen. Brown" in found["Sherrod Brown"].forms
    assert "Secretary Rice" in found["Condoleezza Rice"].forms
    assert "Mr. King" in found["Steve King"].forms
    # Still no name after a full title before an organisation's word written in lower case.
    assert "Justice Department" in by_name("The Justice Department spoke. The department")


def test_words_that_are_no_names() -> None:
    found = by_name(
        "CORRECTION: This article said otherwise. South Bend, Ind., Mayor Pete Buttigieg spoke. "
        "Former GOP presidential nominee Mitt Romney spoke. Thomas J. "
        "Bliley Jr. Reaching out, he left. W. Douglas Parker wrote. Nanette "
        "Lee Miller of Acme L.L.P. said so."
    )
    assert not {"CORRECTION", "Ind", "GOP"} & set(found)
    assert {"Pete Buttigieg", "Mitt Romney", "Thomas J. Bliley Jr.", "W. Douglas Parker"} <= set(
        found
    )
    assert "Nanette Lee Miller" in found


def test_a_town_written_with_its_state_is_no_candidate() -> None:
    found = by_name(
        "Albany, N.Y., Mayor Kathy Sheehan spoke. The plant in Mesa, Arizona, closed. "
        "Bernie Sanders, Vermont, said so. Mesa officials agreed. Peoria, Ill., was quiet."
    )
    assert not {"Albany", "Peoria", "N.Y."} & set(found)
    assert {"Kathy Sheehan", "Bernie Sanders", "Mesa"} <= set(found)  # Mesa: also alone


def test_a_group_with_a_descriptor_is_no_person() -> None:
    found = by_name(
        "Conservative Republicans objected. Republican Jane Doe agreed. Rep. Jim Jordan spoke."
    )
    assert guess_type(found["Republicans"]) == "organization"
    assert guess_type(found["Jane Doe"]) == "person"
    assert guess_type(found["Jim Jordan"]) == "person"  # Jordan: also a country's name


def test_a_plural_title_before_a_list_is_each_names_role() -> None:
    text = (
        "The note came from former Sens. John Ashcroft, Kit Bond and Jim Talent. Arizona's "
        "senators, John McCain and Jeff Flake, posted. Three state senators — Adam Driggs and "
        "Bob Worsley — relented. Jane Roe and Mary Major left later."
    )
    found = by_name(text)
    assert found["Kit Bond"].roles == ["Sens."] and found["Jim Talent"].roles == ["Sens."]
    assert found["Jeff Flake"].roles == ["senators"]
    assert found["Bob Worsley"].roles == ["state senators"]
    assert found["Jane Roe"].roles == [] and found["Mary Major"].roles == []
    actors = {a.name for a in find_actors(text, list(found.values()))}
    assert {"Kit Bond", "Jeff Flake", "Adam Driggs"} <= actors


def test_an_apposition_may_hold_a_dotted_name() -> None:
    text = "Marc Benioff, the chief executive of Salesforce.com, said he would cancel events."
    found = by_name(text)
    spans = [(m.start, m.end) for m in find_mentions(text, found["Marc Benioff"].forms)]
    assert acts(text, found["Marc Benioff"], spans)


def test_a_middle_name_written_first_is_the_same_person() -> None:
    assert same_person("Seddique Mateen", "Omar Mir Seddique Mateen")
    assert same_person("Rodham Clinton", "Hillary Rodham Clinton")
    assert not same_person("W. Bush", "George W. Bush")  # an initial is no first name
    assert not same_person("Bill Clinton", "Hillary Rodham Clinton")
    found = by_name("Debbie Wasserman Schultz spoke. Wasserman Schultz left. Schultz waved.")
    assert {"Wasserman Schultz", "Schultz"} <= set(found["Debbie Wasserman Schultz"].forms)


def test_an_outlet_named_short_is_the_one_outlet_named_in_full() -> None:
    found = by_name("The New York Times reported it. The Times said so. NATO agreed.")
    assert "Times" in found["New York Times"].forms and "Times" not in found
    found = by_name("The New York Times and the Los Angeles Times reported it. Times said.")
    assert "Times" in found  # two outlets end in it: no one's


def test_a_plural_title_before_a_list_of_examples_is_each_ones() -> None:
    text = "Romney cited former Ohio senators like Jim Able, Kit Baker and Jon Carr."
    found = {c.name: c.roles for c in find_candidates(text)}
    assert found["Kit Baker"] == ["senators"] and found["Jon Carr"] == ["senators"]


def test_a_title_before_a_name_is_no_acronym_of_its_own() -> None:
    text = "Walmart is based in the state. CEO Doug McMillan called for a veto."
    names = {c.name for c in find_candidates(text)}
    assert "CEO" not in names and "Doug McMillan" in names


@pytest.mark.parametrize(
    ("masked", "runs"),
    [
        # Not past a country, a state or the Capitol, nor a name already joined.
        ("The Senate Armed Services Committee on Iraq met.",
         ["The Senate Armed Services Committee", "Iraq"]),
        ("The House Judiciary Committee on Capitol Hill met.",
         ["The House Judiciary Committee", "Capitol Hill"]),
        ("Obama spoke. The Center for American Progress and Obama backed it.",
         ["Obama", "The Center for American Progress", "Obama"]),
    ],
)  # fmt: skip
def test_an_organisations_name_goes_on_past_for_only_as_a_fixed_name(
    masked: str, runs: list[str]
) -> None:
    assert [run for _, run in names._joined_runs(masked)] == runs


def test_a_hyphenated_surname_alone_is_the_full_names() -> None:
    found = by_name("Rep. Jane Smith-Doe spoke on Monday. Smith-Doe said no.")
    assert set(found) == {"Jane Smith-Doe"}
    assert "Smith-Doe" in found["Jane Smith-Doe"].aliases


def test_an_office_of_an_organisation_before_a_name_is_a_role() -> None:
    found = by_name("Former Speaker of the House Jane Doe spoke on Monday. Doe said no.")
    assert set(found) == {"Jane Doe"}
    assert found["Jane Doe"].roles == ["Former Speaker of the House"]
    assert guess_type(found["Jane Doe"]) == "person"
    found = by_name("Secretary of Homeland Security Jane Doe spoke. Doe said no.")
    assert set(found) == {"Jane Doe"}
    assert found["Jane Doe"].roles == ["Secretary of Homeland Security"]
    found = by_name("The President of the United States Jane Doe spoke.")
    assert set(found) == {"Jane Doe"}
    assert found["Jane Doe"].roles == ["President of the United States"]
    found = by_name("The Speaker of the House Zorn Doe spoke on Monday.")
    assert set(found) == {"Zorn Doe"}
    assert found["Zorn Doe"].roles == ["Speaker of the House"]
    # With no title before it, a committee's name and a name stay one organisation's name.
    assert "House Intelligence Committee Jane Doe" in by_name(
        "The House Intelligence Committee Jane Doe met."
    )


def test_the_office_before_a_name_is_no_part_of_its_mention() -> None:
    """ "(Speaker of the) House Jane Doe": the run opens with the office's organisation, the
    object of its "of"; the name's mention starts at the name, so no rule reads the name as
    the object of that "of" (the subject rule passed over "House Newt Gingrich" for it)."""
    text = "Former Speaker of the House Jane Doe spoke on Monday."
    (doe,) = find_candidates(text)
    assert doe.name == "Jane Doe"
    assert doe.forms == ["Jane Doe"]
    assert doe.first == text.index("Jane")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of the Treasury Otto Vask spoke.", "Otto Vask", "Secretary of the Treasury"),
        (
            "Chairman of the Federal Reserve Otto Vask spoke.",
            "Otto Vask",
            "Chairman of the Federal Reserve",
        ),
        (
            "Minister of Foreign Affairs Otto Vask spoke.",
            "Otto Vask",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_offices_of_the_treasury_the_reserve_and_affairs_are_roles(
    text: str, name: str, role: str
) -> None:
    """Treasury, Reserve and Affairs are organisations' words: the office ends there and the
    person's name follows (not "Treasury Otto Vask", "Affairs Otto Vask")."""
    found = by_name(text)
    assert set(found) == {name}
    assert found[name].roles == [role]


def test_a_quoted_nickname_takes_no_surname() -> None:
    found = by_name('Secretary John Doe, nicknamed "Mad Dog Doe," spoke. Doe said no.')
    assert "Doe" in found["John Doe"].aliases and "Doe" not in found


def test_a_priest_s_title_is_a_role_and_a_legislature_no_person() -> None:
    found = by_name("Jesuit Father John Doe said it was wrong. Father Doe left.")
    assert set(found) == {"John Doe"}
    assert "Father" in found["John Doe"].roles
    found = by_name("The Acme Legislature passed the bill on Monday.")
    assert guess_type(found["Acme Legislature"]) == "organization"


def test_a_surname_without_its_accents_is_the_full_names() -> None:
    found = by_name("Sen. Jane Dóe spoke on Monday. Doe said no. Ms. Dóe agreed.")
    assert set(found) == {"Jane Dóe"}
    assert {"Doe", "Ms. Dóe"} <= set(found["Jane Dóe"].aliases)


def test_a_quoted_nickname_inside_a_name_splits_nothing() -> None:
    found = by_name('Acme picked former Chief of Staff John "Jo" Doe. Doe said yes.')
    assert set(found) == {"Acme", "John Doe"}
    assert "Doe" in found["John Doe"].aliases


def test_an_employer_after_of_goes_from_a_persons_name() -> None:
    found = by_name("John Doe of Roe Zorn spoke on Monday. Mr. Doe said no.")
    assert set(found) == {"John Doe"}
    assert "Mr. Doe" in found["John Doe"].aliases


def test_a_slogan_holding_a_surname_is_no_host_of_it() -> None:
    found = by_name("John Doe spoke. The Anybody But Doe group met. Mr. Doe said no.")
    assert "Mr. Doe" in found["John Doe"].aliases and "Doe" not in found


def test_a_pronoun_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = by_name("John Doe spoke. Everything Doe says is false. Say Acme Corp. refused.")
    assert "Everything Doe" not in found and "Say Acme Corp." not in found


def test_an_organisation_word_in_the_plural_names_an_organisation() -> None:
    found = by_name(
        "Doe Industries and the Roe Institution said on Monday that Zorn Services agreed."
    )
    assert {guess_type(c) for c in found.values()} == {"organization"}


# A capitalised word joined to a lower-case participle or agent noun describes the name after it
# (names._COMPOUND_DESCRIPTOR), and a descriptor alone is no title that keeps a name written
# before the full one apart from it (session 13).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oscar-winning actress Zola Berg spoke on Monday.", {"Zola Berg"}),
        (
            "Liberal Oscar-winner Berg is unsure.\n\n"
            "Oscar-winning actress Zola Berg spoke on Monday. Berg said no.",
            {"Zola Berg"},
        ),
        ("The Texas-based Acme Corp. sued Orbis on Monday.", {"Acme Corp", "Orbis"}),
        ("Rep. Alexandria Ocasio-Cortez spoke on Monday.", {"Alexandria Ocasio-Cortez"}),
        ("Roe ended So-called Zorb Vouchers on Monday.", {"Roe", "So-called Zorb Vouchers"}),
    ],
)
def test_a_compound_descriptor_is_no_part_of_a_name(text: str, expected: set[str]) -> None:
    assert set(by_name(text)) == expected


def test_a_title_before_any_full_name_still_keeps_it_apart() -> None:
    assert set(by_name("President Roe spoke. Jane Roe waved.")) == {"Roe", "Jane Roe"}


def test_sentence_adverbs_and_pronouns_open_no_name() -> None:
    """Session 19, from junk actors of PolNeAR train rule readings ("Nobody", "Perhaps Russia",
    "Interestingly Blocher", "Absent Trump")."""
    found = by_name(
        "Nobody opposed him. Perhaps Canada will object. Interestingly Otto Roe, a farmer, "
        "spoke. Absent Jane Doe derides the debate. Waverly Crenshaw was confirmed."
    )
    assert "Nobody" not in found
    assert "Canada" in found and "Perhaps Canada" not in found
    assert "Otto Roe" in found and "Jane Doe" in found
    assert "Waverly Crenshaw" in found


def test_a_place_joined_to_a_title_across_of_is_no_part_of_it() -> None:
    # "the defeat in Virginia of Rep. Eric Cantor": the role is "Rep.", not "Virginia of Rep.".
    found = by_name("Voters cheered the defeat in Dover of Rep. Otto Lind on Tuesday.")
    assert found["Otto Lind"].roles == ["Rep."]
    assert "Rep. Otto Lind" in found["Otto Lind"].aliases
    assert not any("Dover" in form for form in found["Otto Lind"].forms)
    # A title that takes "of" stays whole.
    found = by_name("The Secretary of State Ada Vask spoke.")
    assert found["Ada Vask"].roles == ["Secretary of State"]


def test_an_epithet_before_a_name_is_no_role() -> None:
    found = by_name("Voters met Crooked Ada Vask on Monday. Mrs. Vask left.")
    assert found["Ada Vask"].roles == [] and "Crooked Ada Vask" in found["Ada Vask"].aliases
    # A descriptor that says what a person is stays her role.
    assert by_name("Billionaire Ada Vask spoke.")["Ada Vask"].roles == ["Billionaire"]


def test_an_employers_possessive_is_no_part_of_a_persons_name() -> None:
    # "Fox News' Bret Baier", "Reuters' Luciana Lopez": the person, without the outlet.
    found = by_name("Dover News\u2019 Ivelka Vask asked the mayor. Vask said the fair was fine.")
    assert "Ivelka Vask" in found and "Dover News\u2019 Ivelka Vask" not in found
    assert "Vask" in found["Ivelka Vask"].aliases


def test_a_us_state_is_never_typed_a_person() -> None:
    # Two capitalised words look like a person's name, and a word before a name may be taken for
    # a role ("Former Ohio Gov. …"): a state is still no person (session 43).
    for name, roles in (("New Jersey", []), ("North Carolina", []), ("Ohio", ["Former"])):
        candidate = names.Candidate(name=name, aliases=[], roles=roles, first=0)
        assert names.guess_type(candidate) == "organization"
    person = names.Candidate(name="Ada Jersey", aliases=[], roles=[], first=0)
    assert names.guess_type(person) == "person"


def test_a_saints_city_is_no_person() -> None:
    # "Paul" and "Louis" are first names; "St." before one makes a city's name.
    text = "The mayors of Dover and St. Paul spoke. Ada Roe flew to St. Louis. Paul Roe stayed."
    found = {c.name: c for c in find_candidates(text)}
    assert guess_type(found["St. Paul"]) == "organization"
    assert guess_type(found["St. Louis"]) == "organization"
    assert guess_type(found["Paul Roe"]) == "person"


def test_a_cause_for_a_place_is_one_groups_name() -> None:
    # "Democracy for America", "Freedom for Immigrants": a cause written before "for" names a
    # group, where the text never writes the cause alone.
    found = by_name(
        "\u201cIt was a cave,\u201d said Democracy for America. Progress for Orvale Workers "
        "agreed. Ada Roe said that democracy is fragile."
    )
    assert {"Democracy for America", "Progress for Orvale Workers"} <= set(found)
    assert "America" not in found
