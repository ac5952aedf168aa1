"""Merging several annotators' gold into one file for adjudication.

A field on which every annotator who labelled the article agrees (by the same matching
`newsbrief.evals.agreement` uses: every item paired, same kinds) is kept as is. A field
on which they differ keeps the first annotator's value, so the merged file is scorable
at once, and records every annotator's value under `disagreements[field]`, so the
workspace can show the choice to an adjudicator (`adjudication_rows`: the differing
items side by side, paired by the same matching). Articles only one annotator labelled
are kept as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations
from typing import Any

from pydantic import BaseModel

from newsbrief.evals.agreement import (
    FIELDS,
    QUESTIONS,
    field_disagreement,
    field_items,
    match_field,
)
from newsbrief.evals.field_diff import gold_field
from newsbrief.evals.textsim import normalise
from newsbrief.schemas import (
    GoldActor,
    GoldBriefing,
    GoldEvent,
    GoldFiveW1H,
    GoldPhrase,
    GoldQuote,
    GoldRecord,
    GoldRelation,
)

__all__ = ["MergeStats", "adjudication_rows", "merge_gold"]

MERGED_ANNOTATOR = "adjudicated"


@dataclass
class MergeStats:
    articles: int = 0
    single: int = 0  # labelled by one annotator only
    agreed: int = 0  # every field agreed
    disputed: int = 0  # at least one field kept for review


def _dump(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def _agree(article: str, name: str, values: Mapping[str, Any]) -> bool:
    """Every pair of annotators agrees on this field."""
    if name in FIELDS:
        return all(
            field_disagreement(article, name, (a, b), values[a], values[b]) is None
            for a, b in combinations(values, 2)
        )
    texts = {" ".join(normalise(v) for v in value) for value in values.values()}
    return len(texts) == 1  # headline, summary: the same text (alternatives joined)


def _values(golds: Mapping[str, GoldBriefing], name: str) -> dict[str, Any]:
    """annotator -> value of a field, for the annotators who labelled it."""
    out: dict[str, Any] = {}
    for annotator, gold in golds.items():
        value = field_items(gold, name) if name in FIELDS else getattr(gold, name)
        if value is not None:
            out[annotator] = value
    return out


def _merge_article(
    article: str, golds: Mapping[str, GoldBriefing]
) -> tuple[GoldBriefing, dict[str, dict[str, Any]]]:
    merged: dict[str, Any] = {}
    fivew: dict[str, Any] = {}
    disputes: dict[str, dict[str, Any]] = {}
    names = ["headline", "summary", *FIELDS]
    for name in names:
        values = _values(golds, name)
        if not values:
            continue
        first = next(iter(values))
        if not _agree(article, name, values):
            disputes[name] = {a: _dump(v) for a, v in values.items()}
        if name.startswith("five_w1h."):
            question = name.split(".")[1]
            raw = getattr(golds[first].five_w1h, question)
            fivew[question] = raw
        else:
            merged[name] = getattr(golds[first], name)
    if fivew:
        merged["five_w1h"] = GoldFiveW1H(**{q: fivew.get(q) for q in QUESTIONS})
    return GoldBriefing(**merged), disputes


def merge_gold(labels: Mapping[str, Sequence[GoldRecord]]) -> tuple[list[GoldRecord], MergeStats]:
    """One record per article, disagreements kept; annotators in the order given."""
    by_id: dict[str, dict[str, GoldRecord]] = {}
    for annotator, records in labels.items():
        for record in records:
            by_id.setdefault(record.id, {})[annotator] = record
    stats = MergeStats()
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    out: list[GoldRecord] = []
    for article, per in by_id.items():
        stats.articles += 1
        first = next(iter(per.values()))
        if len(per) == 1:
            stats.single += 1
            out.append(first)
            continue
        gold, disputes = _merge_article(article, {a: r.gold for a, r in per.items()})
        if disputes:
            stats.disputed += 1
        else:
            stats.agreed += 1
        out.append(
            first.model_copy(
                update={
                    "gold": gold,
                    "annotator": MERGED_ANNOTATOR,
                    "labelled_at": now,
                    "source": f"merged from {', '.join(per)}",
                    "disagreements": disputes or None,
                }
            )
        )
    return out, stats


_ITEM_MODELS: dict[str, type[BaseModel]] = {
    "actors": GoldActor,
    "events": GoldEvent,
    "quotes": GoldQuote,
    "relations": GoldRelation,
    "key_points": GoldPhrase,
    **{f"five_w1h.{q}": GoldPhrase for q in QUESTIONS},
}


def _items(name: str, value: Any) -> list[Any]:
    """A field's dumped value (as `disagreements` keeps it) back as items."""
    if not isinstance(value, list):
        return []
    model = _ITEM_MODELS.get(name)
    return [model.model_validate(v) if model else v for v in value]


def _shown(name: str, item: Any) -> str:
    """The item as the report and `gold agreement` show it (names, kind, role, date)."""
    if name.startswith("five_w1h.") or name == "key_points":
        return " | ".join(item.alternatives)
    if name == "topics":
        return str(item)
    return (gold_field(GoldBriefing.model_validate({name: [item]}), name) or [""])[0]


def adjudication_rows(record: GoldRecord) -> list[dict[str, Any]]:
    """Each disputed field of a merged record, item by item and side by side.

    Items of different annotators that the agreement's matching pairs share a row (one
    cell per annotator, empty where that annotator did not list it), so an adjudicator
    sees exactly the differences `briefing gold agreement` names and picks per item.
    Headline and summary give one row holding each annotator's text. Cells keep the
    item's JSON (origin included) so a pick restores it unchanged."""
    out: list[dict[str, Any]] = []
    for name, values in (record.disagreements or {}).items():
        annotators = list(values)
        rows: list[dict[str, Any]] = []
        if name in FIELDS:
            firsts: list[Any] = []
            for annotator in annotators:
                items = _items(name, values[annotator])
                matched = {p: g for p, g, _ in match_field(name, items, firsts).pairs}
                for index, item in enumerate(items):
                    cell = {"label": _shown(name, item), "item": _dump(item)}
                    if index in matched:
                        rows[matched[index]]["cells"][annotator] = cell
                    else:
                        firsts.append(item)
                        rows.append({"cells": {annotator: cell}})
            for row in rows:
                labels = {c["label"] for c in row["cells"].values()}
                row["differs"] = len(row["cells"]) < len(annotators) or len(labels) > 1
        else:  # headline, summary: one text per annotator
            cells = {
                a: {"label": " | ".join(v) if isinstance(v, list) else str(v), "item": v}
                for a, v in values.items()
            }
            rows.append({"cells": cells, "differs": True})
        out.append(
            {"field": name, "annotators": annotators, "rows": rows, "whole": name not in FIELDS}
        )
    return out
