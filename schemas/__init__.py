"""Pydantic models only: the contracts between reading, briefing, evals and reports.

No I/O and no LLM calls live here, so every other package can import these freely.
"""

if __name__ != "newsbrief.schemas":  # pragma: no cover - the folder imported by its own name
    raise ImportError("this folder is installed as newsbrief.schemas; import newsbrief.schemas")

from newsbrief.schemas.article import Article, FurnitureSpan
from newsbrief.schemas.briefing import (
    FIVE_W1H_QUESTIONS,
    Actor,
    ActorKind,
    Briefing,
    ClaimCheck,
    Event,
    Evidence,
    FiveW1H,
    GroundingSummary,
    Quote,
    Relation,
    Verdict,
    VerifierStage,
)
from newsbrief.schemas.gold import (
    NOT_STATED,
    ORIGINS,
    GoldActor,
    GoldBriefing,
    GoldEvent,
    GoldFiveW1H,
    GoldPhrase,
    GoldQuote,
    GoldRecord,
    GoldRelation,
    GoldSpan,
    Origin,
)
from newsbrief.schemas.hashing import schema_hash
from newsbrief.schemas.judge import JudgeAnswer, JudgeScope, JudgeVerdict
from newsbrief.schemas.records import (
    RUN_FORMAT_VERSION,
    BriefingRecord,
    ErrorRecord,
    Faithfulness,
    JudgeReport,
    JudgeTotals,
    Manifest,
    Provenance,
    RecordStatus,
    Removal,
    Repair,
    RunCounts,
    SessionEntry,
    Usage,
)
from newsbrief.schemas.topics import TOPICS, Topic

__all__ = [
    "FIVE_W1H_QUESTIONS",
    "NOT_STATED",
    "ORIGINS",
    "RUN_FORMAT_VERSION",
    "TOPICS",
    "Actor",
    "ActorKind",
    "Article",
    "Briefing",
    "BriefingRecord",
    "ClaimCheck",
    "ErrorRecord",
    "Event",
    "Evidence",
    "Faithfulness",
    "FiveW1H",
    "FurnitureSpan",
    "GoldActor",
    "GoldBriefing",
    "GoldEvent",
    "GoldFiveW1H",
    "GoldPhrase",
    "GoldQuote",
    "GoldRecord",
    "GoldRelation",
    "GoldSpan",
    "GroundingSummary",
    "JudgeAnswer",
    "JudgeReport",
    "JudgeScope",
    "JudgeTotals",
    "JudgeVerdict",
    "Manifest",
    "Origin",
    "Provenance",
    "Quote",
    "RecordStatus",
    "Relation",
    "Removal",
    "Repair",
    "RunCounts",
    "SessionEntry",
    "Topic",
    "Usage",
    "Verdict",
    "VerifierStage",
    "schema_hash",
]
