"""Nouns of stance that say the side of whom they describe: "Senator Roe, Republican of Ohio and
a staunch opponent of the levy" (apposition), "Roe is a longtime supporter of the bill"
(predicate), "critics of the plan, including Roe" (the head of a group whose members are
listed). Only when their object is the issue: its head a measure (`lexicon/stance_objects.txt`)
or a word of the article's topic; "a critic of the food", "a supporter of the opera", "a critic of
Mr. Roe" say no side on it.

The nouns are in `lexicon/stance_nouns.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon
from .patterns import AUX, OPPOSE, alternation

OnIssue = Callable[[str], bool]

_SIDES = {"oppose": "opposes", "support": "supports"}
_NOUNS = {noun: _SIDES[side] for side in _SIDES for noun in lexicon.used_by("stance_nouns", side)}
NOUN = rf"(?P<noun>{alternation(re.escape(n) for n in _NOUNS)})s?"
_OBJECT_HEADS = lexicon.words("stance_objects")
# Words that end the object's noun phrase: its head is the word before.
_PAST_HEAD = frozenset(
    {"to", "that", "which", "who", "and", "or", "in", "on", "at", "for", "by", "from", "of"}
    | {"since", "because", "with", "over", "as", "while", "but", "than", "who", "when"}
)
_OBJECT_WORDS = 6
# Words before a noun of stance that say its side is not the one named's: "a former critic of the
# plan", "an erstwhile supporter" (not now); "the wife of a critic of", "an aide to the sponsor
# of" (someone else's: a preposition or an article between).
_NOT_ITS = r"(?:former|onetime|one-time|erstwhile|ex|of|to|for|with|at|in|on|from|by|a|an|the)"
# A noun of stance and its object, after its determiner: "(a) staunch opponent of the levy".
_NOUN_OF = (
    rf"(?:(?!{_NOT_ITS}\b)[\w\u2019'-]+\s+){{0,3}}?{NOUN}\s+(?P<prep>of|for)\s+"
    r"(?P<object>[^,;:.!?()\u2014]+)"
)
# What describes the one named: "a (staunch) opponent of", "the county's fiercest opponent of",
# "one of the leading critics of", "among the supporters of".
_DESCRIPTION = (
    r"(?:(?:a|an|the|(?:one|two|three|some|many)\s+of\s+the|among\s+the|"
    r"[\w.-]+[\u2019']s)\s+)" + _NOUN_OF
)
# In apposition right after a name (with a party tag): ", a longtime critic of the plan", ",
# Democrat of Ohio and a staunch opponent of the levy".
_APPOSED = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,\s+"
    r"(?:(?:a\s+|the\s+)?[A-Z][\w.-]*\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+and\s+)?"
    + _DESCRIPTION
)
# In apposition right before a name that opens its clause (titles may stand between): "The
# chief sponsor of the plan, Senator Roe, said …", "…; a longtime critic of the levy, Roe".
_APPOSED_BEFORE = re.compile(
    r"(?:^|[,;:]\s+)(?:[Tt]he|[Aa]n?|[Oo]ne\s+of\s+the)\s+"
    + _NOUN_OF
    + r",\s+(?:[A-Z][\w.]*\s+){0,2}$"
)
# The same with the issue as a possessive: "The bill's chief sponsor, Senator Roe, said …".
_OWNED_BEFORE = re.compile(
    r"(?:^|[,;:]\s+)(?P<owner>(?:[\w-]+\s+){0,3}?[\w-]+)[\u2019']s\s+"
    rf"(?:(?!{_NOT_ITS}\b)[\w-]+\s+){{0,2}}?{NOUN},\s+(?:[A-Z][\w.]*\s+){{0,2}}$"
)
# Words that deny the predicate: "has never been a critic of", "is hardly a supporter of".
_NOT = r"(?!(?:not|never|hardly|barely|scarcely|rarely|seldom)\b)"
# As the predicate of the subject: "is a vocal supporter of", "has long been a critic of",
# "remains among the opponents of".
_PREDICATE = re.compile(
    rf"\s+{AUX}(?:(?:has|have|had)\s+(?:{_NOT}\w+\s+)?been|is|are|was|were|remains?|"
    rf"remained|becomes?|became)\s+(?:{_NOT}(?:also|still|perhaps|long|now|\w+ly)\s+)*"
    + _DESCRIPTION
)
# A group named by a noun of stance, its object after it or before it as a possessive:
# "critics of the plan", "the bill's many supporters" (ending where the list of members opens).
_GROUP = re.compile(
    r"(?:(?:the|some|many|several|other|fellow)\s+)?"
    r"(?:(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)[\u2019']s\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{NOUN}(?:\s+(?P<prep>of|for)\s+(?P<object>[^,;:.!?()\u2014]+?))?\s*,?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w\u2019'-]+")


def apposed(text: str, at: int, on_issue: OnIssue | None = None) -> str | None:
    """The side a noun of stance in apposition to a name ending at `at` of `text` says:
    "Roe, a longtime critic of the plan," opposes it."""
    found = _APPOSED.match(text, at)
    return _side(found, on_issue) if found else None


def apposed_before(text: str, at: int, on_issue: OnIssue | None = None) -> str | None:
    """The side a noun of stance in apposition before a name starting at `at` of `text` says:
    "The chief sponsor of the plan, Roe, said …", "The plan's chief sponsor, Roe, …" support
    it."""
    if found := _APPOSED_BEFORE.search(text, 0, at):
        return _side(found, on_issue)
    owned = _OWNED_BEFORE.search(text, 0, at)
    return _owner_side(owned, on_issue) if owned else None


def predicate(text: str, at: int, on_issue: OnIssue | None = None) -> str | None:
    """The side a noun of stance says as the predicate of the subject ending at `at`: "Roe is a
    vocal supporter of the bill" supports it."""
    found = _PREDICATE.match(text, at)
    return _side(found, on_issue) if found else None


