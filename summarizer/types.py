"""Core data types. These pydantic models are the single source of the JSON Schemas in schemas/."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EXTRACTION_VERSION = "1.4"  # 1.1: statements (every attribution, quoted or not); 1.2: the
# kind of an actor (named, or a described speaker); 1.3: a statement's confidence, and those
# under the bar in rejected; 1.4: the model's stance readings under the bar (under_bar), and a
# position's agreed_by
BRIEFING_VERSION = "1.9"  # 1.1: overview, topics, agreements, disagreements; 1.2: source
# notes; 1.3: source url and author; 1.4: doubts, and the confidence of model stances; 1.5:
# statements (who said what, reported speech included); 1.6: a statement's variants include
# the quotes no statement covers (resolved_by "quote"), aligned with reports of the same claim;
# 1.7: the kind of an actor (named, or a described speaker: no entry of the actor list); 1.8:
# a statement variant's confidence, and a report its speaker's longer one in the source holds
# shown as that one; 1.9: a position's agreed_by (a model reading under the bar that another
# source's reading confirms)
STORY_INDEX_VERSION = "1.0"

ActorType = Literal["person", "organization", "country", "other"]
# named: an actor the article names; described: a speaker it only describes ("an official", "a
# spokesman", "the statement", "the letter"), kept as the speaker of its quotes, statements and
# positions but no entry of the actor list.
ActorKind = Literal["named", "described"]
_KIND_DESCRIPTION = (
    'named: an actor the article names; described: a speaker it only describes ("an official", '
    '"the statement"), the speaker of its quotes and statements but no entry of the actor list'
)
Stance = Literal["supports", "opposes", "neutral", "mixed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of an article: `article.text[start:end] == text`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ArticleMeta(_Model):
    id: str = Field(description="Stable identifier: the file stem")
    file: str = Field(description="Path of the article file as given")
    sha256: str = Field(description="sha256 of the decoded text")
    chars: int
    title: str | None = None
    outlet: str | None = None
    date: str | None = Field(default=None, description="ISO date, when the text states a full one")
    notes: list[str] = Field(default_factory=list, description="What loading did to the text")
    # Known only for pages, feeds, JSON Lines and archives; left out of the JSON when unknown,
    # so that the extractions of plain text files read as before.
    url: str | None = Field(default=None, exclude_if=lambda v: v is None)
    author: str | None = Field(default=None, exclude_if=lambda v: v is None)


class Actor(_Model):
    name: str = Field(description="Canonical full name")
    type: ActorType
    role: str | None = None
    aliases: list[str] = Field(default_factory=list, description="Other forms the article uses")
    mentions: list[Span] = Field(default_factory=list, description="Where the article names it")
    kind: ActorKind = Field(default="named", description=_KIND_DESCRIPTION)


# Who read a stance: a stance-word rule or the model.
StanceReader = Literal["rule", "model"]


class Position(_Model):
    actor: str = Field(description="An actor's canonical name")
    topic: str
    stance: Stance
    summary: str | None = Field(
        default=None, description="A model-written summary, when the template asks for one"
    )
    evidence: Span
    attribution: StanceReader = Field(
        default="model", description="Whether a stance-word rule or the model read the stance"
    )
    # Left out of the JSON when unknown, so that extractions without it read as before.
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="For a model reading: the model's choice margin on the stance (the chosen "
        "option's probability minus the runner-up's); absent for a rule reading or when unknown",
        exclude_if=lambda v: v is None,
    )
    agreed_by: list[str] = Field(
        default_factory=list,
        description="For a model reading under the bar, shown because other articles read the "
        "same actor on the same issue alike (under the bar too, or in a position they show): "
        "those articles' sha256",
        exclude_if=lambda v: not v,
    )


# How a quote's speaker was chosen: by a reporting-verb rule, from the source of the learned
# attribution that holds the quote, or by the model.
QuoteAttribution = Literal["rule", "learned", "model"]


class Quote(_Model):
    speaker: str = Field(description="An actor's canonical name")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    attribution: QuoteAttribution = Field(
        description="Whether a reporting-verb rule, the source of the learned attribution that "
        "holds the quote, or the model chose the speaker"
    )


StatementKind = Literal["direct", "mixed", "indirect"]


class Statement(_Model):
    """One attribution (who said or thought what, with or without quotation marks): its
    source, cue and content as spans of the article, and the actor the source is."""

    speaker: str | None = Field(
        description="An actor's canonical name; none when the source is no actor (a passive "
        '"it was reported", a bare "officials", a source that cannot be resolved)'
    )
    resolved_by: Literal["name", "pronoun", "description"] | None = Field(
        description="How the source became the speaker: a name, a pronoun (he, she, it, they, "
        'who) referring to an actor named before, a described speaker ("an official")'
    )
    source: list[Span] = Field(description="The source as written; empty for a passive")
    cue: list[Span] = Field(description='The words that report: "said", "told AFP", "according to"')
    content: list[Span] = Field(min_length=1, description="What is attributed")
    kind: StatementKind = Field(
        description="direct: all of the content inside quotation marks; mixed: part of it; "
        "indirect: none of it"
    )
    quote: bool = Field(
        description="Whether one of `quotes` covers at least half of the content: the briefing "
        "shows it once, as that quote"
    )
    confidence: float = Field(
        ge=0,
        le=1,
        description="How sure the cue tagger is that the cue reports: the mean probability of "
        "its words being a cue; statements under the bar (statements.STATEMENT_BAR) are left "
        "out, in `rejected`",
    )


class Rejected(_Model):
    """Something left out of an extraction, and why: a quoted title or name that is not speech,
    a quote no rule or model answer attributes, an answer the model could not give validly, the
    statements of an article too long to look for them in."""

    kind: Literal["actor", "alias", "position", "quote", "statement"]
    value: str
    reason: str


class Usage(_Model):
    calls: int = 0
    attempts: int = 0
    prompt_tokens: int = Field(default=0, description="Prompt tokens, including a reused prefix.")
    evaluated_tokens: int = Field(
        default=0,
        description="Prompt tokens the model actually evaluated (the rest was a reused prefix).",
    )
    completion_tokens: int = 0
    seconds: float = 0.0


class Extraction(_Model):
    extraction_version: str = EXTRACTION_VERSION
    article: ArticleMeta
    actors: list[Actor] = Field(
        description="The article's actors (kind named) and described speakers (kind described)"
    )
    positions: list[Position]
    quotes: list[Quote]
    statements: list[Statement] = Field(default_factory=list)
    rejected: list[Rejected] = Field(default_factory=list)
    under_bar: list[Position] = Field(
        default_factory=list,
        description="The model's stance readings under the bar (each also in rejected): never "
        "shown alone; another article's agreeing reading may confirm one (confirm_across)",
        exclude_if=lambda v: not v,
    )
    usage: Usage = Field(default_factory=Usage)


# --- What the model writes (compact on purpose: every generated token costs ~0.1 s) ----------


TOPIC_MAX_CHARS = 60  # the grammar ends the topic's string here, even inside a word


class TopicOut(_Model):
    topic: str = Field(
        max_length=TOPIC_MAX_CHARS, description="The article's main issue, in a few words"
    )


class StanceOut(_Model):
    """One actor's stance. At run time `evidence` becomes an enum of the numbers of a few
    sentences about the actor, so the model can only point at a real sentence. The evidence
    comes first: the model picks the sentence, then judges the stance that sentence shows."""

    evidence: int = Field(description="Number of the sentence that shows the stance")
    stance: Stance | Literal["unclear"]


class SpeakerOut(_Model):
    """Who says a quotation. At run time `speaker` becomes an enum of the article's names."""

    speaker: str


