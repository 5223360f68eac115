"""Which side an actor takes, when a word of stance says it plainly: "France has firmly opposed
the plan", "We are not in favor". Anything less plain is left to the model.

The words are in `lexicon/stance_words.tsv`, the patterns made of them in `patterns.py`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import lexicon, stance_nouns
from .detect import Sentence
from .patterns import (
    AGENCY,
    AGENT,
    AUX,
    BY_AGENT,
    CHANGE,
    CLAUSE_BREAK,
    CONDITIONAL,
    DESCRIBED_NEXT,
    FIRST_PERSON,
    FIRST_PERSON_WORD,
    GATHERED,
    GROUP_ROLES,
    INTRODUCTION,
    ISSUE_WORD,
    MAIN_CLAUSE,
    MEMBER_NOUN,
    MIXED,
    MODIFIES,
    NEGATION,
    NO_COMMENT,
    NON_ISSUE_OBJECT,
    NOT_PLAIN_BEFORE,
    OPPOSE,
    PARTY_TAG,
    PASSED_INTO,
    PASSIVE_BY,
    POLL,
    POSSESSIVE,
    POSSESSIVE_END,
    PROVOKING,
    REPORTED_SUBJECT,
    SAYING,
    SHARE_OF,
    STANCE_CUE,
    SUBORDINATE_OPENS,
    SUPPORT,
    SUPPORT_FROM,
    SUPPORT_NOUN,
    THAT,
    TO_VERB,
    TOLD_TO_WHEN,
    UNSPOKEN,
    US_STATES,
    VERBS,
    VIOLENCE_BARE,
    VIOLENT_OBJECT,
    WISH,
    alternation,
    phrases,
    stance_agent,
)

# Whether words name the article's issue (stances.py builds it from the topic's words).
OnIssue = Callable[[str], bool]

EARLY_CHARS = 60  # a mention this close to the sentence's start is early
# Every word of stance, of whatever side: a sentence holding one may show a side being taken.
# A noun of stance with its object ("a critic of", "supporters of") is one too (stance_nouns.py).
STANCE_NOUN = re.compile(rf"\b{stance_nouns.NOUN}\s+(?:of|for)\b", re.IGNORECASE)
STANCE_WORDS = (STANCE_CUE, OPPOSE, SUPPORT, MIXED, NO_COMMENT, STANCE_NOUN)

# The agent of a measure's making: "an amendment sponsored by Senator Otto Roe", "The levy
# bill was first pushed by the Ohio Policy Center", "the budget authored by Mr. Roe": it backs
# the measure (the name, with any title, follows the "by"); not "was not endorsed by".
_MEASURE_BY = re.compile(
    r"\b(?:agreement|amendment|bill|budget|deal|law|legislation|measure|plan|proposal|"
    r"resolution|act)s?\b(?:\s+(?!(?:not|never)\b)[\w-]+){0,3}?\s*,?\s+"
    r"(?:(?:was|were|is|are|being|been|has|had)\s+)*"
    r"(?:(?:first|originally|largely|jointly)\s+)?"
    r"(?:sponsor|introduc|propos|author|draft|written|wrote|unveil|champion|push|endors|craft)"
    r"\w*\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_PREPOSITIONS = lexicon.words("prepositions")
# Prepositions that put another actor's name in a phrase of this actor's clause ("an office in
# Tokyo"), unless a relative clause about it follows ("from Mr. Schultz, who …").
_IN_A_PHRASE = frozenset({"in", "at", "on", "for", "to", "of"})
# The shares of a group before "of whom" that make its relative clause the group's own:
# "Republicans, many of whom reject new fees".
_SHARES_OF_WHOM = ("many", "most", "some", "all", "several", "both")
# A relative clause about a person, a body or a group: its subject ("Mayor Doe of Dover, who
# voted against the deal", "Sen. Roe (R-Ky.), who backs the deal", "Acme, which said that the
# measure was unfair", "Republicans, many of whom reject new fees").
_WHO = re.compile(
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?"
    rf"(?:\s*\((?:{PARTY_TAG}|[DRI])\))?\s*,\s*"
    rf"(?:who|(?P<which>which)|{alternation(_SHARES_OF_WHOM)}\s+of\s+whom)\s+"
    r"(?!\w+ed\s+by\b)"
)
# A relative clause whose subject is another ("Clinton, who he's supporting"): the actor its
# object.
_WHOM_ANOTHER = re.compile(
    r"\s*,\s*(?:who|whom)\s+(?:he|she|they|we|I|you)(?:[\u2019'](?:s|re|ve|d|ll|m))?\s"
)
_RELATIVE = re.compile(r"\s*,?\s*(?:who|which|whose|whom)\b")
# A relative clause of each of the names joined before it: "Roe, Lee and Pike, all of whom …".
_WHOLE_LIST = re.compile(r"\s*,\s*(?:all|both|each)\s+of\s+whom\s+(?!\w+ed\s+by\b)")
# A relative clause of the actor that tells an earlier side ("Roe, who had championed the levy,
# …", "who long opposed it", "who once backed it"): its past, not its side now.
_EARLIER = re.compile(
    r"(?:had|(?:has|have)\s+long|long|once|previously|initially|originally|formerly|at\s+first)"
    r"\s+(?:\w+ly\s+)?",
    re.IGNORECASE,
)
# Asking another actor to act: "urged Akin to …", "called on the Senate to …", "calling for Gov.
# Brewer to …".
# A capitalised word of a title before a name: "Gov.", "Senate", "Majority".
_TITLE_WORD = r"(?:[A-Z][\w-]*\.?\s+)"
_ASKS = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for))\s+(?:the\s+)?"
    rf"(?-i:{_TITLE_WORD}{{0,3}})$",
    re.IGNORECASE,
)
# What may stand between "calling for" and the name it asks of: an article, a title.
_TITLE_LEFT = re.compile(rf"\s*(?:the\s+)?{_TITLE_WORD}{{0,3}}")
_TITLES_AT_END = re.compile(rf"{_TITLE_WORD}{{1,3}}$")
# "calling for" another actor: what is asked of it follows ("calling for Gov. Brewer to veto").
_CALL_FOR = re.compile(r"call(?:s|ed|ing)?\s+for$", re.IGNORECASE)
# A call on someone to go ("called on Weber to drop out", a word of support in the lexicon):
# with a topic known, support where the going is the issue ("whether Akin should drop out"), a
# move against them where they are ("Trump vs. Obama"), else read as before (`_going_side`).
_GOING_ASKED = re.compile(
    r"(?:call(?:s|ed|ing)?\s+(?:on|for)|urg\w*|press\w*|push\w*|ask\w*)\s+"
    r"(?P<who>(?:[\w.\u2019'-]+\s+){1,3}?)to\s+"
    r"(?P<going>drop\s+out|exit|give\s+up|quit|resign|step\s+(?:aside|down)|withdraw)\b",
    re.IGNORECASE,
)
# Others' guess at what the actor will do, or their claim about it: "speculation that Doe will
# veto the bill", "the lawsuit claims that Acme favors men", "it's likely that Doe doesn't yet
# have the votes for an endorsement", "there was no risk that Doe would have to choose" (the
# last two since session 58, from PolNeAR train samples), "there's no guarantee that the next
# class of Democratic senators will all support" (session 59, from one).
_GUESSED = re.compile(
    r"\b(?:speculation|expectations?|rumou?rs?|possibility|predictions?|guess(?:es)?|bets?|"
    r"chances?|odds|likelihood|probability|risks?|dangers?|guarantees?|certainty|assurances?|"
    r"likely|unlikely|possible|impossible|probable|improbable|doubtful|"
    r"claims?|claimed|claiming|alleg\w*|accusations?|warn(?:s|ed|ing)?|charg(?:es|ed|ing)|"
    r"suggest(?:s|ed|ing)|impl(?:y|ies|ied|ying)|insinuat\w*|"
    # "there is no other evidence in the e-mails that Mr. Morell himself objected" (session 60)
    r"evidence|proof|indications?|signs?)\s+"
    r"(?:[\w-]+\s+){0,3}?that\s*$",
    re.IGNORECASE,
)
# Only a linking verb between the actor and a word that judges the issue: the actor is its
# subject, what is judged ("Garland looks dead on arrival", "the nominee is a disaster").
_LINKED_TO = re.compile(
    r"[\s,]*(?:(?:\w+ly|now|still|already|just)\s+)?"
    r"(?:is|was|are|were|be|been|looks?|looked|seems?|seemed|appears?|appeared|remains?|"
    r"remained|becomes?|became)\s+(?:(?:\w+ly|now|still|already|just|to\s+be)\s+){0,2}",
    re.IGNORECASE,
)
# A failure to act, a few words before a stance word: it is not done ("failed to back the bill",
# "failed three times to refuse the endorsement of …"; not "Roe, who failed to win, opposes").
_FAILED_TO = re.compile(
    r"\bfail(?:s|ed|ing|ure)?\s+(?:\w+\s+){0,2}?to\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)
# A clause that opens with a guess right before the actor: "Perhaps Russia will oppose it".
_HEDGED = re.compile(r"\s*(?:perhaps|maybe|possibly|presumably)\s+(?:the\s+)?", re.IGNORECASE)
# ", and" before a name may open a clause of its own: "Pelosi rejected it, and Schumer …".
_AND_CLAUSE = re.compile(r",\s+and\b")
_POSSESSIVE_S = re.compile(r"[\u2019']s\b")
# The last of several subjects that act together: "the mayor, the chamber and Acme all urged …";
# the list before it may run past 8 words and name other actors.
_ALL_OF_THEM = re.compile(rf"\s+{AUX}(?:all|both|jointly|together)\s+{AUX}(?:{AGENCY})\b")
_LAST_CONJUNCT = re.compile(r"\band\s+(?:[\w\u2019'-]+\s+){0,4}$")
# The opening of a next clause of the same subject, up to its verb: "but (later) backed off".
# (`later`: a word of time, after which the other side is a change of mind.)
_TURN = re.compile(
    r"\s*(?:(?:(?P<later>then|later|soon|quickly|eventually|(?:has|have|had)\s+since)|also"
    r"|at\s+the\s+same\s+time)\s+)?"
)
# A verb of seeming before a word of both ways: "but sounded equivocal".
_SEEMING = re.compile(r"(?:sound|seem|appear|look)(?:s|ed)?\s+(?:more\s+|rather\s+)?")
# An apposition right after the actor (and its party in parentheses), before its clause goes
# on in lower case: ", a co-sponsor of the levy, opposed it", " (R), a co-sponsor of the bill,
# reversed himself"; not one with a clause of its own (`_CLAUSE_IN`: "a Republican who …").
_APPOSED_SIDE = re.compile(
    r"\s*(?:\([^()\n]{1,30}\))?\s*,\s+(?:an?|the)\s+[^,;:\u201c\u201d\"()]{1,80}?,(?=\s+[a-z])"
)
_CLAUSE_IN = re.compile(
    r"\b(?:who|whom|whose|which)\b|(?<!\bin )(?<!\bof )(?<!\bon )(?<!\bat )(?<!\bby )\bthat\b"
)
# Conceding a point to the other side: "pushed back …, but at the same time acknowledged …".
_CONCEDE = re.compile(r"(?:acknowledg|conced|admit)\w*", re.IGNORECASE)
# The same subject turning as a pronoun, up to its verb: "but it (also) worries", "but he
# (still) opposes".
_PRONOUN_TURN = re.compile(
    r"\s*(?:he|she|it|they|we)\s+(?:(?:also|still|now|later|remains?|is|are|was|were)\s+)*",
    re.IGNORECASE,
)
_WORRY = re.compile(r"(?:worr(?:y|ies|ied)|fears?|feared|(?:is|are|was|were)\s+concerned)\b")
# A name's capitalised words; the name another actor is written with, at the start of the words
# after a stance word; and a possessive right before it ("his Syria decision": the name
# modifies what is owned).
_NAME_WORDS = r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*"
_NAME_OPENS = re.compile(rf"\s*{_NAME_WORDS}")
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
# Words that describe the one backed or opposed before its name: "endorsed Republican
# presidential candidate Sen. Ted Cruz", "used to support fellow Kentuckian Rand Paul"
# (opposition too since session 58: "castigated Republican presidential candidate Donald Trump").
_DESCRIBED_LEFT = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:(?:(?-i:[A-Z])[\w.-]*|"
    + phrases(
        lexicon.words("titles")
        | lexicon.words("descriptors")
        | {"fellow", "former", "nominee", "hopeful", "rival", "incumbent"}
        | {"presidential", "mayoral", "gubernatorial", "congressional", "senatorial"}
    )
    + r")\s+){1,5}",
    re.IGNORECASE,
)
# What may stand between a stance word and another actor that is its object ("slammed
# McConnell", "praised the senator Jane Doe").
_OBJECT_LEFT = re.compile(r"\s*(?:(?:the|a|an|against|on|at|with)\s+)*(?:[a-z]+\s+)?")
# A question asked, not a side taken: "asked him whether passing the levy was a mistake", "Will
# you back the bill?" (the stance word's own sentence ends in a question mark).
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
# A question put to another about its side: "asking Sanders why he has criticized …", "asked
# her if she backs …": the side asked about is the other's, not the asker's (but "Roe, asked
# why she opposes it, said": she was asked, about her own).
_ASKED_WHY = re.compile(
    r"\bask(?:s|ed|ing)?\s+(?!by\b)(?:[\w\u2019'-]+\s+){1,4}?(?:why|if|how|what)\b",
    re.IGNORECASE,
)
# The actor as the object of a verb that describes it: "has characterized Putin as", "painted
# him as": what follows is the describer's view.
_DESCRIBED = re.compile(
    r"\b(?:characteri[sz]\w*|describ\w*|portray\w*|paint(?:s|ed|ing)?|depict\w*|label\w*|"
    r"brand(?:s|ed|ing)|cast(?:s|ing)?)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A poll's finding about the actor, not its act: "a poll showed Ms. Doe as the best liked".
_POLL = re.compile(POLL, re.IGNORECASE)
_ASKED = re.compile(r"[^.!?\u201c\u201d\"]*\?")
# A poll's share as the subject of a verb of saying after it: "45 percent of registered voters
# nationwide (said)", "a majority of Republicans (say)".
_SHARE_SAYS = re.compile(
    r"(?:\b\d[\d,.]*\s*(?:percent|per\s+cent|%)|\b(?:a\s+)?(?:majority|plurality|minority))"
    r"\s+of\s+[^,;]*$",
    re.IGNORECASE,
)
# What support is given to when it is a move against the issue: "called for a boycott", "backs
# a veto of the bill", "called for Roe to resign"; "signed a ban on the practice", "called for
# the repeal of the levy", "backs a moratorium on drilling" (`move`: a ban, a repeal or a
# moratorium may itself be the issue, `_against_move`).
_AGAINST_MOVE = re.compile(
    r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:boycotts?|vetoe?s?|(?P<going>resignation|ouster)"
    r"(?P<whose>\s+of\s+(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){0,3}(?-i:[A-Z])[\w.\u2019'-]*)?"
    r"|(?P<move>bans?|repeal|moratori(?:um|ums|a)))\b"
    # someone's going: "a call for President Roe to resign", "called for him to step down"
    r"|\s+(?P<who>him|her|them|(?-i:[A-Z])[\w.\u2019'-]*(?:\s+(?-i:[A-Z])[\w.\u2019'-]*){0,3})"
    r"\s+to\s+(?P<goes>resign|step\s+down|quit)\b",
    re.IGNORECASE,
)
# A name's possessive right before a word of stance (a noun, then): the stance is that
# name's, not the actor's ("rejected Mr. Roe's call for a ban", "cited Acme's strong
# opposition to the levy"); not a verb past the possessive's noun ("went on Mr. Roe's show to
# oppose"). The actor's own possessive leads no clause (`_leads`). A common noun's too ("hoping
# the popular governor's endorsement will be a boost"), a plural's ("tracks Americans' support":
# session 59, from PolNeAR dev), not a word such as "it's" or "that's".
_ANOTHERS = re.compile(
    r"(?:(?-i:[A-Z])[\w.&-]*|\b(?!(?:it|that|what|there|here|he|she|who|let|where|how|one)\b)"
    r"(?-i:[a-z])[\w-]*)(?:[\u2019']s|(?<=s)[\u2019'])\s+"
    r"(?:(?!(?:to|and|or|but|who|which|that|is|was|are|were|has|had)\b)[a-z][\w-]*\s+"
    r"|(?-i:[A-Z])[\w.-]*\s+){0,2}$"
)
# The actor's own head noun in the possessive, a noun of its people: "the Khan family's
# criticism" is the Khans' (but "the GOP nominee's support" is not the GOP's).
_OWN_HEAD_POSSESSIVE = re.compile(
    r"\s*(?:family|families|group|team|camp|clan|household)[\u2019']s\s"
)


def _anothers(before: str) -> bool:
    """Whether another's possessive stands right before the stance word (`_ANOTHERS`), not the
    actor's own head noun's."""
    found = _ANOTHERS.search(before)
    if found is None:
        return False
    own = _OWN_HEAD_POSSESSIVE.match(before)
    return not (own and found.start() == len(before) - len(before.lstrip()))


# Those the actor joins in an act, named as its object ("joined several other Republicans
# Tuesday in calling on Akin to quit", "joined a chorus of Democrats demanding …"): the act is
# the actor's too, so their name does not end its clause.
_JOINED_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_JOINED_IN = re.compile(r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?,?\s+(?:in\s+)?[a-z]+ing\b")
# A relative clause about a noun after the actor ("a baker who was ordered …", "a client who
# wanted her cakes"): what it tells is that noun's doing, not the actor's. No comma before
# it: one after a comma may be about the actor itself (`_WHO`), as is "whom" after "of" in it
# ("Roe, Lee and Pike, all of whom opposed …").
_THEIR_RELATIVE = re.compile(
    r"(?<![,\s])"
    + "".join(rf"(?<!\b{word} of)" for word in _SHARES_OF_WHOM)
    + r"\s+(?:who|whom|whose|which)\b"
)
# "that" before its verb ("was the biggest donor to the super PAC that backed Walker"); inside
# the actor's apposition it may be about the actor ("Third Way, a moderate group that has
# favored cuts").
# Also before a modal after a plural noun of people or bodies that act ("has super PACs that
# will make the case for him": session 61, a PolNeAR train sample); not after a measure's noun,
# whose clause says what is backed ("supports measures that would repeal the levy").
_AGENTS_THAT = sorted({*GROUP_ROLES, *lexicon.entries("member_nouns"), "allies", "pacs", "unions"})
_THEIR_THAT = re.compile(
    r"(?<![,\s])\s+that(?=\s+(?-i:[a-z])\w*(?:ed|s)\b)"
    r"|(?i:" + "|".join(rf"(?<=\b{noun})" for noun in _AGENTS_THAT) + ")"
    r"\s+that(?=\s+(?:will|would|could|can|may|might|should|must)\b)"
)
# "which" after a comma, past an apposition of the actor ("Shelton, the president of the union,
# which endorsed Sanders"): about the apposition's noun, a thing or a body, not the actor.
_WHICH_PAST_APPOSITION = re.compile(r"(?<=[\w.]),\s+which\b")
# The same after a comma, about a person, group or thing the clause names after its verb ("is
# targeting black voters, who have backed her", "to the states' white electorates, which favor
# Roe"), where no apposition follows the actor; but not "which" with a pronoun, the actor's own
# act on that thing ("made no effort to introduce a carbon tax, which he favors").
_OBJECTS_RELATIVE = re.compile(
    r"(?<=[a-z]),\s+(?:who|whom|whose|which(?!\s+(?:he|she|they|it|we|I)\b))\b"
)
# Whose plan: "the", "its", "the NFU's" (`_PLAN_TO`, `_PLAN_AFTER`).
# A name and its possessive: "Trump's", "the Obama Administration's".
_POSSESSOR = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[\u2019']s\s+"
_OWNER = rf"(?:(?:the|a|an|its|his|her|their)\s+)?(?:{_POSSESSOR})?"
# A plan the stance word is about, told by what it is to do: "the NFU's plan to post armed
# guards", "a proposal to cut benefits", "a plan, set up by Roe, to visit Oslo". Whether that
# is the issue is `on_issue`'s to say.
_PLAN_TO = re.compile(
    rf"\s+(?:(?:to|of|on|for|against)\s+)?{_OWNER}(?:[\w-]+\s+)?"
    r"(?:plan|proposal|idea|effort|push|call|bid)s?"
    r"(?:,\s+[a-z-]+\s+(?:up\s+|out\s+)?by\s+[^,]{1,40},)?"  # ", set up by Roe,": whose
    r"\s+to\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,7})"
)
# Another's act the stance word is about, not told what it does: "condemnation against Trump's
# move this week", "criticized Roe's decision", "balking at China's slow-motion colonization of
# the South China Sea" (session 59, from PolNeAR dev, on "Global warming"). On a topic it does
# not name, a side on the act is no side on the topic: the act may be for it or against it.
_ANOTHERS_ACT = re.compile(
    r"\s+(?:(?:to|of|on|for|against)\s+)?(?:the\s+)?"
    rf"(?P<act>{_POSSESSOR}(?:[\w-]+\s+)?"
    r"(?:move|action|decision|order|announcement|step|colonization|occupation|annexation"
    r"|expansion|buildup|build-up|incursion|invasion|aggression|crackdown|conduct|behavio(?:u)?r"
    r"|treatment|handling)s?)\b(?!\s+(?:to|not)\b)"
)
# A name in apposition to the mention before it: ", (Representative) <name> (of Place)(D-Ga.),".
_APPOSITIVE_OPEN = re.compile(r",\s+(?:[A-Z][\w.]*\s+){0,2}")
_APPOSITIVE_CLOSE = re.compile(
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?(?:\s*\([^)]{1,12}\))?\s*,"
)
# Someone's words under the actor's label for them: "deriding what she called "scaremongering"
# from the plan's critics" (as `NON_ISSUE_OBJECT`, the words are no issue).
_CALLED_NON_ISSUE = re.compile(
    r"\s+(?:(?:at|on|of)\s+)?what\s+\w+\s+(?:called|calls|described\s+as|termed|dubbed)\s+"
    rf"[\"\u201c]?(?:[\w-]+\s+)?{phrases(lexicon.entries('stance_non_issues'))}\b",
    re.IGNORECASE,
)
# A change of mind in a quotation is the speaker's when the speaker is the subject, no other
# subject between: "I apologize", "we have changed our minds"; not "I hope he will
# apologize", "I think Roe should apologize", "I hope the senator apologizes" (a pronoun, a name
# or a noun phrase between: another subject).
_OTHER_SUBJECT = (
    r"(?i:he|she|they|you|it|him|her|them|the|this|that|these|those|his|their|its|everyone|"
    r"everybody|someone|somebody|anyone|anybody|nobody|no\s+one)\b|(?!I\b)[A-Z]"
)
_OWN_SUBJECT = re.compile(rf"{FIRST_PERSON_WORD}\W+(?:(?!{_OTHER_SUBJECT})\w+\W+){{0,3}}$")
# A noun of support or opposition and the thing it is for, after its preposition: "support for
# the show", "opposition to the levy"; a person's or a body's name (capitalised, or blanked out
# as another actor's) is a side taken: only a lowercase object is checked.
_STANCE_NOUN_WORD = re.compile(r"support|backing|opposition", re.IGNORECASE)
# An act ("support for raising the levy") is a measure's: not checked.
_NOUN_OBJECT = re.compile(
    r"\s+(?:for|of|to)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?![a-z]+ing\b)(?P<object>\S.*)"
)
# "Pushed back" and what against: "pushed back on the plan", "pushed back Friday against it".
_PUSHED_BACK = re.compile(r"push\w*\s+back", re.IGNORECASE)
_PUSHED_AGAINST = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:against|on|at)\b", re.IGNORECASE)
# An apology: a change of mind on what it is for, which may not be the issue.
_APOLOGY = re.compile(r"apologi[sz]", re.IGNORECASE)
_NOTHING_TO = re.compile(r"\b(?:anything|nothing)\s+to\s+$", re.IGNORECASE)
# A form of "be" or "get" right before a stance word: "has been criticized for", "got blocked";
# the stance word is done to the subject (with "by" after it, `BY_AGENT` says so).
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# ... unless the participle is an attitude of the subject's: "is opposed to", "was committed to",
# "were disappointed".
_ATTITUDE = re.compile(
    r"(?:\w+(?<!ed)\b|\w+ed\s+(?:to|of|about|with)\b|(?:opposed|committed|determined|pleased|"
    r"disappointed|dissatisfied|outraged|encouraged|concerned|troubled|dismayed|appalled|disgusted|"
    r"thrilled|delighted|inclined|convinced|prepared)\b)",
    re.IGNORECASE,
)
# A quotation opened after a colon or a comma ("emphasized, “Radical Islam advocates hate …”";
# not the closing mark of "on “Face the Nation,” where he defended …"): the words of the clause
# that introduces it stop there and go on after its closing mark.
_QUOTE_OPENS = re.compile(r"(?::\s*|,\s+)(?P<mark>[\"\u201c])(?=\S)")
# After a verb of saying and its quotation (blanked out), the subject's next act: ", and".
# Or past whom it wrote or spoke to: "wrote to the mayor and voiced its opposition". Not "and"
# opening another's clause ("wrote to the mayor and the council voted …"): a verb comes next.
_THEN_AND = re.compile(
    r"(?:\s+(?:to|with)\s+(?:the\s+)?(?:[\w.\u2019'-]+\s+){0,3}?[\w.\u2019'-]+)?"
    r"[\s:,]*,?\s*and\s+(?!(?:the|a|an|he|she|it|they|we|you|his|her|its|their|this|that|"
    r"these|those|there)\b)(?=[a-z])"
)
# "a great deal" as a quantity ("learned a great deal", "there is a great deal at stake"), not
# a deal judged ("this is a great deal", "that's a good deal").
_QUANTITY_DEAL = re.compile(
    r"(?:\bthere\s+(?:is|was|\u2019s|'s)|\b(?!(?:is|was|are|were|be|been|being|s)\b)[a-z]+)"
    r"\s+a\s+(?:great|good)\s+deal$",
    re.IGNORECASE,
)
# A stance word in another sense: an advantage ("in Sanders' favor", "in his favor"), a good
# turn ("return the favor"), a part ("a supporting role", "supporting documents").
_FAVOUR_WORD = re.compile(r"favou?rs?\b(?!\s+(?:of|for)\b)", re.IGNORECASE)
# Before "favor", what makes it a thing owned or done, not a side: "in his", "in Sanders'", "the".
_BEFORE_A_FAVOUR = re.compile(
    r"\bin\s+(?:[A-Z][\w.-]*[\u2019']s?|his|her|their|its|our|my|your)\s+$|\b(?:the|a)\s+$"
)
_SUPPORTING_PART = re.compile(
    r"supporting\s+(?:role|cast|actor|actress|character|part|evidence|documents?|materials?|"
    r"players?)s?\b",
    re.IGNORECASE,
)
# "support" in a noun that names a thing, no side: "a rural support base", "support staff" ("the
# wind at our backs" is the lexicon's, with the other senses of "back"); nor sympathy: "our
# support goes out to the victims".
_SUPPORT_AS_NAME = re.compile(
    r"support\s+(?:base|staff|network|system|group|service|payment|worker|team)s?\b|"
    r"support\s+(?:goes|go|went)\s+out\s+to\b|"
    r"endorsement\s+(?:list|deal|contract|money|fee|income)s?\b",
    re.IGNORECASE,
)
# What follows "as opposed to" is what the actor does not do: no stance word there is its side.
_AS_OPPOSED_TO = re.compile(r"\bas\s+opposed\s+to\b", re.IGNORECASE)

# A plural noun right before a stance word in the actor's clause is its subject, or the word
# describes it: "when black voters were backing Clinton", "outspent by groups supporting her"
# (auxiliaries, "not" and adverbs may come between; `_other_subject` says when it is not). A
# singular noun is not taken: "briefs in the case supporting Acme", "approved a resolution
# condemning" are the actor's.
_NOUN_SUBJECT = re.compile(
    r"(?<!-)\b(?!(?:his|hers|its|this|has|was|is|as|us|always|perhaps|thus|news|politics|less|"
    r"unless|plus|across|whereas|yes|miss)\b)(?P<noun>[a-z][a-z]+[^s\W]s)\s+"
    r"(?:(?:are|were|is|was|have|had|has|been|be|being|will|would|also|now|still|not|already|"
    r"\w+ly)\s+){0,3}$"
)
# What an actor makes, in the singular: its documents and its measures ("filed briefs
# supporting the levy", "ran ads attacking the plan").
_PRODUCTS = frozenset(
    {*lexicon.used_by("roles", "document"), *lexicon.words("stance_objects"), "ad", "brief"}
)
# Words in -s that are verbs, not plural nouns: "the region does not welcome", "Roe says".
_VERB_IN_S = re.compile(
    rf"(?:{AGENCY}|{alternation(lexicon.entries('verb_auxiliaries'))}|does|goes|seems|appears|"
    r"remains|becomes|needs|means|makes|takes|gives|tries|helps|continues|looks|gets|keeps|"
    r"avoids)",
    re.IGNORECASE,
)
# A noun joined to the actor by "and": "Roe and her allies have criticized", "Roe and other
# members protested".
_JOINED_NOUN = re.compile(r"\band\s+(?:[a-z][\w-]*\s+){0,2}$")
_GOVERNED_NOUN = re.compile(
    rf"\b(?:{alternation(_PREPOSITIONS)})\s+(?:[a-z][\w-]*\s+){{0,2}}$", re.IGNORECASE
)

# A clause of its own, with a subject a noun phrase opens, right before a stance word: "arguing
# that the deal favors Wall Street", "because the party backs him"; not one the actor wishes
# ("reiterated that the party must support Clinton": its side).
_THAT_SUBJECT = re.compile(
    # (or a verb of saying and a comma: "Roe previously reported, The Acme Foundation refused")
    rf"\b(?:that|because|(?:{VERBS}),)\s+"
    r"(?:the|this|that|these|those|a|an)\s+"
    r"(?:(?!(?:must|should|ought|needs?|has|have|had|will|would|can|could)\b)[\w-]+\s+){1,2}$"
    # or words in lower case with their own verb "be" or "have": "because conservative thought
    # leaders such as Rush Limbaugh are backing them"
    r"|\b(?:that|because)\s+(?!(?:this|that|there)\b)"
    r"(?:(?!(?:he|she|it|they|we|i|you)\b)(?-i:[a-z])[\w-]*\s+){1,3}(?:(?:such\s+as|like|including)\s+"
    r"(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){1,3})?(?:are|is|were|was|have|has|had)\s+(?:been\s+)?$",
    re.IGNORECASE,
)


# Nothing, or only the actor's possessive, before a noun: the noun is the actor's head ("Roe's
# aides", "Nordic leaders").
_NOTHING_OR_POSSESSIVE = re.compile(r"\s*(?:[\u2019']s?\s+)?")


def _other_subject(before: str, word: str) -> bool:
    """Whether a plural noun other than the actor's own head is the subject of the stance word
    `word` after `before` (the actor's clause up to it). Not a head right after the actor that
    acts for it ("Nordic leaders have embraced"; but "Sanders backers urged" are theirs), nor a
    noun a preposition governs or "and" joins to the actor before a verb ("critics of tariffs
    have embraced", "Roe and other members protested"; but "summonses to marchers blocking
    highways", "his rival and groups supporting her": the participle is theirs)."""
    noun = _NOUN_SUBJECT.search(before)
    if noun is None or _VERB_IN_S.fullmatch(noun.group("noun")):
        return False
    if noun.group("noun").lower()[:-1] in _PRODUCTS:
        return False  # "filed briefs supporting the levy": the actor's own documents
    if _NOTHING_OR_POSSESSIVE.fullmatch(before, 0, noun.start()):
        return not AGENT.match(before, noun.start())  # "Roe's aides urged": they act for Roe
    if word.lower().endswith("ing") and not before[noun.end() :].strip():
        return True
    head = before[: noun.start()]
    return not (_GOVERNED_NOUN.search(head) or _JOINED_NOUN.search(head))


# A group the text describes, by the plural role at the end of its mention ("Union leaders",
# "critics": `GROUP_ROLES`), and a subject that is one person, which such a group never is.
_GROUP_HEAD = re.compile(rf"(?<![\w-])(?:{phrases(GROUP_ROLES)})$", re.IGNORECASE)
_ONE_PERSON_SUBJECT = re.compile(r"\b(?:he|she)\s+(?!(?:and|or)\b)", re.IGNORECASE)
# A new clause whose subject is "he" or "she" ("hammered the senator for his vote -- he has
# co-sponsored a repeal", ", and she backed it"): the actor's own words go on there only when
# the pronoun may be the actor.
_PRONOUN_CLAUSE = re.compile(
    r"(?:,?\s+(?:and|but)|\s+--|\s*[\u2014\u2013]|\s+-)\s+(?P<pronoun>he|she)\b", re.IGNORECASE
)

# A new clause whose subject is a noun a determiner opens, its verb after it: ", and those
# voters backed Lee", "but the governor has signed it"; not "and the two backed it", which may
# hold the actor (session 58, from a PolNeAR train
# sample: "said that Wall Street does more to hurt the economy than to help it, and those voters
# backed Mr. Sanders" read as Wall Street's support).
_NEW_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s+and|,?\s+but)\s+(?:"
    r"(?:the|those|these|this|that|his|her|their|its|many|most|some|other)"
    r"(?!\s+(?:two|three|four|both|all|pair|duo|trio)\b)(?:\s+(?-i:[a-z])[\w-]*){1,2}?"
    r"(?:\s+of(?:\s+[\w-]+){1,2}?)?"  # "the leader of the union said"
    # "a trio of PACs have spent …" (session 61, a PolNeAR train sample): an indefinite noun
    # with its "of" phrase, not "and a week later signed it"
    r"|an?(?:\s+(?-i:[a-z])[\w-]*){1,2}?\s+of(?:\s+[\w-]+){1,2}?)\s+"
    r"(?:(?-i:[a-z])[\w-]*ed|has|have|had|is|are|was|were|will|would|said|says)\b",
    re.IGNORECASE,
)

# An aside between dashes or in parentheses, a few words long: "addressed — albeit obliquely —
# criticism the network has received" (session 59, from a PolNeAR train sample, where the aside
# hid the criticism's object from the rules and it read as the actor's opposition).
_ASIDE = re.compile(
    r"(?<=\s)[\u2014\u2013]\s?[^\u2014\u2013,.;:!?\n]{1,60}?\s?[\u2014\u2013](?=\s)"
    r"|(?<=\s)\([^()\n]{1,60}\)"
)
# A new clause whose subject is "there": "— and even then there's no guarantee that the next
# class of Democratic senators will all support …" (session 59, from a PolNeAR train sample,
# where that read as the support of the Democrats who opened the sentence).
_THERE_CLAUSE = re.compile(
    r"(?:[,;]|\s[\u2014\u2013-]+)\s*(?:(?:and|but|yet)\s+)?(?:[\w-]+\s+){0,2}?"
    r"there(?:[\u2019']s|\s+(?:is|are|was|were|will|would|has|had|may|might|could))\b",
    re.IGNORECASE,
)

# The actor itself as the object: "defends himself against claims".
_SELF_OBJECT = re.compile(
    r"\s+(?:himself|herself|itself|themselves|myself|ourselves|me|us)\b", re.IGNORECASE
)
# The actor's own record as the object ("defended her record as secretary of state"): a side on
# its conduct, none on a topic that does not name it (session 57).
_OWN_RECORD = re.compile(
    r"\s+(?:his|her|their|its|my|our)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    r"(?:record|tenure|legacy|reputation|integrity|character|credentials)\b",
    re.IGNORECASE,
)
# People named by a kind as the object ("lambasted American politicians", "derided the
# professional left", "denouncing the mainstream media", "backs American adversaries";
# "supporting the military and police", session 59): a side on them, none on a topic the clause
# does not name (session 57). Not "the right to …", nor a possessive or a noun after ("the
# establishment's plan", "media coverage", "military action", "police reform").
_PEOPLE_OF_A_KIND = re.compile(
    r"\s+(?:(?:and|or)\s+\w+\s+)?[\"\u201c]?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:politicians|establishment|elites?|media|press|left|right|liberals|conservatives|pundits"
    r"|journalists|reporters|adversaries|enemies"
    # those in arms or in uniform only before a stop or a function word ("the military and
    # police", not "police abuse", "military action")
    r"|(?:military|police|troops|soldiers|veterans)(?=\s*(?:[,.;:!?)]|$|\s(?:and|or|in|at|on"
    r"|who|that|which|as|for|with|from|during|after|before|when|while)\b)))\b"
    r"(?![\u2019'-]|\s+(?:to|of|coverage|outlets?|reports?|accounts?)\b)",
    re.IGNORECASE,
)
# A measure named by its subject, as an object: "signed a gun-control bill", "backed the
# immigration bill" (session 57). Words that say nothing of what it is about do not count.
_MEASURE_ON = re.compile(
    r"\s+(?:(?:a|an|the|his|her|its|their|this|that)\s+)?"
    r"(?P<words>(?:(?!(?:a|an|the|his|her|its|their|this|that|to|of|for|on|in|and|or|with|by"
    r"|from|which|who)\b)[\w$.,-]+\s+){1,5}?)"
    r"(?:bill|law|legislation|measure|amendment|proposal|budget|resolution|decision)s?\b",
    re.IGNORECASE,
)
_MEASURE_WORDS_SAY_NOTHING = lexicon.words("measure_plain_words")
# A word before a measure's noun that says nothing of its subject by its form: a number, a sum,
# who backs or leads it ("$1", "Democratic-backed").
_MEASURE_FORM = re.compile(r"[\d$]|-(?:backed|led|sponsored|written|passed|drafted)$")
# Where a clause's words end, for what people named by a kind are blamed for.
_CLAUSE_END = re.compile(r"[.;!?]")
# A few of a group or a share of it, right before its name: "only two", "some", "a handful of",
# "47 percent of" (an adjective may stand between: "two House Democrats").
_QUANTIFIED = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of"
    rf"|{SHARE_OF}(?:\s+the)?|a\s+few|few|some"
    r"|several|a\s+handful\s+of|a\s+number\s+of|a\s+group\s+of|a\s+couple\s+of)\s+"
    r"(?:(?-i:[A-Z])[\w.-]*\s+)?$",
    re.IGNORECASE,
)
# Support named by a group's adjective right before it: "decades of Republican support for
# free trade", "evangelical backing": that group's, not the actor's.
_MODIFIED_SUPPORT = re.compile(
    r"\b(?:Republican|Democratic|Democrat|GOP|conservative|liberal|progressive|evangelical"
    r"|labor|union|party|grassroots|voter|donor|business|industry|establishment|black"
    r"|Hispanic|Latino|Jewish|Catholic|Christian|Muslim|Tea\s+Party)\s+$",
    re.IGNORECASE,
)
# No one in particular as the object: "free to support anyone", "has endorsed none of this",
# "an ally of whoever provides support" ("anyone but Roe" opposes Roe); nothing in particular:
# "was proposing something else entirely" (session 59, from PolNeAR dev).
_ANYONE = re.compile(
    r"\s+(?:(?:of|with|to|for)\s+)?(?:anyone|anybody|whoever|whomever|none|nothing|neither"
    r"|something|anything|(?:something|anything)\s+else"
    r"|(?:a|any)\s+(?:\w+\s+)?(?:candidate|nominee)\b(?!\s+(?:who|that)\b))\b"
    r"(?!\s+(?:but|except)\b)",
    re.IGNORECASE,
)
# Endorsements counted, had or lacked: "sits at zero such endorsements", "won 31 endorsements".
_COUNTED = re.compile(
    r"\b(?:zero|no|[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\s+"
    r"(?:such\s+|more\s+|new\s+|fewer\s+)?$",
    re.IGNORECASE,
)
# Making an endorsement with no one named after it ("will make an endorsement in the race").
_MAKE = r"\b(?:mak(?:e|es|ing)|made)\s+"
_MAKE_AN = re.compile(rf"{_MAKE}(?:an?|his|her|their|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_OF_SOMEONE = re.compile(r"\s+(?:of|for)\b", re.IGNORECASE)
# Endorsing in a race, no one named ("would endorse in this year's presidential contest").
_IN_A_RACE = re.compile(
    r"\s+(?:in|during|before|ahead\s+of)\s+(?:(?:the|this|that|a|next)\s+)?(?:[\w\u2019'-]+\s+){0,2}"
    r"(?:race|contest|primary|primaries|election|campaign|caucus(?:es)?|cycle)\b",
    re.IGNORECASE,
)
# Before these, a determiner or possessive: a noun ("overstay his welcome", "a warm welcome")
# or an adjective ("an opposing campaign", "an exceptionally welcoming scene"), not the verb.
_NOUN_WELCOME = frozenset({"welcome", "welcomes"})
_ADJECTIVE_SENSE = frozenset({"welcoming", "opposing"})
# A poll's nouns: "as her favorables sink".
_NOUN_SENSE = frozenset({"favorables", "favourables", "unfavorables"})
# "block" as a noun of place: after a determiner, a number or a building's noun ("a city block",
# "two blocks from", "apartment block by apartment block").
_BLOCK_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|one|each|every|two|three|four|five|few|several|city|apartment|cell|office|"
    r"housing|residential)\s+$",
    re.IGNORECASE,
)
# A paper signed: its words, after it, say the side ("signed a petition against the levy",
# "signed a letter of apology"; session 58, from a PolNeAR train sample, where the signing
# itself read as support).
_SIGNED_PAPER = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?"
    r"(?:letters?|petitions?|pledges?|statements?|declarations?|op-eds?)\b",
    re.IGNORECASE,
)
# A negated giving, its object before the word of support: "is not giving money or technical
# support to either convention" (session 59, from a PolNeAR train sample, where the negation
# stood more than `NEGATION`'s two words before "support" and the giving read as support).
_NOT_GIVING = re.compile(
    r"(?:\b(?:not|never|no\s+longer)|n[\u2019']t)\s+(?:\w+ly\s+)?"
    r"(?:giv|provid|offer|lend|extend|pledg|send|donat)\w*\s+(?:[\w-]+\s+){1,4}$",
    re.IGNORECASE,
)
_BLOCK_BY_BLOCK = re.compile(r"\s+by\s+(?:[\w-]+\s+)?block\b")
# What a party or a candidate holds in an election, defended: "are defending 26 Senate seats",
# "defending a number of red states", "defends her majority" (session 59, from a PolNeAR train
# sample, where that read as support of the topic): a race run, no side on an issue.
_DEFENDED_HOLDING = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:(?:number|handful|host|slew)\s+of\s+)?"
    r"(?:(?!(?:in|on|at|for|to|of|against|from|with|by|and|or)\b)[\w-]+\s+){0,3}?"
    r"(?:seats?|states|districts?|majorit(?:y|ies)|incumbents?|titles?)\b(?![\u2019'-])",
    re.IGNORECASE,
)
# "opposition" naming a kind of thing, not a side: "opposition research", "the opposition party".
_OPPOSITION_AS_NAME = re.compile(
    r"\s+(?:research\w*|part(?:y|ies)|leaders?|lawmakers?|candidates?|figures?|forces|fighters|"
    r"groups?|members?|politicians?|coalition|camp|bloc)\b",
    re.IGNORECASE,
)
# "the opposition" with no "to" after it: a group ("the Syrian opposition"), not a side.
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_OPPOSITION_TO = re.compile(r"\s+(?:to|from|against|of)\b", re.IGNORECASE)
# A mistake or an error made, a determiner and an adjective between ("make the same mistake"),
# unless the act it judges follows ("had made a grave mistake striking another bargain").
_JUDGED_ACT = re.compile(r"\s+(?:(?:in|by)\s+)?[a-z]+ing\b|\s+to\s+[a-z]+", re.IGNORECASE)
_MADE_BEFORE = re.compile(rf"{_MAKE}(?:[\w-]+\s+){{0,2}}[\"\u201c]?$", re.IGNORECASE)
# ... or made by whom after it: "the mistake I made was in the words".
_MADE_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:I|we|he|she|they)(?:\s+have|\s+had|[\u2019']ve)?\s+made\b", re.IGNORECASE
)
_DETERMINER = r"\b(?:an?|the|his|her|their|its|our|my|your)\s+"
_DETERMINER_BEFORE = re.compile(rf"{_DETERMINER}(?:[\w-]+\s+)?$", re.IGNORECASE)
# A determiner right before a word: it is a noun ("the claims", "these reports"), not a verb.
_DETERMINER_RIGHT_BEFORE = re.compile(
    rf"(?:{_DETERMINER}|\b(?:these|those|this|such|any)\s+)$", re.IGNORECASE
)
# An adverb only between ("an exceptionally welcoming scene"; not "a letter opposing the levy").
_DETERMINER_ADVERB_BEFORE = re.compile(rf"{_DETERMINER}(?:\w+ly\s+)?$", re.IGNORECASE)
# People a stance word right after them is about: "called those advocating for it fools", "he
# thinks many back Roe" (not "was among those supporting him", "Roe and many others backed").
_THOSE = re.compile(
    r"\b(?:those|anyone|others|people|many|few|several|some|everyone|nobody)\s+$", re.IGNORECASE
)
_AND_BEFORE = re.compile(r"\band\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# A plural or a second person subject right before a stance word, or a comparison's subject
# left unsaid, and a person its object: "they wouldn't back him", "more voters view Roe
# unfavorably than support her" are theirs, whoever leads the clause.
_THEY_SUBJECT = re.compile(r"\b(?:they|we|you|than)\s+(?:[\w\u2019']+\s+){0,2}$", re.IGNORECASE)
_HIM_OR_HER = re.compile(r"\s+(?:him|her)\b")


# An adjective of support right before a noun, no preposition after it: the attitude of what the
# noun names ("enthusiastic supporters", "an enthusiastic crowd"), not the actor's ("was
# enthusiastic about the plan", "was enthusiastic.").
_ATTRIBUTIVE = re.compile(
    r"enthusiastic\s+(?!(?:about|for|over|that|to|in|at|with|toward|towards|of|and|or|but)\b)"
    r"[a-z]",
    re.IGNORECASE,
)
# Support given by whoever gives it, no one named: "an ally of whoever provides support for the
# levy", "will back anyone who opposes it" (not "those who", of whom the actor may be one:
# "Roe was among those who opposed it").
_WHOEVER = re.compile(
    r"\b(?:whoever|whomever|anyone\s+who|anybody\s+who)\s+(?:[\w\u2019'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Nouns of support received, as SUPPORT_NOUN's ("winning favor from super PACs", "has generated
# enthusiasm among young voters"); as verbs ("she favors the levy") never gathered.
_RECEIVED_NOUN = re.compile(r"favou?r|enthusiasm", re.IGNORECASE)


def _others_pronoun(before: str) -> bool:
    """Whether a word for other people (`_THOSE`) is the subject of what follows `before`."""
    those = _THOSE.search(before)
    if those is None:
        return False
    head = before[: those.start()]
    return not (_ONE_OF.search(head, max(0, len(head) - 10)) or _AND_BEFORE.search(head))


# "Advocate" in a name: "videos he calls Consumer Advocate TV".
_NAMED_ADVOCATE = re.compile(r"Advocates?\b")
# A decision or plan to act, the act named after it: "defended her decision to veto the bill",
# "announced his plan to block it" (the act's word says the side), "criticized the council's
# decision to veto it" (no plain side).
_PLAN_NOUN = r"(?:[a-z]+\s+)?(?:decision|plan|intention|intent|pledge|vow)\s+to\s+"
_PLAN_AFTER = re.compile(rf"\s+{_OWNER}(?:[a-z-]+[\u2019']s\s+)?{_PLAN_NOUN}")
_OWN_PLAN_OPENS = re.compile(rf"^\W*(?:its|his|her|their)\s+{_PLAN_NOUN}$")
# In reported words, the speaker's own body as their subject: "said the association was gravely
# concerned about the bill", "said his company would drop its support" (`lexicon/body_kinds.txt`:
# a chief or a spokesman speaks for it), as its pronoun would ("said it was concerned").
_OWN_BODY = (
    rf"(?:the|its|his|her|their|our)\s+{alternation(lexicon.entries('body_kinds'))}"
    r"(?=\W)(?![\u2019']s\b)"
)
_OWN_BODY_SUBJECT = re.compile(
    rf"^\W*{TOLD_TO_WHEN}(?:that\s+)?{_OWN_BODY}\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE
)
# In reported words, "would" after their pronoun subject is "will" told later ("said she would
# veto the bill"), no hedge; with more words between ("would consider vetoing"), it is one.
_BACKSHIFTED = re.compile(
    rf"^\W*{TOLD_TO_WHEN}(?:that\s+)?(?:he|she|they|it|we|I|{_OWN_BODY})\s+would\s+"
    r"(?:not\s+|never\s+)?$",
    re.IGNORECASE,
)
_REFUSED = re.compile(r"refus\w*", re.IGNORECASE)
# Support of anyone but one: against that one ("voting for anyone but Hillary"); the clause may
# end at the "but".
_ANYONE_BUT = re.compile(
    r"\s+(?:for\s+)?(?:anyone|anybody|everyone|everybody|any\s+other\s+\w+)"
    r"(?:\s+(?:but|except)\b|\s*$)",
    re.IGNORECASE,
)
# Naming a thing: refusing to is no side on it ("refusing to call the attack terrorism").
_NAMING = re.compile(r"(?:call|label|describe|characteri[sz]e|term|name)\b", re.IGNORECASE)
# Attacking a person: refusing to is no side on the issue ("refuses to attack Roe on his
# character").
_ATTACKING = re.compile(r"(?:attack|go\s+after|hit\s+back\s+at)\b", re.IGNORECASE)
# "advocates" as a noun (people), by the word after it: "immigrant advocates over her policies",
# "advocates say"; the verb takes an object ("advocates a levy", "advocates for it").
_ADVOCATES_NOUN = re.compile(
    r"\s*(?:[,.;:!?)\u201d\"]|(?:over|and|or|who|say|says|said|have|had|are|were|in|at|with|"
    r"from|like|such|including)\b)",
    re.IGNORECASE,
)
# Disowning: refusing it is no opposition ("refuses to disavow the endorsement").
_DISOWN = re.compile(r"(?:disavow|distanc|repudiat)\w*", re.IGNORECASE)
# What the actor refuses that is its own conduct, no act on the issue: "refused to entertain the
# possibility of campaigning", "refusing to concede that …" (a claim; "refused to concede the
# race" is a side). Not "let": "a judge refused to let them put me away" blocks them.
_OWN_CONDUCT = re.compile(r"(?:entertain\w*|concede\s+that)\b", re.IGNORECASE)
# The opening of an object of opposition before a word that turns its side (`_LACK_OF`,
# `_WEAK_OBJECT`): a determiner, an owner's possessive ("her state's"), a word.
_TURNED_OBJECT_OPENING = (
    r"\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\w.&-]+[\u2019']s?\s+)?(?:[\w-]+\s+)?"
)
# A lack as the object of opposition, what is lacking after it: "criticized the party's lack
# of environmental awareness" is for that awareness, not against it.
_LACK_OF = re.compile(
    _TURNED_OBJECT_OPENING
    + r"(?:lack|absence|dearth|shortage|scarcity|paucity)\s+of\s+(?P<thing>[^,;.!?]+)",
    re.IGNORECASE,
)
# A thing called too weak as the object of opposition: "criticized her state's lax gun laws"
# (session 59, from a PolNeAR train sample, where it read as opposition to "gun control"). On a
# topic of restrictions that names the thing, a side for tighter ones; elsewhere no plain side.
_WEAK_OBJECT = re.compile(
    _TURNED_OBJECT_OPENING
    + r"(?:lax|weak|loose|porous|inadequate|insufficient|toothless|feeble)\s+"
    r"(?P<thing>[^,;.!?]+)",
    re.IGNORECASE,
)
# Acts of putting a measure forward: negated, no side ("did not unveil plans").
_PROPOSING = re.compile(r"(?:re-?)?(?:introduc|unveil|propos|sponsor|draft|fil(?:e|ed|es|ing)\b)")
# A thing made known, the making refused: "refused to disclose detailed medical records",
# "refuses to release his tax records", "refuses to make public his income tax returns"
# (session 59, from PolNeAR dev, where each read as opposition): what is withheld, no side.
_DISCLOSING = re.compile(
    r"(?:\w+ly\s+)?(?:disclos|releas|reveal|publish|divulg|mak(?:e|ing)\s+public|hand(?:ing)?\s+over"
    r"|turn(?:ing)?\s+over|shar(?:e|ing)\s+(?:his|her|their|its|the)\b)\w*",
    re.IGNORECASE,
)
# A side said again, the saying refused: "declined to affirm his support for …", "did not
# repeat her backing" withhold words, not a side.
_SAYING_IT = re.compile(
    r"\b(?:re)?(?:affirm|confirm)\w*|\b(?:reiterat|repeat|restat|renew)\w*", re.IGNORECASE
)
# A participle in a compound adjective, the thing it describes after it: "a tea-party backed
# candidate", "Russian-backed rebels" (the backer is named in the compound, not the actor).
_COMPOUND_BEFORE = re.compile(r"\w-(?:[\w-]+\s+)?$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|the|a|an|his|her|their|its|this|that|it|him|them)\b)[a-z]")
# Support denied to no one in particular, or not yet given: "has not endorsed a candidate",
# "is not backing anyone", "hasn't yet endorsed", "have not signed on to the bill yet", "hadn't
# endorsed during the primaries".
_NO_ONE_YET = re.compile(
    r"\byet\b|(?:\s+[\w\u2019'-]+){0,4}?\s+yet\b|"
    r"\s+(?:anyone|anybody|either|(?:any|a)\s+(?:particular\s+|other\s+)?"
    r"(?:candidate|side|nominee|contender|one)s?)\b|"
    # No object, a time after it: "who hadn't endorsed during the primaries" (not "has not
    # endorsed.": the object may stand before, "something most cannot support.").
    r"\s+(?:during|before|until|so\s+far|at\s+all)\b",
    re.IGNORECASE,
)


# A measure as the object of a verb of wanting, asking or praising (`WISH`): "praised the
# plan", "wants a new budget"; not "praised the coalition", "wants to get it done", "sought to
# counter the charges" (a verb first: its side would be that verb's).
# Not a measure only named by the object: its owner ("the bill's defeat"; not "the bill's
# passage"), the object of an undoing ("scrapping the levy") or undone ("the levy repealed",
# "the bill to be repealed"): the side is the undoing's, no wish's (review R4).
# The verbs of a ban, each with the stem its "-ed" and "-ing" forms are written on ("banned",
# "barring"): the one source of `_UNDO`'s bans, `_BAN_VERB` and `_BANNING`.
_BANS = {"ban": "bann", "bar": "barr", "outlaw": "outlaw", "prohibit": "prohibit"}
_UNDO = (
    r"(?:repeal|scrap|kill|end|overturn|strik|struck|block|drop|withdr[ae]w|defeat|abandon|reject"
    r"|veto|stop|halt|delay|suspend|rescind|revok|gut|eliminat|dismantl|undo|undid|reversed?"
    rf"|defund|postpon|outlaw|prohibit|ban(?=s?\b)|(?:{'|'.join(_BANS.values())})(?=ed\b|ing\b))"
)
# An object's opening before its noun: a determiner, a name's possessive ("praised Acme's plan").
_OBJECT_OPENING = (
    r"\s+(?:(?:the|a|an|his|her|its|their|our|this|that|these|those)\s+)?"
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[\u2019']s\s+)?"
)
_MEASURE = rf"{phrases(lexicon.entries('stance_objects'))}s?"
# The nouns of a measure's passing ("the bill's passage", "called for adoption of").
_PASSAGE = r"(?:passage|adoption|approval|enactment)"
_MEASURE_OBJECT = re.compile(
    _OBJECT_OPENING + rf"(?:(?!to\b|{_UNDO}\w*ing\b)[\w-]+\s+){{0,2}}?{_MEASURE}\b"
    rf"(?![\u2019']s\b(?!\s+(?:[\w-]+\s+)?(?:{_PASSAGE}|signing)\b))"
    rf"(?!\s+(?:to\s+)?(?:be\s+)?(?:\w+ly\s+)?{_UNDO}\w*\b)",
    re.IGNORECASE,
)
# Expected to win, or well thought of: "are strongly favored to keep the House", "is viewed
# favorably by half", "was viewed as favorable to corporations" (session 59, from PolNeAR dev):
# no side the actor takes.
_FAVOURED = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?favou?red\s+to|"
    r"\b(?:viewed|seen|regarded|rated)\s+(?:favou?rably|as\s+(?:\w+ly\s+)?favou?rable))\b",
    re.IGNORECASE,
)
# A measure named with what others call it: "passes bill criticized as anti-gay".
_MEASURE_NAMED = re.compile(rf"\b{_MEASURE}\b", re.IGNORECASE)
_MEASURE_DESCRIBED = re.compile(rf"\b{_MEASURE}\s+$", re.IGNORECASE)
_AS = re.compile(r"\s+as\b")
# A wish for a measure's undoing: "called for repealing the levy" (`_UNDOING_ACT`, the measure
# after it), "wants the levy repealed", "wants the bill to be struck down" (`_UNDONE`): a move
# against the measure, as a boycott or a veto (`_AGAINST_MOVE`). Not a measure that undoes
# another thing ("pushed for an amendment to overturn the ruling": the amendment is backed).
_UNDOING_ACT = re.compile(rf"\s+(?P<undo>{_UNDO}\w*ing)(?=\s)", re.IGNORECASE)
_UNDONE = re.compile(
    _OBJECT_OPENING + r"(?:(?!to\b)[\w-]+\s+){0,2}?"
    rf"{_MEASURE}\s+(?:(?:to\s+)?be\s+)?(?:\w+ly\s+)?(?P<undo>{_UNDO}\w*)\b",
    re.IGNORECASE,
)


# What an act of undoing undoes, when no measure: a thing named after it ("ending birthright
# citizenship", "stopping the merger"), not a particle or preposition ("ending up with").
_UNDONE_THING = re.compile(
    _OBJECT_OPENING + r"(?!(?:up|down|out|off|back|over|by|in|on|at|with|for|to|of|from|about"
    r"|and|or|but|that|than|as)\b)[A-Za-z][\w-]*",
    re.IGNORECASE,
)


def _undoing_wished(tail: str, *, thing: bool = False) -> str | None:
    """The word of undoing when a wish's object (the `tail` after it) is a measure's undoing:
    "repealing" in "… repealing the levy", "repealed" in "… the levy repealed"; with `thing`,
    also any thing's ("supported ending birthright citizenship": its end backed opposes it)."""
    act = _UNDOING_ACT.match(tail)
    if act and (
        _MEASURE_OBJECT.match(tail, act.end()) or (thing and _UNDONE_THING.match(tail, act.end()))
    ):
        return act.group("undo")
    undone = _UNDONE.match(tail)
    return undone.group("undo") if undone else None


# The words of someone's going, any of which in the topic makes the going the issue.
_GOING_WORDS = "resign resignation quit withdraw withdrawal aside drop exit ouster oust"


def _going_side(going: str, who: str | None, on_issue: OnIssue | None) -> bool | None:
    """Whether a call for someone's going (a resignation, an ouster, "to step down") is a move
    against the issue: not where the going is the issue ("calls for Roe to resign": support),
    but where the one asked to go is named and is (or no topic is known). None where neither
    is, or a pronoun names them: which side the call takes on such a topic ("the Senate race
    in Missouri") is not plain, and the caller reads it as before, a call on someone to go as
    support, a call for a resignation as a move against; on a topic that is no race, a call on
    someone to go is then no side (session 57: "called on her to resign" was support of
    "Justice Ginsburg's comments")."""
    if on_issue is None:
        return True
    if on_issue(going) or on_issue(_GOING_WORDS):
        return False
    if who is not None and who.strip().casefold() not in ("him", "her", "them") and on_issue(who):
        return True
    return None


# A verb in -ing after a name: its act, the object ("opposition to NATO establishing an
# office"), not the name's holder.
_ITS_ACT = re.compile(r"\s+(?:\w+ly\s+)?(?-i:[a-z])\w+ing\b")


def _aimed_at_a_person_only(stance: str, aimed: str, on_issue: OnIssue | None) -> bool:
    """Whether a noun of support or opposition whose object is `aimed` (the words after its
    "for", "of" or "to") is a side on the person that object names and none on the topic, as the
    verb's is (`_backs_another_actor`, `_against_one_the_topic_names`): a name that is an
    actor's or a person's, not a possessive ("Roe's plan") nor the subject of an act after it
    ("NATO establishing an office")."""
    named = _NAME_OPENS.match(aimed)
    if (
        on_issue is None
        or stance not in ("supports", "opposes")
        or named is None
        or _POSSESSIVE_S.search(named.group())
        or POSSESSIVE.match(aimed, named.end())
        or _ITS_ACT.match(aimed, named.end())
    ):
        return False
    name = named.group().strip()
    if not (_an_actor(on_issue, name) or _named_as_person(name)):
        return False
    if stance == "supports":
        return _backs_another_actor(on_issue, name, modifies=_modifies(aimed, named.end()))
    return not _against_one_the_topic_names(on_issue, name)


# A name right after a word of support, where no actor's mention stops the words (a quotation:
# "to endorse Ted Cruz and to urge …").
_OBJECT_NAME = re.compile(rf"\s+(?:(?:the|a|an)\s+)?(?P<name>{_NAME_WORDS})")


# Titles of courtesy ("Mr.", "Ms."): a name after one is a person's, an actor of the article
# or not; and first names (the census list of `lexicon/first_name_sexes.tsv`).
_COURTESY = lexicon.words("honorifics")
_FIRST_NAMES = frozenset(lexicon.mapping("first_name_sexes"))


def _named_as_person(name: str) -> bool:
    """Whether `name` is a person's by its words: a surname after a title of courtesy ("Mr.
    Trump"), or a first name and a surname, whatever words stand before them ("Democrat Hillary
    Clinton")."""
    words = name.split()
    if len(words) > 1 and words[0].casefold() in _COURTESY:
        return True
    return any(
        word.casefold() in _FIRST_NAMES and following[:1].isupper()
        for word, following in itertools.pairwise(words)
    )


def _an_actor(on_issue: OnIssue, name: str) -> bool:
    """Whether `name` is written as one of the article's actors is
    (`issues.TopicWords.an_actor`)."""
    check: Callable[[str], bool] | None = getattr(on_issue, "an_actor", None)
    return check is not None and check(name)


# Words after a name that leave it no modifier of a noun: "endorsed Trump here on Sunday".
_NOT_MODIFIED = _PREPOSITIONS | {"here", "there", "now", "then", "today", "tonight", "yesterday"}


def _modifies(text: str, at: int) -> bool:
    """Whether the name ending at `at` modifies a lowercase noun after it ("the Dodd-Frank
    financial reforms"; not "defended Bill Clinton against", "endorsed Trump here")."""
    found = MODIFIES.match(text, at)
    return found is not None and found.group().strip().casefold() not in _NOT_MODIFIED


def _backs_another_actor(on_issue: OnIssue | None, name: str, *, modifies: bool) -> bool:
    """Whether support given to the actor written `name` is a side on that actor and none on
    the topic: a topic is known, is no race, and neither names the actor (in any of its forms)
    nor targets it; `modifies`, the name modifies a noun after it ("the Dodd-Frank financial
    reforms": a thing backed, not the actor)."""
    return (
        on_issue is not None
        and not on_race(on_issue)
        and not modifies
        and not on_issue(name)
        and not _names_one_named(on_issue, name)
    )


def _object_elsewhere(tail: str, stance: str, on_issue: OnIssue | None) -> bool:
    """Whether a word of support or opposition has for object, in the `tail` after it, plainly
    another thing than the topic, so that it takes no side on it (only with a topic known):
    people named by a kind, where the clause does not name the topic ("lambasted American
    politicians", "backs American adversaries"); a measure named by another subject ("signed a
    gun-control bill" on "Gary Johnson's campaign"); violence, on a topic that is no harm
    ("decried political violence", "not advocating violence"); and, on a topic that is no race,
    support of a person the words describe ("welcomed the former president", "defended his
    campaign manager"; in a race, backing "the senator" is a side)."""
    if on_issue is None or stance not in ("opposes", "supports"):
        return False
    if tail[:1].isalnum():
        tail = " " + tail  # after a stance word that holds its space ("stood by ")
    if _PEOPLE_OF_A_KIND.match(tail) and not on_issue(_CLAUSE_END.split(tail, maxsplit=1)[0]):
        return True
    if (
        (measure := _MEASURE_ON.match(tail))
        and (about := _what_a_measure_is_about(measure["words"]))
        and not on_issue(about)
    ):
        return True
    if (
        not on_harm(on_issue)
        and (violent := VIOLENCE_BARE.match(tail) or VIOLENT_OBJECT.match(tail))
        and not on_issue(violent.group())
    ):
        return True
    return stance == "supports" and not on_race(on_issue) and bool(_PERSON_OBJECT.match(tail))


def _what_a_measure_is_about(words: str) -> str:
    """The words before a measure's noun that say what it is about ("gun-control" of "a
    gun-control bill"), without those that say nothing of it ("the revised", "the Senate",
    "the $1 trillion", "all Democratic-backed"): empty where none is left."""
    return " ".join(
        word
        for word in words.split()
        if word.casefold() not in _MEASURE_WORDS_SAY_NOTHING and not _MEASURE_FORM.search(word)
    )


def _against_one_the_topic_names(on_issue: OnIssue | None, name: str | None) -> bool:
    """Whether opposition of another actor, `name` (None where no name opens the words), is
    opposition on the topic: where the topic shows that actor owning or doing what it is about
    (`issues.TopicWords.owns`: "opposed Trump" on "Trump's campaign" or "Trump holds birther
    meeting"; session 57) and is no race. Not where the topic names them otherwise ("calls for
    Roe to resign", "Ginsburg criticizes Trump": attacking Trump would back it, the fault of
    f952ab4), nor elsewhere ("criticized McConnell" on "the tax bill", or on "Trump vs.
    Clinton", whose sides are its candidates): a side on the actor alone."""
    if name is None or on_issue is None or on_race(on_issue):
        return False
    owns: Callable[[str], bool] | None = getattr(on_issue, "owns", None)
    return owns is not None and owns(name)


def _names_one_named(on_issue: OnIssue, name: str) -> bool:
    """Whether `name` names, in any of its forms, an actor the topic names
    (`issues.TopicWords.names_one_named`: "Hillary" on "Obama endorses Clinton") or the target
    of the move against someone the topic is (`issues.TopicWords.targets`)."""
    named: Callable[[str], bool] | None = getattr(on_issue, "names_one_named", None)
    return (named is not None and named(name)) or on_target(on_issue, name)


def on_race(on_issue: OnIssue | None) -> bool:
    """Whether the topic is a race (`issues.TopicWords.race`: "the Republican primary"), where
    backing a candidate is a side."""
    return bool(getattr(on_issue, "race", False))


def on_harm(on_issue: OnIssue | None) -> bool:
    """Whether the topic names a harm no one sides with (`issues.TopicWords.harm`: "gun
    violence"): a side on it is a side on what is done against it."""
    return bool(getattr(on_issue, "harm", False))


def on_target(on_issue: OnIssue | None, name: str) -> bool:
    """Whether `name` names the one the topic is a move against (`issues.TopicWords.targets`:
    "Wal-Mart" of "class action lawsuit against Wal-Mart", "Obama" of "calls for Obama's
    resignation")."""
    targets: Callable[[str], bool] | None = getattr(on_issue, "targets", None)
    return targets is not None and targets(name)


def _against_move(
    text: str, at: int, tail: str, on_issue: OnIssue | None, *, plain: bool = False
) -> bool | None:
    """Whether support at `at` of `text` (its `tail` after it) is given to a move against the
    issue: a boycott, a veto ("called for a boycott"); a ban, a repeal, a moratorium or a wished
    undoing of a measure ("signed a ban on the practice", "called for the repeal of the levy",
    "wants the levy repealed"); after `plain` support (no wish: "supported", not "called for"),
    the undoing of any thing ("has long supported ending birthright citizenship"; a wish to end
    a thing that is no measure, "calls for ending corporate taxes", is no side on the issue).
    False when that move is itself the issue ("supports the ban" on "a rifle ban", as
    stance_nouns._UNDOING's plan to undo the topic): a measure backed; None when support is
    given to no such move."""
    move = _AGAINST_MOVE.match(text, at)
    if move and (going := move.group("going") or move.group("goes")):
        against = _going_side(going, move.group("who") or move.group("whose"), on_issue)
        return True if against is None else against
    if move and not move.group("move"):
        return True
    word = move.group("move") if move else _undoing_wished(tail, thing=plain)
    if word is None:
        return None
    if move is None and on_issue is not None and on_harm(on_issue) and on_issue(tail):
        return False  # "supports ending gun violence" on "gun violence": the effort, backed
    if on_issue is None:
        # No topic known: a ban or a moratorium is against what it names ("a ban on the
        # practice"); a bare one ("backs the ban") may be the issue itself, a measure backed.
        return not (move and word[:1] in "bBmM") or bool(_BANNED.match(text, move.end()))
    if move and word[:1] in "bBmM" and _restricting(on_issue):
        # On a topic of restrictions ("abortion restrictions", "gun control"), a ban is one of
        # them where it bans what the topic names or names nothing: "backed a ban on late-term
        # abortion", "backed the ban" (session 59: both had read as opposition).
        banned = _BANNED.match(text, move.end())
        thing = _BANNED_THING.match(text, banned.end()) if banned else None
        if thing is None or on_issue(thing.group()):
            return False
    return not on_issue(word)


# The heads of a topic of restrictions: "abortion restrictions", "gun control", "a rifle ban".
_RESTRICTING_HEADS = "restriction control ban limit regulation curb prohibition"


def _restricting(on_issue: OnIssue) -> bool:
    """Whether the topic's head is a restriction (`_RESTRICTING_HEADS`, as
    `issues.TopicWords.headed` stems them)."""
    headed: Callable[[str], bool] | None = getattr(on_issue, "headed", None)
    return headed is not None and headed(_RESTRICTING_HEADS)


_BANNED = re.compile(r"\s+(?:on|of|against)\s", re.IGNORECASE)
# A ban as a verb after "refused to": "refused to ban all the country's athletes" (session 57).
_BAN_VERB = re.compile(rf"(?:{'|'.join(_BANS)})\b", re.IGNORECASE)
# A ban as an act: "proposed barring all foreign visitors", "backs banning trucks".
_BANNING = re.compile(rf"\s+(?:{'|'.join(_BANS.values())})ing\s", re.IGNORECASE)
# What a ban is on, up to a punctuation mark or a word that joins another object.
_BANNED_THING = re.compile(
    r"[^,;:.!?()\u201c\u201d\"]*?(?=\s+(?:and|or|but|as|while)\b|[,;:.!?()\u201c\u201d\"]|$)"
)


def _banned_elsewhere(text: str, at: int, on_issue: OnIssue | None) -> bool:
    """Whether support at `at` of `text` is given to a ban or a moratorium on a thing the topic
    does not name, the ban itself no topic either ("a call for a temporary ban on Muslims
    entering" on "the border wall"; "backs a ban on assault rifles" on "gun control", which the
    ban's side on the topic would not say plainly): a side on that thing, none on the topic.
    Only with a topic known."""
    if on_issue is None:
        return False
    if banning := _BANNING.match(text, at):  # "proposed barring all foreign visitors"
        thing = _BANNED_THING.match(text, banning.end())
        return not on_issue(banning.group()) and not on_issue(thing.group() if thing else "")
    move = _AGAINST_MOVE.match(text, at)
    if move is None or not move.group("move"):
        return False
    return _bans_elsewhere(move.group(), text, move.end(), on_issue)


def _bans_elsewhere(ban: str, text: str, at: int, on_issue: OnIssue) -> bool:
    """Whether the ban written `ban`, ending at `at` of `text`, is on a thing (up to a
    punctuation mark or a word joining another object) the topic does not name, the ban's words
    no topic either; False where nothing banned is named ("the ban.")."""
    on = _BANNED.match(text, at)
    if on is None:
        return False
    thing = _BANNED_THING.match(text, on.end())
    return not on_issue(ban) and not on_issue(thing.group() if thing else "")


# A ban as the object of opposition, whoever's and however described: "opposed Roe's proposed
# ban", "fought the sweeping new ban".
_BAN_OBJECT = re.compile(
    _OBJECT_OPENING + r"(?P<ban>(?:[\w-]+\s+){0,2}?(?:bans?|moratori(?:um|ums|a)))\b",
    re.IGNORECASE,
)


def _ban_opposed_elsewhere(tail: str, on_issue: OnIssue | None) -> bool:
    """Whether opposition (the `tail` after it) is to a ban or a moratorium on a thing the topic
    does not name, the ban itself no topic either ("opposed Roe's proposed ban on street vendors"
    on "Roe's resignation"), as `_banned_elsewhere` for support: a side on that thing, none on
    the topic. Only with a topic known."""
    if on_issue is None or (ban := _BAN_OBJECT.match(tail)) is None:
        return False
    # the ban's own words, not whose it is: "Roe's ban" on "Roe's resignation" is another thing
    return _bans_elsewhere(ban["ban"], tail, ban.end(), on_issue)


# The undoing of a thing as a stance word's object: an act ("ending birthright citizenship"), a
# noun of undoing ("the repeal of the levy", "a ban on the practice"; a restriction, a limit or
# a curb, which undoes a thing in part: "restrictions on abortion") or a plan, a move or a
# measure to undo it ("Roe's plan to end the levy", "a bill to repeal it"); `thing` is what is
# undone, up to the next punctuation or clause word.
_UNDOING_NOUN = (
    r"(?:repeal|ban|end|elimination|abolition|rollback|reversal|overturning|termination"
    r"|cancell?ation|scrapping|dismantling|rescission|revocation|undoing|delay|postponement"
    r"|suspension|defunding|restriction|limit|curb)"
)
_UNDOING_OF = re.compile(
    _OBJECT_OPENING + r"(?:[\w-]+\s+)??"
    r"(?:(?:plan|proposal|idea|effort|push|call|bid|move|order|attempt|decision|drive|campaign"
    r"|threat|vote|measure|bill|amendment|legislation|law)s?\s+"
    r"(?:to|(?:[\w-]+\s+){0,6}?(?:that|which)\s+(?:would|will)(?:\s+also)?)\s+"
    r"(?P<undo>" + _UNDO + r"\w*)"
    rf"|(?P<noun>{_UNDOING_NOUN})s?\s+(?:of|on)"
    rf"|(?P<act>{_UNDO}\w*ing))\s+"
    r"(?!(?:up|down|out|off|back|over|by|in|on|at|with|for|to|of|from|about|and|or|but|that"
    r"|than|as)\b)"
    r"(?P<thing>(?:[\w\u2019'-]+\s+){0,4}?[\w\u2019'-]+)"
    r"(?=\s*(?:[,.;:!?)\u201d\"]|$|\s(?:and|or|but|that|which|who|because|after|before|when"
    r"|while|in|on|at|by|for|with|from|to|as|since|if|unless|until|despite)\b))",
    re.IGNORECASE,
)


def _undoes_issue(tail: str, on_issue: OnIssue | None) -> bool:
    """Whether a stance word's object (the `tail` after it) is the undoing of the issue itself:
    the thing undone names it, down to its head word (an `on_issue` with `headed`, as
    `issues.TopicWords`; for another, the thing's last word names it), and the undoing does
    not ("supports ending birthright citizenship" on "birthright citizenship": against it; on
    "the plan to end birthright citizenship", the undoing is the issue). Only with a topic
    known."""
    if on_issue is None or on_harm(on_issue):
        return False  # a plan to end gun violence is the issue of "gun violence", backed
    found = _UNDOING_OF.match(tail)
    if not found:
        return False
    undo = found.group("undo") or found.group("noun") or found.group("act")
    thing = found.group("thing")
    if on_issue(undo) or not on_issue(thing):
        return False
    headed: Callable[[str], bool] | None = getattr(on_issue, "headed", None)
    if headed is not None:
        return headed(thing)  # "the estate tax" undone is no undoing of "tax reform"
    return on_issue(thing.split()[-1])


def _issue_undoes(tail: str, on_issue: OnIssue | None) -> bool | None:
    """Whether the topic is the undoing of a stance word's object (the `tail` after it, to its
    clause's end: `issues.TopicWords.undoes`), so that a side on it is the other side on the
    topic: "opposes Obamacare" supports "Obamacare repeal" (a PolNeAR train sample had it
    opposing). False where the object undoes that thing itself ("backs ending Obamacare",
    `_UNDOING_OF`): the topic, backed as written, no move against it. None for any other
    object, or one that names the topic's undoing ("backs the repeal")."""
    undoes: Callable[[str], bool] | None = getattr(on_issue, "undoes", None)
    if undoes is None:
        return None
    if found := _UNDOING_OF.match(tail):
        return False if undoes(found["thing"]) else None
    return True if undoes(_CLAUSE_END.split(tail, maxsplit=1)[0]) else None


# A wish for a measure's passage, or for an act that passes one (by the actor or another):
# "called for passage of the bill", "wants Congress to pass the bill" (the measure after it,
# `_wished_measure`).
_PASSAGE_OR_ACT = re.compile(
    rf"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?{_PASSAGE}\s+of(?=\s)"
    r"|(?:\s+[\w.\u2019'-]+){0,3}?\s+to\s+(?:\w+ly\s+)?(?:pass|adopt|approve|enact|sign|back"
    r"|support)(?=\s)",
    re.IGNORECASE,
)


# A measure wished for that is yet to be written, described by what it should do: "called for a
# budget that puts schools first", "wants an agreement which protects workers" (the
# relative clause may stand blanked out, as the rules read the actor's clause: `_clause_stance`).
# Its side is on what that one should do, not on the measure at issue.
_SOME_MEASURE = re.compile(
    rf"\s+(?:a|an|any)\s+(?:[\w-]+\s+){{0,2}}?{_MEASURE}(?:\s+(?:that|which)\s|\s{{3}})",
    re.IGNORECASE,
)


def _wished_measure(tail: str) -> bool:
    """Whether a wish's object (the `tail` after it) is a measure (`_MEASURE_OBJECT`), its
    passage or an act that passes it (`_PASSAGE_OR_ACT`)."""
    if _MEASURE_OBJECT.match(tail):
        return True
    act = _PASSAGE_OR_ACT.match(tail)
    return bool(act and _MEASURE_OBJECT.match(tail, act.end()))


# Words that end a noun phrase: prepositions, conjunctions and relatives.
_PHRASE_ENDS = alternation(
    sorted(
        _PREPOSITIONS
        | {"into", "onto", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose"}
        | {"if", "after", "before", "because", "while", "until", "so", "when"}
    )
)
# A wish's object: its noun phrase, up to the first word that ends one, or punctuation: "[the
# swift release] of the report", "[Mr. Roe's impeachment]", "[the report] to be released".
_WISH_OBJECT = re.compile(
    rf"\s+(?P<phrase>(?:(?!(?:{_PHRASE_ENDS})\b)[\w\u2019'.-]+\s*){{1,6}}?)"
    rf"(?=[,;:.!?\u201d\")]|\s+(?:{_PHRASE_ENDS})\b|$)",
    re.IGNORECASE,
)


def _wished_topic(tail: str, on_issue: OnIssue | None) -> bool:
    """Whether a wish's object (the `tail` after it) is the topic itself: the head of its noun
    phrase, its last word, the topic's head (`issues.TopicWords.headed`): "called for the swift
    release of the report" on "release of the Mueller report", "demanded Mr. Roe's
    impeachment" on "impeachment of Mr. Roe". Not a wish for something the topic only names
    ("called for an inquiry into the levy" on "the levy": the inquiry's side is not the
    levy's), nor praise of someone the topic names ("praised Sanders for what he has
    accomplished" on "Bernie Sanders": the object's head a name, not a lowercase noun), nor
    with no topic known."""
    headed: Callable[[str], bool] | None = getattr(on_issue, "headed", None)
    found = _WISH_OBJECT.match(tail)
    if headed is None or found is None:
        return False
    head = found.group("phrase").split()[-1]
    return head[:1].islower() and headed(head)


# The words of support that are no wish, for a longer one that starts where a wish does ("called
# for Akin to drop out": the act asked says the side).
_PLAIN_SUPPORT = re.compile(
    alternation(
        e
        for e in lexicon.used_by("stance_words", "support")
        if e not in lexicon.used_by("stance_words", "wish")
    ),
    re.IGNORECASE,
)
_OWN_HEAD = re.compile(r"\s+[a-z][\w-]*(?<!ed)")
# The actor's documents showing what others do: "FEC reports show that groups have spent $1
# million supporting him" (a finding, no side of the actor's).
# Also a poll or a study the actor's name (and a partner's) heads, and a few words between the
# noun and its verb: "FEC records from the 2008 cycle show he backed …", "A Register/Acme
# Politics poll released Saturday found that 28 percent … supported Mr. Trump".
_FINDINGS = re.compile(
    r"[\s/]+(?:(?-i:[A-Z])[\w.&\u2019'-]*\s+){0,3}"
    r"(?:reports?|records?|data|filings?|documents?|figures|numbers|polls?|surveys?|stud(?:y|ies))"
    r"\s+(?:[^\s.,;:!?]+\s+){0,6}?(?:also\s+)?"
    r"(?:show\w*|found|find|finds|indicat\w*|reveal\w*|suggest\w*)\b",
    re.IGNORECASE,
)
# People the actor's name only describes, right after it: "Roe voters", "a Roe supporter" (not
# its aides or campaign, who speak for it).
_FOLLOWERS = re.compile(
    r"\s+(?:voter|supporter|backer|endorser|fan|loyalist|critic|opponent|detractor|donor|delegate|"
    r"follower|protester|protestor|enthusiast|devotee|admirer|hater)s?\b"
)
_ONE_OF = re.compile(r"\b(?:one\s+of|among)\b", re.IGNORECASE)


# Where a clause's words before a verb begin: after punctuation or a quotation mark.
_CLAUSE_PIECES = re.compile(r"[,;:.!?\u201c\u201d\"]")
# Violence, not a side: "was attacked by a gunman".
_NOT_A_SIDE_PASSIVE = frozenset({"attacked", "assaulted", "targeted", "hit", "struck", "shot"})


def passive_agent(
    sentence: Sentence, own: list[tuple[int, int]], on_issue: OnIssue | None
) -> str | None:
    """The side of an actor named as the agent of a verb or noun of stance whose subject is what
    it acts on (`patterns.stance_agent`): "The plan was condemned by the Acme Chamber of
    Commerce" (opposes), "the bill has drawn criticism from Senator Roe" (opposes), "won the
    backing of the mayor" (supports). A verb of wanting or praising ("was praised by") takes a
    side only where its subject names the issue; violence ("was attacked by") takes none."""
    text, base = sentence.text, sentence.start
    for start, end in own:
        found = stance_agent(text, start - base, end - base)
        if found is None:
            continue
        act = found.group("act")
        # ("The plan, backed by Roe, …": the subject before the participle's comma)
        subject = _CLAUSE_PIECES.split(found.string[: found.start()].rstrip(" ,"))[-1]
        if act == "passed":  # "the bill passed the House": the chamber approved a measure
            if _measure_or_issue(subject, on_issue):
                return "supports"
            continue
        if found.re is PASSIVE_BY:
            if act.casefold() in _NOT_A_SIDE_PASSIVE:
                continue
            reduced = found.group("reduced") is not None
            if reduced and not found.group("law") and not _measure_or_issue(subject, on_issue):
                continue  # "Roe, backed by the union, …": a side on whatever the noun is
            side = "opposes" if OPPOSE.fullmatch(act) else "supports"
            wish = bool(WISH.fullmatch(act))
        else:
            side = "opposes" if found.group("against") else "supports"
            wish = (found.group("for") or "").casefold() == "praise"
        if wish and not (on_issue is not None and on_issue(subject)):
            continue  # "was praised by Roe": for what, the subject says
        if side == "supports" and _backed_one_named(subject, on_issue):
            continue  # "she won the endorsement of the union": a side on her
        if NON_ISSUE_OBJECT.match(" " + subject.strip()):
            continue  # "His comments were derided by Roe": a side on the words, as "derided
            # his comments" (session 57)
        return side
    return None


def _alone(own: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The actor's mentions that lie inside no other actor's: not "Clinton" of "Mrs. Clinton",
    nor "House" of "White House"."""
    return [s for s in own if not any(o[0] <= s[0] and s[1] <= o[1] for o in others)]


def _measure_or_issue(subject: str, on_issue: OnIssue | None) -> bool:
    """Whether a clause's `subject` names the issue or a measure ("the bill", "the plan")."""
    return (on_issue is not None and on_issue(subject)) or bool(_MEASURE_NAMED.search(subject))


# The end of a subject that is a person's pronoun or a name: "… before she", "Ann Berg".
_SUBJECT_NAMED = re.compile(rf"(?:\b(?P<pronoun>(?i:he|she))|(?P<name>{_NAME_WORDS}))\s*$")


def _backed_one_named(subject: str, on_issue: OnIssue | None) -> bool:
    """Whether support given to a clause's `subject` ("she won the backing of the union", "Ann
    Berg was endorsed by the union") backs a person or an actor of the article (a pronoun of a
    person, a name of one, `_named_as_person`, or an actor's name) on a topic that is no race and
    does not name it: a side on them, none on the topic (session 57: "won the endorsement of the
    National Education Association" was support of "Obamacare")."""
    if on_issue is None or on_race(on_issue) or on_issue(subject):
        return False
    found = _SUBJECT_NAMED.search(subject)
    if found is None:
        return False
    name = found.group("name")
    return name is None or _named_as_person(name) or _an_actor(on_issue, name)


def measure_agent(sentence: Sentence, own: list[tuple[int, int]]) -> bool:
    """Whether the actor (at `own` spans) is named as the agent of a measure's making: "an
    amendment sponsored by Senator Otto Roe"."""
    text, base = sentence.text, sentence.start
    return any(
        _MEASURE_BY.search(text[max(0, start - base - 160) : start - base]) for start, _ in own
    )


# What an owned wish or side is for or against: up to eight words, to the next punctuation or
# clause word.
_OWNED_WHAT = (
    r"(?P<what>(?:[\w\u2019'-]+\s+){0,7}?[\w\u2019'-]+)(?=\s*(?:[,.;:!?()\u201d\"\u2014]|$|\s"
    r"(?:and|or|but|that|which|who|because|after|before|when|while|if|unless|until|despite|as)"
    r"\b))"
)
# The actor's own wish, plan or refusal, written as its possessive: "Mr. Obama's demand to raise
# the top tax rates", "President Bush's push to partially privatize Social Security", "the
# Senate GOP's threat to filibuster", "Roe's refusal to raise taxes" (a few words of
# description between: "Trump's own earlier call to release the report").
_OWNER_WISH = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>plan|proposal|idea|effort|push|call|bid|demand|pledge|vow|promise|campaign|drive"
    r"|decision|intention|threat|refusal)s?\s+to\s+" + _OWNED_WHAT
)
_POSSESSIVE = re.compile(r"[\u2019'](?:s\b)?")


def owns_wish(sentence: Sentence, own: list[tuple[int, int]]) -> bool:
    """Whether the actor (at `own` spans) is named as the owner of a wish, a plan or a refusal
    to act ("Roe's plan to repeal the levy") or of a side written as a noun ("Roe's opposition
    to the levy")."""
    base = sentence.start
    return any(
        _owned(pattern, sentence.text, end - base)
        for pattern in (_OWNER_WISH, _OWNER_SIDE)
        for _, end in own
    )


# The actor's own side written as a noun after its possessive: "Roe's opposition to the levy",
# "Roe's strong support for the bill", "Roe's veto of the bill", "Roe's call for a ban" (a few
# words of description between; not "Roe's former support", a side no longer held, nor "Roe's
# support from unions", support received).
_OWNER_SIDE = re.compile(
    r"\s+(?!(?:former|onetime|one-time|erstwhile|past|previous|earlier|waning|lack)\b)"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:(?P<supports>support\s+(?:for|of)|backing\s+(?:for|of)|endorsement\s+of"
    r"|defen[cs]e\s+of|(?:call|demand|push|advocacy)\s+for|embrace\s+of|praise\s+(?:for|of))"
    r"|(?P<opposes>opposition\s+to|objections?\s+to|resistance\s+to|criticism\s+of|veto\s+of"
    r"|rejection\s+of|condemnation\s+of|denunciation\s+of|(?:fight|campaign)\s+against))\s+"
    + _OWNED_WHAT
)


def _owned(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """`pattern` matched after a possessive mention ending at `end` of `text` ("Roe" + "'s
    …", "the Democrats" + "' …", or a mention that holds its "'s")."""
    if not POSSESSIVE_END.search(text, 0, end):
        possessive = _POSSESSIVE.match(text, end)
        if possessive is None:
            return None
        end = possessive.end()
    return pattern.match(text, end)


def _owned_on_issue(
    pattern: re.Pattern[str], text: str, end: int, on_issue: OnIssue | None
) -> re.Match[str] | None:
    """`_owned`, only where what it is for or against names the topic (none without one)."""
    found = _owned(pattern, text, end)
    if found is None or on_issue is None or not on_issue(found.group("what")):
        return None
    return found


def _owner_side(text: str, end: int, on_issue: OnIssue | None) -> str | None:
    """The side a noun of stance after the actor's possessive says (`_OWNER_SIDE`) where its
    object names the topic: support turned to opposition where the object undoes it ("Roe's
    support for repealing the levy"); None with no topic known or another object ("Roe's
    criticism of the food")."""
    found = _owned_on_issue(_OWNER_SIDE, text, end, on_issue)
    if found is None:
        return None
    if found.group("opposes"):
        return "opposes"
    undoing = _undoes_issue(text[found.end("supports") :], on_issue)
    return "opposes" if undoing else "supports"


# Acts against a thing that the stance words do not list: "a threat to filibuster the bill", "a
# plan to close Guantanamo Bay".
_FIGHTING = re.compile(
    r"(?:fight|filibuster|scuttle|sink|torpedo|undermine|weaken|challenge|sue|close|shut)\w*\b",
    re.IGNORECASE,
)
# Acts that make, keep or further what they name: "a demand to raise the top tax rates", "a plan
# to beef up border security", "a call to release the report".
_MAKING = re.compile(
    r"(?:pass|raise|extend|expand|increase|build|adopt|approve|sign|enact|release|protect|keep"
    r"|preserve|create|fund|implement|strengthen|boost|beef|advance|allow|grant|restore|reform"
    r"|overhaul|fix|back|support|defend)(?:s|es|ed|ing)?\b",
    re.IGNORECASE,
)
_ADVERB = re.compile(r"\w+ly$")


def _owner_stance(text: str, end: int, on_issue: OnIssue | None) -> str | None:
    """The side an owned wish to act shows on the issue (`owns_wish`), where the act's words
    name the topic: support where the act makes or furthers it ("Roe's demand to raise the top
    tax rates") or is itself the topic ("Roe's call to ban …" on "the ban"), opposition where
    the act is against it ("Roe's plan to block the levy", "… to end the levy"; not where that
    act is the topic itself, "a threat to filibuster" on "the filibuster") or the owner refuses
    it. None with no topic known, an act on another matter ("Roe's plan to visit Ohio"), or an
    act whose side on the topic its verb does not say ("Roe's call to ban all Muslim
    immigrants" on "Muslim immigration")."""
    found = _owned_on_issue(_OWNER_WISH, text, end, on_issue)
    if found is None or on_issue is None:
        return None
    words = found.group("what").split()  # one word at least
    first = next((i for i, w in enumerate(words) if not _ADVERB.match(w)), 0)
    act, verb = " ".join(words[first:]), words[first]
    if _undoes_issue(text[found.start("noun") - 1 :], on_issue) or (
        (OPPOSE.match(act) or _FIGHTING.match(act)) and not on_issue(verb)
    ):
        against = True
    elif on_issue(verb) or _MAKING.match(act) or SUPPORT.match(act):
        against = False
    else:
        return None
    refused = found.group("noun") == "refusal"
    return "opposes" if against != refused else "supports"


# A measure's purpose after a word of support: "introduced legislation to end birthright
# citizenship", "backs a bill to curb the levy" (`measure`: the measure's words, in the stance
# word itself or after it; `act`, `what`: its act and up to eight words it acts on).
_MEASURE_PURPOSE = re.compile(
    r"(?P<measure>(?:\s+(?:(?:the|a|an|his|her|its|their|new)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:legislation|bill|measure|amendment|resolution|proposal|plan|order|law)s?)?)"
    # a quotation between: "legislation \u201calong the lines of the order\u201d to end …"
    r"(?:\s+[\"\u201c][^\"\u201c\u201d]{1,150}[\"\u201d])?"
    r"\s+[\"\u201c]?to\s+(?:\w+ly\s+)?(?P<act>[\w-]+)"
    r"(?P<what>(?:\s+[\w\u2019'-]+){1,8})",
    re.IGNORECASE,
)
_MEASURE_WORD = re.compile(
    r"(?:legislation|bill|measure|amendment|resolution|proposal|plan|order|law)s?$", re.IGNORECASE
)
# Acts that hold a thing back, beside those that undo it (`_UNDO`): "a bill to curb the levy".
_HOLDING_BACK = re.compile(
    r"(?:curb|limit|restrict|cut|reduc|ban|bar|den[iy]|outlaw|restrain|narrow|cap|phase)\w*\b",
    re.IGNORECASE,
)


def _purpose_side(word: str, tail: str, on_issue: OnIssue | None) -> str | None:
    """The side support of a measure shows on the issue where the measure is not the topic but
    its purpose acts on it (`_MEASURE_PURPOSE`): "opposes" where the act undoes or holds it back
    ("introduced legislation to end birthright citizenship"), "supports" where it makes or
    furthers it or is the topic's own word, "unclear" where the act says neither ("a bill to
    deal with birthright citizenship"). None where no measure with a purpose on the topic
    follows: what the act is on does not hold the topic's head word (`issues.TopicWords`: "a
    plan to reduce gun violence" on "gun control"), or the measure itself is the topic
    ("introduced the toll bill to raise the toll")."""
    if on_issue is None:
        return None
    found = _MEASURE_PURPOSE.match(tail)
    if found is None or not (found.group("measure") or _MEASURE_WORD.search(word)):
        return None
    what = found.group("what")
    headed: Callable[[str], bool] | None = getattr(on_issue, "headed", None)
    if not (headed(what) if headed is not None else on_issue(what)):
        return None  # "a plan to reduce gun violence" is not on "gun control"
    if on_issue(word + found.group("measure")):
        return None
    act = found.group("act")
    if on_issue(act):
        return "supports"  # "a bill to ban …" on "the ban"
    if re.match(_UNDO, act, re.IGNORECASE) or _HOLDING_BACK.match(act) or _FIGHTING.match(act):
        # "a plan to reduce gun violence" on "gun violence": the plan against the harm is the
        # issue, backed
        return "supports" if on_harm(on_issue) else "opposes"
    if _MAKING.match(act) or SUPPORT.match(act):
        return "supports"
    return "unclear"


def stance_cues(sentence: Sentence, mentions: list[Any]) -> int:
    """How strongly `sentence` shows a side being taken by the actor mentioned in it: 2 for a
    word of stance (opposes, backs, calls for, a mistake…, declined to comment), 1 more when
    the actor comes early, as the sentence's subject usually does."""
    text = sentence.text
    spans = [(m.start, m.end) for m in mentions]
    shows = (
        any(p.search(text) for p in STANCE_WORDS)
        or measure_agent(sentence, spans)
        or owns_wish(sentence, spans)
        or any(stance_agent(text, s - sentence.start, e - sentence.start) for s, e in spans)
    )
    score = 2 if shows else 0
    early = any(sentence.start <= m.start < sentence.start + EARLY_CHARS for m in mentions)
    return score + (1 if early else 0)


@dataclass(frozen=True)
class RuleReading:
    """A stance a rule read, and the family of the rule that read it: "quote" (the actor's
    quoted words), "reported" (its reported words, no quotation marks), "clause" (a stance word
    in the clause it leads), "asks" (what it urges another actor to do), "no-comment",
    "said-words" / "said-then" / "said-judgment" (past a verb of saying: its words, its next
    act, a judgment of the issue in its words), "noun-predicate" ("is a critic of"),
    "noun-group" (a listed member of "critics of …"), "measure-agent" ("a bill sponsored by
    X"), "passive-agent" ("the plan was condemned by X", "drew criticism from X"),
    "owner-wish" ("X's push to repeal the levy"), "owner-side" ("X's opposition to the levy"),
    "noun-apposed" ("X, a critic of …"), "changed" (a relative clause's earlier side
    and the main clause's side differ: "X, who had championed it, opposed it", mixed),
    "target-backed" (support of the one the topic names as a move's target: against it),
    "target-opposed" (opposition to that target: for the move)."""

    stance: str
    family: str


def rule_stance(
    sentence: Sentence,
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    spoken: list[str],
    reported: Sequence[str] = (),
    contents: Sequence[tuple[int, int]] = (),
    *,
    judgments: bool = True,
    on_issue: OnIssue | None = None,
) -> str | None:
    """`rule_reading`'s stance, None when no rule applies."""
    found = rule_reading(
        sentence, own, others, spoken, reported, contents, judgments=judgments, on_issue=on_issue
    )
    return found.stance if found else None


def rule_reading(
    sentence: Sentence,
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    spoken: list[str],
    reported: Sequence[str] = (),
    contents: Sequence[tuple[int, int]] = (),
    *,
    judgments: bool = True,
    on_issue: OnIssue | None = None,
    sex: str | None = None,
) -> RuleReading | None:
    """The stance a sentence shows its actor taking, when a stance word says it plainly.

    Either the actor (at `own` spans) leads its clause (`leading`) and a stance word follows
    before any other actor's name ("France has firmly opposed the plan", "Macron doubled down on
    his opposition"), or the actor speaks a quotation (`spoken`) holding one ("We are not in
    favor", the speaker the subject of the stance word), or reports it without quotation marks
    (`reported`: "he said [he opposes the plan]", the speaker's pronoun its subject). What the
    actor is reported to say (`contents`, spans of the sentence) is read only as its words:
    "the governor said [his son had signed a petition]" shows no act of the governor's. A
    negation turns support into opposition and leaves opposition unread ("did not oppose"); a
    condition leaves the sentence unread ("if …, she would back it"); an apology or a change of
    mind is mixed; an actor that would not comment is neutral. Without `judgments` (the actor
    named inside another speaker's reported words), a word judging the issue is the speaker's,
    not the actor's; a new clause whose subject is "he" or "she" and the actor not (`sex`, as
    "he", "she" or "it"), another's. None when no rule applies; else the stance with the rule's
    family (`RuleReading`)."""
    spoken = [q for q in spoken if not _judges_anothers_act(sentence.text, q, on_issue)]
    if found := _quoted_stance(spoken, on_issue):
        return RuleReading(found, "quote")
    reported = [content for content in reported if not _other_sex_opens(content, sex)]
    if found := _reported_stance(sentence.text, reported, on_issue):
        return RuleReading(found, "reported")
    if CONDITIONAL.search(sentence.text):
        return None
    text, base = sentence.text, sentence.start
    # "Only two Democrats back the bill", "some Republicans said": a few of a group are not
    # the group.
    own = [
        span
        for span in own
        if not (
            text.endswith("s", 0, span[1] - base) and _QUANTIFIED.search(text, 0, span[0] - base)
        )
    ]
    leads = [
        lead
        for lead in _leads(sentence, own, others)
        if not _an_object(text, base, lead)
        and not _relative_object_elsewhere(text, lead.start - base, lead.end - base, on_issue)
    ]
    for lead in leads:
        clause = _clause_stance(
            sentence, lead.end, others, contents, judgments=judgments, on_issue=on_issue, sex=sex
        )
        if clause is not None:
            return clause
        if found := stance_nouns.predicate(text, lead.end - base, on_issue):
            return RuleReading(found, "noun-predicate")  # "is a supporter of"
    for lead in leads:
        if lead.group is not None and (found := stance_nouns.group(lead.group, on_issue)):
            return RuleReading(found, "noun-group")  # "critics of the plan, including Roe, …"
    for start, _ in own:
        if found := _included_in_group(text, start - base, on_issue):
            return RuleReading(found, "noun-group")  # "Critics of the plan include Roe"
    if measure_agent(sentence, own):
        return RuleReading("supports", "measure-agent")
    alone = _alone(own, others)
    if found := passive_agent(sentence, alone, on_issue):
        return RuleReading(found, "passive-agent")  # "was condemned by Roe"
    for _, end in alone:  # "Roe's push to repeal the levy": her wish, whoever's the clause
        if found := _owner_stance(text, end - base, on_issue):
            return RuleReading(found, "owner-wish")
        if found := _owner_side(text, end - base, on_issue):
            return RuleReading(found, "owner-side")
    for start, end in own:  # "Senator Roe, a staunch opponent of the levy", "The chief
        # sponsor of the levy, Roe, …": whatever her clause
        if found := stance_nouns.apposed(text, end - base, on_issue) or (
            stance_nouns.apposed_before(text, start - base, on_issue)
        ):
            return RuleReading(found, "noun-apposed")
    return None


# A relative clause the actor is the subject of, its verb's object the noun before it: "the
# establishment that Trump routinely rails against", "the programs that Roe supports:", "the
# levy, which Roe opposes, …". The noun's words before the relative (`antecedent`) and the
# verb's words after the actor, ending where the clause does, with no object: a punctuation
# mark, or an auxiliary that opens the main clause's verb ("… that Roe rails against has
# failed").
_RELATIVE_OPENS = re.compile(
    r"(?P<antecedent>(?:[\w\u2019'-]+\s+){0,3}[a-z][\w\u2019'-]*)"
    r",?\s+(?:that|which|whom)\s+$"
)
_OBJECTLESS_VERB = re.compile(
    rf"\s+{AUX}(?:(?:\w+ly|long|once|still)\s+)?[a-z][\w-]*"
    r"(?:\s+(?:against|for|on|at|to|with|of))?"
    r"(?:\s+(?:(?:last|this|next)\s+\w+|(?:on\s+)?[A-Z]\w+day|today|yesterday|again))?"
    r"(?=\s*(?:[,.;:!?\u2014)]|$)|\s+(?:has|have|had|is|are|was|were|will|would|could|can|may"
    r"|might|should|must)\b)"
)


def _relative_object_elsewhere(text: str, start: int, end: int, on_issue: OnIssue | None) -> bool:
    """Whether the mention at `start` to `end` of `text` is the subject of a relative clause
    whose verb's object is the noun before it (`_RELATIVE_OPENS`, `_OBJECTLESS_VERB`) and that
    noun is another thing than the topic: a side on it, none on the topic ("the establishment
    that Trump routinely rails against" on "Manafort's hiring"; session 58, from a PolNeAR train
    sample). Only with a topic known."""
    if on_issue is None:
        return False
    opens = _RELATIVE_OPENS.search(text, 0, start)
    return (
        opens is not None
        and _OBJECTLESS_VERB.match(text, end) is not None
        and not on_issue(opens["antecedent"])
    )


# The subject a judgment is said of, in a quotation: "Our leadership is weak and …", "The deal
# would be …" (the judgment word follows; a coordinated judgment before it may stand between).
_JUDGED_SUBJECT = re.compile(
    r"(?:^|[.!?;:,\u2014]\s+|\b(?:and|but|because|that)\s+)"
    r"(?P<subject>(?:[\w\u2019'-]+\s+){1,5}?)"
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be|will\s+be|remains?"
    r"|seems?|looks?)\s+(?:(?:\w+ly|so|too|very|just|not|a|an|the)\s+)*"
    r"(?:[\w-]+\s*,?\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
# A subject that may stand for the issue: "it is a big mistake", "this is unacceptable", "the
# deal is a disaster" (a measure's noun last).
_MEASURE_HEAD = re.compile(rf"\b{_MEASURE}$", re.IGNORECASE)
_STANDS_FOR_ISSUE = {"it", "this", "that", "which", "these", "those", "they"}


def _judges_another(before: str, on_issue: OnIssue | None) -> bool:
    """Whether a judgment word after `before` (in a quotation) is said of a subject the topic
    does not name ("Our leadership is weak and ineffective" on a call for Obama to resign): a
    judgment of that, not of the issue. Only with a topic known; a pronoun stands for the
    issue ("it is a big mistake")."""
    if on_issue is None:
        return False
    found = _JUDGED_SUBJECT.search(before.lstrip())
    if not found:
        return False
    subject = found.group("subject").strip()
    if all(word.casefold() in _STANDS_FOR_ISSUE for word in subject.split()):
        return False
    if _MEASURE_HEAD.search(subject):
        return False  # "this plan is a disaster": a measure, which may be the issue
    return not on_issue(subject)


# What a quotation is called: "called Biden's absence “appalling”" (the words after the verb,
# up to the opening mark), where another's possessive names whose act or trait it is.
_CALLED_ANOTHERS = re.compile(
    r"\bcall(?:s|ed|ing)\s+(?P<what>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[\u2019']s\s+"
    r"[^\"\u201c]{1,40}?)\s*[\"\u201c]$"
)


def _judges_anothers_act(text: str, quote: str, on_issue: OnIssue | None) -> bool:
    """Whether a quotation is what the speaker calls another's act or trait that is not the
    issue ("called Biden's absence “appalling and unacceptable”" in a story on a speech): a
    judgment of that, no side on the issue; one of another's measure ("called Roe's plan
    “one-sided”") is. Only where the topic is known."""
    at = text.find(quote)
    if on_issue is None or at < 0:
        return False
    called = _CALLED_ANOTHERS.search(text, max(0, at - 80), at)
    if called is None:
        return False
    owned = re.sub(r"^.*?[\u2019']s\s+", "", called.group("what"))
    return not stance_nouns.names_issue(owned, on_issue)


def _quoted_stance(spoken: list[str], on_issue: OnIssue | None = None) -> str | None:
    """The stance a quotation the actor speaks shows, its subject the speaker or the issue."""
    for quote in spoken:
        # Words the speaker quotes are others': "people who say, 'I'll vote for her.'"
        quote = _NESTED_QUOTE.sub(" ", quote)
        # A condition holds for its own sentence of the quotation, not the others: "… only if
        # we build him a useless tower. This is a bad deal."
        plain = " ".join(p for p in _QUOTE_SENTENCES.split(quote) if not CONDITIONAL.search(p))
        found = _first_cue(plain, own_words=True, on_issue=on_issue) if plain else None
        if found:
            return found
    return None


_QUOTE_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[\"\u201c\u2018']?[A-Z])")
# A quotation inside a quotation, in single marks; an apostrophe inside a word ("I'll") or after
# one ("voters'") opens or closes none. An opening curly mark left unclosed runs to the end.
_NESTED_QUOTE = re.compile(r"(?<!\w)\u2018.*?(?:\u2019(?!\w)|$)|(?<!\w)'.*?'(?!\w)")


# The words a "that" clause hangs on when denied ("no sign that", "did not say that"), so that a
# "that" of a noun is not one ("vowed not to repeat that mistake").
_THAT_CLAUSE_HEAD = (
    r"(?:say|says|said|saying|sign|signs|indication|evidence|suggest\w*|claim\w*|think|believe|"
    r"mean|means|meant|argue\w*|assert\w*|true|clear)"
)
# A negation and a word a "that" clause hangs on: "showed no sign", "did not say", "never said",
# "I'm not going to say".
_NEGATED_HEAD = rf"(?:\b(?:no|not|never)|n[\u2019']t)\s+(?:[\w-]+\s+){{0,2}}{_THAT_CLAUSE_HEAD}\s+"
_DENY = r"\bden(?:y|ies|ied|ying)\s+"
# A claim rejected: "struck down assertions that their show favors Trump", "dismissed reports
# that she backs the bill".
_CLAIM_THAT = (
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:assertion|claim|suggestion|report|idea|notion|charge|"
    r"allegation|accusation|speculation|rumou?r)s?\s+that\s+"
)
_REJECTED_CLAIM = (
    r"\b(?:reject|dismiss|disput|refut|den(?:y|ie)|str(?:ike|uck|iking)\s+down|sh(?:oot|ot)\w*"
    rf"\s+down|push\w*\s+back\s+(?:on|against))\w*\s+{_CLAIM_THAT}"
)
_REJECTED_CLAIM_AT = re.compile(_REJECTED_CLAIM, re.IGNORECASE)
# A claim as a word of opposition's object: the claim is opposed, not what it is about.
_CLAIM_OBJECT = re.compile(rf"\s+{_CLAIM_THAT}", re.IGNORECASE)
# A person described as the object of support: "welcomed the former president", "defended his
# campaign manager" (`lexicon/roles.tsv` person, and kin and allies); not a person's thing ("the
# president's plan"), nor one praised for an act ("commended the president "for taking
# bipartisan steps""); or a person's pronoun that ends its clause ("was very happy with him", not
# "backed her plan", "praised him for …").
_PERSON_OBJECT = re.compile(
    r"\s+(?:(?:the|his|her|their|its|a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:"
    + phrases(
        set(lexicon.used_by("roles", "person"))
        | {"manager", "husband", "wife", "son", "daughter", "father", "mother", "friend"}
        | {"colleague", "ally", "boss"}
    )
    + r")\b(?![\u2019'-]|\s+[\u201c\"]?(?:of|for)\b)"
    r"|(?:him|her)(?=\s*(?:[,.;:!?\u201d\"]|$)|\s+(?:and|but|or|on|in|at|as|when|after|before"
    r"|because|over|despite)\b))",
    re.IGNORECASE,
)
# Verbs of rejecting words, stance words or not ("dismissed the criticism"); not of judging
# them ("criticized such attacks on character and faith" opposes the attacks).
_REJECTING = re.compile(
    r"\b(?:reject|dismiss|disput|refut|rebuff|brush\w*\s+aside|shrug\w*\s+off)\w*", re.IGNORECASE
)
# Others' words against something, or a name for it, as the object of a verb of rejecting
# (`_REJECTING`): "rejected Saudi concerns", "dismissed the criticism", "rejected attacks from
# Bush", "reject the term".
_CRITICISM_OBJECT = re.compile(
    r"\s+(?:(?:the|their|his|her|its|such|these|those|this|that|any)\s+)?"
    r"(?:[\w\u2019'-]+\s+){0,2}?(?:concerns?|criticisms?|critiques?|objections?|complaints?|"
    r"attacks?|terms?|labels?|characterizations?|comparisons?)\b(?![\u2019']s)",
    re.IGNORECASE,
)
# Reported words that open with the claim they are or its "that" ("[reports that she backs it]"
# after "dismissed", "[that she backs it]" after "denied reports").
_CLAIM_OPENS = re.compile(rf"{_CLAIM_THAT}|that\s+", re.IGNORECASE)
# Words saying the content that follows is not the actor's (denied, or not said): "showed no sign
# that", "did not say", "never said", "denied that", "dismissed reports that"; not "vowed not
# to", whose words are read with their negation.
_UNSAID = re.compile(rf"(?:{_NEGATED_HEAD}|{_DENY}|{_REJECTED_CLAIM})(?:that\s+)?$", re.IGNORECASE)
# A verb of saying negated: "did not say", "never said".
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never)|n[\u2019']t)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Before a stance word, a clause denied: "showed no sign that he was planning to apologize",
# "denied that she backs the bill", "denied his support for", a claim rejected or refused
# ("refusing to concede that her backers would vote for him"); or a judgment
# not made, a few words before it ("I'm not going to say it is a mistake").
_DENIED = re.compile(
    rf"{_NEGATED_HEAD}that\s+|{_NEGATED_HEAD}(?:[\w\u2019'-]+\s+){{0,5}}$"
    rf"|{_DENY}(?:that\s+)?(?:he|she|it|they|we|I|his|her|its|their)\b|{_REJECTED_CLAIM}"
    r"|\brefus\w*\s+to\s+(?:concede|acknowledge|admit|accept)\s+that\s+",
    re.IGNORECASE,
)

# "by", or a verb of meeting with it, and a noun phrase's first words before a stance noun: the
# actor is its object ("frustrated by the rising opposition to its policy", "stung by
# criticism", "have survived criticism over …", "addressed criticism the network has received",
# "drew support from unions", "opens himself up to criticism about his own personal life",
# "came under criticism").
_MET_WITH_BEFORE = re.compile(
    r"\b(?:by|fac(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|dr(?:ew|aw|aws|awn|awing)|"
    r"surviv(?:e|es|ed|ing)|weather(?:s|ed|ing)?|endur(?:e|es|ed|ing)|address(?:es|ed|ing)?|"
    rf"attract(?:s|ed|ing)?|{PROVOKING}|invit(?:e|es|ed|ing)|"
    r"c(?:ome|omes|ame|oming)\s+under|"
    r"(?:open(?:s|ed|ing)?|expos(?:e|es|ed|ing))\s+(?:\w+sel(?:f|ves)\s+)?(?:up\s+)?to)\s+"
    r"(?:(?:the|a|an|growing|rising|mounting|fierce|strong|sharp|widespread|bipartisan|"
    r"public|such|much|heavy|harsh|some)\s+){0,2}$",
    re.IGNORECASE,
)
_GERUND = re.compile(r"[\w-]*ing\b", re.IGNORECASE)  # "by supporting", "by re-introducing a bill"


def _denied(before: str) -> bool:
    """Whether the clause of a stance word, before it, denies it (`_DENIED`)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    return _DENIED.search(before, breaks[-1] if breaks else 0) is not None


# The pronoun that opens reported words ("[that] he refused …").
_PRONOUN_OPENS = re.compile(r"\W*(?:that\s+)?(?P<pronoun>he|she)\b", re.IGNORECASE)


def _other_sex_opens(words: str, sex: str | None) -> bool:
    """Whether reported `words` open with "he" or "she" where the actor is the other (`sex`), or
    a group ("they"): their subject is another ("Ada Lind said he refused to follow her orders";
    session 59, from PolNeAR dev, where the refusal read as Betty Shelby's; "critics say he had
    proposed to …", session 79, from PolNeAR train). Not for a body ("it"), which may be a
    person the rules typed wrongly ("Mark Cuban", read as a nationality, said he backs it)."""
    opening = _PRONOUN_OPENS.match(words)
    return (
        sex in ("he", "she", "they") and opening is not None and opening["pronoun"].lower() != sex
    )


# A few words in quotation marks inside reported words: the speaker's own, read as the rest
# ("said the group was “gravely concerned” about the bill"), up to _FEW_QUOTED words.
_UNMARKED = re.compile(r"[\u201c\"](?P<words>[^\u201c\u201d\"]{1,40})[\u201d\"]")
_FEW_QUOTED = 4


def _unmarked(found: re.Match[str]) -> str:
    """The quoted words with spaces for their marks, when they are four words or fewer."""
    words = found["words"]
    return f" {words} " if len(words.split()) <= _FEW_QUOTED else found.group()


def few_words_quoted(content: str) -> bool:
    """Whether reported words quote only a few words of the speaker's at a time, each of their
    quotations four words or fewer ("the group was “gravely concerned” about the bill"): read as
    reported words, their marks aside."""
    unmarked = _UNMARKED.sub(_unmarked, content)
    return not any(mark in unmarked for mark in '\u201c\u201d"')


def _reported_stance(
    text: str, reported: Sequence[str], on_issue: OnIssue | None = None
) -> str | None:
    """The stance the actor's reported words (no quotation marks) show, their subject its
    pronoun or the issue ("he said [he opposes the plan]")."""
    for content in reported:
        if CONDITIONAL.search(content):
            continue
        at = text.find(content)
        opening = _CLAIM_OPENS.match(content)
        claim = opening.end() if opening else 0  # "dismissed [reports that she backs it]"
        if at >= 0 and _UNSAID.search(text, 0, at + claim):
            # "showed no sign that he would apologize", "denied that he backs it": not said,
            # up to a clause break ("…, but he supports the tax")
            brk = CLAUSE_BREAK.search(content, claim)
            if brk is None:
                continue
            content, at = content[brk.end() :], at + brk.end()
        found = _first_cue(_UNMARKED.sub(_unmarked, content), reported=True, on_issue=on_issue)
        turned = (at >= 0 and _turned(text, at + len(content), found)) or any(
            _turned(content, brk.start(), found) for brk in CLAUSE_BREAK.finditer(content)
        )  # "said it supports …, but it worries the act goes beyond that"
        if found in ("supports", "opposes") and turned:
            return "mixed"  # "said he intended to sign the levy but backed off"
        if found:
            return found
    return None


def _clause_stance(
    sentence: Sentence,
    end: int,
    others: list[tuple[int, int]],
    contents: Sequence[tuple[int, int]],
    *,
    judgments: bool,
    on_issue: OnIssue | None = None,
    sex: str | None = None,
) -> RuleReading | None:
    """The stance the clause the actor leads (its mention ending at `end`) shows: the words
    after it up to another actor, another speaker's reported words or a clause break, or a new
    clause whose subject is a pronoun the actor is not (`sex`: "he", "she", "it" for a body that
    is neither, "they" for a group)."""
    cue = functools.partial(_first_cue, on_issue=on_issue)
    text, base = sentence.text, sentence.start
    after = text[end - base :]
    if _FOLLOWERS.match(after) or _FINDINGS.match(after):
        return None  # "Among Roe voters, most said …", "Acme reports show that …": not the actor's
    unread: list[tuple[int, int]] = []  # parts of `after` blanked out, not read
    if whom := _WHOM_ANOTHER.match(after):
        # "Clinton, who he's supporting, …": another's verb, the actor its object, up to the
        # comma.
        closing = after.find(",", whom.end())
        unread.append((0, closing if closing >= 0 else len(after)))
    earlier: str | None = None  # the side of a relative clause that tells the actor's past
    earlier_words = ""
    if who := _WHO.match(after):
        # "X, who voted against …": the relative clause is read in its first words, then
        # the main clause after it ("Ryan, who was raised on …, defended his budget").
        first = who.end() + len(" ".join(after[who.end() :].split(" ")[:5]))
        closing = after.find(",", who.end())
        if _EARLIER.match(after, who.end()) and closing >= 0:
            # "Roe, who had championed the levy as mayor, opposed it": the main clause says
            # the side now; the relative's, if it differs on the same thing, makes a change of
            # mind.
            earlier = cue(after[who.end() : closing])
            earlier_words = after[who.end() : closing]
            unread.append((who.start(), closing))
        elif after.find(",", who.end(), first) < 0:  # not when it ends within them ("who ran,")
            closing = after.find(",", first)
            unread.append((first, closing if closing >= 0 else len(after)))
    # A relative clause about a noun after the actor, up to its comma: that noun's doing ("cited
    # a baker who was ordered …"; "Berg, a scholar at the Acme Institute who served on …, was
    # among the critics"); also after a comma, about the noun the clause's verb governs, when no
    # apposition follows the actor ("is targeting black voters, who have backed her").
    start = unread[0][1] if unread else 1  # after the actor's own relative clause, if any
    _unread_relatives(after, _THEIR_RELATIVE, start, unread)
    # "that" past the actor's apposition, if any ("Third Way, a group that has favored cuts, …"
    # is the actor's own).
    apposed = after.lstrip().startswith(",")
    past_apposition = after.find(",", after.find(",") + 1) if apposed else start
    if past_apposition >= 0:
        _unread_relatives(after, _THEIR_THAT, max(start, past_apposition), unread)
    if not apposed:
        _unread_relatives(after, _OBJECTS_RELATIVE, start, unread)
    elif not _WHO.match(after):
        _unread_relatives(after, _WHICH_PAST_APPOSITION, start, unread)
    for aside in _ASIDE.finditer(after):
        # "addressed — albeit obliquely — criticism the network has received": the aside
        # between dashes or in parentheses is passed over, unless it holds a word of stance.
        if not any(p.search(aside.group()) for p in (STANCE_CUE, OPPOSE, SUPPORT, MIXED)):
            unread.append(aside.span())
    for opens in _QUOTE_OPENS.finditer(after):
        # "writing: "We never wanted it," and …": the quotation is read as one
        # (`_quoted_stance`), the clause's own words go on after it.
        closing = after.find("\u201d" if opens.group("mark") == "\u201c" else '"', opens.end())
        unread.append((opens.start(), closing + 1 if closing >= 0 else len(after)))
    if SUBORDINATE_OPENS.match(text, 0, end - base) and (main := MAIN_CLAUSE.search(after)):
        # "While critics argue that …, President Obama has deemed …": the actor's clause is
        # the subordinate one; the main clause after its comma has another subject.
        unread.append((main.start(), len(after)))
    for low, high in unread:
        after = after[:low] + " " * (high - low) + after[high:]
    stop = len(after)
    person_next = False  # the words stop at another actor that is no possessive
    past = 0  # where that actor's name ends, in `after`
    for other, other_end in others:
        if other >= end and _PREDICATE_OF.fullmatch(text, end - base, other - base):
            continue  # "Roe and Doe were the only Republicans to oppose it": what they are
        # Another actor ends the clause's words for this one, unless a preposition puts it
        # in a phrase of the clause ("a liaison office in Tokyo was under consideration").
        governed = (
            _in_a_phrase(text[: other - base])
            and not _RELATIVE.match(text, other_end - base)
            and not _stance_of(text[: other - base])  # "critical of Trump": its object
        )
        if any(low <= other - end < high for low, high in unread):
            continue  # in the part of a relative clause not read
        if other >= end and _INCLUDED_IN_SUBJECT.fullmatch(text, end - base, other - base):
            continue  # "Acme and firms including Orbis, Dover and Fenwick filed briefs": its own
        if _JOINED_BEFORE.search(text, max(0, other - base - 40), other - base) and (
            _JOINED_IN.match(text, other_end - base)
        ):
            continue  # "joined other Republicans in calling on Akin to …": its own act too
        if other >= end and other - end < stop and not governed:
            stop, past = other - end, other_end - end
            person_next = not POSSESSIVE.match(text, other_end - base)
    for content_start, _ in contents:
        if content_start >= end and content_start - end < stop:
            stop, person_next = content_start - end, False  # its words, read above
    brk = CLAUSE_BREAK.search(after)
    if brk and brk.start() < stop:
        stop, person_next = brk.start(), False
    if _GROUP_HEAD.search(text, 0, end - base) and (
        one := _ONE_PERSON_SUBJECT.search(after, 0, stop)
    ):
        # "Union leaders have never trusted him, in part because he favors the cuts": a group is
        # no "he" or "she"; the words from that subject on are another's.
        stop, person_next = one.start(), False
    if sex is not None:
        for joint in _PRONOUN_CLAUSE.finditer(after, 0, stop):
            if joint.group("pronoun").lower() != sex:
                # "Ada Roe hammered the senator, and he backed the levy": his words, not hers
                stop, person_next = joint.start(), False
                break
    if subject := _NEW_SUBJECT_CLAUSE.search(after, 0, stop) or _THERE_CLAUSE.search(
        after, 0, stop
    ):
        # "Acme does more to hurt the economy than to help it, and those voters backed Lee":
        # the words from that subject on are its own.
        stop, person_next = subject.start(), False
    if NO_COMMENT.match(after[: brk.start() if brk else len(after)]):
        # checked past other names: they may stand in the apposition
        return RuleReading("neutral", "no-comment")
    family = "clause"
    saying = next(  # a verb, not a noun: "the state's act", "disputes the claims" say nothing
        (
            m
            for m in SAYING.finditer(after, 0, stop)
            if not _POSSESSIVE_S.match(after, m.end())
            and not _DETERMINER_RIGHT_BEFORE.search(after, 0, m.start())
        ),
        None,
    )
    if saying is None:
        found = cue(after[:stop], person_next=person_next, rest=after[stop:], judgments=judgments)
        if found is None and person_next and _ASKS.search(after, 0, stop):
            # "urged Akin to step aside": the act asked of the other actor, read with the
            # name as "them" up to the end of the clause.
            prefix = _TITLES_AT_END.sub("", after[:stop])
            asked = prefix + "them" + after[past:]
            brk_then = CLAUSE_BREAK.search(asked, len(prefix))
            found = cue(asked[: brk_then.start() if brk_then else len(asked)])
            family = "asks"
            if found and on_issue is not None and (going := _GOING_ASKED.search(asked)):
                # "called on Roe to resign": the side by whether Roe or the going is the issue
                against = _going_side(going["going"], after[stop:past], on_issue)
                if against is not None:
                    found = "opposes" if against else "supports"
                elif not on_race(on_issue):
                    found = None  # "urged him to resign" on "the toll plan": a side on him
    else:  # "X said [his son had signed …]": its words, their subject its own
        found = cue(after[: saying.start()], rest=after[saying.start() :], judgments=judgments)
        # "When Roe is matched against Doe, 45 percent of voters said they would back him": a
        # poll's share says it, not the actor; its words are read as no one's.
        shares = _SHARE_SAYS.search(after, 0, saying.start()) is not None
        if (
            found is None
            and not shares
            and not _NOT_BEFORE.search(after, 0, saying.start())
            # "rejected claims that she backs it": the claim's words are not hers
            and not _REJECTED_CLAIM_AT.search(after, 0, min(stop, saying.end() + 8))
            # "Shelby said he refused to follow her commands": a "he" of hers is another
            and not _other_sex_opens(after[saying.end() :], sex)
        ):
            # Its words stop at another actor as its clause does: "said he supports Tom Ruiz"
            # backs him, a side on the topic only where the topic names him or is a race.
            found = cue(
                after[saying.end() : stop],
                reported=True,
                person_next=person_next,
                rest=after[stop:],
            )
            family = "said-words"
        if found is None and not shares and (then := _THEN_AND.match(after, saying.end())):
            # "X said: "…," and voted to block the bill": past the quotation (blanked), its
            # own next act.
            found, family = cue(after[then.end() : stop], judgments=judgments), "said-then"
        if found is None and judgments and not shares:
            family = "said-judgment"
            # A judgment of the issue in its words is its own, whoever else they name:
            # "Roe said that Democrats had made a serious mistake".
            clause = CLAUSE_BREAK.search(after, saying.end())
            found = cue(
                after[saying.end() : clause.start() if clause else len(after)],
                reported=True,
                only_judgments=True,
            )
    if (
        found in ("supports", "opposes")
        and brk
        and brk.start() == stop
        and _turned(after, stop, found)
    ):
        return RuleReading("mixed", family)
    if (on_move := _side_on_the_move(after, stop, on_issue, cue)) is not None:
        # "submitted briefs supporting Wal-Mart" on "class action lawsuit against Wal-Mart":
        # against the move; "slammed the Justice Department" on "Trump's attacks on the Justice
        # Department": the move itself.
        return RuleReading(on_move, "target-backed" if on_move == "opposes" else "target-opposed")
    if (
        found in ("supports", "opposes")
        and (apposition := _APPOSED_SIDE.match(after))
        and not _CLAUSE_IN.search(apposition.group())
        and cue(apposition.group()) == found
        and apposition.end() < stop
        and (now := cue(after[apposition.end() : stop])) in ("supports", "opposes")
        and now != found
    ):
        # "Sen. Roe, a co-sponsor of the levy, reversed himself and opposed it": what the
        # apposition calls the actor, the main clause turns from (a change of mind).
        return RuleReading("mixed", "changed")
    if earlier in ("supports", "opposes"):
        if found is None:
            return RuleReading(earlier, "clause")  # "Roe, who had long opposed it, spoke"
        if (
            found in ("supports", "opposes")
            and found != earlier
            and _same_thing(earlier_words, after[:stop])
        ):
            return RuleReading("mixed", "changed")
    return RuleReading(found, family) if found else None


# The stems of a move's head that make it words against its target (`issues.word_stem`:
# "attacks", "criticism").
_WORDS_AGAINST = frozenset({"attack", "critic"})


def _side_on_the_move(
    after: str, stop: int, on_issue: OnIssue | None, cue: Callable[[str], str | None]
) -> str | None:
    """Where the topic is a move against someone (`issues.TopicWords.target`) and the clause's
    first word of support or opposition (in `after` before `stop`) is aimed at that one, named
    right after it (not something of theirs: "backed Zenco's rival"): the side on the move.
    Support of its target is a side against the move. Opposition to it is a side for the move
    only where the move is itself words against the target ("Trump's attacks on the Justice
    Department", `_WORDS_AGAINST`): criticizing someone is no side on a lawsuit against them or
    on their impeachment. The word's own side is read by `cue` with the target as "it", so
    that a negation reads as on any object ("did not criticize Zenco": no plain side)."""
    words = [m for pattern in (SUPPORT, OPPOSE) for m in pattern.finditer(after, 0, stop)]
    if not words:
        return None
    word = min(words, key=lambda m: m.start())
    named = _OBJECT_NAME.match(after, word.end())
    if (
        named is None
        or not on_target(on_issue, named["name"])
        or _POSSESSIVE_S.search(named["name"])
        or POSSESSIVE.match(after, named.end())
    ):
        return None
    side = cue(after[: word.end()] + " it")
    if side == "opposes" and getattr(on_issue, "head", None) not in _WORDS_AGAINST:
        return None
    return {"supports": "opposes", "opposes": "supports"}.get(side or "")


# Words that take up a thing named before: "opposed it", "backs them".
_TAKEN_UP = re.compile(r"\b(?:it|them|the\s+same)\b", re.IGNORECASE)
_PLAIN_WORD = re.compile(r"[a-z]{4,}")
_FUNCTION_WORDS = lexicon.words("issue_stopwords")


def _same_thing(earlier: str, now: str) -> bool:
    """Whether a side now (`now`, the main clause) is on what an earlier side (`earlier`, a
    relative clause) was on: the main clause takes it up ("opposed it") or the two share a word
    of four letters or more that is neither a function word (`lexicon/issue_stopwords.txt`:
    "that", "with", "been") nor a stance word ("had backed the levy … opposes the levy")."""
    if _TAKEN_UP.search(now):
        return True
    words = [set(_PLAIN_WORD.findall(part.casefold())) - _FUNCTION_WORDS for part in (earlier, now)]
    return any(
        not any(pattern.fullmatch(word) for pattern in (OPPOSE, SUPPORT))
        for word in words[0] & words[1]
    )


def _unread_relatives(
    after: str, relative: re.Pattern[str], start: int, unread: list[tuple[int, int]]
) -> None:
    """Adds to `unread` each relative clause `relative` finds in `after` from `start`, up to its
    comma; not one about the actor's own head noun ("Nordic leaders who …", "Obama operatives,
    who see …") or a group it is one of ("one of four members who voted against")."""
    for found in relative.finditer(after, start):
        if _OWN_HEAD.fullmatch(after, 0, found.start()) or _ONE_OF.search(after, 0, found.start()):
            continue
        closing = after.find(",", found.end())
        unread.append((found.start(), closing if closing >= 0 else len(after)))


def _stance_of(before: str) -> bool:
    """Whether `before` ends in a stance word and "of" ("critical of", "supportive of"): what
    follows is the stance's object."""
    full = before.rstrip()
    if not full.endswith(" of"):
        return False
    head = full[:-3].rstrip()
    return any(
        m.end() in (len(head), len(full))
        for pattern in (OPPOSE, SUPPORT)
        for m in pattern.finditer(full, max(0, len(full) - 60))
    )


def _turned(text: str, at: int, side: str | None = None) -> bool:
    """Whether a clause of the same subject at `at` turns: "… but backed off", "but later
    apologized" (a change of mind after a side makes both ways); after `side`, also the other
    side or a worry, its subject a pronoun: "supports making groups report spending, but it
    worries the act goes beyond that"; or the other side later, its subject the same: "wouldn't
    back the bill, but then championed it"."""
    brk = CLAUSE_BREAK.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
    if brk is None:
        return False
    turn = _TURN.match(text, brk.end())
    seeming = _SEEMING.match(text, turn.end()) if turn else None
    if turn and MIXED.match(text, seeming.end() if seeming else turn.end()):
        return True  # "but backed off", "but sounded equivocal this week"
    if turn and side in ("supports", "opposes") and _CONCEDE.match(text, turn.end()):
        return True
    if turn and side in ("supports", "opposes") and turn.group("later"):
        # "wouldn't back an amnesty bill, but then championed one": a change of mind
        other = OPPOSE if side == "supports" else SUPPORT
        if other.match(text, turn.end()):
            return True
    pronoun = _PRONOUN_TURN.match(text, brk.end())
    if pronoun is None or side not in ("supports", "opposes"):
        return False
    other = OPPOSE if side == "supports" else SUPPORT
    return bool(other.match(text, pronoun.end()) or _WORRY.match(text, pronoun.end()))


def leading(
    sentence: Sentence, own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The actor's mentions (`own` spans) that lead their clause, as a subject does: not inside
    another actor's name ("NATO" in "NATO Secretary-General Jens Stoltenberg"), not after a
    preposition ("an office in Tokyo"), no other actor leading the clause before it, at most 8
    words in (after any "X reported that …"); or it is the subject of a relative clause ("X,
    who voted against …"). Each span runs from the mention to where its clause's words start:
    past the names joined with it ("Blunt, Bond and Talent called on …") and past the list of a
    group's members it heads or is one of ("companies, including Acme and Orbis, sent …")."""
    return [(lead.start, lead.end) for lead in _leads(sentence, own, others)]


@dataclass(frozen=True)
class _Lead:
    """A mention that leads its clause, from its start to where the clause's words start; and
    the words naming the group whose listed member it is ("critics of the plan")."""

    start: int
    end: int
    group: str | None = None


def _leads(
    sentence: Sentence, own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> list[_Lead]:
    """`leading`, with the group of a listed member."""
    text, base = sentence.text, sentence.start
    # A name that only qualifies the actor's role ("Orbis spokesman Otto Roe", "Orbis's chief
    # executive Otto Roe") names its employer: it leads no clause of its own.
    others = [
        (o_start, o_end)
        for o_start, o_end in others
        if not any(_QUALIFIER_GAP.fullmatch(text, o_end - base, start - base) for start, _ in own)
    ]
    found = []
    for start, end in _alone(own, others):
        if _in_capitals(text, start - base, end - base):
            continue  # "INDIANA'S DEMOGRAPHICS FAVOR CRUZ": a heading's words, no clause
        who = _WHO.match(text, end - base)
        # A "which" after a name in a phrase is about the phrase's head: "setting up an office
        # in Japan, which was brought to light last month".
        if who and not (who.group("which") and _in_a_phrase(text[: start - base])):
            found.append(_Lead(start, end))  # "Senator Feinstein, who voted against the deal"
            continue
        # One of several subjects joined by "and" ("McCain and Flake urged …", "Blunt, Bond
        # and Talent called on …"): the group leads, and its words follow the last of them.
        own_start, own_end = start, end
        joined = joined_names(text, base, start, end, others)
        start, end = joined[0][0], joined[-1][1]
        if end != own_end and _WHOLE_LIST.match(text, end - base):
            # "Mr. Clinton, Jimmy Carter and George W. Bush, all of whom opposed …": a relative
            # clause of every name listed, wherever the list stands in the sentence.
            found.append(_Lead(own_start, end))
            continue
        # A member listed after its group ("major retailers like Fenwick and Acme all wrote
        # …"): the group leads, its words follow the list; a group that lists its members
        # ("Republicans, including Roe and Doe, criticized …"): its words follow the list.
        group = None
        if member := _listed_member(text, start - base, end - base):
            group_start, opens, list_end = member
            group = text[group_start:opens]
            start, end = base + group_start, base + list_end
        elif members := _MEMBERS_AFTER.match(text, end - base):
            end = base + members.end()
        listed = member is not None or members is not None
        before = text[: start - base]
        clause = _clause_start(before)
        together = bool(  # "… and Roe all urged", "Roe and the NRA both opposed"
            _ALL_OF_THEM.match(text, end - base)
            and ((start, end) != (own_start, own_end) or _LAST_CONJUNCT.search(before[clause:]))
            and not _states_listed(text, base, joined)
        )
        if not together and _led_by_another(text, base, start, end, clause, others):
            continue  # another actor leads this clause: what follows is about it
        if (len(_subject_words(before, clause)) > 8 and not together) or _governed(before[clause:]):
            continue
        if _GUESSED.search(before[max(0, clause - 60) : clause]) or _HEDGED.fullmatch(
            before, clause
        ):
            continue  # "speculation that Brewer will veto", "Perhaps Brewer will veto": a guess
        if _DESCRIBED.search(before[clause:]):
            continue  # "has characterized Putin as trying to …": another's view of it
        if _WHETHER.search(before[clause:]) or _POLL.search(before[clause:]):
            continue  # "Whether Sanders sought … is unclear", "a poll showed Trump as the most
            # favored": a question about it or a poll's finding, no act of its own
        if (MODIFIES.match(text, end - base) or _MEMBERS_OF.match(text, end - base)) and not (
            together or listed
        ):
            continue  # "the NATO office", "Supreme Court justices": it names what follows
        if _IN_A_COMPOUND.match(text, end - base) or text.endswith("-", 0, own_start - base):
            continue  # "Roe-friendly activists", "anti-Roe protesters": a word of their name
        if (
            _title_cased(text)
            and MODIFIES.match(text.lower(), end - base)
            and (start, end) == (own_start, own_end)  # not "Roe and Doe Slam …", a verb
        ):
            continue  # "Another GOP Figure Endorses Roe": a headline's "GOP figure"
        possessive = POSSESSIVE.match(text, end - base)
        if (
            possessive
            and not AGENT.search(possessive.group("after"))
            and not _OWN_OFFICE.match(text, end - base)
            and not listed
        ):
            continue  # "NATO's abbreviation", "China's power": a thing of it, not it acting
        found.append(_Lead(own_start, end, group))
    return found


# A word joined to the actor's name by a hyphen: the two qualify what follows ("Roe-friendly
# activists won delegate slots", "Roe-backed candidates"), no clause of the actor's; but a
# measure or a move the actor made or backed is its own ("a Roe-backed lawsuit against the
# levy", "the Roe-sponsored bill").
_IN_A_COMPOUND = re.compile(
    r"-(?!(?:backed|sponsored|authored|drafted|led|funded|financed)\s+"
    rf"(?:[\w-]+\s+)?(?:{_MEASURE}|lawsuits?|suits?|challenges?|campaigns?|efforts?)\b)[a-z]"
)
# The actor's own office, right after its possessive, acts for it ("Roe's office disputed the
# report"); not an office named by a place ("Roe's Cape Town office").
_OWN_OFFICE = re.compile(r"[\u2019']s?\s+office\b", re.IGNORECASE)


# What stands between a name and a person's name it qualifies: up to two words and a role
# written before names, maybe after a possessive ("Orbis spokesman", "House Minority Leader",
# "Orbis's chief executive"); no verb or function word among them ("Roe told adviser Ada Lind",
# "Roe met adviser Bo Lind", "Roe praised chairman Bo Lind", "Roe and spokesman Bo Lind"). A
# possessive alone may own a place as well as a person ("Ohio's Hamilton"): not read.
_QUALIFIER_GAP = re.compile(
    r"(?:[\u2019']s)?\s+(?:(?!(?:"
    rf"{alternation(lexicon.entries('non_nouns'))}|{alternation(lexicon.entries('saying_verbs'))}"
    r")\s)[A-Za-z][\w-]*(?<!ed)(?<!ing)\s+){0,2}"
    rf"{phrases(lexicon.used_by('roles', 'before_name'))}\s+",
    re.IGNORECASE,
)
_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][A-Z.\u2019'-]*,?\s+)+$")
_CAPITALS_AFTER = re.compile(r"(?:[\u2019']S\b)?(?:,?\s+[A-Z][A-Z.\u2019'-]*\b(?![a-z]))+")


# A headline written in title case: its small words capitalised too ("Pays A Heavy Price For").
_SMALL_WORD_CAPITALISED = re.compile(r"\s(?:A|An|The|Of|For|To|In|On|With|And|At|By|As)\s")
_WORD = re.compile(r"[A-Za-z][\w\u2019'-]*")


def _title_cased(text: str) -> bool:
    """Whether a sentence is a headline in title case: five words or more, all capitalised, or
    a small word capitalised after its first word (`_SMALL_WORD_CAPITALISED`) and at least four
    in five of its words. A name there may stand before a noun it qualifies, capitalised as
    every word is ("Another GOP Figure Endorses Roe"), which the rules read in lower case."""
    words = _WORD.findall(text)
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) >= 5 and capitalised == len(words):
        return True
    return (
        len(words) >= 4
        and capitalised >= 0.8 * len(words)
        and _SMALL_WORD_CAPITALISED.search(text) is not None
    )


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` is written in capitals inside a run of three or
    more words in capitals: a heading ("INDIANA'S DEMOGRAPHICS FAVOR CRUZ")."""
    if not text[start:end].isupper():
        return False
    before = _CAPITALS_BEFORE.search(text, max(0, start - 80), start)
    after = _CAPITALS_AFTER.match(text, end)
    words = len(text[start:end].split())
    words += len(before.group().split()) if before else 0
    words += len(after.group().split()) if after else 0
    return words >= 3


# A list of a group's members (`lexicon/list_openers.txt`): names, each maybe after a few
# lower-case words ("retail giant Wal-Mart") and with a party tag, joined by commas and "and".
_OPENER = phrases(lexicon.entries("list_openers"))
_CAPITALISED = r"[A-Z][\w.&\u2019'-]*"
_MEMBER = (
    r"(?:the\s+)?"  # not "a": "including a Franco-German idea" lists no member by name
    r"(?:(?!(?:a|an|and|or|but|who|which|that|all|both|has|have|had|is|are|was|were|will|"
    r"would)\b)"
    r"[a-z][\w-]*(?<!ed)\s+){0,3}"
    rf"{_CAPITALISED}(?:\s+(?:(?:of|for|de|du|van|von)\s+(?:the\s+)?)?{_CAPITALISED})*"
    r"(?:\s*\([^()]{1,20}\))?"
)
_MEMBERS = rf"{_MEMBER}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+){_MEMBER})*"
# The clause goes on after the list, with its verb: "…, sent", "… all wrote" (not "and", a
# preposition or a relative: then the list is no subject).
_VERB_NEXT = (
    r"(?=\s*,?\s+(?!(?:and|or|but|in|on|at|of|for|to|with|from|by|which|who|whom|whose|that)\b)"
    r"[a-z])"
)
# After a group's name: its members, then the clause's verb ("Republicans, including Roe,
# criticized …").
_MEMBERS_AFTER = re.compile(
    rf"(?:\s*,\s*{_OPENER}|\s+(?!like\b){_OPENER})\s+{_MEMBERS}{_VERB_NEXT}\s*,?"
)
# The opener after a group's words: "companies, including", "retailers like".
_GROUP_OPENER = re.compile(rf"(?<=\w)\s*,?\s+(?P<opener>{_OPENER})\s+")
# A group is named in the plural: "companies", "critics of the plan", "Republicans", "people".
_PLURAL = re.compile(r"\b(?:[A-Za-z][\w-]*[^\Ws\u2019']s|people)\b")
_LISTED = re.compile(rf"{_MEMBERS}{_VERB_NEXT}\s*,?")
_MEMBER_LIST = re.compile(_MEMBERS)
# The actor joined to a group whose members are listed ("Acme and major firms including
# Orbis, Dover and Fenwick submitted briefs"): the named members share the group's verb with the
# actor, and end no clause of its. From the actor's end to a member: "and", at most three words,
# "including", "such as" or "like", then only names, commas and "and".
_INCLUDED_IN_SUBJECT = re.compile(
    r"\s+and\s+(?:[a-z][\w-]*\s+){1,3}(?:including|such\s+as|like)\s+"
    rf"(?:(?:{_CAPITALISED}|of|the|and)(?:,?\s+))*"
)
# A group that includes the members listed after its verb, the actor among them: "Critics of the
# plan include Roe and Doe", "Among the bill's supporters are Roe and Doe" (the group's words
# before the verb, a clause's opening before them).
_INCLUDES = re.compile(
    r"(?:^|[;:]\s*)(?:(?P<among>[Aa]mong)\s+)?(?P<group>[^,;:]{1,80}?)\s+"
    r"(?(among)(?:is|are|was|were)|(?:include|includes|included))\s+"
    rf"(?:{_MEMBERS}(?:\s*,\s*(?:and\s+)?|\s+and\s+))?$"
)


def _included_in_group(text: str, start: int, on_issue: OnIssue | None) -> str | None:
    """The side of a group named by a noun of stance (`stance_nouns.group`) whose members,
    listed after its verb, include the name at `start` of a sentence's `text`."""
    found = _INCLUDES.search(text, 0, start)
    return stance_nouns.group(found["group"], on_issue) if found else None


# A verb no group that leads its clause holds ("Obama urged companies like Acme …").
_GROUP_VERB = re.compile(rf"\b(?:{AGENCY})\b", re.IGNORECASE)
_GROUP_WORDS = 8


def _listed_member(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where the group starts, its list opens and the list ends, when the name at
    `start`..`end` of a sentence's `text` is a member listed after a group that leads its
    clause: "the executives of nine companies, including Acme and Orbis, sent …". The group is
    the words before the opener back to a comma or the clause's start, at most 8 words, no
    verb among them and no preposition first, the list the group's (`_list_of_group`). Not a
    possessive: "Angie" in "Angie's List"."""
    if _POSSESSIVE_S.match(text, end):
        return None
    for opener in _GROUP_OPENER.finditer(text, max(0, start - 400), start):
        listed = _LISTED.match(text, opener.end())
        if listed is None or not opener.end() <= start < end <= listed.end():
            continue
        before = text[: opener.start()]
        group_start = max(_clause_start(before), before.rfind(",") + 1)
        group = before[group_start:]
        words = group.split()
        if (
            not words
            or len(words) > _GROUP_WORDS
            or not _PLURAL.search(group)
            or words[0].casefold() in _PREPOSITIONS
            or _GROUP_VERB.search(group)
            or any(p.search(group) for p in (OPPOSE, SUPPORT))
            or not _list_of_group(words)
        ):
            continue
        group_start += len(group) - len(group.lstrip())
        return group_start, len(before), listed.end()
    return None


# Those who speak for a body (roles.tsv "acts_for": "heads", "officials", "leaders") and its
# executives: members listed after "the heads of six firms" share the heads' act.
_SPEAK_FOR = frozenset(lexicon.used_by("roles", "acts_for")) | {"executive", "ceo", "owner"}


def _list_of_group(words: list[str]) -> bool:
    """Whether a list after a group's `words` is of the group that leads the clause: no
    preposition among them ("major retailers like Acme"), a list of the words before it
    ("critics of the plan, including Roe": no plural after the preposition) or of those these
    speak for ("the heads of six firms, including Acme"); not of a phrase's object ("workers at
    companies such as Acme", "critics of companies like Acme", "voters in towns like Dover").
    A preposition between capitalised words is inside a name ("the Acme Chamber of Commerce
    and major firms, including …")."""
    at = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and w.casefold() in _PREPOSITIONS
            and not (
                words[i - 1][:1].isupper()
                and words[i + 1 : i + 2] != []
                and words[i + 1][:1].isupper()
            )
        ),
        None,
    )
    if at is None or not _PLURAL.fullmatch(words[-1]):
        return True
    head = words[at - 1].casefold()
    return head in _SPEAK_FOR or head.removesuffix("s") in _SPEAK_FOR


def in_member_list(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` of `text` is listed after a group's plural noun
    ("companies, including Acme and Orbis"): a member of it, so a name; not "Angie" in
    "Angie's List"."""
    if _POSSESSIVE_S.match(text, end):
        return False
    for opener in _GROUP_OPENER.finditer(text, max(0, start - 400), start):
        listed = _MEMBER_LIST.match(text, opener.end())
        if listed and opener.end() <= start < end <= listed.end():
            before = text[: opener.start()]
            phrase = max(before.rfind(mark) for mark in ",;:.!?\n") + 1  # the group's words
            return bool(_PLURAL.search(before, phrase))
    return False


def apposed(sentence: Sentence, end: int) -> bool:
    """Whether a noun of stance is in apposition to the name ending at `end` (an offset in the
    article): "Senator Roe, a staunch opponent of the levy" (whatever its object)."""
    return stance_nouns.apposed(sentence.text, end - sentence.start, lambda _: True) is not None


# Between two names joined in one subject: ", ", " and ", ", and ", " & ", after a party tag
# and before a title ("Lind (D-Ohio) and Senate Minority Leader Otto Roe").
_JOINED = re.compile(
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"  # "Roe of Ohio and Pike of Texas"
    r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:the\s+)?|\s*,?\s+(?:and|&)\s+" + DESCRIBED_NEXT + r")"
    r"(?:[A-Z][\w.-]*\s+){0,4}"
)
_JOINED_BY_AND = re.compile(
    r".*(?:\band|&)\s+" + DESCRIBED_NEXT + r"(?:[A-Z][\w.-]*\s+){0,4}", re.DOTALL
)


def _states_listed(text: str, base: int, names: list[tuple[int, int]]) -> bool:
    """Whether the names joined into one subject (`joined_names`) are several US states: "Rust
    Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush" tells how their
    voters voted, no side of the states' (session 61, audit s61-3)."""
    return len(names) > 1 and all(
        text[low - base : high - base].casefold() in US_STATES for low, high in names
    )


def joined_names(
    text: str, base: int, start: int, end: int, others: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The mentions (of `others`, and the one at `start`..`end`) joined into one subject with
    it by "and" ("John McCain and Jeff Flake", "Blunt, Bond, and Talent"), in text order; the
    mention alone when no "and" joins it to others. `text` is the sentence's, starting at
    `base`."""
    ordered = sorted(others)
    names, joined = [(start, end)], False
    while True:
        high = names[-1][1]
        nxt = next(
            (
                o
                for o in ordered
                if o[0] >= high and _JOINED.fullmatch(text, high - base, o[0] - base)
            ),
            None,
        )
        if nxt is None:
            break
        joined = joined or bool(_JOINED_BY_AND.fullmatch(text, high - base, nxt[0] - base))
        names.append(nxt)
    while True:
        low = names[0][0]
        prev = next(
            (
                o
                for o in reversed(ordered)
                if o[1] <= low and _JOINED.fullmatch(text, o[1] - base, low - base)
            ),
            None,
        )
        if prev is None or _governed(text[: prev[0] - base]):
            break  # none, or a name in a phrase before the subject ("In Washington, Obama and …")
        joined = joined or bool(_JOINED_BY_AND.fullmatch(text, prev[1] - base, low - base))
        names.insert(0, prev)
    return names if joined else [(start, end)]


def _in_a_phrase(before: str) -> bool:
    """Whether the word right before a mention puts it in a phrase ("an office in Japan")."""
    words = before.rsplit(maxsplit=1)
    return bool(words) and words[-1].casefold() in _IN_A_PHRASE


# The words from the actor to a name that is what the actor is: its own verb "to be" right
# before it ("were the only Republicans", "is one of the Democrats"), no verb of saying, no
# "that" or "who" between ("Roe said it was Democrats who …" is no predicate of Roe's).
_PREDICATE_OF = re.compile(
    r"(?:(?!\b(?:that|who|which|said|says|say|told|tells)\b)[^.;:\u201c\"]){0,80}?"
    r"\b(?:is|are|was|were)\s+(?:(?:the|a|an|only|one|of|among)\s+)*"
)


def _subject_words(before: str, clause: int) -> list[str]:
    """The words of a mention's clause before it (`clause` where it starts in `before`), past
    an introductory phrase opening the sentence ("In a sign of where things were headed, Sen.
    Roe …": "Sen."), which is no part of the subject."""
    if clause == 0 and (introduced := _INTRODUCED.match(before)) is not None:
        clause = introduced.end()
    return before[clause:].split()


_INTRODUCED = re.compile(INTRODUCTION)


def _clause_start(before: str) -> int:
    """Where the clause of a mention starts in the text `before` it: after a clause break, ",
    and" ("…, and Schumer denounced") or "that" ("X reported that …")."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    breaks += [m.end() for m in _AND_CLAUSE.finditer(before)]
    breaks += [m.end() for m in THAT.finditer(before)]
    return max(breaks, default=0)


def _led_by_another(
    text: str, base: int, start: int, end: int, clause: int, others: list[tuple[int, int]]
) -> bool:
    """Whether another actor's mention stands in the clause before the actor's (at `start` to
    `end`; the clause starts at `clause` of the text): not one the actor's name is in
    apposition to ("The Ohio Democratic leader, Representative Otto Roe of Dayton,
    also criticized …": the name is that subject), nor one in a phrase set before the subject
    with its comma ("In Washington, Obama …")."""
    leaders = [
        o
        for o in others
        if clause <= o[0] - base < start - base
        and not (_governed(text[clause : o[0] - base]) and "," in text[o[1] - base : start - base])
    ]
    if leaders and _APPOSITIVE_CLOSE.match(text, end - base):
        leaders = [
            o for o in leaders if not _APPOSITIVE_OPEN.fullmatch(text, o[1] - base, start - base)
        ]
    return bool(leaders)


# A verb of taking a side right before the mention (a title between at most): the mention is
# its object, not a subject leading the clause ("Several superdelegates supporting Sen. Sanders
# declined to comment"), unless its own act follows ("criticized Obama for proposing …", "support
# Paul Ryan, who will lead …").
_STANCE_VERB_BEFORE = re.compile(
    r"\b(?:support|back|endors|oppos|criticiz|criticis|attack|blast|slam|prais|defend|condemn|"
    r"denounc)\w*\s+(?:(?-i:[A-Z])[\w.]*\.\s+)?$",
    re.IGNORECASE,
)
_FOR_ITS_ACT = re.compile(r"\s+(?:for|over)\s+(?:[a-z]+\s+)?[a-z]+ing\b")
# Any verb in -ing right before the mention takes it as its object ("should consider bolting
# Clinton and backing him": the backing is theirs); not a word that opens a list or a phrase
# ("including", "according to", "during").
_GERUND_BEFORE = re.compile(
    r"\b(?!(?:including|according|during|regarding|concerning|following|excluding|"
    r"notwithstanding|pending|something|nothing|anything|everything|morning|evening|"
    # an adjective in -ing before a name: "several leading Republican candidates"
    r"leading|ruling|governing|sitting|outgoing|incoming|upcoming|remaining|founding|ranking|"
    r"rising|acting|presiding|reigning|aspiring|competing|visiting|serving|retiring|departing|"
    r"existing|emerging|working|striking|struggling|surviving|dissenting|neighbou?ring)\b)"
    r"[a-z]{2,}ing\s+$"
)


def _an_object(text: str, base: int, lead: _Lead) -> bool:
    """Whether the mention leading a clause is the object of a verb of taking a side before it
    (`_STANCE_VERB_BEFORE`), of any verb in -ing (`_GERUND_BEFORE`) or of a verb that keeps it
    from an act (`_KEPT_FROM_BEFORE`): the words after it are not its act. Only the stance
    rules ask; whether an actor takes a side anywhere (`leading`, actors.py) does not."""
    start, end = lead.start - base, lead.end - base
    if _FROM_AN_ACT.match(text, end) and _KEPT_FROM_BEFORE.search(text, max(0, start - 40), start):
        return True  # "would prevent Iran from engaging in …": the act is kept from it
    if _PASSED_BEFORE.search(text, max(0, start - 40), start):
        return True  # "The bill passed the House again over veto threats from …"
    return bool(
        (
            _STANCE_VERB_BEFORE.search(text, max(0, start - 40), start)
            or _GERUND_BEFORE.search(text, max(0, start - 40), start)
        )
        and not _FOR_ITS_ACT.match(text, end)
        and not _WHO.match(text, end)
    )


# The chamber a measure passed, right before the mention (`patterns.PASSED_CHAMBER`).
_PASSED_BEFORE = re.compile(r"\bpassed" + PASSED_INTO + r"(?:the\s+)?$")


# A verb that keeps someone from an act, right before the mention, the act after "from"
# ("prevent Iran from engaging in …", "kept Roe from voting"): the mention is its object, and
# the act is not its own (session 58, from a PolNeAR train sample: "The measures would also
# prevent Iran from … and block the administration" read as Iran's). Not a verb that makes
# someone act ("forces Republicans to reconsider their opposition": theirs still).
_KEPT_FROM_BEFORE = re.compile(
    r"\b(?:prevent|stop|keep|kept|bar|barr|block|prohibit|forbid|forbade)\w*\s+$",
    re.IGNORECASE,
)
_FROM_AN_ACT = re.compile(r"\s+from\s+(?-i:[a-z])[\w-]*ing\b")


# A body's members or followers named after it ("Supreme Court justices", "Acme employees").
_MEMBERS_OF = re.compile(rf"\s+{MEMBER_NOUN}\b")


def _governed(clause: str) -> bool:
    """Whether a preposition stands before the mention within its clause (a comma ends one too:
    "In May, Japan said"): "At the NATO summit", "between … and China"; but not one inside a
    title ("Ambassador to the US Koji Tomita")."""
    phrase = re.split(r"[,;:]", clause)[-1].split()
    return any(
        word.casefold() in _PREPOSITIONS
        and not (i and phrase[i - 1][0].isupper() and phrase[i - 1] != "According")
        for i, word in enumerate(phrase)
    )


def _first_cue(
    text: str,
    *,
    own_words: bool = False,
    reported: bool = False,
    person_next: bool = False,
    rest: str = "",
    judgments: bool = True,
    only_judgments: bool = False,
    on_issue: OnIssue | None = None,
) -> str | None:
    """The stance the first stance word of `text` shows, None when there is none or it is not
    plain (a negated opposition, a modal "would support", someone else's "outpouring of
    support"; but with `reported`, "would" right after the speaker's pronoun is "will" told
    later: "[she would veto the bill]"); "mixed" for a turn from one side to the other ("signed
    … after refusing to sign"). A stance word whose object is a decision or plan to act gives
    way to the act's word ("defended her decision to veto it"), or, against such a decision,
    shows no plain side ("criticized the decision to veto it"). With `own_words` (a quotation),
    only a stance
    word whose subject is the speaker (`FIRST_PERSON`) or the issue (`ISSUE_WORD`) counts.

    A stance word is no side on the issue when its object is not the issue: someone's words
    ("condemned Akin's comments", `NON_ISSUE_OBJECT`), another actor (`person_next`: `text`
    stops where another actor's name follows, no possessive: "slammed McConnell"), or when it
    is done to the actor ("was criticized by"); `rest` is what follows `text` in its sentence,
    where the object may stand. Nor is a stance word the actor's side when the actor receives
    it ("has support from", "picked up endorsements", "has endured criticism"), when it is in
    another sense ("in his favor", "a supporting role", "favored to win"), when a plural noun
    before it is its subject (`_other_subject`: "when black voters were backing her"), or when
    support is denied to no one in particular ("has not endorsed a candidate"), nor a word of
    another sense or part of speech ("opposition research", "an opposing campaign", "overstay
    his welcome"), nor one whose subject is other people ("those advocating"). Without
    `judgments`, a word that judges the issue ("a big mistake") is not read: the words are
    someone else's; with `only_judgments`, only such a word is. Where the topic is known
    (`on_issue`), a noun of stance for another thing ("support for the show") and an apology
    whose words do not name the topic are no side on it; with or without it, neither is "pushed
    back" against nothing named, "nothing to apologize for", a mistake the speaker made, a noun
    that names a thing ("support staff"), or what follows "as opposed to". Rejecting others'
    words ("rejected Saudi concerns") is no side, nor are those words read; on a topic that is
    no race, support of a person the words describe ("welcomed the former president") is
    none."""
    cues: list[tuple[int, str | None, bool]] = []  # where, the side, a support denied
    contrast = _AS_OPPOSED_TO.search(text)
    # "rejected criticism from Trump", "dismissed Saudi concerns", "rejected the label": a
    # defence of what the criticism is of, or a word refused; no side on the topic said, by the
    # rejection or by the words of the criticism it names (but "criticized such attacks"
    # opposes them).
    refused = [
        (m.start(), m.end() + found.end())
        for m in _REJECTING.finditer(text)
        if (found := _CRITICISM_OBJECT.match(text, m.end()))
    ]
    for pattern, stance in ((OPPOSE, "opposes"), (SUPPORT, "supports"), (MIXED, "mixed")):
        for m in pattern.finditer(text, 0, contrast.start() if contrast else len(text)):
            if any(start <= m.start() < end for start, end in refused):
                continue
            before = text[: m.start()]
            if _FAILED_TO.search(before):
                break  # "failed three times to refuse the endorsement of …": no act, no side
            tail = text[m.end() :] + rest
            if NON_ISSUE_OBJECT.match(tail) or _CALLED_NON_ISSUE.match(tail):
                continue  # "condemned Akin's comments": a side on someone's words
            word = m.group().lower()
            if _SELF_OBJECT.match(tail):
                continue  # "defends himself against claims": no side on the issue
            if (
                stance == "supports"
                and (own_record := _OWN_RECORD.match(tail))
                and not (on_issue is not None and on_issue(own_record.group()))
            ):
                continue  # "defended her record as secretary": a side on her own conduct
            if _object_elsewhere(tail, stance, on_issue):
                continue  # "lambasted American politicians", "signed a gun-control bill",
                # "decried political violence", "welcomed the former president": a side on
                # another thing than the topic
            if _ANYONE.match(tail):
                continue  # "free to support anyone": no one in particular
            if (
                word.startswith("endorsement")
                and _MAKE_AN.search(before)
                and not _OF_SOMEONE.match(text, m.end())
            ):
                continue  # "will make an endorsement in the race": none named yet
            if word.startswith("endors") and _IN_A_RACE.match(tail):
                continue  # "would endorse in this year's contest": none named
            if word.startswith("endorsement") and _COUNTED.search(before):
                continue  # "sits at zero such endorsements": counted, none given
            if (word in _NOUN_WELCOME and _DETERMINER_BEFORE.search(before)) or (
                word in _ADJECTIVE_SENSE and _DETERMINER_ADVERB_BEFORE.search(before)
            ):
                continue  # "overstay his welcome", "an opposing campaign": a noun's word
            if word.startswith("sign") and _SIGNED_PAPER.match(tail):
                continue  # "signed a petition against the plan", "signed a letter of apology":
                # the paper's words say the side, not the signing
            if word.startswith("defend") and _DEFENDED_HOLDING.match(tail):
                continue  # "are defending 26 Senate seats": held in a race, no side
            if word.startswith("block") and (
                _BLOCK_NOUN_BEFORE.search(before) or _BLOCK_BY_BLOCK.match(tail)
            ):
                continue  # "apartment block by apartment block", "two blocks away": a place
            if word in _NOUN_SENSE or (
                word == "opposition"
                and (
                    _OPPOSITION_AS_NAME.match(tail)
                    or (_THE_BEFORE.search(before) and not _OPPOSITION_TO.match(tail))
                )
            ):
                continue  # "her favorables sink", "opposition research", "the Syrian opposition"
            if (
                word in ("mistake", "error")
                and (_MADE_BEFORE.search(before) or _MADE_AFTER.match(tail))
                and not _JUDGED_ACT.match(tail)
            ):
                continue  # "do not make the same mistake", "the mistake I made": an error made,
                # no measure judged
            if stance == "opposes" and VIOLENT_OBJECT.match(tail):
                continue  # "condemned the attack": no side on the issue
            if stance == "opposes" and _CLAIM_OBJECT.match(tail):
                continue  # "rejected the claim that the levy was unfair": a claim rejected
            if BY_AGENT.match(m.group() + tail, len(m.group())):
                continue
            if _MET_WITH_BEFORE.search(before) and not _GERUND.match(m.group()):
                continue  # "frustrated by the rising opposition": others' (not "by backing it")
            if person_next and (
                _OBJECT_LEFT.fullmatch(text, m.end())
                or (stance in ("supports", "opposes") and _DESCRIBED_LEFT.fullmatch(text, m.end()))
            ):
                named = _NAME_OPENS.match(rest)
                if stance != "supports" and not _against_one_the_topic_names(
                    on_issue, named.group() if named else None
                ):
                    continue  # "criticized McConnell"; but "endorses Clinton" backs her side,
                    # and "opposed Trump" opposes "Trump's campaign"
                if not _OWNED_BEFORE.search(text) and _backs_another_actor(
                    on_issue,
                    named.group() if named else rest,
                    modifies=named is not None and _modifies(rest, named.end()),
                ):
                    continue  # "endorsed Cruz" on "education": a side on him, not on the topic
                    # (but "stood by his Syria decision", "signed the Dodd-Frank financial
                    # reforms": the name modifies a thing)
            if (
                stance == "supports"
                and not person_next
                and on_issue is not None
                and (named := _OBJECT_NAME.match(text, m.end())) is not None
                and (
                    _an_actor(on_issue, named.group("name"))
                    or _named_as_person(named.group("name"))
                )
                and _backs_another_actor(
                    on_issue, named.group("name"), modifies=_modifies(text, named.end())
                )
            ):
                continue  # "“I have decided to endorse Ted Cruz”" on "Conservative politics"
            if (
                person_next
                and _CALL_FOR.fullmatch(m.group())
                and _TITLE_LEFT.fullmatch(text, m.end())
            ):
                continue  # "calling for Gov. Brewer (to veto …)": what is asked of her says it
            if _PUSHED_BACK.fullmatch(word) and not _PUSHED_AGAINST.match(tail):
                continue  # "pushed back, saying the report was wrong": against what, unsaid
            aimed_at = _NOUN_OBJECT.match(tail) if _STANCE_NOUN_WORD.fullmatch(word) else None
            if (
                aimed_at
                and on_issue is not None
                and aimed_at.group("object")[:1].islower()
                and not stance_nouns.names_issue(aimed_at.group("object"), on_issue)
            ):
                continue  # "to demonstrate support for the show": a side on another thing
            if aimed_at and _aimed_at_a_person_only(stance, aimed_at.group("object"), on_issue):
                continue  # "opposition to Hillary Clinton" on "the Republican convention": a
                # side on her, as "opposed Hillary Clinton" (session 59, from a PolNeAR sample)
            plan = _PLAN_TO.match(tail)
            if plan and on_issue is not None and not on_issue(plan.group("what")):
                continue  # "critical of the NFU's plan to post armed guards": another plan
            act = _ANOTHERS_ACT.match(tail)
            if act and on_issue is not None and not on_issue(act.group("act")):
                continue  # "condemnation against Trump's move": for or against the topic, unsaid
            aimed = _purpose_side(m.group(), tail, on_issue) if stance == "supports" else None
            if aimed == "unclear":
                continue  # "a bill to deal with the issue of …": no side on the issue
            issue = ISSUE_WORD.match(text, m.start())
            if not issue and _anothers(before):
                continue  # "backed Mr. Roe's call for a ban", "Acme's opposition to": Roe's side
            if issue and not judgments:
                continue  # a judgment of the issue, in someone else's words: the speaker's
            if issue and not own_words and not reported and _LINKED_TO.fullmatch(before):
                continue  # "Garland looks dead on arrival": the actor is what is judged
            if only_judgments and not issue:
                continue
            if own_words and not (FIRST_PERSON.search(before) or issue):
                continue
            if (own_words or reported) and issue and _judges_another(before, on_issue):
                continue  # "Our leadership is weak and ineffective", "said the attack was
                # despicable": the leadership, the attack judged
            if own_words and stance == "mixed" and not _OWN_SUBJECT.search(before):
                continue  # "I hope he will apologize": his change of mind, asked for
            if _APOLOGY.match(word) and (
                _NOTHING_TO.search(before) or (on_issue is not None and not on_issue(text + rest))
            ):
                continue  # "has nothing to apologize for": none; "I was wrong, and I apologize"
                # in a story on a Senate race: for words or an act, no turn on the issue unless
                # its words name the issue
            if _PASSIVE.search(before) and not _ATTITUDE.match(m.group() + tail):
                continue  # "has been criticized for …": done to the actor, not by it
            if reported and not (
                REPORTED_SUBJECT.search(before)
                or issue
                or _OWN_PLAN_OPENS.match(before)
                or _OWN_BODY_SUBJECT.match(before)
            ):
                continue
            if (
                (NOT_PLAIN_BEFORE.search(before) and not (reported and _BACKSHIFTED.match(before)))
                or _WHETHER.search(before)
                or _ASKED_WHY.search(before)
                or _denied(before)
            ):
                continue
            if _QUANTITY_DEAL.search(text, 0, m.end()):
                continue  # "it means a great deal to me": a quantity, no measure judged
            if word == "advocates" and _ADVOCATES_NOUN.match(tail):
                continue  # "a difficult relationship with immigrant advocates over …": people
            if _SUPPORT_AS_NAME.match(text, m.start()):
                continue  # "a rural support base", "support staff"
            if _SUPPORTING_PART.match(text, m.start()) or (
                _FAVOUR_WORD.match(text, m.start()) and _BEFORE_A_FAVOUR.search(before)
            ):
                continue  # "in Sanders' favor", "a supporting role": no side
            if _NAMED_ADVOCATE.match(text, m.start()):
                continue  # "Consumer Advocate TV": a name
            if (
                m.group().endswith("ed")
                and _COMPOUND_BEFORE.search(before)
                and _NOUN_AFTER.match(text, m.end())
            ):
                continue  # "a tea-party backed candidate": the compound's backer, not the actor
            if any(
                f.start() <= m.start() < f.end()
                for f in _FAVOURED.finditer(text, max(0, m.start() - 40), m.end() + 4)
            ):
                continue  # "strongly favored to keep the House": expected to win
            if (
                m.group().endswith("ed")
                and _AS.match(text, m.end())
                and _MEASURE_DESCRIBED.search(before)
            ):
                continue  # "a bill criticized as anti-gay": what others call the measure
            if _ATTRIBUTIVE.match(text, m.start()):
                continue  # "enthusiastic supporters", "an enthusiastic crowd": theirs
            if _WHOEVER.search(before):
                continue  # "an ally of whoever provides support for …": no one named
            support_noun = SUPPORT_NOUN.match(m.group())
            if (support_noun or _RECEIVED_NOUN.fullmatch(word)) and (
                GATHERED.search(before)
                or SUPPORT_FROM.match(text, m.end())
                or (support_noun and _MODIFIED_SUPPORT.search(before))
            ):
                continue  # "rounding up conservative support", "support from", "winning favor
                # from super PACs", "generated enthusiasm": received
            if not (own_words or reported) and _other_subject(before, m.group()):
                continue  # "when black voters were backing Clinton": their side
            if not (own_words or reported or issue) and _THAT_SUBJECT.search(before):
                continue  # "rips the deal, arguing that the deal favors creditors": the deal's
            if _others_pronoun(before):
                continue  # "those advocating", "he thinks many back Roe": theirs
            if not own_words and _THEY_SUBJECT.search(before) and _HIM_OR_HER.match(text, m.end()):
                continue  # "told his audience they wouldn't back him": theirs, the actor "him"
            if _ASKED.match(text + rest, m.end()):
                continue  # "Will you back the bill?", "Does Roe oppose it, but …?": a question
            to = TO_VERB.match(text, m.end())
            if stance == "supports" and to and OPPOSE.match(text, to.end()):
                continue  # "wants to block", "plans to veto": the verb after it says the side
            plan = _PLAN_AFTER.match(text, m.end())
            if plan and (OPPOSE.match(text, plan.end()) or SUPPORT.match(text, plan.end())):
                if stance == "supports":
                    continue  # "defended her decision to veto it": the act decided says it
                if stance == "opposes":
                    # "criticized the decision to veto it": against the act, on the issue
                    # whichever way; no plain side
                    cues.append((m.start(), None, False))
                    continue
            if (
                _REFUSED.fullmatch(m.group())
                and to
                and (
                    OPPOSE.match(text, to.end())
                    or SUPPORT.match(text, to.end())
                    or _DISOWN.match(text, to.end())
                    or UNSPOKEN.match(text, to.end())
                    or _NAMING.match(text, to.end())
                    or _ATTACKING.match(text, to.end())
                    or _SAYING_IT.match(text, to.end())
                    or _OWN_CONDUCT.match(text, to.end())
                    or _BAN_VERB.match(text, to.end())
                    or _DISCLOSING.match(text, to.end())
                    or to.end() == len(text)
                )
            ):
                continue  # "refused to back" (negated there: opposes), "refuses to disavow",
                # "refused to discuss the matter" (no side); the clause cut at a verb of saying
                # ("refused to [say that …]"): words withheld, no side; "refused to ban all
                # the country's athletes": a ban not made, no plain side
            side = stance
            if stance == "opposes" and (lack := _LACK_OF.match(tail)):
                if on_issue is None or not on_issue(lack["thing"]):
                    continue  # "criticized the party's lack of environmental awareness" on
                    # "clean energy policy": for another thing (session 59, from PolNeAR dev)
                side = "supports"  # "decried the lack of clean energy policy": for it
            if stance == "opposes" and (weak := _WEAK_OBJECT.match(tail)):
                if on_issue is None or not _restricting(on_issue) or not on_issue(weak["thing"]):
                    continue  # "criticized the weak toll plan": against it, or for a stronger one
                side = "supports"  # "criticized her state's lax gun laws" on "gun control"
            plain = not WISH.fullmatch(m.group())
            undone = _issue_undoes(tail, on_issue) if stance != "mixed" else None
            undoing = bool(undone) or (
                stance != "mixed" and undone is None and _undoes_issue(tail, on_issue)
            )
            # A call for someone to go, where the topic names the going or the one asked
            # (`_going_side`); None where it names neither.
            against = None
            if on_issue is not None and stance == "supports":
                going = _GOING_ASKED.match(text, m.start())
                if going:
                    against = _going_side(going["going"], going["who"], on_issue)
                    if (
                        against is None
                        and not on_race(on_issue)
                        and going["who"].strip().casefold() != "them"
                    ):
                        continue  # "called on him to resign" on "the toll plan": a side on
                        # him, none on the topic that does not name him nor his going ("them"
                        # stands for a named actor asked, read by its name: `_clause_stance`)
            if stance == "supports" and not undoing and _banned_elsewhere(text, m.end(), on_issue):
                continue  # "a call for a ban on Muslims entering" on "the border wall": a side
                # on what is banned, another thing
            if stance == "opposes" and _ban_opposed_elsewhere(tail, on_issue):
                continue  # "opposed Roe's proposed ban on street vendors" on "Roe's
                # resignation": a side on what is banned, another thing
            move = (
                _against_move(text, m.end(), tail, on_issue, plain=plain)
                if stance == "supports" and not undoing and against is None and undone is None
                else None
            )
            if aimed is not None:
                side = aimed  # "introduced legislation to end birthright citizenship": against it
            elif against is not None:
                # "called on Roe to resign": support on "whether Roe should resign", a move
                # against Roe on Roe's candidacy
                side = "opposes" if against else "supports"
            elif undoing:
                # "backs the repeal of the levy", "opposes Roe's plan to end the levy", on the
                # levy: the side on the undoing is the other side on the issue.
                side = "opposes" if stance == "supports" else "supports"
            elif move:
                side = "opposes"  # "called for a boycott": support of a move against it
            elif (
                move is None
                and stance == "supports"
                and WISH.fullmatch(m.group())
                and (
                    _SOME_MEASURE.match(tail)
                    or not (
                        _wished_measure(tail)
                        or _PLAIN_SUPPORT.match(text, m.start())
                        or _wished_topic(tail, on_issue)
                        or undone is False
                    )
                )
            ):
                continue  # "praised the coalition", "sought to counter …": its object's side;
                # "called for a budget that …": some measure, not the one at issue
            if side == "supports" and _ANYONE_BUT.match(text, m.end()):
                side = "opposes"  # "voting for anyone but Roe": against Roe
            negation = NEGATION.search(before) or _NOT_GIVING.search(before)
            if negation and (_NO_ONE_YET.search(negation.group()) or _NO_ONE_YET.match(tail)):
                continue  # "has not endorsed a candidate", "hasn't yet endorsed": no side yet
            if negation and _DISOWN.search(negation.group()):
                continue  # "refuses to disavow the endorsement": a denial denied, no plain side
            if negation and _SAYING_IT.search(negation.group()):
                continue  # "declined to reaffirm her support": the words withheld, no side
            if negation and _PROPOSING.match(word):
                # "did not unveil plans to pay for it", "has not proposed a bill": nothing put
                # forward, no side (session 59, from PolNeAR dev, where it read as opposition)
                cues.append((m.start(), None, False))
                continue
            if negation:
                # "not in favor" opposes; "did not oppose", "not ambivalent" say no plain side.
                # A negated opposition to an undoing says no plain side either.
                denied = side == stance == "supports"
                cues.append((m.start(), "opposes" if denied else None, denied))
            else:
                cues.append((m.start(), side, False))
    if not cues:
        return None
    cues.sort(key=lambda cue: cue[0])
    first_at, first, denied = cues[0]
    for at, then, _ in cues[1:]:
        if {first, then} == {"supports", "opposes"} and CHANGE.search(text, first_at, at):
            return "mixed"  # both ways, a change of mind ("signed … after refusing to sign")
        if denied and then == "supports":
            return None  # "I don't want a summary! I want the whole report": a contrast
    return first
