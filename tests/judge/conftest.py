"""An article, a briefing and the rules' checks of it, as the judge receives them."""

from __future__ import annotations

import pytest

from newsbrief.schemas import Briefing, ClaimCheck, Evidence, GroundingSummary

TEXT = (
    "Flooding in the northern province killed 12 people on Tuesday, officials said. "
    "Rescue teams were still searching for survivors in three villages. "
    "The governor said the army would help rebuild the roads."
)
FIRST = "Flooding in the northern province killed 12 people on Tuesday, officials said."


def stage_one() -> list[ClaimCheck]:
    """What the rules said: a paraphrase they could not link (unverified), a changed
    number (contradicted), a copied sentence (supported), an invented visit
    (unverified)."""
    return [
        ClaimCheck(path="summary[0]", claim="Floods in the north killed 12 people.",
                   verdict="unverified", rule="no_support", reason="no sentence links it"),
        ClaimCheck(path="key_points[0]", claim="Flooding killed 21 people.",
                   verdict="contradicted", rule="number", offending=["21"],
                   reason="the article says 12",
                   support=[Evidence(start=0, end=len(FIRST), method="support")]),
        ClaimCheck(path="key_points[1]", claim="Rescue teams were searching three villages.",
                   verdict="supported", score=0.9),
        ClaimCheck(path="key_points[2]", claim="The president visited the region.",
                   verdict="unverified", rule="no_support", reason="no sentence links it"),
    ]  # fmt: skip


@pytest.fixture
def briefing() -> Briefing:
    checks = stage_one()
    return Briefing(
        headline="Floods kill 12 in the north",
        summary="Floods in the north killed 12 people.",
        key_points=[c.claim for c in checks[1:]],
        checks=checks,
        grounding=GroundingSummary(
            prose_checked=4,
            prose_supported=1,
            unsupported=[
                f"{c.path}: {c.claim!r} ({c.reason})" for c in checks if c.verdict != "supported"
            ],
        ),
    )
