"""Pydantic models only: the contracts between reading, briefing, evals and reports.

No I/O and no LLM calls live here, so every other package can import these freely.
"""

from schemas.article import Article
from schemas.briefing import (
    Actor,
    ActorKind,
    Briefing,
    Event,
    Evidence,
    FiveW1H,
    GroundingSummary,
    Quote,
    Relation,
)
from schemas.gold import (
    NOT_STATED,
    GoldActor,
    GoldBriefing,
    GoldEvent,
    GoldFiveW1H,
    GoldPhrase,
    GoldQuote,
    GoldRecord,
    GoldRelation,
)
from schemas.hashing import schema_hash
from schemas.records import (
    RUN_FORMAT_VERSION,
    BriefingRecord,
    ErrorRecord,
    Manifest,
    Provenance,
    RunCounts,
    Usage,
)
from schemas.topics import TOPICS, Topic

__all__ = [
    "NOT_STATED",
    "RUN_FORMAT_VERSION",
    "TOPICS",
    "Actor",
    "ActorKind",
    "Article",
    "Briefing",
    "BriefingRecord",
    "ErrorRecord",
    "Event",
    "Evidence",
    "FiveW1H",
    "GoldActor",
    "GoldBriefing",
    "GoldEvent",
    "GoldFiveW1H",
    "GoldPhrase",
    "GoldQuote",
    "GoldRecord",
    "GoldRelation",
    "GroundingSummary",
    "Manifest",
    "Provenance",
    "Quote",
    "Relation",
    "RunCounts",
    "Topic",
    "Usage",
    "schema_hash",
]
