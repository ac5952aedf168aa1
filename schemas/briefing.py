"""The output contract: a `Briefing` and its parts.

Field descriptions are part of the prompt: instructor sends this schema to the model, so
they are written as instructions to the model. Fields the pipeline fills after the model
answers (evidence offsets, flags) are hidden from the model's schema with
`SkipJsonSchema` so the model is never asked to invent them.

Validators normalise (trim, de-duplicate actors case-insensitively) but never silently
drop data: duplicates are merged, keeping the richer record.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from newsbrief.schemas.topics import Topic

ActorKind = Literal["person", "organisation", "country", "other"]
MatchMethod = Literal["exact", "normalised", "fuzzy", "support", "none"]
# Three verdicts for a checked claim, one meaning each: `supported` (linked to article text
# and every check passed), `contradicted` (the article says otherwise; `ClaimCheck.rule`
# names which check), `unverified` (no check could link it: "check against the source").
# `unsupported` is the two-valued verdict of older runs, read as it was written.
Verdict = Literal["supported", "contradicted", "unverified", "unsupported", "not_checked"]
# Which verifier stage gave the verdict: the lexical rules, or an LLM judge.
VerifierStage = Literal["rules", "judge"]
ClaimKind = Literal["prose", "speaker", "quote"]

# ISO 8601 calendar date with partial precision: YYYY, YYYY-MM or YYYY-MM-DD.
# [0-9], not \d: llama-cpp-python's schema-to-grammar converter copies `\d` as a literal
# backslash and d, and sampling from that grammar crashed the process.
PARTIAL_ISO_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")


def _iso_date_pattern(schema: dict[str, Any]) -> None:
    """Put the partial ISO date pattern into the JSON Schema's string branch, so that
    constrained decoders (structured outputs, llama.cpp grammars, vLLM guided decoding)
    cannot write a date as the article does; validation keeps its own clearer message."""
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "string":
            branch["pattern"] = PARTIAL_ISO_DATE.pattern


def _clean(value: str) -> str:
    """Trim and collapse internal whitespace: models and rules both leave stray spaces."""
    return " ".join(value.split())


class Evidence(BaseModel):
    """Where an item was found in the article text (character offsets, end exclusive)."""

    model_config = ConfigDict(extra="forbid")

    start: int | None = None
    end: int | None = None
    method: MatchMethod = "none"
    score: float = 0.0

    @property
    def grounded(self) -> bool:
        return self.method != "none" and self.start is not None


class ClaimCheck(BaseModel):
    """The check of one claim the model wrote in its own words (or attributed).

    `path` names the claim (`summary[1]` is the summary's second sentence,
    `key_points[2]`, `events[0].what`, `relations[1].description`, `quotes[0].speaker`,
    `quotes[0].text`). `support` holds the article sentences (method `support`) or the
    attribution span that the verdict rests on; `offending` the claim's tokens that the
    support contradicts or lacks; `removed` is true when a strict policy dropped it.
    """

    model_config = ConfigDict(extra="forbid")

    path: str
    kind: ClaimKind = "prose"
    claim: str
    verdict: Verdict
    score: float = 0.0
    support: list[Evidence] = Field(default_factory=list)
    offending: list[str] = Field(default_factory=list)
    reason: str | None = None
    removed: bool = False
    # Which check decided (`number`, `date`, `negation`, `quote_altered`, `speaker`,
    # `entity`, `no_support`, ...) and which stage: the rules, or the judge.
    rule: str | None = None
    stage: VerifierStage = "rules"
    # A judge verdict cites the article text it rests on; `prior_verdict` keeps the
    # rules' verdict when the judge changed it (or voided it: `reason` says why).
    citation: str | None = None
    prior_verdict: Verdict | None = None


class Actor(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(
        min_length=1,
        description="The actor's name exactly as written in the article, without titles "
        "(e.g. 'Hun Manet', not 'Lieutenant General Hun Manet').",
    )
    kind: ActorKind = Field(
        description="person, organisation, country or other (for groups, places acting as "
        "parties, etc.)."
    )
    role: str | None = Field(
        default=None,
        description="The actor's role or title as stated in the article "
        "(e.g. 'Royal Cambodian Army commander'); null if the article gives none.",
    )
    affiliation: str | None = Field(
        default=None,
        description="Organisation or country the actor belongs to, if stated.",
    )
    aliases: list[str] = Field(
        default_factory=list,
        description="Other names the article uses for the same actor (acronyms, titled forms).",
    )
    evidence: SkipJsonSchema[Evidence | None] = None

    @field_validator("name", "role", "affiliation")
    @classmethod
    def _trim(cls, value: str | None) -> str | None:
        return _clean(value) if value is not None else None


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid")

    what: str = Field(min_length=1, description="One sentence saying what happened.")
    when: str | None = Field(
        default=None,
        description="ISO 8601 date of the event; partial dates allowed: 'YYYY', "
        "'YYYY-MM' or 'YYYY-MM-DD'. Null if the article does not date it.",
        json_schema_extra=_iso_date_pattern,
    )
    when_text: str | None = Field(
        default=None,
        description="The date expression copied verbatim from the article "
        "(e.g. 'March 3', 'last Tuesday').",
    )
    where: str | None = Field(
        default=None, description="Place of the event as written in the article."
    )
    participants: list[str] = Field(
        default_factory=list, description="Names of the actors taking part."
    )
    # Grounding: `evidence` locates when_text, `where_evidence` locates where.
    evidence: SkipJsonSchema[Evidence | None] = None
    where_evidence: SkipJsonSchema[Evidence | None] = None

    @field_validator("when")
    @classmethod
    def _iso_partial(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not PARTIAL_ISO_DATE.match(value):
            raise ValueError(
                f"event date {value!r} is not ISO 8601: write YYYY, YYYY-MM or YYYY-MM-DD, "
                "and put the date as written into when_text"
            )
        return value


class Quote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: str | None = Field(
        default=None,
        description="Who said it, as named in the article; null if unattributed.",
    )
    text: str = Field(
        min_length=1,
        description="The quotation copied VERBATIM from the article, without the "
        "surrounding quotation marks. Never paraphrase.",
    )
    evidence: SkipJsonSchema[Evidence | None] = None


class Relation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parties: list[str] = Field(
        min_length=2,
        description="The two (or more) countries or organisations involved, by name.",
    )
    kind: str = Field(
        description="Short label for the relation, e.g. 'cooperation', 'conflict', "
        "'agreement', 'trade', 'dispute', 'diplomatic visit'."
    )
    description: str = Field(description="One sentence describing the relation.")


# The six questions, in the order every table, page and metric lists them.
FIVE_W1H_QUESTIONS = ("who", "what", "when", "where", "why", "how")


class FiveW1H(BaseModel):
    """The journalistic questions, answered with short phrases from the article."""

    model_config = ConfigDict(extra="forbid")

    who: list[str] = Field(default_factory=list, description="The main actors of the main event.")
    what: str | None = Field(default=None, description="What happened, in a short phrase.")
    when: str | None = Field(default=None, description="When it happened, as written.")
    where: str | None = Field(default=None, description="Where it happened, as written.")
    why: str | None = Field(
        default=None, description="Why it happened, if the article says; otherwise null."
    )
    how: str | None = Field(
        default=None, description="How it happened, if the article says; otherwise null."
    )
    evidence: SkipJsonSchema[dict[str, list[Evidence]]] = Field(default_factory=dict)


class GroundingSummary(BaseModel):
    """Counts filled by the grounding step; `rate` is grounded / checked."""

    model_config = ConfigDict(extra="forbid")

    checked: int = 0
    grounded: int = 0
    ungrounded: list[str] = Field(default_factory=list)
    # Prose (summary sentences, key points, event and relation descriptions) is counted
    # apart from the extracted items above: of `prose_checked`, `prose_supported`,
    # `prose_contradicted` (the article says otherwise) and `prose_unverified` (nothing
    # could link it), each listed by label. Runs before the three verdicts wrote only
    # `unsupported` (both kinds together): `prose_legacy_unsupported` counts those.
    prose_checked: int = 0
    prose_supported: int = 0
    prose_contradicted: int = 0
    prose_unverified: int = 0
    contradicted: list[str] = Field(default_factory=list)
    unverified: list[str] = Field(default_factory=list)
    unsupported: list[str] = Field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return self.grounded / self.checked if self.checked else None

    @property
    def prose_rate(self) -> float | None:
        return self.prose_supported / self.prose_checked if self.prose_checked else None

    @property
    def prose_legacy_unsupported(self) -> int:
        """Prose an older run marked `unsupported` (contradicted and unverified not told
        apart); 0 for every run made since."""
        return (
            self.prose_checked
            - self.prose_supported
            - self.prose_contradicted
            - self.prose_unverified
        )


class Briefing(BaseModel):
    """A structured briefing of one news article."""

    model_config = ConfigDict(extra="forbid")

    headline: str = Field(description="A factual headline of at most 15 words, in your own words.")
    summary: str = Field(
        description="Two to four sentences summarising the article for an analyst."
    )
    key_points: list[str] = Field(
        default_factory=list, description="Three to six short, self-contained key facts."
    )
    five_w1h: FiveW1H = Field(
        default_factory=FiveW1H, description="The journalistic 5W1H of the main event."
    )
    actors: list[Actor] = Field(
        default_factory=list,
        description="People, organisations and countries that act or are acted upon.",
    )
    events: list[Event] = Field(
        default_factory=list, description="Dated or undated events the article reports."
    )
    quotes: list[Quote] = Field(
        default_factory=list, description="Direct quotations, copied verbatim."
    )
    relations: list[Relation] = Field(
        default_factory=list,
        description="Relations between countries or organisations described in the article.",
    )
    topics: list[Topic] = Field(
        default_factory=list,
        description="One to three topics from the controlled vocabulary.",
    )
    injection_suspected: SkipJsonSchema[bool] = False
    grounding: SkipJsonSchema[GroundingSummary | None] = None
    # Support links and consistency verdicts for prose, quote texts and speakers.
    checks: SkipJsonSchema[list[ClaimCheck]] = Field(default_factory=list)

    @field_validator("headline", "summary")
    @classmethod
    def _not_blank(cls, value: str, info) -> str:  # type: ignore[no-untyped-def]
        cleaned = _clean(value)
        if not cleaned:
            raise ValueError(f"{info.field_name} is empty; write a non-empty {info.field_name}")
        return cleaned

    @field_validator("key_points")
    @classmethod
    def _trim_points(cls, value: list[str]) -> list[str]:
        cleaned = [_clean(point) for point in value]
        return [point for point in cleaned if point]

    @field_validator("topics")
    @classmethod
    def _unique_topics(cls, value: list[Topic]) -> list[Topic]:
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _merge_duplicate_actors(self) -> Briefing:
        """Merge actors whose names differ only in case, keeping every non-empty attribute."""
        merged: dict[str, Actor] = {}
        for actor in self.actors:
            key = actor.name.casefold()
            if key not in merged:
                merged[key] = actor
                continue
            kept = merged[key]
            aliases = list(dict.fromkeys([*kept.aliases, *actor.aliases]))
            if actor.name != kept.name and actor.name not in aliases:
                aliases.append(actor.name)
            merged[key] = kept.model_copy(
                update={
                    "role": kept.role or actor.role,
                    "affiliation": kept.affiliation or actor.affiliation,
                    "aliases": aliases,
                    "evidence": kept.evidence or actor.evidence,
                }
            )
        self.actors = list(merged.values())
        return self
