"""Events (dated sentences) and relations (co-mentioned parties with a cue word).

Both are read sentence by sentence from an already built `ActorIndex`, so an event's
participants and a relation's parties are always actors the article names.
"""

from __future__ import annotations

import bisect
from datetime import date

from newsbrief.backends.baseline.rules.actors import ActorIndex
from newsbrief.backends.baseline.rules.places import PlaceMention, best_place
from newsbrief.backends.baseline.rules.relations import relation_kind
from newsbrief.backends.baseline.rules.shorten import shorten
from newsbrief.schemas import Event, Relation
from newsbrief.text.dates import DateMention, resolve_year
from newsbrief.text.sentences import Sentence

__all__ = ["build_events", "build_relations"]

MAX_EVENTS = 8
MAX_RELATIONS = 6
MAX_PARTIES = 4
MAX_PARTICIPANTS = 6
EVENT_WORDS = 30
RELATION_WORDS = 40


def build_events(
    sentences: list[Sentence],
    dates: list[DateMention],
    places: dict[int, list[PlaceMention]],
    index: ActorIndex,
    anchor: date | int | None,
) -> list[Event]:
    """One event per sentence with an explicit date (its most precise date, first on ties)."""
    events: list[Event] = []
    seen: set[tuple[str | None, str]] = set()
    dates = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in dates]  # a sentence's dates by binary search, not a scan
    for sentence in sentences:
        if sentence.caption:
            continue
        in_sentence = dates[
            bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)
        ]
        if not in_sentence:
            continue
        # 'last held in 2017,” the mission said on July 26': the day is the event's date.
        mention = max(in_sentence, key=lambda d: (d.day is not None, d.month is not None))
        what = shorten(sentence.text, EVENT_WORDS, mark_cut=True, strip_lead=False)
        key = (mention.text, what.lower())
        if key in seen:
            continue
        seen.add(key)
        where = best_place(places.get(sentence.start, []))
        participants = [r.name for r in index.in_span(sentence.start, sentence.end)]
        events.append(
            Event(
                what=what,
                when=resolve_year(mention, anchor),
                when_text=mention.text,
                where=where.text if where else None,
                participants=participants[:MAX_PARTICIPANTS],
            )
        )
        if len(events) >= MAX_EVENTS:
            break
    return events


def build_relations(sentences: list[Sentence], index: ActorIndex) -> list[Relation]:
    """Relations from sentences naming two or more countries (or, failing that, orgs)."""
    relations: list[Relation] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for sentence in sentences:
        if sentence.caption or sentence.bullet:
            continue
        actors = index.in_span(sentence.start, sentence.end)
        parties = [a.name for a in actors if a.kind == "country"]
        if len(parties) < 2:
            parties += [a.name for a in actors if a.kind == "organisation"]
        parties = list(dict.fromkeys(parties))
        # 'Royal Academy of Cambodia' is not a second party next to 'Cambodia'.
        parties = [p for p in parties if not any(o != p and o in p for o in parties)]
        parties = parties[:MAX_PARTIES]
        if len(parties) < 2:
            continue
        narration = sentence.text
        for actor in actors:  # cue words inside names ('Relations Institute') do not count
            for surface in actor.surfaces():
                narration = narration.replace(surface, " ")
        kind = relation_kind(narration.replace("Cold War", " "))
        if kind is None:
            continue
        key = (frozenset(parties), kind)
        if key in seen:
            continue
        seen.add(key)
        relations.append(
            Relation(
                parties=parties,
                kind=kind,
                description=shorten(sentence.text, RELATION_WORDS, mark_cut=True, strip_lead=False),
            )
        )
        if len(relations) >= MAX_RELATIONS:
            break
    return relations