# --- The briefing ---------------------------------------------------------------------------


class Source(_Model):
    ref: int = Field(description="Citation number, [ref] in the text")
    id: str
    file: str
    sha256: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    notes: list[str] = Field(
        default_factory=list,
        description="What loading did to the article's text (its encoding, markup removed)",
    )
    url: str | None = Field(default=None, exclude_if=lambda v: v is None)
    author: str | None = Field(default=None, exclude_if=lambda v: v is None)


class Mention(_Model):
    source: int
    start: int
    end: int
    text: str


class BriefActor(_Model):
    id: str
    name: str
    type: ActorType
    kind: ActorKind = Field(default="named", description=_KIND_DESCRIPTION)
    roles: list[str]
    aliases: list[str]
    sources: list[int]
    mentions: list[Mention]


class Issue(_Model):
    """A question the actors of a briefing take sides on, found across all its articles."""

    id: str
    name: str = Field(description="The most central of its wordings")
    wordings: list[str] = Field(description="Every topic wording of the sources it gathers")
    sources: list[int]


class BriefPosition(_Model):
    actor: str = Field(description="BriefActor id")
    topic: str = Field(description="The name of the position's issue")
    issue: str = Field(default="", description="Issue id")
    reported_topic: str = Field(description="The topic as worded for this source")
    stance: Stance
    summary: str | None = None
    source: int
    evidence: Span
    attribution: StanceReader = Field(
        default="model", description="Whether a stance-word rule or the model read the stance"
    )
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="For a model reading, its choice margin (Position); absent when unknown",
        exclude_if=lambda v: v is None,
    )
    agreed_by: list[int] = Field(
        default_factory=list,
        description="For a model reading under the bar: the other sources that read the actor "
        "on the issue alike (under the bar too, or in a position they show), which is why it is "
        "shown (Position.agreed_by)",
        exclude_if=lambda v: not v,
    )


