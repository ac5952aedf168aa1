"""Gold records as labelled spans and back: the common ground of the Label Studio and
Argilla formats, which both annotate text as (start, end, label) regions.

Every span-carrying item of a gold record becomes one region: actors (labelled by their
kind), quotes, event dates and places, and 5W1H answers. Going back, regions that
coincide with an item of the task's draft (the model's suggestions, shipped with the
task) keep that item's other attributes (an actor's role, an event's `what`, a quote's
speaker), so accepting a pre-annotation loses nothing; a region the annotator drew
fresh becomes a new item (an event's `what` is then the sentence holding it).

Review state: what the annotator submitted is reviewed gold, each item with its origin
(`model`: a suggested region kept as it was; `edited`: a suggested item changed, e.g.
its label or half of an event; `added`: drawn fresh). Suggested regions the annotator
deleted are rejected (left out). What the tool never showed (fields without spans:
headline, summary, key points, relations, topics, and draft items without offsets)
stays in `suggestions`, unreviewed, never gold. An unsubmitted response (`reviewed=False`)
keeps everything as suggestions, with the origins it would have had.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from newsbrief.notes.model import sentence_around
from newsbrief.schemas import (
    FIVE_W1H_QUESTIONS,
    ActorKind,
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

_Item = TypeVar("_Item", GoldActor, GoldEvent, GoldQuote, GoldPhrase, GoldRelation)

__all__ = ["LABELS", "Region", "briefing_regions", "gold_from_regions", "regions_of"]

ACTOR_LABELS: dict[ActorKind, str] = {
    "person": "Person",
    "organisation": "Organisation",
    "country": "Country",
    "other": "Other actor",
}
ACTOR_KINDS: dict[str, ActorKind] = {label: kind for kind, label in ACTOR_LABELS.items()}
QUESTIONS = FIVE_W1H_QUESTIONS
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
    """Every span in a gold record (reviewed items, then suggestions) as a labelled
    region, in a stable order."""
    return [*briefing_regions(record.gold), *briefing_regions(record.suggestions)]


def briefing_regions(gold: GoldBriefing | None) -> list[Region]:
    """Every span of one gold briefing as a labelled region."""
    out: list[Region] = []
    if gold is None:
        return out
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


def _model(item: _Item) -> _Item:
    """A draft item as a suggestion: the model's (older exports did not say so)."""
    return item if item.origin else item.model_copy(update={"origin": "model"})


def gold_from_regions(
    article_id: str,
    text: str,
    regions: list[Region],
    draft: GoldRecord | None = None,
    *,
    reviewed: bool = True,
) -> GoldRecord:
    """A gold record from an annotator's regions, keeping the draft's other attributes;
    items the tool did not show stay suggestions (see the module docstring)."""
    # Drafts hold the model's items in `suggestions` (older exports: in `gold`).
    base = (draft.suggestions or draft.gold) if draft else None
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
                if same_name.origin == "model":
                    same_name.origin = "edited"
            elif known is not None:
                origin: Origin = "model" if known.kind == kind else "edited"
                actors.append(
                    known.model_copy(
                        update={"kind": kind, "spans": [_span(region)], "origin": origin}
                    )
                )
            else:
                actors.append(
                    GoldActor(names=[words], kind=kind, spans=[_span(region)], origin="added")
                )
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
                    origin="model" if known_q else "added",
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
                    origin="model" if known_p else "added",
                )
            )
    shown = GoldBriefing(
        actors=actors if actors or _shown(base, "actors") else None,
        quotes=quotes if quotes or _shown(base, "quotes") else None,
        events=_merge_events(events) if events or _shown(base, "events") else None,
        five_w1h=GoldFiveW1H(
            **{
                q: answers.get(q, []) if q in answers or _shown(base, f"five_w1h.{q}") else None
                for q in QUESTIONS
            }
        ),
    )
    unshown = _unshown(base)
    title = draft.title if draft else None
    extra: dict[str, Any] = {
        "source_run": draft.source_run if draft else None,
        "prompt_hash": draft.prompt_hash if draft else None,
    }
    if not reviewed:  # an unsubmitted response: nothing of it is gold yet
        pending = _combine(shown, unshown)
        return GoldRecord(
            id=article_id, title=title, gold=GoldBriefing(), suggestions=pending, **extra
        )
    return GoldRecord(id=article_id, title=title, gold=shown, suggestions=unshown, **extra)


