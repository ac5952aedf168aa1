"""Merging the briefings of an article's chunks into one briefing.

Chunks overlap and the same actor appears in many of them, so the merge de-duplicates,
keeping the first (earliest in the article) record and filling its empty attributes
from later ones:

- actors: same normalised name, or one's name equals the other's alias (normalised:
  case, quotes, dashes, whitespace; see `newsbrief.grounding.evidence.normalise`);
- events: `what` similar (rapidfuzz token_set_ratio >= `EVENT_SIMILARITY`) and dates
  that do not contradict (equal, or one missing);
- quotes: same normalised text, or one contained in the other (a quote cut by a chunk
  boundary is kept in its longer form);
- relations: same parties (any order) and kind; key points: near-duplicates dropped;
- topics: ordered by how many chunks name them, at most `MAX_TOPICS`;
- 5W1H: the first chunk's answer (news puts the main event first), empty fields filled
  from later chunks.

Headline and summary are the first chunk's here; `newsbrief.step.long_article` replaces them
with ones written from the merged facts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from newsbrief.grounding.evidence.normalise import normalise_phrase
from newsbrief.schemas import Actor, Briefing, Event, FiveW1H, Quote, Relation

__all__ = ["EVENT_SIMILARITY", "MAX_TOPICS", "merge_briefings"]

EVENT_SIMILARITY = 85.0
KEY_POINT_SIMILARITY = 90.0
MAX_TOPICS = 3


@lru_cache(maxsize=4096)
def _key(text: str | None) -> str:
    return normalise_phrase(text or "")


def _merge_actors(actors: list[Actor]) -> list[Actor]:
    merged: list[Actor] = []
    for actor in actors:
        names = {_key(actor.name), *(_key(a) for a in actor.aliases)}
        same = next(
            (m for m in merged if names & {_key(m.name), *(_key(a) for a in m.aliases)}), None
        )
        if same is None:
            merged.append(actor.model_copy(deep=True))
            continue
        aliases = [*same.aliases, *actor.aliases]
        if _key(actor.name) != _key(same.name):
            aliases.append(actor.name)
        same.aliases = list(dict.fromkeys(a for a in aliases if _key(a) != _key(same.name)))
        same.role = same.role or actor.role
        same.affiliation = same.affiliation or actor.affiliation
    return merged


def _same_event(a: Event, b: Event) -> bool:
    if a.when and b.when and a.when != b.when:
        return False
    return fuzz.token_set_ratio(_key(a.what), _key(b.what)) >= EVENT_SIMILARITY


def _merge_events(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        same = next((m for m in merged if _same_event(m, event)), None)
        if same is None:
            merged.append(event.model_copy(deep=True))
            continue
        same.when = same.when or event.when
        same.when_text = same.when_text or event.when_text
        same.where = same.where or event.where
        same.participants = list(dict.fromkeys([*same.participants, *event.participants]))
    return merged


def _merge_quotes(quotes: list[Quote]) -> list[Quote]:
    merged: list[Quote] = []
    for quote in quotes:
        key = _key(quote.text)
        same = next((m for m in merged if key in _key(m.text) or _key(m.text) in key), None)
        if same is None:
            merged.append(quote.model_copy(deep=True))
            continue
        if len(key) > len(_key(same.text)):
            same.text = quote.text
        same.speaker = same.speaker or quote.speaker
    return merged


def _merge_relations(relations: list[Relation]) -> list[Relation]:
    seen: dict[tuple[frozenset[str], str], Relation] = {}
    for relation in relations:
        key = (frozenset(_key(p) for p in relation.parties), _key(relation.kind))
        seen.setdefault(key, relation)
    return list(seen.values())


def _merge_points(points: list[str]) -> list[str]:
    kept: dict[str, str] = {}  # normalised -> as written
    for point in points:
        key = _key(point)
        if all(fuzz.ratio(key, other) < KEY_POINT_SIMILARITY for other in kept):
            kept[key] = point
    return list(kept.values())


def _merge_five(parts: Sequence[FiveW1H]) -> FiveW1H:
    first = parts[0].model_copy(deep=True)
    for part in parts[1:]:
        first.who = first.who or list(part.who)
        for field in ("what", "when", "where", "why", "how"):
            if not getattr(first, field):
                setattr(first, field, getattr(part, field))
    return first


def merge_briefings(parts: Sequence[Briefing]) -> Briefing:
    """One briefing from the briefings of consecutive chunks of one article."""
    if not parts:
        raise ValueError("merge_briefings needs at least one briefing")
    named = [topic for part in parts for topic in part.topics]
    counts = Counter(named)
    # sorted() is stable: ties keep the order in which the chunks first named them.
    topics = sorted(dict.fromkeys(named), key=lambda topic: -counts[topic])
    return Briefing(
        headline=parts[0].headline,
        summary=parts[0].summary,
        key_points=_merge_points([p for part in parts for p in part.key_points]),
        five_w1h=_merge_five([part.five_w1h for part in parts]),
        actors=_merge_actors([a for part in parts for a in part.actors]),
        events=_merge_events([e for part in parts for e in part.events]),
        quotes=_merge_quotes([q for part in parts for q in part.quotes]),
        relations=_merge_relations([r for part in parts for r in part.relations]),
        topics=topics[:MAX_TOPICS],
    )