class QuoteVariant(_Model):
    source: int
    text: str
    start: int
    end: int


class BriefQuote(_Model):
    speaker: str = Field(description="BriefActor id")
    text: str = Field(description="The longest wording")
    sources: list[int]
    variants: list[QuoteVariant]


class StatementVariant(_Model):
    """One source's report of a statement."""

    source: int
    text: str = Field(description='The content, its parts joined by " … "')
    kind: StatementKind
    content: list[Span]
    cue: list[Span] = Field(description='The words that report it: "said", "told", "according to"')
    said_by: list[Span] = Field(description='The speaker as this source writes it ("he", …)')
    resolved_by: Literal["name", "pronoun", "description", "quote"] = Field(
        description='How the speaker was found: a name, a pronoun, a described speaker ("an '
        'official"), or "quote": a quote of this source that no statement of its speaker covers, '
        "its speaker chosen as for every quote (no cue, no speaker span)"
    )
    quote: bool = Field(description="Whether it is one of this source's quotes as well")
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="The statement's confidence (the cue tagger's); none for a quote that no "
        "statement covers",
    )
    evidence: bool = Field(
        description="Whether the evidence of one of the speaker's positions in this source holds it"
    )


class BriefStatement(_Model):
    """What an actor said or is reported to have said, quoted or not, across the sources that
    report it."""

    speaker: str = Field(description="BriefActor id")
    text: str = Field(description="The longest wording")
    kinds: list[StatementKind] = Field(description="The kinds of its variants")
    sources: list[int]
    variants: list[StatementVariant]


class Evidence(_Model):
    """A span of one source that backs a statement of the briefing."""

    source: int
    start: int
    end: int
    text: str
    read_by: StanceReader | None = Field(
        default=None, description="For a stance: whether a rule or the model read it"
    )
    confidence: float | None = Field(
        default=None,
        description="For a model reading of a stance, its choice margin; absent when unknown",
        exclude_if=lambda v: v is None,
    )