def group(words: str, on_issue: OnIssue | None = None) -> str | None:
    """The side of a group named by a noun of stance (`words`, the group's noun phrase up to
    where its members are listed): "critics of the plan", "the bill's supporters"; none
    without an object that is the issue ("Critics", "Trump supporters")."""
    found = _GROUP.fullmatch(words.strip())
    if found is None:
        return None
    if found.group("object"):
        return _side(found, on_issue)
    return _owner_side(found, on_issue) if found.group("owner") else None


def _side(found: re.Match[str], on_issue: OnIssue | None) -> str | None:
    noun = found.group("noun").casefold()
    if noun == "advocate" and found.group("prep") != "for":
        return None  # "an advocate of" is rare; "advocate" alone may be a lawyer
    return _NOUNS[noun] if names_issue(found.group("object"), on_issue) else None


def _owner_side(found: re.Match[str], on_issue: OnIssue | None) -> str | None:
    """The side of a noun of stance whose issue is its owner ("the bill's supporters"): its
    noun's where the owner names the issue."""
    return _NOUNS[found.group("noun").casefold()] if names_issue(found["owner"], on_issue) else None


def names_issue(phrase: str, on_issue: OnIssue | None) -> bool:
    """Whether a noun phrase names the issue: its head (the last word before a preposition or
    a relative, within its first words) is a measure or a word of the topic; a plan to do
    something ("the plan to arm teachers"), where the topic is known, when what it would do is
    the topic's."""
    head, words, plan = "", _WORD.findall(phrase), ""
    for at, word in enumerate(words[:_OBJECT_WORDS]):
        if word.casefold() in _PAST_HEAD:
            if word.casefold() == "to":
                plan = " ".join(words[at + 1 : at + 9])
            break
        head = word
    if not head or head[0].isupper():
        return False  # a name ("a critic of Mr. Roe"): a person, not the issue
    folded = head.casefold()
    if not (folded in _OBJECT_HEADS or folded.removesuffix("s") in _OBJECT_HEADS):
        return on_issue is not None and on_issue(head)
    # "a critic of the plan to arm teachers": that plan is the issue only when what it would do
    # is the topic's, where the topic is known (as for a verb: stance_rules._PLAN_TO); a plan to
    # undo the issue ("an opponent of the effort to repeal the levy") says no plain side on it,
    # unless the undoing is the topic ("a critic of the plan to ban rifles" on "a rifle ban").
    undoing = _UNDOING.match(plan) or OPPOSE.match(plan)
    if undoing and not (on_issue is not None and on_issue(undoing.group())):
        return False
    return not plan or on_issue is None or on_issue(plan)


# What a plan does that undoes the issue: "the effort to repeal the levy".
_UNDOING = re.compile(
    r"(?:abolish|ban|end|kill|overturn|repeal|reverse|roll\s+back|scrap|strike\s+down|undo)\b",
    re.IGNORECASE,
)
