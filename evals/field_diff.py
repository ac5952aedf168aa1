"""Side-by-side text of one article's fields: gold vs prediction(s).

Turns gold and predicted items into short display strings per field, so the CLI and
the HTML report can show *why* a score moved (which actor was missed, which date was
wrong). Display only: the strings are never used for scoring.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.schemas import Briefing, GoldBriefing, GoldPhrase

FIELDS = (
    "headline",
    "summary",
    "key_points",
    "actors",
    "events",
    "quotes",
    "relations",
    "topics",
    "five_w1h.who",
    "five_w1h.what",
    "five_w1h.when",
    "five_w1h.where",
    "five_w1h.why",
    "five_w1h.how",
)


@dataclass(frozen=True)
class FieldRow:
    field: str
    gold: list[str] | None  # None: unlabelled
    predicted: list[list[str]]  # one list per run shown


def field_of(metric: str) -> str:
    """'five_w1h.who.f1' -> 'five_w1h.who'; 'actors.kind_acc' -> 'actors'."""
    return metric.rsplit(".", 1)[0]


def _alts(values: str | list[str] | None) -> str:
    """Alternatives joined for display; gold attributes may be one string or a list."""
    if values is None:
        return ""
    return values if isinstance(values, str) else " | ".join(values)


def _phrases(value: list[GoldPhrase] | str | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [f"({value})"]
    return [_alts(p.alternatives) for p in value]


def gold_field(gold: GoldBriefing | None, name: str) -> list[str] | None:
    """Display strings of a gold field; None when unlabelled."""
    if gold is None:
        return None
    if name.startswith("five_w1h."):
        return _phrases(getattr(gold.five_w1h, name.split(".")[1])) if gold.five_w1h else None
    value = getattr(gold, name)
    if value is None:
        return None
    if name in ("headline", "summary"):
        return [_alts(value)]
    if name == "key_points":
        return [_alts(p.alternatives) for p in value]
    if name == "actors":
        return [
            f"{_alts(a.names)} ({a.kind}{'; ' + _alts(a.role) if a.role else ''})" for a in value
        ]
    if name == "events":
        return [f"{_alts(e.what)} [{e.when or 'undated'}]" for e in value]
    if name == "quotes":
        return [f"\u201c{q.text}\u201d \u2014 {_alts(q.speaker) or '?'}" for q in value]
    if name == "relations":
        return [f"{' / '.join(r.parties)}: {_alts(r.kind)}" for r in value]
    return list(value)  # topics


def predicted_field(briefing: Briefing | None, name: str) -> list[str]:
    """Display strings of a predicted field; [] for a failed article."""
    if briefing is None:
        return []
    if name.startswith("five_w1h."):
        value = getattr(briefing.five_w1h, name.split(".")[1])
        return list(value) if isinstance(value, list) else ([value] if value else [])
    if name in ("headline", "summary"):
        return [getattr(briefing, name)]
    if name == "actors":
        return [f"{a.name} ({a.kind}{'; ' + a.role if a.role else ''})" for a in briefing.actors]
    if name == "events":
        return [f"{e.what} [{e.when or 'undated'}]" for e in briefing.events]
    if name == "quotes":
        return [f"\u201c{q.text}\u201d \u2014 {q.speaker or '?'}" for q in briefing.quotes]
    if name == "relations":
        return [f"{' / '.join(r.parties)}: {r.kind}" for r in briefing.relations]
    return [str(item) for item in getattr(briefing, name)]  # key_points, topics


def field_rows(
    gold: GoldBriefing | None, *predictions: Briefing | None, fields: tuple[str, ...] = FIELDS
) -> list[FieldRow]:
    """One row per field: gold strings and each prediction's strings."""
    return [
        FieldRow(name, gold_field(gold, name), [predicted_field(p, name) for p in predictions])
        for name in fields
    ]
