"""Gold records: hand-labelled reference briefings for evals.

A gold record mirrors `Briefing` but every list item and phrase may list alternatives or
aliases that count as the same answer (for example "Hun Manet" / "Lieutenant General
Hun Manet"), and optional fields may be marked "not stated in the article" (`NOT_STATED`)
so that a prediction that says nothing is right and one that invents something is wrong.
Fields left as null are not scored at all (unlabelled).

Review state. Gold is what a person reviewed: `GoldRecord.gold` holds only reviewed
items, each with its `origin` (`model`: the model's item accepted unchanged, `edited`: a
model item the annotator changed, `added`: written by the annotator; absent: written by
hand before origins were recorded, counted as reviewed). Model items nobody reviewed are
kept apart in `GoldRecord.suggestions` (Argilla's suggestions vs responses): never
scored, never counted as gold.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from newsbrief.schemas.briefing import PARTIAL_ISO_DATE, ActorKind
from newsbrief.schemas.topics import Topic

NOT_STATED = "not stated"
NotStated = Literal["not stated"]

Origin = Literal["model", "edited", "added"]
ORIGINS: tuple[Origin, ...] = ("model", "edited", "added")
_ORIGIN_HELP = (
    "model: the model's item accepted unchanged; edited: a model item the annotator "
    "changed; added: written by the annotator; absent: hand-written gold (reviewed)."
)
WholeField = Literal["headline", "summary", "topics"]


def _alternatives(value: str | list[str]) -> list[str]:
    items = [value] if isinstance(value, str) else value
    cleaned = [" ".join(item.split()) for item in items]
    if not cleaned or not all(cleaned):
        raise ValueError("give at least one non-empty alternative")
    return cleaned


class GoldSpan(BaseModel):
    """Where an annotator found an item in the article: character offsets [start, end).

    Optional everywhere, so gold written before spans existed stays valid; the workspace
    and the Label Studio / Argilla imports fill them from text selections."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> GoldSpan:
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be after its start {self.start}")
        return self


class GoldPhrase(BaseModel):
    """One answer with its acceptable alternatives (first is canonical)."""

    model_config = ConfigDict(extra="forbid")

    alternatives: list[str]
    weight: float = Field(
        default=1.0, ge=0.0, le=1.0, description="Credit 0..1, e.g. coder agreement share."
    )
    date: str | None = Field(
        default=None,
        description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD) a 'when' phrase resolves to.",
    )
    span: GoldSpan | None = None
    origin: Origin | None = Field(default=None, description=_ORIGIN_HELP)

    @field_validator("alternatives", mode="before")
    @classmethod
    def _alts(cls, value: str | list[str]) -> list[str]:
        return _alternatives(value)

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and not PARTIAL_ISO_DATE.match(value):
            raise ValueError(f"gold phrase date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        return value


class GoldActor(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[str] = Field(description="Canonical name first, then aliases.")
    kind: ActorKind
    role: str | list[str] | None = None
    affiliation: str | None = None
    spans: list[GoldSpan] | None = None
    origin: Origin | None = Field(default=None, description=_ORIGIN_HELP)

    @field_validator("names", mode="before")
    @classmethod
    def _names(cls, value: str | list[str]) -> list[str]:
        return _alternatives(value)


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    what: list[str]
    when: str | None = None
    when_text: str | None = None
    where: str | None = None
    when_span: GoldSpan | None = None
    where_span: GoldSpan | None = None
    origin: Origin | None = Field(default=None, description=_ORIGIN_HELP)

    @field_validator("what", mode="before")
    @classmethod
    def _what(cls, value: str | list[str]) -> list[str]:
        return _alternatives(value)

    @field_validator("when")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        if value is not None and not PARTIAL_ISO_DATE.match(value):
            raise ValueError(f"gold event date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        return value


class GoldQuote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: list[str] | None = None
    text: str
    span: GoldSpan | None = None
    origin: Origin | None = Field(default=None, description=_ORIGIN_HELP)


class GoldRelation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parties: list[str] = Field(min_length=2)
    kind: str | list[str]
    description: str | None = None
    origin: Origin | None = Field(default=None, description=_ORIGIN_HELP)


GoldField = list[GoldPhrase] | NotStated | None


class GoldFiveW1H(BaseModel):
    """Each question: a list of acceptable phrases, "not stated", or null (unlabelled)."""

    model_config = ConfigDict(extra="forbid")

    who: GoldField = None
    what: GoldField = None
    when: GoldField = None
    where: GoldField = None
    why: GoldField = None
    how: GoldField = None


class GoldBriefing(BaseModel):
    """Reference answer. None means 'not labelled, do not score this field'."""

    model_config = ConfigDict(extra="forbid")

    headline: list[str] | None = None
    summary: list[str] | None = None
    key_points: list[GoldPhrase] | None = None
    five_w1h: GoldFiveW1H | None = None
    actors: list[GoldActor] | None = None
    events: list[GoldEvent] | None = None
    quotes: list[GoldQuote] | None = None
    relations: list[GoldRelation] | None = None
    topics: list[Topic] | None = None
    origins: dict[WholeField, Origin] | None = Field(
        default=None,
        description="Origin of the fields labelled as a whole (headline, summary, topics); "
        + _ORIGIN_HELP,
    )


class GoldRecord(BaseModel):
    """One line of a gold JSONL file."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None = None
    text: str | None = Field(default=None, description="Article text, when the gold ships it.")
    source: str | None = Field(default=None, description="Where the labels came from.")
    notes: str | None = None
    gold: GoldBriefing
    # Who labelled it, when, and from which run's briefing (the workspace fills these).
    annotator: str | None = None
    labelled_at: str | None = None
    source_run: str | None = None
    prompt_hash: str | None = None
    disagreements: dict[str, dict[str, Any]] | None = Field(
        default=None,
        description="Set by `briefing gold merge`: field -> {annotator: value} where the "
        "annotators disagree, kept for adjudication; the merged value is the first one's.",
    )
    suggestions: GoldBriefing | None = Field(
        default=None,
        description="The model's items nobody has reviewed yet, kept for later review; "
        "never scored and never counted as gold.",
    )
