"""The regular expressions of the rules, composed in one place from the word lists in `lexicon/`.

Fragments (strings, to compose further) and compiled patterns are public so that each can be
tested on its own (tests/test_patterns.py). Alternations are built from sorted entries: a list's
order never matters. Where two entries could match at one place, the shorter is a prefix of the
longer and sorts first ("told" before "told\\s+\\w+"), which is the preference the rules rely on;
elsewhere every use is bounded (`\\b`, `\\s+`, a lookahead), so that at most one entry matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import lexicon


def alternation(fragments: Iterable[str]) -> str:
    """Regex fragments as one non-capturing group of alternatives, in sorted order."""
    return "(?:" + "|".join(sorted(fragments)) + ")"


def phrases(entries: Iterable[str]) -> str:
    """Plain words or phrases as an alternation: escaped, any whitespace between words."""
    return alternation(re.escape(e).replace(r"\ ", r"\s+") for e in entries)


# The plural roles that end a group the text describes speaking (roles.tsv `group`: "officials",
# "critics", "union leaders"; `actors.described_group`): no "he" or "she" stands for one.
GROUP_ROLES = frozenset(lexicon.used_by("roles", "group"))

# --- Who says a quote (attribute.py) ---------------------------------------------------------

VERBS = alternation(lexicon.entries("reporting_verbs"))
# The verbs that may come first, before the speaker: "Said Ellis: "…"".
VERB_FIRST_WORDS = ("said", "says", "added", "wrote", "asked")
VERB_FIRST = alternation(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in VERB_FIRST_WORDS)

# Words that open an introductory phrase before a sentence's subject ("During a speech …, ").
OPENERS = alternation(lexicon.entries("introduction_openers"))
# A name: capitalised words, the first not a capitalised function word ("During a speech …").
# A party tag after a name ("Mitt Romney, R-Utah, said"; "(D-Va.)") is no name either.
PARTY_TAG = r"[DRI]-[A-Z][\w.]*"
NOT_A_NAME = rf"(?!(?:{OPENERS}|{alternation(lexicon.entries('not_name_openers'))})\b|{PARTY_TAG})"
NAME = (
    rf"(?:{NOT_A_NAME}[A-Z][\w\u2019'.-]*"
    rf"(?:\s+(?:[A-Z][\w\u2019'.-]*|{alternation(lexicon.entries('name_particles'))})){{0,4}})"
)
ARTICLE = r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)"
DESC_HEAD = phrases(lexicon.used_by("roles", "describes"))
# Nouns for a body's members or followers (lexicon/member_nouns.txt): "Acme employees", "Ms.
# Roe's supporters" are those people, not the body or person named.
MEMBER_NOUN = phrases(lexicon.entries("member_nouns"))
# Such a noun before the one whose followers or members they are: "supporters of", "critics of",
# "voters for".
FOLLOWERS_OF = rf"{MEMBER_NOUN}\s+(?:of|for)\s"
# A role before a name: "Lind lawyer Dan Roe", "9/11 widow Rita Moss", "MSNBC host
# Chris Matthews", "Lind campaign spokesman Dan Roe", "Acme executive director Ann Roe", "Dayton
# resident Bo Lind" (up to two capitalised words, then up to two lower-case ones before the role
# noun, after a capitalised one only: "the lawyer" is a description). The role stays outside the
# speaker, who is the name.
ROLE_BEFORE = (
    r"(?:(?:(?:[A-Z][\w\u2019'./-]*|\d[\w/]*)\s+){1,2}(?:[a-z][\w-]*\s+){0,2}?)?"
    + phrases(lexicon.used_by("roles", "before_name"))
    + r"\s+"
)
# Right after a quotation, the verb of saying anchors the speaker, so the words of role before
# the name can be any but a verb of saying ("White House press secretary Josh Earnest said",
# "panel Chairman Rep. Jason Chaffetz (R-Utah) said", "IMF chief economist Maury Obstfeld
# said"), and a speaker described by any noun phrase ("the book said", "a friend commented").
ANY_ROLE = rf"(?:(?!{VERBS}\b)[\w\u2019'./-]+\s+){{0,5}}?"
# A word of a description: no dash ("the study -- which notes": a dash written "--" ends it).
_DESC_WORD = r"(?!-)[\w\u2019'-]+"
# A description ends at its head, not at a word of roles that modifies another ("a senior
# agency official": the official, not "senior agency").
DESC = rf"(?:{ARTICLE}\s+(?:{_DESC_WORD}\s+){{0,4}}?" + DESC_HEAD + rf"\b(?!\s+{DESC_HEAD}\b))"
# A described speaker ends in its noun, not a word that goes on to something else ("I had
# written a brief note to read": no speaker "a brief note to").
_NOT_A_HEAD = r"(?!(?:to|of|for|in|on|at|by|with|from|and|or|but|that|than|as)\b)"
ANY_DESC = rf"(?:{ARTICLE}\s+(?:{_DESC_WORD}\s+){{0,4}}?{_NOT_A_HEAD}[a-z][\w-]*)"
PRONOUN = r"(?:he|she|they|He|She|They)"
PARTICIPLE = alternation(lexicon.entries("reporting_participles"))
# A word that tells one of a family apart by age: "the younger Mr. Roe", "the elder Roe".
AGE_WORD = r"(?:younger|elder|older)"
# The honorifics written before a surname, capitalised: "Mr. Roe", "Miss Lind".
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss)"
# "The" before a name, with a word that tells one of a family apart by age ("said the younger
# Mr. Roe": `actors.find_speaker`).
THE_NAMED = rf"(?:[Tt]he\s+(?:{AGE_WORD}\s+)?)?"
SPEAKER = rf"(?:{ROLE_BEFORE})?(?P<speaker>{THE_NAMED}{NAME}|{DESC}|{PRONOUN})"
SPEAKER_AFTER = rf"{ANY_ROLE}(?P<speaker>{THE_NAMED}{NAME}|{ANY_DESC}|{PRONOUN})"
# Between a speaker and its verb: an adverb or auxiliary, or "goes on to" ("The letter goes on
# to say: …": the letter's words).
ADVERB = r"(?:\s+(?:\w+ly|has|had|have|also|later|then|once|(?:go(?:es)?|went)\s+on\s+to))?"
# What may stand between a speaker after the quote and its verb: appositions ("Mitch McConnell,
# R-Ky., said"; "Ada Lind, the attorney general of Vermont, one of the states fighting it,
# said") or a short phrase ("Mr. Hale of the Green Fund said", "a narrator in the Lind ad asks"),
# after a party and state in parentheses ("Rep. John Mica (R-Fla.) said").
PARENTHESIS = r"(?:\s*\([^()\n]{1,40}\))?"
APPOSITION = r"(?:,[^,\u201c\u201d\"\n]{1,100}?){1,2},"
PHRASE = r"\s+(?:in|of|for|at|from|with)\s+(?:the\s+)?[\w\u2019'.-]+(?:\s+[\w\u2019'.-]+){0,2}?"
# Words of role between a verb of saying and the name after it, the first in lower case: "said
# former Ohio governor Ada Lind", "said retired Army Lt. Gen. Bo Roe", "said election lawyer Dan
# Roe", "added his campaign manager Jo Lind" (up to four; none that opens a phrase of its own,
# "said in a statement", "said on Tuesday", nor an article or a number: "said the former
# governor", "said one Lind adviser" are descriptions). The name is the whole capitalised run,
# and no word of role itself: what follows it ends the name ("said former Ohio congressman Bo
# Roe", where "Ohio" is no speaker; "said former Ohio Gov. and party chair Bo Roe" gives none).
# Only after a verb that takes no listener ("told reporters" does).
_MODIFIER = (
    rf"{_NOT_A_HEAD}(?!(?:during|after|before|about|over|this|last|next|when|while|if|the|an?"
    r"|one|another|two|three|some|many|several|it|he|she|they|we|you)\b)[a-z][\w-]*"
)
_DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)
_NAME_ENDS = (
    r"(?=\s*[,;:(\u2014\u2013]|\s*$|[.!?](?:\s+[A-Z\u201c\"]|\s*$)"
    r"|\s+(?:of|who|whose|on|in|at|during|after|before|about|as|to|from|with)\b)"
)
MODIFIED_SPEAKER = (
    rf"(?:{alternation(VERB_FIRST_WORDS)})\s+(?:(?:his|her|their)\s+)?{_MODIFIER}\s+"
    rf"(?:(?:{_MODIFIER}|[A-Z][\w\u2019'.-]*)\s+){{0,3}}?"
    rf"(?!{_DATE_WORD})(?P<speaker>{NAME}){_NAME_ENDS}"
)

# A preposition that ends a name a tagger's source runs on past, before a lower-case word or
# nothing: "Trump at the time", "Trump in his", "Romney for" (not "Bank of America", "Officials
# with the Acme Party", "Democracy for America": of and with never end one, and for before an
# article and a name goes on).
SOURCE_TAIL_PREPOSITION = (
    r"(?:at|in|on|during|for|after|before|since|amid)(?=\s+(?!(?:the|a|an)\s+[A-Z])[a-z]|\s*$)"
)

# A phrase of time after a speaker as written: "The congressman over the weekend (joked)", "the
# senator on Monday", "the mayor last week": when, not who.
WHEN_AFTER = re.compile(
    r"\s+(?:over|during|on|in|late|early|earlier|later|last|this|next)\s+(?:the\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|weekend|week|month|year"
    r"|morning|afternoon|evening|night|day)$",
    re.IGNORECASE,
)

# The speaker in the text right after a quotation ("…," X said; "…," said X).
AFTER_QUOTE = [
    re.compile(
        rf"^[\s,.:;!?-]*{SPEAKER_AFTER}{PARENTHESIS}(?:{APPOSITION}|{PHRASE})?{ADVERB}"
        rf"\s+{VERBS}\b"
    ),
    re.compile(rf"^[\s,.:;!?-]*{VERBS}\s+{SPEAKER}\b"),
    re.compile(rf"^[\s,.:;!?-]*{MODIFIED_SPEAKER}"),
]
# A quotation signed with a dash, as vox pops and epigraphs are: "“…” ― Pamela Padilla".
SIGNED = re.compile(rf"^\s*[\u2014\u2015\u2013]\s*(?P<speaker>{NAME})\s*(?:[,(]|[.\s]*$)")
# Between the verb and the quote: anything but an article or possessive, which would make the
# quoted words an object ("announced the "Partnership Program"") rather than speech.
FILLER = r"(?:[^.\u201c\"]{0,80}?[^\s.\u201c\"](?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir))?"
CONNECTIVE = rf"(?:{alternation(lexicon.entries('connectives'))},\s+)?"
# An introductory phrase before the subject: "During a speech that morning, Grant …"
INTRODUCTION = rf"(?:{OPENERS}\b[^,\u201c\"\n]{{0,100}},\s+)?"
# Words that open a clause of its own after a comma ("…, said Doe, and Roe called it").
CLAUSE_LINKS = (
    r"(?:and|but|or|nor|yet|so|while|whereas|though|although|because|as|since|when|after"
    r"|before|if|unless|until|where|then)"
)
# A speaker's name is no possessive: "Roe's comments came as …", "Roe's campaign released a
# statement, saying …" (the comments, the campaign, not Roe).
NOT_POSSESSIVE = r"(?<![\u2019']s)"
# The speaker in the text before a quotation, back to the start of its sentence.
BEFORE_QUOTE = [
    # An apposition, after a party tag: "Sen. Ada Lind, R-Utah, whose plans … shifted, said"
    re.compile(
        rf"{SPEAKER}{NOT_POSSESSIVE}(?:,\s*{PARTY_TAG}(?=,))?(?:,[^,\u201c\u201d\"]{{1,90}},)?"
        rf"{ADVERB}\s+{VERBS}\b{FILLER}[,:]?\s*$"
    ),
    # A described speaker leading its clause: "…, a friend commented: "…""
    re.compile(rf"(?:^\s*|,\s+)(?P<speaker>{ANY_DESC}){ADVERB}\s+{VERBS}\b{FILLER}[,:]?\s*$"),
    re.compile(rf"\baccording\s+to\s+{SPEAKER}[^.\u201c\"]{{0,40}}[,:]?\s*$"),
    # "X, who said …", "the Farm Workers Council, which sent many notes saying"
    re.compile(rf"{SPEAKER},\s+(?:who|which)\s+{VERBS}\b[^.\u201c\"]{{0,80}}$"),
    # The verb first: "Said Ellis: "…""; set off in the sentence: "Her views, said Jane Doe,
    # the press secretary, are "…"", the clause going on with no conjunction nor verb of saying
    # (not "…, said Doe, and Roe called it "…"": a clause of its own, another's words).
    re.compile(
        rf"(?:^\s*|[,;]\s+){VERB_FIRST}\s+{SPEAKER}"
        rf"(?:\s*[,:]|(?:,[^,\u201c\u201d\"\n]{{1,90}})?,\s+(?=[a-z])"
        rf"(?:(?!\b(?:{CLAUSE_LINKS}|{VERBS}|call(?:s|ed|ing)?)\b)[^.,\u201c\u201d\"\n]){{0,60}})\s*$"
    ),
    # The sentence's subject, then a participle of saying: "China also expressed its opposition
    # to the office, claiming that it would … and that an "…""; "Dean, a former chairman, poked
    # at Trump's sniffing during the debate, tweeting, "…""
    re.compile(
        rf"^\s*{CONNECTIVE}{INTRODUCTION}{SPEAKER}{NOT_POSSESSIVE}[\s,][^.\u201c\"\n]{{0,200}}?,\s+"
        rf"{PARTICIPLE}\b[^.\u201c\"\n]{{0,150}}$"
    ),
    # The sentence's subject, then its verbs joined by "and", the last one of saying: "Grimm
    # stormed back, leaned into him and said, "…""; "Roe met President Lind and added: "…"".
    # The verb after the subject is no verb of saying (the first pattern reads those), and no
    # word between opens another clause ("Roe attacked the aide, who smiled and said …": the
    # aide's words; "Roe spoke, and then Lind said": the first pattern's).
    re.compile(
        rf"^\s*{CONNECTIVE}{INTRODUCTION}{SPEAKER}{NOT_POSSESSIVE}\s+(?!{VERBS}\b)[a-z]"
        rf"(?:(?!\b(?:{CLAUSE_LINKS}|who|whom|which|that)\b)[^\s.;:\u201c\u201d\"\n]+,?\s+)"
        rf"{{1,12}}and\s+(?:then\s+)?{VERBS}\b{FILLER}[,:]?\s*$"
    ),
]
# Where an attribution after a quote that ends its sentence ends: "demanded." "said Friday."
# "tweeted early Tuesday." "said in a statement Monday." (a word, then a time or a place).
ATTRIBUTION_END = re.compile(
    r"(?:\s+\w+)?(?:\s+(?:on|in|at|during|from|after|before|early|late|last|this)\b"
    r"(?:\s+[\w\u2019'-]+){0,3})?\s*[.,]"
)


# --- A name after a preposition (referents.py, speakers.py) -----------------------------------

# Prepositions that the rules' list (lexicon `prepositions`) leaves out: a name right after one
# is its object ("serving under Obama", "a rift among Republicans", "passed without Congress").
MORE_PREPOSITIONS = (
    "across", "alongside", "amid", "among", "around", "behind", "beyond", "despite", "during",
    "through", "under", "upon", "without",
)  # fmt: skip


def preposition_before(words: Iterable[str], *, article: bool = True) -> re.Pattern[str]:
    """One of the prepositions `words`, maybe with "the" (never, without `article`), that ends
    where the search does: a search up to a name's start finds the preposition it is the object
    of ("calls for Schumer", "handed to the party leader"), as group `preposition`."""
    the = r"(?:the\s+)?" if article else ""
    return re.compile(rf"(?<![\w-])(?P<preposition>{alternation(words)})\s+{the}$", re.IGNORECASE)


# --- Stance (stance_rules.py) ----------------------------------------------------------------


def _stance_words(use: str) -> str:
    return alternation(lexicon.used_by("stance_words", use))


# A word of stance anywhere in a sentence: it may show a side being taken.
STANCE_CUE = re.compile(rf"\b{_stance_words('cue')}\b", re.IGNORECASE)
# "turned against each other": no side on anything.
AGAINST = alternation(lexicon.entries("stance_against_verbs")) + (
    r"\s+(?:\w+ly\s+)?against(?!\s+(?:each\s+other|one\s+another)\b)"
)
OPPOSE = re.compile(
    rf"\b{alternation([*lexicon.used_by('stance_words', 'oppose'), AGAINST])}\b", re.IGNORECASE
)
SUPPORT = re.compile(rf"\b{_stance_words('support')}\b", re.IGNORECASE)
MIXED = re.compile(rf"\b{_stance_words('mixed')}\b", re.IGNORECASE)
# A verb of wanting, asking or praising ("wants", "called for", "praised"): its side is its
# object's (stance_rules reads it only when that is a measure).
WISH = re.compile(_stance_words("wish"), re.IGNORECASE)
# "not", "never", "didn't", "cannot", "refused to", "avoids" up to two words before a stance
# word, in its clause: "not in favor", "has not supported", "didn't back", "cannot currently
# support", "refuses to disavow", "avoids condemning"; not "it hasn't worked; we want".
NEGATION = re.compile(
    r"(?:\b(?:not|no|never|nor|cannot|(?:refus|declin)\w*\s+to|avoid\w*)|n[\u2019']t)"
    r"[^\w.,;:!?]+"
    r"(?:\w+[^\w.,;:!?]+){0,2}$",
    re.IGNORECASE,
)
# A poll or a survey: its share or finding is no side of the actor it names.
POLL = r"\b(?:polls?|polling|surveys?)\b"
# A share: "47 percent", "Seventy-four percent", "12%"; of a group, before the group's name
# ("47 percent of"): no side of the group's, and no speaker of a statement.
SHARE = r"(?:\d[\d.,]*\s*%|[\w-]+\s+(?:percent|per\s+cent))"
SHARE_OF = rf"{SHARE}\s+of"
# Between the pieces of a list of names (", ", " and ", ", and ", " & "), and the "and" that
# makes one a list of several ("Mr. Grassley and Mr. Leahy"): the sources of a joint statement
# (statements.py) and a speaker written as a list of actors (actors.py).
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
JOINED_BY_AND = re.compile(r"\s(?:and|&)\s")
# A verb of causing others' reaction: "sparked opposition", "ignited criticism from business
# groups", "stirred objections from", "generated support": the reaction is theirs, not the
# subject's.
PROVOKING = (
    r"(?:spark(?:s|ed|ing)?|provok(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|"
    r"ignit(?:e|es|ed|ing)|stir(?:s|red|ring)?|fuel(?:s|ed|led|ing|ling)?|"
    r"generat(?:e|es|ed|ing))"
)
# Before a stance word, what makes it no plain side of the actor's: a modal ("she would
# support", "it could block", "may be willing to back"; not the month "May"), "of" ("an
# outpouring of support", "in the face of criticism": someone else's), someone else asked to do
# it ("calls on Roe to resign"), or the actor at the receiving end ("has faced similar
# criticism", "had drawn resistance from", "has endured criticism", "sparked opposition",
# "battled staunch opposition from the media", "overcame opposition", "struggled with his
# criticism", "responded to criticism", "dealt with criticism"), a side not taken yet, or a
# poll's share (in the stance word's own clause).
NOT_PLAIN_BEFORE = re.compile(
    r"(?:\b(?:would|could|might|(?-i:may))\W+(?:\w+\W+){0,5}|\bof\s+|"
    r"\b(?:call\w*\s+on|urg\w*|ask\w*|told|tell\w*|pressur\w*|push\w*|calls|demands)\s+(?:[\w.\u2019'-]+\s+){1,3}"
    r"to\s+|\babout\s+|"
    r"\b(?:fac(?:e|es|ed|ing)|dr[ae]wn?|draws|drawing|receiv\w*|enjoy\w*|met\s+with|amid|"
    rf"under|endur\w*|weather\w*|incur\w*|attract\w*|{PROVOKING}|"
    r"rebut\w*|deflect\w*|shrug\w*\s+off|brush\w*\s+(?:off|aside)|"
    r"battl(?:e|es|ed|ing)(?!\s+(?:to|against)\b)|overc[ao]m\w*|fend\w*\s+off|"
    r"struggl\w*\s+with)\s+"
    r"(?:\w+\s+){0,2}|"
    # Answered or dealt with, the stance word its object ("responded to growing criticism"; not
    # "sought to deal with slavery by supporting …").
    r"\b(?:respond\w*\s+to|repl(?:y|ies|ied|ying)\s+to|deal(?:s|t|ing)?\s+with)\s+"
    r"(?:(?:the|that|this|such|some|much|his|her|their|its)\s+)?"
    r"(?:(?:growing|mounting|harsh|sharp|heavy|fierce|widespread|public|strong)\s+)?|"
    # A side the text marks as given up since: "Democrats who initially voted to block the bill".
    r"\b(?:initially|originally|at\s+first)\s+(?:\w+\s+){0,3}|"
    # Not taken yet: "Doe has yet to pick a side", "was reluctant to endorse".
    r"\byet\s+to\s+(?:\w+\s+){0,3}|"
    r"\b(?:reluctan\w*|hesitan\w*|unwilling|loath)\s+to\s+(?:\w+\s+){0,1}|"
    # A duty or an expectation, not a side: "delegates are required to vote for the winner",
    # "is expected to endorse".
    r"\b(?:required|obliged|obligated|bound|expected|supposed)\s+to\s+|"
    # A right to act, not the act: "reserved the right to reject any listing".
    r"\breserv\w*\s+(?:\w+\s+){0,2}right\s+to\s+|"
    r"\brequir(?:e|es|ing)\s+(?:[\w.\u2019'-]+\s+){1,3}to\s+|"
    # Not taken yet, or asked: "is considering an endorsement", "it was premature to back",
    # "asked who she'd back instead".
    r"\bconsider\w*\s+(?:(?:a|an|the|his|her|their)\s+)?|"
    r"\b(?:premature|too\s+(?:early|soon))\W+(?:to\s+)?|"
    r"\bask\w*\s+(?:\w+\s+)?(?:who|whom|whether|which|if)\s+(?:[\w\u2019']+\s+){0,4}|"
    # Whom they would back, asked: "asked who she'd back instead".
    r"\b(?:who|whom|whether|which)\s+(?:he|she|they|we|I|you)(?:[\u2019']d|\s+would|\s+will)\s+|"
    # Support not given: "one of the last not to make a formal endorsement of her".
    r"\b(?:not|never)\s+to\s+(?:make|give|offer|issue|announce|extend)\w*\s+(?:\w+\s+){0,2}|"
    # A previous side held back: "hesitated to repeat his previous criticism".
    r"\bhesitat\w*\s+to\s+(?:\w+\s+){0,3}|"
    # A guess, not a side taken: "Russia will probably oppose", "is likely to back".
    r"\b(?:perhaps|maybe|possibly|probably|likely)\s+(?:\w+\s+){0,2}|"
    # Unsure of it: "is not sure she can vote for Clinton", "undecided whether to back".
    r"\b(?:not\s+sure|unsure|undecided|uncertain)\s+(?:\w+\s+){0,4}|"
    # A share of a poll, not a side: "earned 10 percent support", "a survey put him as the
    # best-liked choice".
    r"\b(?:percent|per\s+cent|points)\s+(?:of\s+)?(?:\w+\s+)?|%\s*(?:\w+\s+)?|"
    rf"{POLL}[^.;:!?,]*)$",
    re.IGNORECASE,
)
# Support gathered for oneself, not given, before the word "support", "backing" or
# "endorsement": "rounding up conservative support", "drum up support", "picks up his first
# congressional endorsements", "won with evangelical support", "captured the support of voters",
# "thanking Nevadans for their support", "a lead in endorsements", "attracting the most passionate
# and enthusiastic support" (a pair of words joined by "and" may end the words between); or
# taken back or lost
# ("reduced their financial support", "is bleeding support"), no side of the actor's. Or had:
# "has the support of women", "has 31 endorsements" (the words between only a determiner, a
# number or a word of how much, so that "has given his support" stays the actor's act).
GATHERED = re.compile(
    r"\b(?:gain\w*|garner\w*|generat\w*|round\w*\s+up|win|wins|won|winning|muster\w*|"
    r"shor\w*\s+up|build\w*|lack\w*|need\w*|los(?:e|es|t|ing)|pick\w*\s+up|r[aiu]ng\w*\s+up|"
    r"rack\w*\s+up|drum\w*\s+up|whip\w*\s+up|secur\w*|earn\w*|attract\w*|court\w*|"
    r"reduc\w*|eliminat\w*|withdr[ae]w\w*|bleed\w*|hemorrhag\w*|shed\w*|"
    r"hold\w*\s+on(?:to)?|retain\w*|count\w*\s+on|rel(?:y|ies|ied|ying)\s+on|"
    r"captur\w*|thank\w*|advantage\s+of|lead\s+in)\s+(?:[\w-]+\s+){0,3}"
    r"(?:and\s+(?![\w-]+ed\s)(?!(?:said|says|gave|gives|give|offers?|voices?)\s)[\w-]+\s+)?$|"
    r"\bwith\s+(?:[\w-]+\s+){0,2}$|"
    r"\b(?:has|have|had|having)\s+(?:(?:the|a|an|no|some|much|more|most|little|broad|strong|"
    r"wide|widespread|solid|overwhelming|bipartisan|unanimous|full|total|firm|enthusiastic|[\d,]+)\s+){0,2}$",
    re.IGNORECASE,
)
SUPPORT_NOUN = re.compile(r"(?:support|backing|endorsements?)\b", re.IGNORECASE)
# After such a noun, where the support comes from: "support from all major Democrats", "support
# among young voters", or how it moves in polls ("whose support cratered"): the actor receives it.
SUPPORT_FROM = re.compile(
    r"\s+(?:from|among|(?:has\s+|had\s+)?(?:crater(?:s|ed|ing)?|collaps(?:e|es|ed|ing)|"
    r"surg(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|ris(?:e|es|en|ing)|rose|"
    r"grow(?:s|n|ing)?|grew|slip(?:s|ped|ping)?|erod(?:e|es|ed|ing)|dwindl(?:e|es|ed|ing)|"
    r"wan(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|soar(?:s|ed|ing)?|slump(?:s|ed|ing)?|"
    r"sag(?:s|ged|ging)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|tank(?:s|ed|ing)?))\b",
    re.IGNORECASE,
)
# After a wish or a plan, the side is the verb's that follows: "wants to block" opposes.
TO_VERB = re.compile(r"\s+to\s+")
# Between two stance words of opposite sides, a turn of the actor's own: both ways ("signed a
# revised bill after refusing to sign", "backed it, then opposed it").
CHANGE = re.compile(r"\b(?:after|before|then|later|despite|only\s+to|but)\b", re.IGNORECASE)
# The object of a stance word that is someone's words or manner, not the issue: "condemned
# Akin's comments", "apologized for his remarks" (a determiner or possessive and one more word
# may come before it).
NON_ISSUE_OBJECT = re.compile(
    r"\s+(?:(?:for|on|to|against|of|with)\s+)?(?:(?:the|a|an|his|her|their|its|our|my|these|"
    r"those|this|that|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[\u2019']s)\s+)?(?:[\w-]+\s+)?"
    rf"{phrases(lexicon.entries('stance_non_issues'))}\b",
    re.IGNORECASE,
)
# An act of violence as the object of a word of opposition, after a determiner or a possessive,
# ending its phrase: "condemned the attack", "denounced Sunday's shooting" (no side on the issue).
VIOLENT_OBJECT = re.compile(
    r"\s+(?:(?:for|of)\s+)?(?:the|a|an|this|that|these|those|such|[\w.-]+[\u2019']s)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{phrases(lexicon.entries('violent_acts'))}"
    # The act ends the phrase: not "the assault weapons ban", "a gun violence prevention bill".
    r"(?=\s*(?:[,.;:!?)\u201d\"]|$)|\s+(?:on|in|at|against|that|which|by|near|outside)\b)",
    re.IGNORECASE,
)
# The same with no determiner, a noun that is no verb, after one word at most: "decried
# political violence", "not advocating violence", "denounced terrorism" (session 57; only where
# the topic is known and no harm, `stance_rules`).
VIOLENCE_BARE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:violence|terrorism|homicides?|killings|shootings|bombings)"
    r"(?=\s*(?:[,.;:!?)\u201d\"]|$)|\s+(?:on|in|at|against|that|which|by|near|outside)\b)",
    re.IGNORECASE,
)
# Done to the actor, not by it: "was criticized by", "backed by" (after a participle; not "by
# stating": a means of its own).
BY_AGENT = re.compile(r"(?<=ed)\s+by\s+(?!\w+ing\b)", re.IGNORECASE)
# Stance words whose subject is the issue ("still on the table", "a big mistake").
ISSUE_WORD = re.compile(rf"\b{_stance_words('issue')}\b", re.IGNORECASE)
# A condition makes no plain stance: "If the state paid, she would not oppose a smaller fee".
CONDITIONAL = re.compile(
    r"\b(?:if|unless|provided\s+that|as\s+long\s+as|only\s+when|on\s+condition)\b",
    re.IGNORECASE,
)
# In a quotation, a stance word is the speaker's own side only when the speaker is its subject,
# a first-person word at most three words before it: "We are not in favor", "I oppose it"; not
# "Click the plan", "what they propose", nor a possessive's ("My son signed the petition"), nor
# a relative clause's between ("the people I know who support him": theirs).
FIRST_PERSON_WORD = r"(?:\bI|\b[Ww]e)"
FIRST_PERSON = re.compile(rf"{FIRST_PERSON_WORD}\W+(?:(?!(?:who|which|that)\b)\w+\W+){{0,3}}$")
# In reported speech (no quotation marks), the speaker is the subject when the content opens
# with a pronoun, the stance word at most three words after: "(that) he opposes the plan".
# Whom the words were told to and when may stand before them: "told reporters on Monday that
# he …", "said in a statement that she …" (`TOLD_TO_WHEN`, an optional prefix).
_TOLD_TO = r"(?:reporters|supporters|the\s+crowd|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2})"
_TOLD_WHEN = (
    r"(?:(?:on\s+)?(?-i:[A-Z])[a-z]+day|today|yesterday|earlier|last\s+\w+|this\s+\w+"
    r"|in\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|letter|speech|post|tweet|e-?mail))"
)
TOLD_TO_WHEN = rf"(?:{_TOLD_TO}\s+)?(?:{_TOLD_WHEN}\s+)?"
REPORTED_SUBJECT = re.compile(
    rf"(?:^\W*(?:\w+\W+){{0,2}}?|^\W*{TOLD_TO_WHEN}(?=that\b)|[,;]\s+(?:and\s+|but\s+)?)"
    r"(?:that\s+)?\b(?:he|she|they|it|I|we)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# A verb of saying after the actor: what follows is what it says ("the mayor said [her aide
# had filed a complaint]"), read as reported speech.
SAYING = re.compile(rf"\b{phrases(lexicon.entries('saying_verbs'))}\b")
# The openers of a line linking to another story ("Read more:", "RELATED:", "Watch:"; lexicon
# `teaser_openers`), as one alternation, longest first (then in order, so the same in every
# run): attribution's teaser lines and names' blanked teaser words.
TEASER_OPENERS = "|".join(
    r"\s+".join(map(re.escape, entry.split()))
    for entry in sorted(lexicon.words("teaser_openers"), key=lambda entry: (-len(entry), entry))
)
# After a subordinate clause that opens a sentence ("While critics argue that …"), the comma
# and the main clause's subject and verb ("…, President Obama has deemed"), unless a pronoun
# or a possessive opens it (who may be the subordinate clause's subject: "Although Roe backed
# it, she voted no", "…, his opposition has grown"), or a preposition stands before the verb
# ("…, especially on issues like …"): the main clause is another's words (session 59).
# ("And, while Trump boasts …, a trio of PACs have …": a conjunction may open the sentence, and
# the main clause's subject may hold "of" after its first word; session 61, a PolNeAR train
# sample.)
SUBORDINATE_OPENS = re.compile(
    r"\W*(?:(?:and|but|yet|so)\W+)?(?:while|although|though|whereas|even\s+though)\b"
    r"[^,;:\u2014\u2013]*$",
    re.IGNORECASE,
)
_NOT_IN_SUBJECT = r"on|in|at|for|to|like|with|by|from|about|as|especially|including"
MAIN_CLAUSE = re.compile(
    r",\s+(?!(?:he|she|it|they|we|I|his|her|its|their|our|my|and|or|but|who|which|whose|whom"
    r"|that|saying|arguing)\b)"
    rf"(?:(?!(?:{_NOT_IN_SUBJECT}|of)\b)[\w\u2019'.-]+\s+"
    rf"(?:(?!(?:{_NOT_IN_SUBJECT})\b)[\w\u2019'.-]+\s+){{0,4}}?)?"
    r"(?:(?-i:[a-z])[\w-]*ed|has|have|had|is|are|was|were|will"
    r"|would|said|says|can|could|should|may|might|must|did|does)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|although)\b|;|\bbut\b|\bwhile\b")
THAT = re.compile(r"\bthat\b")  # "X reported that …": a clause starts after it
# A name followed by a plain lowercase noun modifies it ("NATO office", "NATO summit"); a verb,
# an auxiliary, an adverb or a function word after it leaves it the subject ("NATO said", "NATO
# has", "NATO firmly opposed", "Japan and China"): see lexicon/non_nouns.txt.
# ("-ly" is an adverb's ending, but not of the nouns "family", "ally", "rally", "assembly":
# "the Trump family", "a Smith ally"; session 60.)
MODIFIES = re.compile(
    rf"\s+(?!{alternation(lexicon.entries('non_nouns'))}\b)"
    # after a plural name, a verb that is also a noun: "Democrats demand", "Critics call"
    r"(?!(?<=[a-z]s\s)(?:back|blame|call|demand|fear|hope|need|plan|pledge|praise|push|vow"
    r"|welcome)\b)"
    r"[a-z][a-z-]*\b(?<!ed)(?<!s)(?:(?<!ly)|(?<=\bfamily)|(?<=\bally)|(?<=\brally)|(?<=\bassembly))"
    r"(?![\w\u2019'-])"
)
# Before an agent's name, after "by" or "from": the agents listed before it ("from gun-rights
# advocates and Republican lawmakers") or the group it is one of ("from gun rights groups,
# including the National Rifle Association": session 61, tuning event 91), an article, titles
# ("by Senator").
_AGENTS_BEFORE = (
    r"(?:(?:[\w\u2019'-]+,?\s+){1,3}(?-i:and|including|such\s+as|like)\s+)?(?:(?-i:the)\s+)?"
    r"(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){0,3}$"
)
# The agent of a passive verb of stance, right before its name (titles may stand between):
# "The toll was condemned by the Acme Chamber of Commerce", "has been roundly criticized by
# Senator Roe". Its subject, the clause before it, is what the verb acts on
# (stance_rules.passive_agent reads the side; names.acts counts the agent as acting).
# A measure "signed into law by" its signer is one, with or without its auxiliary ("the act,
# signed into law by Gov. Roe last week").
PASSIVE_BY = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|both|not|never)\s+)?"
    r"|(?=signed\s+into\s+law\b)"
    # a participle after its noun, no auxiliary ("the measure embraced by House Democrats",
    # "the bill, backed by the union,"): `reduced` (session 61, tuning event 74)
    r"|(?:(?<=[a-z\u201d\"]\s)|(?<=[a-z\u201d\"],\s))(?P<reduced>))"
    r"(?P<act>[a-z]+(?:ed|en))(?P<law>\s+into\s+law)?\s+by\s+" + _AGENTS_BEFORE
)
# A noun of stance the subject received from the actor: "drew sharp criticism from Senator Roe",
# "has won the backing of the Acme Chamber of Commerce", "facing stiff opposition from Roe".
RECEIVED_FROM = re.compile(
    r"\b(?P<act>draw|draws|drew|drawn|drawing"
    r"|fac(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|won|wins?|winning|earn(?:s|ed|ing)?"
    rf"|garner(?:s|ed|ing)?|attract(?:s|ed|ing)?|{PROVOKING}"
    # "has the backing of the mayor", "came under fire from", "was met with resistance from"
    r"|has|have|had|having|c[ao]mes?\s+under|coming\s+under|met\s+with|meets?\s+with"
    # "passed over the objections of Democrats", "over veto threats from the White House"
    r"|over(?=\s+(?:the\s+)?(?:[a-z]+\s+)?(?:objections|opposition|veto\s+threats?)\b))\s+"
    r"(?:(?:the|a|an|strong|sharp|fierce|heavy|swift|broad|harsh|stiff|vocal|bipartisan"
    r"|enthusiastic|firm|full|public|immediate|early|widespread)\s+){0,2}"
    r"(?:(?P<against>criticism|condemnation|opposition|objections|rebukes?|fire|backlash"
    r"|veto\s+threats?"
    r"|pushback|resistance|attack)|(?P<for>support|backing|endorsements?|praise|approval"
    r"|blessing))\s+(?:from|of)\s+" + _AGENTS_BEFORE,
    re.IGNORECASE,
)
# A measure that passed a chamber, which approved it: "the bill passed the House of
# Representatives on Friday", "after it passed in the Senate" (session 61, tuning events 74 and
# 98); only where the name is a chamber's (`_CHAMBER`), as with "was passed by the Senate".
# (`PASSED_INTO`, what stands between "passed" and the chamber, serves stance_rules too.)
PASSED_INTO = r"\s+(?:(?:in|through)\s+)?(?:both\s+)?"
PASSED_CHAMBER = re.compile(r"\b(?P<act>passed)" + PASSED_INTO + _AGENTS_BEFORE)
# "to help get legislation passed in Congress": a passing caused, wished, not done.
_CAUSED = re.compile(r"\b(?:get|gets|got|getting|have|having)\s+(?:[\w-]+\s+){1,5}$")
# A chamber whose full name ends in a title word; its bare name is "House" (names.py folds it).
HOUSE_IN_FULL = r"House\s+of\s+(?:Representatives|Delegates|Commons)"
_CHAMBER = re.compile(
    rf"(?:Senate|{HOUSE_IN_FULL}|House|Assembly|Legislature|Congress|Parliament|Council)$"
)
# Right after the agent's name, where its phrase ends: punctuation, a clause word, an adverb,
# a day; not a noun it qualifies ("applauded by Wall Street critics", "welcomed by NATO
# allies") nor a longer name ("by the Acme Chamber of Commerce").
_AGENT_ENDS = re.compile(
    r"\s*(?:[,.;:!?()\u201d\"\u2014\u2013]|\s-|$)"
    r"|\s+(?:and|or|who|whom|which|that|for|in|on|at|over|after|as|to|since|when|while|because"
    r"|but|including|amid|during|with|of|already|again|too|also|alone|last|this|earlier|today"
    r"|yesterday|[a-z]+ly|[A-Z][a-z]+day)\b"
)
# Before the act, a negation, a modal or "to" makes it no act: "was not endorsed by", "will not
# be supported by", "would be opposed by", "best suited to draw support from".
_NOT_DONE = re.compile(
    r"(?:\b(?:not|never|will|would|could|should|may|might|must|can|cannot|to)|n[\u2019']t)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def stance_agent(text: str, start: int, end: int) -> re.Match[str] | None:
    """The passive verb of stance (`PASSIVE_BY`, its side in OPPOSE or SUPPORT) or the received
    noun of stance (`RECEIVED_FROM`) whose agent is the name at `start`..`end` of `text`: "the
    plan was condemned by the Acme Chamber of Commerce", "drew criticism from Senator Roe"; or a
    chamber a measure passed ("passed the House", "was passed by the Senate": `PASSED_CHAMBER`);
    None where there is none, or it is negated or only possible."""
    if not _AGENT_ENDS.match(text, end):
        return None
    before = text[max(0, start - 200) : start]
    found = (
        PASSIVE_BY.search(before) or RECEIVED_FROM.search(before) or PASSED_CHAMBER.search(before)
    )
    if found is None or _NOT_DONE.search(before, 0, found.start("act")):
        return None
    act = found.group("act")
    if act == "passed":  # not "to help get legislation passed in Congress": a wish
        causative = _CAUSED.search(before, 0, found.start("act"))
        return found if _CHAMBER.search(text, start, end) and not causative else None
    if found.re is PASSIVE_BY and not (
        found.group("law") or OPPOSE.fullmatch(act) or SUPPORT.fullmatch(act)
    ):
        return None
    return found


# A possessive acts for the actor only when what follows is a body or a person speaking for it
# ("China's foreign ministry", "Japan's Chief Cabinet Secretary"), not a thing of it ("NATO's
# abbreviation", "the alliance's charter"), capitalised or not ("Obama's Gitmo plan", "Canada's
# Cape Breton").
POSSESSIVE = re.compile(r"[\u2019']s?\s+(?P<after>(?:[\w-]+\s+){0,2}[\w-]+)")
AGENT = re.compile(rf"\b{phrases(lexicon.used_by('roles', 'acts_for'))}\b", re.IGNORECASE)
# Declining to speak at all: "refused to discuss the matter", "declined to speculate",
# "refuses to answer questions", "refused to speak to reporters".
UNSPOKEN = re.compile(
    r"(?:publicly\s+)?(?:discuss|speculate|elaborate|talk|speak|answer)\b", re.IGNORECASE
)
# "Matsuno, the government's spokesperson, did not comment on the reports", "declined to take
# a position", "declined to weigh in", "would not say whether" (or what), "refused to discuss
# it", "kept mum about the timing", "would neither confirm nor deny", "declined to confirm or
# deny": no side taken.
NO_COMMENT = re.compile(
    r"(?:,[^,]{1,80},)?\s+(?:ha(?:s|ve|d)\s+)?"
    r"(?:(?:did\s+not|didn't|declined\s+to|refused\s+to|would\s+not)\s+"
    r"(?:immediately\s+)?(?:comment|weigh\s+in|take\s+(?:a\s+)?(?:side|position|stance)|"
    r"say\s+(?:whether|how|what)|confirm\s+or\s+deny)|(?:declin|refus)\w*\s+to\s+"
    + UNSPOKEN.pattern
    + r"|(?:kept|keeps|keeping|stayed|stays|remained|remains)\s+mum"
    r"|(?:would|could|can|will)\s+neither\s+confirm\s+nor\s+deny)\b",
    re.IGNORECASE,
)


# "Related article: …", "Read also: …": a link to another story, not this one's reporting.
LINK_TO_ANOTHER_STORY = re.compile(
    r"\s*(?:related(?:\s+(?:article|articles|story|stories|coverage))?|read\s+(?:also|more)|"
    r"see\s+also|more\s+on\s+this)\s*:",
    re.IGNORECASE,
)

# A line of a file's header, not reporting: "date 2023-07-13 Title: …", "Date: 13.07.2023",
# "Source: AFP". No reader accepts one as the evidence of a stance.
METADATA = re.compile(
    r"\s*(?:(?:date|dated|published|updated|posted)\b\W*\d|"
    r"(?:title|headline|author|byline|source|url|link|tags?|category|keywords)\s*:)",
    re.IGNORECASE,
)


# --- Candidate names (names.py) --------------------------------------------------------------

# A capitalised word; a possessive (NATO's, with either apostrophe) ends a run. The period of
# an abbreviation or initial inside a name ("Rep. Jason Chaffetz", "Charles B. Rangel") is
# masked as DOT first, so that it does not end the run.
DOT = "\u2024"
WORD = rf"[A-Z](?:[\w-]|\.(?=[A-Z])|[\u2019'](?!s\b))*(?:[\u2019']s\b|{DOT})?"
ABBREVIATION = re.compile(
    rf"\b{alternation(['[A-Z]', *map(re.escape, lexicon.used_by('abbreviations', 'in_name'))])}\."
    r"(?=[ \t]+[A-Z])"
)
# Lowercase words a run of capitalised words may hold ("Bank of Japan"); "bin" was never one.
RUN_PARTICLES = sorted(lexicon.words("name_particles") - {"bin"})
RUN = re.compile(
    rf"(?:{WORD})(?:(?<![\u2019']s)[ \t]+(?:{alternation(RUN_PARTICLES)}[ \t]+)?(?:{WORD}))*"
)
POSSESSIVE_END = re.compile(r"[\u2019']s$")
# The possessive right after a name ("Menendez's response"), either apostrophe.
POSSESSIVE_MARK = re.compile(r"[\u2019']s?\b")
# The same with its "s" ("Obama's foreign policy"; not the plural's "Democrats' plan").
POSSESSIVE_S = re.compile(r"[\u2019']s\b")
# A cue that relays another's words: "according to the Daily Post" (statements whose source
# only relays, stances.py; a relayed quotation's own speaker, speakers.py).
ACCORDING_TO = re.compile(r"[Aa]ccording\s+to\b")
INITIALS = re.compile(r"(?:[A-Z]\.)+")

# Verbs whose subject acts or speaks, and the auxiliaries and adverbs that may come between.
AGENCY = alternation(lexicon.entries("agency_verbs"))
AUX = rf"(?:{alternation(lexicon.entries('verb_auxiliaries'))}\s+){{0,3}}"


# A name joined with another ("and Flake", "and Mr. Wyden": a title of courtesy before it).
_NAMED = r"(?:(?:Mrs?|Ms)\.\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
# After "and", "the" or a few words that describe the next name and end in a kind of body
# ("and the NRA", "and Arkansas-based data services company Acxiom": session 61, tuning event
# 65); not any words ("The book and film blame Bob", "and aides to Roe").
DESCRIBED_NEXT = (
    r"(?:the\s+|(?:(?!(?:of|for|to|with|by|from|in|on|at)\s)[\w-]+\s+){0,3}"
    rf"{alternation(lexicon.entries('body_kinds'))}\s+)?"
)


def agency(form: str, *, person: bool = False) -> re.Pattern[str]:
    """Where the article names `form` as the subject of a verb of saying or doing ("NATO has
    warned", "MoveOn.org began urging", "Blunt, Bond and Talent called", "Wal-Mart, which
    complained", "Marc Benioff, the chief
    executive of Salesforce.com, said", "groups on the left such as
    MoveOn.org went on urging", "according to the Times", "opposition from Beijing"). "who"
    opens a clause about the name only for a `person` ("Mr. Brandt who said"; "an aide at the
    Labor Department who told" is the aide's)."""
    name = re.escape(form)
    relative = "who|which" if person else "which"
    return re.compile(
        rf"(?<![\w-]){name}(?:\.(?:org|com|net))?(?:[\u2019']s)?"
        # joined with others: "and Flake", ", Bond, and Talent", "and the NRA", "and
        # Arkansas-based data services company Acxiom" (`DESCRIBED_NEXT`)
        rf"(?:(?:\s*,\s*{_NAMED}){{0,6}}\s*,?\s+and\s+{DESCRIBED_NEXT}{_NAMED})?"
        rf"(?:\s+(?:such\s+as|like|including)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?"
        rf"(?:,(?:[^,.]|\.(?=\w)){{1,80}},|,?\s+(?:{relative}))?\s+{AUX}{AGENCY}\b"
        rf"|\b(?i:according\s+to|reported\s+by|report\s+by|published\s+(?:in|by))\s+"
        rf"(?:(?i:the)\s+)?{name}(?![\w-])"
        rf"|\b(?:opposition|objections?|criticism|support|approval|veto|pressure|resistance)"
        rf"\s+(?:\w+\s+){{0,2}}from\s+(?:the\s+)?{name}(?![\w-])"
        rf"|\b(?:by|from)\s+(?:the\s+)?{name}\s+(?:said|stated)\b"
    )


# --- Sentences (detect.py) -------------------------------------------------------------------

# An abbreviation ending the text before a sentence end: that period ends no sentence.
ABBREVIATION_END = re.compile(rf"\b{phrases(lexicon.used_by('abbreviations', 'sentence'))}\.$")
# A state written short before a title and a name ("calling for Ariz. Gov. Jane Doe to sign"):
# its period ends no sentence.
US_STATES = lexicon.words("us_states")  # folded, with their short forms ("ariz.")
STATE_BEFORE_TITLE = re.compile(
    r"(?<![\w.])(?=[A-Z])(?i:"
    + "|".join(re.escape(w[:-1]) for w in sorted(US_STATES) if w.endswith("."))
    + r")\.$"
)
TITLE_AFTER_STATE = re.compile(r"\s+(?:Gov|Sen|Rep|Lt|Atty)\.\s+[A-Z]")
# A middle initial between a capitalised name and a surname ("Byron L. Dorgan", "George W.
# Bush"): its period ends no sentence, unless the word after it opens one ("Plan B. He said") or
# the word before is a noun a letter names a member of ("World War I. Germany", "Part D. Seniors").
MIDDLE_INITIAL = re.compile(
    rf"(?<![\w.])(?!(?i:{phrases(lexicon.words('lettered_nouns'))})\s)[A-Z][a-z]+\s+[A-Z]\.$"
)
SURNAME_AFTER_INITIAL = re.compile(
    rf"\s+{NOT_A_NAME}(?!(?:He|She|We|They|I|You|His|Her|Our|Their|My|Mr|Mrs|Ms)\b)[A-Z][a-z]"
)
# A dateline opening an article or a paragraph: "WASHINGTON —", "HOUSTON --", "PHOENIX, Ariz. —",
# "TAIPEI (Taiwan News) —", "FLINT, Mich., Oct. 4 (UPI) —" (actors: no subject; statements: no
# source).
DATELINE = re.compile(
    r"(?<![^\n])[A-Z][A-Z. ]+(?:,[^\n\u2014]{1,30})?(?:\s*\([^()\n]{1,40}\))?"
    r"\s*(?:\u2014|\u2013|--?)\s"
)

# A quotation between straight or curly double marks (the pronoun readers pass over the names
# inside one: they are someone's words, not the article's).
QUOTATION = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