class Side(_Model):
    says: str = Field(description="A stance, or a quote's wording in that source")
    sources: list[int]
    evidence: list[Evidence]


class Finding(_Model):
    """Something the sources agree or disagree on, about one actor (and a topic)."""

    kind: Literal["stance", "wording"]
    actor: str = Field(description="BriefActor id")
    topic: str = Field(description="The topic, or the quote's longest wording")
    sides: list[Side] = Field(description="One side when sources agree, two or more when not")


class Failure(_Model):
    file: str
    error: str


class Provenance(_Model):
    tool_version: str
    backend: str
    model: str
    model_sha256: str | None
    prompt: str
    prompt_sha256: str
    sampling: dict[str, float | int | str]
    timings: dict[str, float]
    usage: Usage


class ExtractionProvenance(_Model):
    """What an extraction was made with: the settings of the run that printed it (a cached
    extraction was made with the same ones: they are in its cache key)."""

    tool_version: str
    backend: str
    model: str
    model_sha256: str | None
    prompt: str = Field(description="The template's name@version")
    prompt_sha256: str
    sampling: dict[str, float | int | str]
    cached: bool = Field(description="Whether the extraction came from the cache")


class ExtractOutput(_Model):
    """What `summarizer extract` prints: one article's extraction and its provenance."""

    extraction: Extraction
    provenance: ExtractionProvenance


class Briefing(_Model):
    briefing_version: str = BRIEFING_VERSION
    headline: str
    overview: list[str] = Field(
        default_factory=list,
        description="Overview sentences composed from the merged facts, each citing sources",
    )
    sources: list[Source]
    actors: list[BriefActor] = Field(
        description="The actors (kind named), then the described speakers (kind described), "
        "which quotes, statements and positions may name but the actor list leaves out"
    )
    issues: list[Issue] = Field(
        default_factory=list, description="The issues the positions are on, largest first"
    )
    positions: list[BriefPosition]
    quotes: list[BriefQuote]
    statements: list[BriefStatement] = Field(
        default_factory=list,
        description="Who said what: every statement with a speaker, quoted or reported",
    )
    agreements: list[Finding] = Field(default_factory=list)
    disagreements: list[Finding] = Field(default_factory=list)
    doubts: list[Finding] = Field(
        default_factory=list,
        description="Stances the sources differ on where one side rests on a single model "
        "reading against rule readings, or a side's evidence is under the bar: to check, not "
        "shown as disagreements",
    )
    failures: list[Failure] = Field(default_factory=list)
    rejected: dict[str, int] = Field(
        default_factory=dict,
        description="Items left out of the extractions (see each extraction's rejected), by kind",
    )
    provenance: Provenance


# --- The index of stories (`summarizer stories`) -----------------------------------------------


class IndexArticle(_Model):
    id: str
    file: str = Field(description="The input file, and #record inside a feed, JSON Lines or WARC")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    duplicate_of: str | None = Field(
        default=None,
        description="For a copy folded into another article of the same outlet: that article's id",
    )


class IndexStory(_Model):
    id: str = Field(description="Also the name of the story's folder")
    headline: str = Field(description="The briefing's headline")
    title: str | None = Field(default=None, description="The title of its first article")
    outlets: list[str]
    dates: list[str] = Field(description="The distinct dates of its articles, in order")
    key_actors: list[str]
    disagreements: int
    briefing: dict[str, str] = Field(
        description="The briefing's files (markdown, html, json), relative to the index"
    )
    articles: list[IndexArticle]


class StoryIndex(_Model):
    index_version: str = STORY_INDEX_VERSION
    stories: list[IndexStory]
    unassigned: list[IndexArticle] = Field(description="Articles that fit no story")
    duplicates: list[IndexArticle] = Field(
        description="Same-outlet copies folded into another article (see duplicate_of)"
    )
    failures: list[Failure]
    grouping: dict[str, float | int] = Field(description="The thresholds the grouping used")
    provenance: Provenance
