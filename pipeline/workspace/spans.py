"""Gold records as labelled spans and back: the common ground of the Label Studio and
Argilla formats, which both annotate text as (start, end, label) regions.

Every span-carrying item of a gold record becomes one region: actors (labelled by their
kind), quotes, event dates and places, and 5W1H answers. Going back, regions that
coincide with an item of the task's draft (the model's briefing, shipped with the task)
keep that item's other attributes (an actor's role, an event's `what`, a quote's
speaker), so accepting a pre-annotation loses nothing; a region the annotator drew
fresh becomes a new item (an event's `what` is then the sentence holding it). Fields
without spans (headline, summary, key points, relations, topics) and draft items without
offsets (the tool could not show them) are carried over from the draft unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbrief.notes.model import sentence_around
from newsbrief.schemas import (
    ActorKind,
    GoldActor,
    GoldBriefing,
    GoldEvent,
    GoldFiveW1H,
    GoldPhrase,
    GoldQuote,
    GoldRecord,
    GoldSpan,
)

__all__ = ["LABELS", "Region", "gold_from_regions", "regions_of"]

ACTOR_LABELS: dict[ActorKind, str] = {
    "person": "Person",
    "organisation": "Organisation",
    "country": "Country",
    "other": "Other actor",
}
ACTOR_KINDS: dict[str, ActorKind] = {label: kind for kind, label in ACTOR_LABELS.items()}
QUESTIONS = ("who", "what", "when", "where", "why", "how")
LABELS = [
    *ACTOR_LABELS.values(),
    "Quote",
    "Event date",
    "Event place",
    *(q.capitalize() for q in QUESTIONS),
]


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    label: str

    def text(self, article: str) -> str:
        return article[self.start : self.end]


def regions_of(record: GoldRecord) -> list[Region]:
    """Every span in a gold record as a labelled region, in a stable order."""
    gold = record.gold
    out: list[Region] = []
    for actor in gold.actors or []:
        out += [Region(s.start, s.end, ACTOR_LABELS[actor.kind]) for s in actor.spans or []]
    out += [Region(q.span.start, q.span.end, "Quote") for q in gold.quotes or [] if q.span]
    for event in gold.events or []:
        if event.when_span:
            out.append(Region(event.when_span.start, event.when_span.end, "Event date"))
        if event.where_span:
            out.append(Region(event.where_span.start, event.where_span.end, "Event place"))
    if gold.five_w1h is not None:
        for q in QUESTIONS:
            phrases = getattr(gold.five_w1h, q)
            if isinstance(phrases, list):
                out += [Region(p.span.start, p.span.end, q.capitalize()) for p in phrases if p.span]
    return out


def _span(region: Region) -> GoldSpan:
    return GoldSpan(start=region.start, end=region.end)


def _same(span: GoldSpan | None, region: Region) -> bool:
    return span is not None and (span.start, span.end) == (region.start, region.end)


def gold_from_regions(
    article_id: str, text: str, regions: list[Region], draft: GoldRecord | None = None
) -> GoldRecord:
    """A gold record from an annotator's regions, keeping the draft's other attributes."""
    base = draft.gold if draft else None
    actors: list[GoldActor] = []
    quotes: list[GoldQuote] = []
    events: list[GoldEvent] = []
    answers: dict[str, list[GoldPhrase]] = {}
    used: set[tuple[int, str]] = set()  # (draft event, label): events may share a place
    for region in regions:
        words = " ".join(region.text(text).split())
        if region.label in ACTOR_KINDS:
            kind = ACTOR_KINDS[region.label]
            known = (
                next(
                    (a for a in base.actors or [] if any(_same(s, region) for s in a.spans or [])),
                    None,
                )
                if base
                else None
            )
            same_name = next((a for a in actors if a.names[0] == words and a.kind == kind), None)
            if same_name is not None:  # another mention of an actor already listed
                same_name.spans = [*(same_name.spans or []), _span(region)]
            elif known is not None:
                actors.append(known.model_copy(update={"kind": kind, "spans": [_span(region)]}))
            else:
                actors.append(GoldActor(names=[words], kind=kind, spans=[_span(region)]))
        elif region.label == "Quote":
            known_q = (
                next((q for q in (base.quotes or []) if _same(q.span, region)), None)
                if base
                else None
            )
            quotes.append(
                GoldQuote(
                    speaker=known_q.speaker if known_q else None,
                    text=region.text(text),
                    span=_span(region),
                )
            )
        elif region.label in ("Event date", "Event place"):
            events.append(_event(region, text, base.events if base else None, used))
        else:
            question = region.label.lower()
            known_p = None
            if base and base.five_w1h and isinstance(getattr(base.five_w1h, question), list):
                known_p = next(
                    (p for p in getattr(base.five_w1h, question) if _same(p.span, region)), None
                )
            answers.setdefault(question, []).append(
                GoldPhrase(
                    alternatives=known_p.alternatives if known_p else [words],
                    date=known_p.date if known_p else None,
                    span=_span(region),
                )
            )
    if base is not None:  # items the tool could not show (no offsets) carry over as they are
        actors += [a for a in base.actors or [] if not a.spans]
        quotes += [q for q in base.quotes or [] if q.span is None]
        events += [e for e in base.events or [] if e.when_span is None and e.where_span is None]
        if base.five_w1h is not None:
            for q in QUESTIONS:
                phrases = getattr(base.five_w1h, q)
                if isinstance(phrases, list):
                    kept = [p for p in phrases if p.span is None]
                    if kept:
                        answers[q] = [*answers.get(q, []), *kept]
    merged = (base or GoldBriefing()).model_copy(
        update={
            "actors": actors,
            "quotes": quotes,
            "events": _merge_events(events),
            "five_w1h": GoldFiveW1H(**{q: answers.get(q) for q in QUESTIONS}),
        }
    )
    title = draft.title if draft else None
    return GoldRecord(id=article_id, title=title, gold=merged)


def _event(
    region: Region, text: str, known: list[GoldEvent] | None, used: set[tuple[int, str]]
) -> GoldEvent:
    is_date = region.label == "Event date"
    for index, event in enumerate(known or []):
        if (index, region.label) in used:
            continue
        if _same(event.when_span if is_date else event.where_span, region):
            used.add((index, region.label))
            # The other span's region brings its half back (see _merge_events).
            if is_date and event.where_span is not None:
                return event.model_copy(update={"where": None, "where_span": None})
            if not is_date and event.when_span is not None:
                return event.model_copy(update={"when": None, "when_text": None, "when_span": None})
            return event
    what = sentence_around(text, region.start, region.end)
    words = region.text(text)
    if is_date:
        return GoldEvent(what=[what], when_text=words, when_span=_span(region))
    return GoldEvent(what=[what], where=words, where_span=_span(region))


def _merge_events(events: list[GoldEvent]) -> list[GoldEvent]:
    """A date and a place of the same event (same `what`) become one event again."""
    out: list[GoldEvent] = []
    for event in events:
        partner = next(
            (
                e
                for e in out
                if e.what == event.what
                and (e.when_span is None) != (event.when_span is None)
                and (e.where_span is None) != (event.where_span is None)
            ),
            None,
        )
        if partner is None:
            out.append(event)
            continue
        extra: dict[str, Any] = {
            k: getattr(event, k)
            for k in ("when", "when_text", "when_span", "where", "where_span")
            if getattr(event, k) is not None
        }
        out[out.index(partner)] = partner.model_copy(update=extra)
    return out
