"""The LLM judge's answer and what a run records about it.

The judge (`newsbrief.judge`) is the second verifier stage: it reads the article and the
claims the rules could not settle (`unverified`, `contradicted`) and gives each a verdict
that cites the article text it rests on. `JudgeAnswer` is the response model it asks the
model for. What a run records about the judge (`JudgeReport` on each briefing record,
`JudgeTotals` on the manifest) is in `newsbrief.schemas.records`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["JudgeAnswer", "JudgeScope", "JudgeVerdict"]

JudgeScope = Literal["doubtful", "all"]


class JudgeVerdict(BaseModel):
    """The verdict on one numbered claim."""

    claim: int = Field(description="The claim's number, as given in the list of claims.")
    verdict: Literal["supported", "contradicted", "unverified"] = Field(
        description="supported: the article states it; contradicted: the article states "
        "something else (another number, date, name, speaker, or the opposite); "
        "unverified: the article neither states nor contradicts it."
    )
    citation: str = Field(
        default="",
        description="The article sentence(s) the verdict rests on, copied word for word "
        "from the article; empty only for unverified.",
    )
    reason: str = Field(default="", description="One short sentence: why.")


class JudgeAnswer(BaseModel):
    """Verdicts on every claim of the list, in its order."""

    # Required and never empty: an answer of some other shape ({} or a briefing) is
    # re-asked, not read as "no verdicts".
    verdicts: list[JudgeVerdict] = Field(
        min_length=1, description="One verdict per claim, in the order given."
    )
