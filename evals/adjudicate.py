"""Merging several annotators' gold into one file for adjudication.

A field on which every annotator who labelled the article agrees (by the same matching
`newsbrief.evals.agreement` uses: every item paired, same kinds) is kept as is. A field
on which they differ keeps the first annotator's value, so the merged file is scorable
at once, and records every annotator's value under `disagreements[field]`, so the
workspace can show the choice to an adjudicator. Articles only one annotator labelled
are kept as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations
from typing import Any

from newsbrief.evals.agreement import FIELDS, QUESTIONS, field_disagreement, field_items
from newsbrief.evals.textsim import normalise
from newsbrief.schemas import GoldBriefing, GoldFiveW1H, GoldRecord

__all__ = ["MergeStats", "merge_gold"]

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
