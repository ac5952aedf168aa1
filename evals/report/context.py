"""The report's view model: plain data (and pre-rendered SVG) for the template.

Kept apart from the template so the numbers shown are computed (and testable) in
Python; the template only lays them out, with Jinja2 autoescaping every string.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsbrief.evals.compare import Comparison
from newsbrief.evals.field_diff import FIELDS, field_of, field_rows
from newsbrief.evals.report import svg
from newsbrief.evals.scoring import EvalResult
from newsbrief.evals.usage_errors import EvalUsageError

DEFAULT_ARTICLES = 5


def _verdict(excludes_zero: bool, worsened_by: float) -> str:
    if not excludes_zero:
        return "n.s."
    return "worse" if worsened_by > 0 else "better"


def _run_info(label: str, result: EvalResult) -> dict[str, Any]:
    return {
        "label": label,
        "dir": str(result.run_dir),
        "manifest": result.manifest_summary(),
        "coverage": result.coverage(),
    }


def _field_table(a: EvalResult, b: EvalResult | None) -> list[dict[str, Any]]:
    agg_a, agg_b = a.aggregate(), b.aggregate() if b else {}
    rows = []
    for name, metric in a.metrics.items():
        stats_b = agg_b.get(name, {"mean": None, "n": 0})
        if agg_a[name]["n"] == 0 and stats_b["n"] == 0:
            continue
        rows.append(
            {
                "field": "overall" if name == "overall" else field_of(name),
                "metric": name,
                "weight": a.weights.get(name),
                "unit": metric.unit_interval,
                "description": metric.description,
                "a": agg_a[name]["mean"],
                "n_a": agg_a[name]["n"],
                "b": stats_b["mean"],
                "n_b": stats_b["n"],
            }
        )
    return rows


def _comparison(comparison: Comparison) -> dict[str, Any]:
    gated = set(comparison.gate_metrics())
    rows = [
        {
            "metric": r.name,
            "n": r.n,
            "a": r.mean_a,
            "b": r.mean_b,
            "diff": r.diff,
            "low": r.low,
            "high": r.high,
            "p": r.p_value,
            "unit": r.metric.unit_interval,
            "gated": r.name in gated,
            "verdict": _verdict(r.excludes_zero, r.worsened_by()),
        }
        for r in comparison.rows
    ]
    points = [
        svg.IntervalPoint(
            r.name,
            r.diff,
            r.low,
            r.high,
            _verdict(r.excludes_zero, r.worsened_by()),
            r.name in gated,
        )
        for r in comparison.rows
        if r.metric.unit_interval
    ]
    return {
        "rows": rows,
        "shared": len(comparison.shared),
        "resamples": comparison.resamples,
        "seed": comparison.seed,
        "forest": svg.forest_plot(points),
        "strip": svg.difference_strip(comparison.article_deltas()),
        "regressions": [r.name for r in comparison.regressions()],
    }


def _default_articles(result: EvalResult, comparison: Comparison | None) -> list[str]:
    if comparison is not None and comparison.movers:
        return [m.id for m in comparison.movers]
    scored = [
        (a.scores["overall"], a.id) for a in result.articles if a.scores.get("overall") is not None
    ]
    return [article_id for _, article_id in sorted(scored)[:DEFAULT_ARTICLES]]


def _article(article_id: str, a: EvalResult, b: EvalResult | None) -> dict[str, Any]:
    gold = a.gold.get(article_id)
    scores_a = a.by_id()[article_id].scores
    scores_b = b.by_id()[article_id].scores if b and article_id in b.by_id() else {}
    predictions = [a.briefing(article_id)] + ([b.briefing(article_id)] if b else [])
    fields = []
    for row in field_rows(gold.gold if gold else None, *predictions, fields=FIELDS):
        if row.gold is None and not any(row.predicted):
            continue  # unlabelled and empty everywhere: nothing to show
        metrics = [
            (m, scores_a.get(m), scores_b.get(m))
            for m in a.metrics
            if field_of(m) == row.field
            and (scores_a.get(m) is not None or scores_b.get(m) is not None)
        ]
        fields.append(
            {"name": row.field, "gold": row.gold, "predicted": row.predicted, "metrics": metrics}
        )
    statuses = [a.by_id()[article_id].status] + ([b.by_id()[article_id].status] if b else [])
    return {
        "id": article_id,
        "title": gold.title if gold else None,
        "statuses": statuses,
        "overall": [scores_a.get("overall"), scores_b.get("overall") if b else None],
        "fields": fields,
    }


def build_context(
    result: EvalResult,
    comparison: Comparison | None = None,
    article_ids: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Everything the template shows, for one run or a comparison (B = comparison.b)."""
    other = comparison.b if comparison else None
    chosen = list(article_ids) if article_ids else _default_articles(result, comparison)
    known = result.by_id()
    unknown = [i for i in chosen if i not in known]
    if unknown:
        raise EvalUsageError(
            f"article ids not in {result.run_dir}: {', '.join(unknown)}; "
            "pass ids from the run's briefings.jsonl"
        )
    aggregate = result.aggregate()
    weighted = [
        (name, float(mean))
        for name in result.weights
        if (mean := aggregate.get(name, {}).get("mean")) is not None
    ]
    overall = [value for a in result.articles if (value := a.scores.get("overall")) is not None]
    return {
        "runs": [_run_info("A", result)] + ([_run_info("B", other)] if other else []),
        "gold": {"path": result.gold_label, "hash": result.gold_hash, "records": len(result.gold)},
        "weights": result.weights,
        "fields": _field_table(result, other),
        "bars": svg.bar_chart(weighted, "weighted metrics, run A") if weighted else None,
        "histogram": svg.histogram(overall) if overall else None,
        "comparison": _comparison(comparison) if comparison else None,
        "articles": [_article(i, result, other) for i in chosen],
    }
