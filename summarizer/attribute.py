"""Who says a quote: reporting-verb rules, and the names a model may choose among.

The rules only fire on the patterns news style uses next to a quotation ("…," X said; X said,
"…"; according to X). They return the speaker as written; `resolve` maps it to an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .detect import QuotedSpan, Sentence
from .ground import normalise

VERBS = (
    r"(?:said|says|say|added|adds|stated|states|told|tells|affirmed|affirms|noted|notes|explained|"
    r"argued|argues|asserted|declared|wrote|writes|continued|insisted|warned|remarked|replied|"
    r"responded|claimed|emphasi[sz]ed|stressed|asked|announced|acknowledged|admitted|recalled|"
    r"posted|tweeted|told\s+\w+|cautioned|concluded|observed|pointed\s+out|went\s+on|"
    r"asks|sings|sang|demanded|demands|boasted|boasts|quipped|joked|conceded|complained|"
    r"countered|predicted|suggested|testified|reported|reports|read|reads|recounted|"
    r"exclaimed|shouted|lamented|answered|answers|commented|retorted|mused|texted|emailed|"
    r"chanted|yelled|whispered|explains|insists|warns)"
)
_STANCE_CUE = re.compile(
    r"\b(?:oppos\w*|support\w*|against|favou?r\w*|critici[sz]\w*|reject\w*|refus\w*|block\w*|"
    r"welcom\w*|back(?:s|ed|ing)?|propos\w*|plan(?:s|ned|ning)?|consider\w*|on the table|"
    r"concern\w*|mistake|error|veto\w*|disapprov\w*|unhappy|displeasure|advocat\w*|enthusias\w*|"
    r"push\w*|urg(?:e|es|ed|ing)|call(?:s|ed)? for|warn\w*|object(?:s|ed|ion)\w*|resist\w*|"
    r"endors\w*|insist\w*|open for discussion|hesitant|unnecessary|wants?|seeks?|sought|"
    r"demand\w*|condemn\w*|prais\w*|threat\w*|agree\w*|disagree\w*|doubt\w*|skeptic\w*|"
    r"sceptic\w*|deny|denie[sd]|vow\w*|pledg\w*|promis\w*)\b",
    re.IGNORECASE,
)


EARLY_CHARS = 60  # a mention this close to the sentence's start is early


def stance_cues(sentence: Sentence, mentions: list[Any]) -> int:
    """How strongly `sentence` shows a side being taken by the actor mentioned in it: 2 for a
    word of stance (opposes, backs, calls for, a mistake…), 1 more when the actor comes early,
    as the sentence's subject usually does."""
    score = 2 if _STANCE_CUE.search(sentence.text) else 0
    early = any(sentence.start <= m.start < sentence.start + EARLY_CHARS for m in mentions)
    return score + (1 if early else 0)


_OPPOSE = re.compile(
    r"\b(?:oppos\w*|(?:is|are|was|were|be|been|stands?|stood|voted?|voting|spoke|came\s+out|"
    r"argued|campaign(?:s|ed|ing)?|warned)\s+(?:\w+ly\s+)?against|refus\w*|reject\w*|"
    r"block(?:s|ed|ing)?|veto\w*|critici[sz]\w*|"
    r"disapprov\w*|mistake|error|unhappy|displeasure|dissatisfied|condemn\w*|object(?:s|ed|ion)|"
    r"unnecessary|hesitant|resist\w*)\b",
    re.IGNORECASE,
)
_SUPPORT = re.compile(
    r"\b(?:support\w*|favou?r\w*|back(?:s|ed|ing)?|welcom\w*|propos\w*|plan(?:s|ned|ning)?|"
    r"on the table|under consideration|open for discussion|advocat\w*|enthusias\w*|endors\w*|"
    r"push(?:es|ed|ing)? for|call(?:s|ed|ing)? for|want(?:s|ed)?|seek(?:s|ing)?|sought|"
    r"explor\w*)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|n't|nor)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|although)\b|;|\bbut\b|\bwhile\b")