def _shown(base: GoldBriefing | None, name: str) -> bool:
    """The tool showed the annotator some region of this field (so it was reviewed)."""
    if base is None:
        return False
    if name == "actors":
        return any(a.spans for a in base.actors or [])
    if name == "quotes":
        return any(q.span for q in base.quotes or [])
    if name == "events":
        return any(e.when_span or e.where_span for e in base.events or [])
    phrases = getattr(base.five_w1h, name[9:]) if base.five_w1h else None
    return isinstance(phrases, list) and any(p.span for p in phrases)


def _unshown(base: GoldBriefing | None) -> GoldBriefing | None:
    """What the tool could not show (no offsets): the draft's suggestions, unreviewed."""
    if base is None:
        return None
    fivew = {
        q: [_model(p) for p in phrases if p.span is None] or None
        for q in QUESTIONS
        if isinstance(phrases := getattr(base.five_w1h, q) if base.five_w1h else None, list)
    }
    left = GoldBriefing(
        headline=base.headline,
        summary=base.summary,
        key_points=[_model(p) for p in base.key_points] if base.key_points else None,
        relations=[_model(r) for r in base.relations] if base.relations else None,
        topics=base.topics,
        origins=base.origins
        or {k: "model" for k in ("headline", "summary", "topics") if getattr(base, k) is not None}
        or None,
        actors=[_model(a) for a in base.actors or [] if not a.spans] or None,
        quotes=[_model(q) for q in base.quotes or [] if q.span is None] or None,
        events=[
            _model(e) for e in base.events or [] if e.when_span is None and e.where_span is None
        ]
        or None,
        five_w1h=GoldFiveW1H(**fivew) if any(fivew.values()) else None,
    )
    return left if left != GoldBriefing(origins=left.origins) else None


def _combine(first: GoldBriefing, second: GoldBriefing | None) -> GoldBriefing:
    """Both briefings' items in one (lists joined), for an unsubmitted response."""
    if second is None:
        return first
    update: dict[str, Any] = {}
    for name in ("actors", "quotes", "events"):
        joined = [*(getattr(first, name) or []), *(getattr(second, name) or [])]
        update[name] = joined or None
    one, two = first.five_w1h or GoldFiveW1H(), second.five_w1h or GoldFiveW1H()
    update["five_w1h"] = GoldFiveW1H(
        **{q: [*(getattr(one, q) or []), *(getattr(two, q) or [])] or None for q in QUESTIONS}
    )
    return second.model_copy(update=update)


def _event(
    region: Region, text: str, known: list[GoldEvent] | None, used: set[tuple[int, str]]
) -> GoldEvent:
    is_date = region.label == "Event date"
    for index, event in enumerate(known or []):
        if (index, region.label) in used:
            continue
        if _same(event.when_span if is_date else event.where_span, region):
            used.add((index, region.label))
            # The other span's region brings its half back (see _merge_events); a half
            # alone is an edited event, the two halves together the model's again.
            if is_date and event.where_span is not None:
                return event.model_copy(
                    update={"where": None, "where_span": None, "origin": "edited"}
                )
            if not is_date and event.when_span is not None:
                return event.model_copy(
                    update={"when": None, "when_text": None, "when_span": None, "origin": "edited"}
                )
            return event.model_copy(update={"origin": "model"})
    what = sentence_around(text, region.start, region.end)
    words = region.text(text)
    if is_date:
        return GoldEvent(what=[what], when_text=words, when_span=_span(region), origin="added")
    return GoldEvent(what=[what], where=words, where_span=_span(region), origin="added")


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
        both_halves = partner.origin == event.origin == "edited"
        extra["origin"] = (
            "model"
            if both_halves
            else ("added" if partner.origin == event.origin == "added" else "edited")
        )
        out[out.index(partner)] = partner.model_copy(update=extra)
    return out
