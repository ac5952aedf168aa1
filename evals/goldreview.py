"""Review state of gold: what a person reviewed, what is still the model's suggestion.

A gold record keeps the items a person reviewed in `gold` (each with its origin) and the
model's unreviewed items apart in `suggestions` (see `newsbrief.schemas.gold`). This module
is the one place that counts them, so `gold validate`, `gold agreement`, `eval` and the
workspace's save all say the same numbers:

- an *item* is one entry of a list field (actor, event, quote, relation, key point, 5W1H
  answer) or a whole-field value (headline, summary, the topic list); "not stated" is one
  hand-labelled item;
- a list field that holds reviewed items *and* still has unreviewed suggestions was
  reviewed in part: it is left out of scoring and agreement (`scorable_gold`), because
  its unreviewed items, right or wrong, would count against the model or the annotator;
- self-agreement: reviewed items the model wrote that were accepted unchanged, in records
  drafted from the very run being scored. Such gold agrees with that run by construction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from newsbrief.schemas import (
    FIVE_W1H_QUESTIONS,
    NOT_STATED,
    GoldBriefing,
    GoldFiveW1H,
    GoldRecord,
    GoldSpan,
)

__all__ = [
    "HAND",
    "LIST_FIELDS",
    "ReviewCounts",
    "SelfAgreement",
    "count_review",
    "duplicate_items",
    "field_value",
    "items_of",
    "pending_fields",
    "reviewed_gold",
    "scorable_gold",
    "self_agreement",
    "unreviewed_line",
]

HAND = "hand"  # an item without an origin: written by hand before origins existed
QUESTIONS = FIVE_W1H_QUESTIONS
WHOLE_FIELDS = ("headline", "summary", "topics")
LIST_FIELDS = (
    "key_points",
    "actors",
    "events",
    "quotes",
    "relations",
    *(f"five_w1h.{q}" for q in QUESTIONS),
)
ORIGIN_WORDS = {
    "model": "accepted from the model unchanged",
    "edited": "edited",
    "added": "added by the annotator",
    HAND: "hand-written",
}


def field_value(briefing: GoldBriefing | None, name: str) -> Any:
    """The value of a field (`five_w1h.who` included); None when unlabelled."""
    if briefing is None:
        return None
    if name.startswith("five_w1h."):
        return getattr(briefing.five_w1h, name[9:]) if briefing.five_w1h else None
    return getattr(briefing, name)


def items_of(briefing: GoldBriefing | None) -> Iterator[tuple[str, str]]:
    """(field, origin) of every item; origin is `HAND` where the item records none."""
    if briefing is None:
        return
    origins = briefing.origins or {}
    for name in WHOLE_FIELDS:
        if getattr(briefing, name) is not None:
            yield name, origins.get(name, HAND)  # type: ignore[call-overload]
    for name in LIST_FIELDS:
        value = field_value(briefing, name)
        if value == NOT_STATED:
            yield name, HAND
        elif value:
            yield from ((name, item.origin or HAND) for item in value)


def pending_fields(record: GoldRecord) -> list[str]:
    """List fields reviewed in part: labelled in gold, with suggestions still unreviewed."""
    return [
        name
        for name in LIST_FIELDS
        if field_value(record.gold, name) is not None
        and field_value(record.suggestions, name)
        and field_value(record.suggestions, name) != NOT_STATED
    ]


def scorable_gold(record: GoldRecord) -> GoldBriefing:
    """The gold that scoring and agreement use: reviewed items only, fields reviewed in
    part left unlabelled (None) until their suggestions are reviewed too."""
    pending = pending_fields(record)
    if not pending:
        return record.gold
    update: dict[str, Any] = {n: None for n in pending if not n.startswith("five_w1h.")}
    questions = [n[9:] for n in pending if n.startswith("five_w1h.")]
    if questions and record.gold.five_w1h is not None:
        update["five_w1h"] = record.gold.five_w1h.model_copy(update=dict.fromkeys(questions))
    return record.gold.model_copy(update=update)


def reviewed_gold(record: GoldRecord) -> GoldBriefing | None:
    """`scorable_gold`, or None when it labels no field at all (a record holding only
    suggestions): such an article has no gold yet, and is neither scored nor counted as
    gold missing from a run."""
    gold = scorable_gold(record)
    labelled = any(field_value(gold, n) is not None for n in (*WHOLE_FIELDS, *LIST_FIELDS))
    return gold if labelled else None


@dataclass
class ReviewCounts:
    """Reviewed items by origin, unreviewed suggestions and fields reviewed in part."""

    records: int = 0
    reviewed: Counter[str] = field(default_factory=Counter)  # origin (or HAND) -> items
    suggestions: int = 0
    records_with_suggestions: int = 0
    partial_fields: int = 0  # (record, field) pairs left out of scoring

    @property
    def reviewed_items(self) -> int:
        return sum(self.reviewed.values())

    def add(self, record: GoldRecord) -> None:
        self.records += 1
        self.reviewed.update(origin for _, origin in items_of(record.gold))
        pending = sum(1 for _ in items_of(record.suggestions))
        self.suggestions += pending
        self.records_with_suggestions += pending > 0
        self.partial_fields += len(pending_fields(record))

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "reviewed_items": self.reviewed_items,
            "by_origin": {k: self.reviewed.get(k, 0) for k in ORIGIN_WORDS},
            "unreviewed_suggestions": self.suggestions,
            "records_with_suggestions": self.records_with_suggestions,
            "fields_reviewed_in_part": self.partial_fields,
        }

    def line(self) -> str:
        """One sentence for the terminal: what is gold and what is not."""
        parts = [f"{self.reviewed[k]} {w}" for k, w in ORIGIN_WORDS.items() if self.reviewed[k]]
        text = f"{self.reviewed_items} reviewed gold items" + (
            f" ({', '.join(parts)})" if parts else ""
        )
        if self.suggestions:
            text += (
                f"; {self.suggestions} unreviewed model suggestions in "
                f"{self.records_with_suggestions} record(s), not gold and never scored"
            )
        if self.partial_fields:
            text += (
                f"; {self.partial_fields} field(s) reviewed in part, left unscored until "
                "their suggestions are reviewed"
            )
        return text + "."


def count_review(records: Iterable[GoldRecord]) -> ReviewCounts:
    counts = ReviewCounts()
    for record in records:
        counts.add(record)
    return counts


def unreviewed_line(counts: ReviewCounts) -> str:
    """What a save stored, as the review page says it ("28 of 31 not reviewed: ...")."""
    total = counts.reviewed_items + counts.suggestions
    if not counts.suggestions:
        return f"all {total} items reviewed: saved as gold"
    return f"{counts.suggestions} of {total} not reviewed: saved as suggestions, not gold"


@dataclass(frozen=True)
class SelfAgreement:
    """Scored gold items the run being scored wrote itself and a person accepted as is."""

    run_id: str
    accepted_unchanged: int  # model items accepted unchanged from this very run
    reviewed: int  # every scored gold item of the run's articles
    articles: int  # articles whose gold holds such items

    @property
    def share(self) -> float | None:
        return self.accepted_unchanged / self.reviewed if self.reviewed else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "accepted_unchanged": self.accepted_unchanged,
            "scored_gold_items": self.reviewed,
            "articles": self.articles,
            "share": self.share,
        }

    def warning(self) -> str | None:
        """The warning eval prints and the report shows; None when there is nothing to say."""
        if not self.accepted_unchanged or self.share is None:
            return None
        return (
            f"self-agreement: {self.accepted_unchanged} of {self.reviewed} scored gold items "
            f"({self.share:.0%}, in {self.articles} article(s)) are this run's own output "
            "accepted unchanged; the run agrees with them by construction, so its scores "
            "overstate it. Score a different run, or review gold drafted from another one."
        )


def self_agreement(records: Iterable[GoldRecord], run_id: str) -> SelfAgreement:
    """Self-agreement of the gold `records` (those of the scored articles) with run `run_id`."""
    accepted = reviewed = articles = 0
    for record in records:
        origins = [o for _, o in items_of(scorable_gold(record))]
        reviewed += len(origins)
        if record.source_run == run_id and (own := origins.count("model")):
            accepted += own
            articles += 1
    return SelfAgreement(run_id, accepted, reviewed, articles)


Section = Literal["gold", "suggestions"]


def _spans(briefing: GoldBriefing | None) -> Iterator[tuple[str, str, GoldSpan]]:
    """(kind, path, span) of every span that identifies an item; event dates and places
    are left out, since several events may share one date or one place."""
    if briefing is None:
        return
    for i, actor in enumerate(briefing.actors or []):
        yield from (("actor", f"actors.{i}", s) for s in actor.spans or [])
    for i, quote in enumerate(briefing.quotes or []):
        if quote.span:
            yield "quote", f"quotes.{i}", quote.span
    for i, point in enumerate(briefing.key_points or []):
        if point.span:
            yield "key point", f"key_points.{i}", point.span
    fivew = briefing.five_w1h or GoldFiveW1H()
    for q in QUESTIONS:
        phrases = getattr(fivew, q)
        if isinstance(phrases, list):
            for j, phrase in enumerate(phrases):
                if phrase.span:
                    yield f"{q} answer", f"five_w1h.{q}.{j}", phrase.span


def duplicate_items(record: GoldRecord) -> list[tuple[str, str, Literal["error", "warning"]]]:
    """(path, message, severity) for every item with the same kind and span as an earlier
    one. Within gold, or a gold item repeating a suggestion, it is an error; two
    suggestions repeating each other (the model listed an item twice) only a warning."""
    seen: dict[tuple[str, int, int], tuple[Section, str]] = {}
    out: list[tuple[str, str, Literal["error", "warning"]]] = []
    # Suggestions first: an added gold item that repeats one is the item to fix.
    sections: tuple[tuple[Section, GoldBriefing | None], ...] = (
        ("suggestions", record.suggestions),
        ("gold", record.gold),
    )
    for section, briefing in sections:
        for kind, path, span in _spans(briefing):
            key = (kind, span.start, span.end)
            first = seen.get(key)
            if first is None:
                seen[key] = (section, f"{section}.{path}")
                continue
            severity: Literal["error", "warning"] = (
                "warning" if (section, first[0]) == ("suggestions", "suggestions") else "error"
            )
            out.append(
                (
                    f"{section}.{path}",
                    (
                        f"duplicate {kind}: same span {span.start}-{span.end} as {first[1]}; "
                        "keep one (accept or edit the existing item instead of adding it again)"
                    ),
                    severity,
                )
            )
    return out
