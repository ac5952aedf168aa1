"""A model's briefing as a first draft of gold, for the editor to review.

The draft is a gold record with nothing reviewed yet: every item the model gave sits in
`suggestions` with origin `model`, and `gold` is empty until a person accepts, edits or
adds items (only then are they gold). Every item keeps the offsets the grounding step
found (as `GoldSpan`s), so accepting a model item keeps its evidence. 5W1H questions the
model left empty stay unlabelled (null): whether the article really does not say is the
annotator's call, not the model's.
"""

from __future__ import annotations

from newsbrief.schemas import (
    FIVE_W1H_QUESTIONS,
    Briefing,
    Evidence,
    GoldActor,
    GoldBriefing,
    GoldEvent,
    GoldFiveW1H,
    GoldPhrase,
    GoldQuote,
    GoldRecord,
    GoldRelation,
    GoldSpan,
)

__all__ = ["draft_gold", "span_of"]

QUESTIONS = FIVE_W1H_QUESTIONS


def span_of(evidence: Evidence | None) -> GoldSpan | None:
    """The evidence's offsets as a gold span, when the grounding step found the item."""
    if evidence is None or not evidence.grounded or evidence.end is None:
        return None
    if evidence.start is None or evidence.end <= evidence.start:
        return None
    return GoldSpan(start=evidence.start, end=evidence.end)


def _five_w1h(briefing: Briefing) -> GoldFiveW1H:
    fivew = briefing.five_w1h
    answers: dict[str, list[GoldPhrase] | None] = {}
    for name in QUESTIONS:
        value = getattr(fivew, name)
        values = value if isinstance(value, list) else ([value] if value else [])
        evidence = list(fivew.evidence.get(name) or [])
        phrases = [
            GoldPhrase(
                alternatives=[text],
                span=span_of(evidence[i]) if i < len(evidence) else None,
                origin="model",
            )
            for i, text in enumerate(values)
            if text.strip()
        ]
        answers[name] = phrases or None
    return GoldFiveW1H(**answers)


def draft_gold(
    article_id: str,
    briefing: Briefing,
    title: str | None = None,
    source_run: str | None = None,
    prompt_hash: str | None = None,
) -> GoldRecord:
    """A gold record whose suggestions are everything the model said (nothing is gold
    yet); `source_run` names the run they came from, for the self-agreement check."""
    suggestions = GoldBriefing(
        headline=[briefing.headline],
        summary=[briefing.summary],
        key_points=[
            GoldPhrase(alternatives=[point], origin="model") for point in briefing.key_points
        ],
        five_w1h=_five_w1h(briefing),
        actors=[
            GoldActor(
                names=[actor.name, *actor.aliases],
                kind=actor.kind,
                role=actor.role,
                affiliation=actor.affiliation,
                spans=[span] if (span := span_of(actor.evidence)) else None,
                origin="model",
            )
            for actor in briefing.actors
        ],
        events=[
            GoldEvent(
                what=[event.what],
                when=event.when,
                when_text=event.when_text,
                where=event.where,
                when_span=span_of(event.evidence),
                where_span=span_of(event.where_evidence),
                origin="model",
            )
            for event in briefing.events
        ],
        quotes=[
            GoldQuote(
                speaker=[quote.speaker] if quote.speaker else None,
                text=quote.text,
                span=span_of(quote.evidence),
                origin="model",
            )
            for quote in briefing.quotes
        ],
        relations=[
            GoldRelation(
                parties=rel.parties, kind=rel.kind, description=rel.description, origin="model"
            )
            for rel in briefing.relations
        ],
        topics=list(briefing.topics),
        origins={"headline": "model", "summary": "model", "topics": "model"},
    )
    return GoldRecord(
        id=article_id,
        title=title,
        gold=GoldBriefing(),
        suggestions=suggestions,
        source_run=source_run,
        prompt_hash=prompt_hash,
    )
