"""The input contract: one news article as read from an archive line or a text file.

Archives name their fields differently; `newsbrief.inputs.reader` maps them onto these names so
that everything downstream sees one shape.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

FurnitureKind = Literal["control", "file_name", "repeat", "other_script", "caption", "byline"]


class FurnitureSpan(BaseModel):
    """Characters [start, end) of the original text that were page furniture."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: FurnitureKind


class Article(BaseModel):
    """A news article to be briefed. Only `id` and `text` are required."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, description="Stable identifier, unique within an archive.")
    text: str = Field(description="The full article body as plain text.")
    title: str | None = None
    published: str | None = Field(
        default=None, description="Publication date or timestamp as given by the source."
    )
    source: str | None = None
    url: str | None = None
    language: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    furniture: list[FurnitureSpan] = Field(
        default_factory=list,
        description="Page furniture blanked out of `text` before briefing (same-length "
        "spaces, so offsets into `text` are offsets into the original text).",
    )

    @field_validator("id", mode="before")
    @classmethod
    def _id_to_str(cls, value: Any) -> Any:
        # Archives often carry numeric ids; keep them as strings so joins are exact.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article text is empty; give the article body in the text field")
        return value