def rule_stance(
    sentence: Sentence,
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    spoken: list[str],
) -> str | None:
    """The stance a sentence shows its actor taking, when a stance word says it plainly.

    Either the actor (at `own` spans) leads its clause (`leading`) and a stance word follows
    before any other actor's name ("France has firmly opposed the plan", "Macron doubled down on
    his opposition"), or the actor speaks a quotation (`spoken`) holding one ("We are not in
    favor"). A negation turns support into opposition; an actor that would not comment is
    neutral. None when no rule applies."""
    for quote in spoken:
        found = _first_cue(quote)
        if found:
            return found
    text, base = sentence.text, sentence.start
    for _, end in leading(sentence, own, others):
        after = text[end - base :]
        stop = len(after)
        for other, _ in others:
            if other >= end and other - end < stop:
                stop = other - end
        brk = _CLAUSE_BREAK.search(after)
        if brk:
            stop = min(stop, brk.start())
        if _NO_COMMENT.match(after[: brk.start() if brk else len(after)]):
            return "neutral"  # checked past other names: they may stand in the apposition
        found = _first_cue(after[:stop])
        if found:
            return found
    return None


def leading(
    sentence: Sentence, own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The actor's mentions (`own` spans) that lead their clause, as a subject does: not inside
    another actor's name ("NATO" in "NATO Secretary-General Jens Stoltenberg"), not after a
    preposition ("an office in Tokyo"), no other actor leading the clause before it, at most 8
    words in (after any "X reported that …")."""
    text, base = sentence.text, sentence.start
    found = []
    for start, end in own:
        if any(o_start <= start and end <= o_end for o_start, o_end in others):
            continue
        before = text[: start - base]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
        breaks += [m.end() for m in re.finditer(r"\bthat\b", before)]  # "X reported that …"
        last_break = max(breaks, default=0)
        if any(last_break <= o - base < start - base for o, _ in others):
            continue  # another actor leads this clause: what follows is about it
        lead = before[last_break:].split()
        # Within its clause (here a comma ends one too: "In May, Japan said"), a preposition
        # before the mention makes it no subject: "At the NATO summit", "between … and China";
        # but not one inside a title ("Ambassador to the US Koji Tomita").
        phrase = re.split(r"[,;:]", before[last_break:])[-1].split()
        if len(lead) > 8 or any(
            word.casefold() in _PREPOSITIONS and not (i and phrase[i - 1][0].isupper())
            for i, word in enumerate(phrase)
        ):
            continue
        if _MODIFIES.match(text, end - base):
            continue  # "the NATO office", "a NATO liaison office": it names the office
        possessive = _POSSESSIVE.match(text, end - base)
        if possessive and not _AGENT.search(possessive.group("after")):
            continue  # "NATO's abbreviation", "China's power": a thing of it, not it acting
        found.append((start, end))
    return found


# A name followed by a plain lowercase noun modifies it ("NATO office", "NATO summit"); a verb,
# an auxiliary, an adverb or a function word after it leaves it the subject ("NATO said", "NATO
# has", "NATO firmly opposed", "Japan and China"). Nouns are told from verbs by what they are
# not: a closed list of auxiliaries, common irregular past forms and function words, and the
# endings -ed, -s and -ly.
_MODIFIES = re.compile(
    r"\s+(?!(?:said|told|made|took|gave|sought|held|won|met|led|left|went|came|saw|knew|"
    r"thought|became|began|wrote|spoke|chose|fought|sent|kept|put|set|let|stood|brought|got|"
    r"will|would|could|can|may|might|must|should|shall|has|have|had|is|was|are|were|be|been|"
    r"does|did|do|and|or|but|nor|to|in|on|at|for|with|from|by|of|as|that|which|who|whose|"
    r"itself|also|not|never|now|then|still|already|again|too|alone|first|last|once|twice|"
    r"recently|previously|yet)\b)[a-z][a-z-]*\b(?<!ed)(?<!s)(?<!ly)(?![\w\u2019'])"
)

# A possessive acts for the actor only when what follows is a body or a person speaking for it
# ("China's foreign ministry", "Japan's Chief Cabinet Secretary"), not a thing of it ("NATO's
# abbreviation", "the alliance's charter").
_POSSESSIVE = re.compile(r"[\u2019']s?\s+(?P<after>(?:[\w-]+\s+){0,2}[\w-]+)")
_AGENT = re.compile(
    r"^[A-Z]|\b(?:government|ministry|ministers?|president|premier|leaders?|leadership|"
    r"officials?|spokes(?:person|man|woman)|embassy|envoys?|ambassador|diplomats?|"
    r"administration|cabinet|parliament|military|army|forces|delegation|representatives?|"
    r"chief|head|secretary|council|authorities|negotiators?|people)\b"
)

# "Matsuno, the government's spokesperson, did not comment on the reports": no side taken.
_NO_COMMENT = re.compile(
    r"(?:,[^,]{1,80},)?\s+(?:did\s+not|didn't|declined\s+to|refused\s+to|would\s+not)\s+"
    r"(?:immediately\s+)?comment\b",
    re.IGNORECASE,
)


_PREPOSITIONS = {
    "in", "to", "of", "for", "from", "with", "on", "at", "by", "against", "between", "about",
    "into", "toward", "towards", "over", "like", "than", "as",
}  # fmt: skip


def _first_cue(text: str) -> str | None:
    cues = [(m.start(), "opposes") for m in _OPPOSE.finditer(text)]
    for m in _SUPPORT.finditer(text):
        negated = _NEGATION.search(text[: m.start()])
        cues.append((m.start(), "opposes" if negated else "supports"))
    return min(cues)[1] if cues else None


# Words that open an introductory phrase before a sentence's subject ("During a speech …, ").
_OPENERS = r"During|After|Before|In|On|At|When|While|As|Since|Despite|With|Speaking"
# A name: capitalised words, the first not a capitalised function word ("During a speech …").
_NOT_A_NAME = (
    rf"(?!(?:{_OPENERS}|The|A|An|But|And|If|Although|Though|Without|For|From|By|Under|Over|"
    r"This|That|These|Those|It|Its|There|Here|So|Even|Asked|Meanwhile|However|Still|Also|"
    r"Then|Now|Yet)\b)"
)
_NAME = (
    rf"(?:{_NOT_A_NAME}[A-Z][\w\u2019'.-]*"
    r"(?:\s+(?:[A-Z][\w\u2019'.-]*|de|van|von|bin|al|of|the)){0,4})"
)
_ARTICLE = r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)"
_DESC_HEAD = (
    r"(?:official|officials|spokesperson|spokesman|spokeswoman|source|sources|minister|diplomat|"
    r"aide|adviser|advisor|analyst|expert|statement|report|president|leader|chief|ministry|"
    r"government|daily|newspaper|agency|paper|secretary|ambassador|envoy|senator|lawmaker|"
    r"announcer|narrator|host|mayor|governor|businessman|businesswoman|candidate|nominee|critic|"
    r"critics|ruling|court|judge|union|article|editorial|campaign|lawyer|attorney|professor|"
    r"economist|strategist|pollster|widow|chairman|chairwoman|director|executive|researcher)"
)
# A role before a name: "Trump lawyer Marc Kasowitz", "9/11 widow Terry Strada", "MSNBC host
# Chris Matthews". The role stays outside the speaker, who is the name.
_ROLE_BEFORE = (
    r"(?:(?:[A-Z][\w\u2019'./-]*|\d[\w/]*)\s+){0,2}(?:lawyer|attorney|widow|widower|host|aide|"
    r"adviser|advisor|spokesman|spokeswoman|spokesperson|strategist|pollster|analyst|economist|"
    r"professor|campaign\s+manager|running\s+mate|surrogate|donor|activist)\s+"
)
# Right after a quotation, the verb of saying anchors the speaker, so the words of role before
# the name can be any but a verb of saying ("White House press secretary Josh Earnest said",
# "panel Chairman Rep. Jason Chaffetz (R-Utah) said", "IMF chief economist Maury Obstfeld
# said"), and a speaker described by any noun phrase ("the book said", "a friend commented").
_ANY_ROLE = rf"(?:(?!{VERBS}\b)[\w\u2019'./-]+\s+){{0,5}}?"
_DESC = rf"(?:{_ARTICLE}\s+(?:[\w\u2019'-]+\s+){{0,4}}?" + _DESC_HEAD + r"\b)"
_ANY_DESC = rf"(?:{_ARTICLE}\s+(?:[\w\u2019'-]+\s+){{0,4}}?[a-z][\w-]*)"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_PARTICIPLE = (
    r"(?:saying|claiming|arguing|adding|stating|insisting|noting|warning|asking|tweeting|"
    r"writing|telling|declaring|explaining|calling|posting)"
)
_SPEAKER = rf"(?:{_ROLE_BEFORE})?(?P<speaker>(?:[Tt]he\s+)?{_NAME}|{_DESC}|{_PRONOUN})"
_SPEAKER_AFTER = rf"{_ANY_ROLE}(?P<speaker>(?:[Tt]he\s+)?{_NAME}|{_ANY_DESC}|{_PRONOUN})"
_ADVERB = r"(?:\s+(?:\w+ly|has|had|have|also|later|then|once))?"
# What may stand between a speaker after the quote and its verb: appositions ("Mitch McConnell,
# R-Ky., said"; "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said")
# or a short phrase ("Mr. Morgan of the Sierra Club said", "a narrator in the Clinton ad asks"),
# after a party and state in parentheses ("Rep. John Mica (R-Fla.) said").
_PARENTHESIS = r"(?:\s*\([^()\n]{1,40}\))?"
_APPOSITION = r"(?:,[^,\u201c\u201d\"\n]{1,100}?){1,2},"
_PHRASE = r"\s+(?:in|of|for|at|from|with)\s+(?:the\s+)?[\w\u2019'.-]+(?:\s+[\w\u2019'.-]+){0,2}?"

_AFTER = [
    re.compile(
        rf"^[\s,.:;!?-]*{_SPEAKER_AFTER}{_PARENTHESIS}(?:{_APPOSITION}|{_PHRASE})?{_ADVERB}"
        rf"\s+{VERBS}\b"
    ),
    re.compile(rf"^[\s,.:;!?-]*{VERBS}\s+{_SPEAKER}\b"),
]
# A quotation signed with a dash, as vox pops and epigraphs are: "“…” ― Pamela Padilla".
_SIGNED = re.compile(rf"^\s*[\u2014\u2015\u2013]\s*(?P<speaker>{_NAME})\s*(?:[,(]|[.\s]*$)")
# Between the verb and the quote: anything but an article or possessive, which would make the
# quoted words an object ("announced the "Partnership Program"") rather than speech.
_FILLER = r"(?:[^.\u201c\"]{0,80}?[^\s.\u201c\"](?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir))?"
_CONNECTIVE = (
    r"(?:(?:However|Meanwhile|Later|Earlier|Separately|Still|Also|Instead|Moreover|Yet|Then|"
    r"Now|Today|Yesterday|Recently|Previously|Afterward|Afterwards|In\s+contrast|In\s+response|"
    r"On\s+\w+),\s+)?"
)
# An introductory phrase before the subject: "During a speech earlier in the day, Trump …"
_INTRODUCTION = rf"(?:(?:{_OPENERS})\b[^,\u201c\"\n]{{0,100}},\s+)?"
_BEFORE = [
    re.compile(
        rf"{_SPEAKER}(?:,[^,\u201c\u201d\"]{{1,90}},)?{_ADVERB}\s+{VERBS}\b{_FILLER}[,:]?\s*$"
    ),
    # A described speaker leading its clause: "…, a friend commented: "…""
    re.compile(rf"(?:^\s*|,\s+)(?P<speaker>{_ANY_DESC}){_ADVERB}\s+{VERBS}\b{_FILLER}[,:]?\s*$"),
    re.compile(rf"\baccording\s+to\s+{_SPEAKER}[^.\u201c\"]{{0,40}}[,:]?\s*$"),
    re.compile(rf"{_SPEAKER},\s+who\s+{VERBS}\b[^.\u201c\"]{{0,80}}$"),
    # The verb first: "Said Ellis: "…""
    re.compile(
        rf"(?:^\s*|[,;]\s+)(?:[Ss]aid|[Ss]ays|[Aa]dded|[Ww]rote|[Aa]sked)\s+{_SPEAKER}\s*[,:]\s*$"
    ),
    # The sentence's subject, then a participle of saying: "China also expressed its opposition
    # to the office, claiming that it would … and that an "…""; "Dean, a former chairman, poked
    # at Trump's sniffing during the debate, tweeting, "…""
    re.compile(
        rf"^\s*{_CONNECTIVE}{_INTRODUCTION}{_SPEAKER}[\s,][^.\u201c\"\n]{{0,200}}?,\s+{_PARTICIPLE}\b"
        rf"[^.\u201c\"\n]{{0,150}}$"
    ),
]
_PRONOUNS = {"he", "she", "they"}
_ATTRIBUTION_END = re.compile(r"(?:\s+\w+)?\s*[.,]")  # "demanded." "said Friday."


@dataclass(frozen=True)
class RuleHit:
    speaker: str  # as written in the article
    start: int
    end: int
    pronoun: bool


def rule_speaker(text: str, quote: QuotedSpan, sentence: Sentence | None) -> RuleHit | None:
    """The speaker a reporting-verb pattern names next to the quote, if any."""
    after_start = min(quote.end + 1, quote.paragraph_end)
    after = text[after_start : min(quote.paragraph_end, after_start + 120)]
    # A quote that ends its own sentence ("….") is not attributed by the next sentence's verb,
    # unless the sentence goes on in lower case ("….” the president said) or is no more than the
    # attribution ("…?” Vitter demanded.).
    ends_sentence = quote.text.rstrip().endswith((".", "!", "?"))
    lower = re.match(r"\s+[a-z]", after)
    signed = _SIGNED.search(after)
    if signed:
        return _hit(signed, after_start)
    for pattern in _AFTER:
        match = pattern.search(after)
        if match and (not ends_sentence or lower or _ATTRIBUTION_END.match(after, match.end())):
            return _hit(match, after_start)
    # The text before the quote, back to the start of its sentence.
    before_start = (
        sentence.start if sentence and sentence.start < quote.start else quote.paragraph_start
    )
    before_start = max(before_start, quote.start - 250)
    before = text[before_start : max(before_start, quote.start - 1)]
    for pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            return _hit(match, before_start)
    return None


def _hit(match: re.Match[str], offset: int) -> RuleHit:
    speaker = match.group("speaker")
    return RuleHit(
        speaker=speaker,
        start=offset + match.start("speaker"),
        end=offset + match.end("speaker"),
        pronoun=speaker.lower() in _PRONOUNS,
    )


def name_tokens(name: str) -> list[str]:
    folded, _ = normalise(name)
    return [t for t in re.split(r"[^\w]+", folded) if t]


_STOP = {"the", "a", "an", "of", "and", "s", "another", "one"}


def match_score(written: str, name: str, aliases: list[str]) -> int:
    """How well `written` (a speaker as the article writes it) names the actor `name`/`aliases`:
    0 for not at all, else the number of words they share."""
    written_tokens = [t for t in name_tokens(written) if t not in _STOP]
    if not written_tokens:
        return 0
    best = 0
    for candidate in (name, *aliases):
        tokens = [t for t in name_tokens(candidate) if t not in _STOP]
        if not tokens:
            continue
        shared = len(set(tokens) & set(written_tokens))
        if set(written_tokens) == set(tokens):
            best = max(best, shared + 1)
        elif set(tokens) <= set(written_tokens) or set(written_tokens) <= set(tokens):
            # "Stoltenberg" for "Jens Stoltenberg"; "NATO Secretary-General Jens Stoltenberg" for
            # it, but not for "NATO": a one-word name must be the other's last word (a surname).
            shorter, longer = sorted((tokens, written_tokens), key=len)
            if len(shorter) >= 2 or shorter[-1] == longer[-1]:
                best = max(best, shared)
    return best


def descriptions(passage: str) -> list[str]:
    """Described speakers ("an Elysee official") in a passage, without their article."""
    found = []
    for match in re.finditer(_DESC, passage):
        words = match.group().split()[1:]
        found.append(" ".join(words))
    return found


_SMALL_WORDS = {
    "of", "the", "and", "a", "an", "to", "in", "on", "with", "for", "at", "by", "or", "from",
}  # fmt: skip


def is_title(quoted: str) -> bool:
    """Whether quoted words name or title something rather than report speech: up to eight
    words, every one but the small ones capitalised ("Face the Nation", "War On Drugs", "The
    Dealmaker", "Bobby"). Shouted capitals ("LOCK HER UP") are speech."""
    words = re.findall(r"[\w\u2019'.-]+", quoted)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return (
        0 < len(words) <= 8
        and bool(content)
        and not words[0].isupper()
        and all(w[0].isdigit() or (w[0].isupper() and not w.isupper()) for w in content)
    )
