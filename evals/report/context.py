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
from newsbrief.evals.scoring import NO_GOLD, EvalResult
from newsbrief.evals.stats import INTERVAL
from newsbrief.evals.usage_errors import EvalUsageError

DEFAULT_ARTICLES = 5


def _failures(label: str, result: EvalResult) -> list[dict[str, Any]]:
    """Every failed article of a run (every failed sample, in a `--repeat` run): id,
    title, status, and why (kind: message)."""
    failed: list[tuple[str, str, str | None]] = [
        (article.id, article.status, article.message)
        for article in result.failures()
        if not article.samples
    ]
    failed += [
        (f"{article.id} (sample {sample.sample})", sample.status, sample.message)
        for article, sample in result.failed_samples()
    ]
    rows = []
    for shown, status, why in failed:
        gold = result.gold.get(shown.split(" (sample ")[0])
        kind, sep, message = (why or "").partition(": ")
        rows.append(
            {
                "run": label,
                "id": shown,
                "title": gold.title if gold else None,
                "status": status,
                "kind": kind if sep else status,
                "message": message if sep else (why or ""),
            }
        )
    return rows


def _samples(label: str, result: EvalResult) -> dict[str, Any] | None:
    """A `--repeat` run's within-article spread: the summary and one row per article
    (mean, standard deviation, lowest and highest overall across its samples)."""
    spread = result.spread()
    if spread is None:
        return None
    rows: list[dict[str, Any]] = []
    for article in result.articles:
        values = [v for x in article.samples if (v := x.scores.get("overall")) is not None]
        if not article.samples:
            continue
        gold = result.gold.get(article.id)
        rows.append(
            {
                "id": article.id,
                "title": gold.title if gold else None,
                "samples": len(article.samples),
                "failed": sum(x.failed for x in article.samples),
                "mean": article.scores.get("overall"),
                "sd": article.spread(),
                "low": min(values) if values else None,
                "high": max(values) if values else None,
            }
        )
    rows.sort(key=lambda row: -(row["sd"] or 0.0))
    return {"run": label, "summary": spread, "rows": rows}


def _run_info(label: str, result: EvalResult) -> dict[str, Any]:
    return {
        "label": label,
        "repeat": result.repeat,
        "dir": str(result.run_dir),
        "manifest": result.manifest_summary(),
        "coverage": result.coverage(),
        "faithfulness": result.faithfulness(),
        "judge": result.judge.model_dump(mode="json") if result.judge else None,
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
    """The comparison section: the verdict (`Verdict.as_dict`, as eval.json holds it)
    and the rows (`Comparison.row_views`), as every output shows them."""
    rows = comparison.row_views()
    points = [
        svg.IntervalPoint(
            row["metric"], row["diff"], row["low"], row["high"], row["mark"], row["gated"]
        )
        for row in rows
        if row["unit"]
    ]
    return {
        "rows": rows,
        "shared": len(comparison.shared),
        "methods": comparison.methods(),
        "interval": INTERVAL,
        "pairing": comparison.pairing,
        "forest": svg.forest_plot(points),
        "strip": svg.difference_strip(comparison.article_deltas()),
        "verdict": comparison.verdict().as_dict(),
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
    found = [a.by_id()[article_id]] + (
        [b.by_id()[article_id]] if b and article_id in b.by_id() else []
    )
    statuses = [f"{x.status} ({x.message})" if x.failed and x.message else x.status for x in found]
    spreads = [
        f"{len(x.samples)} samples, sd {sd:.3f}"
        for x in found
        if x.samples and (sd := x.spread()) is not None
    ]
    return {
        "id": article_id,
        "title": gold.title if gold else None,
        "statuses": statuses,
        "spreads": spreads,
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
    results = [result] + ([other] if other else [])
    labels = ["run A"] + (["run B"] if other else [])
    aggregates = [r.aggregate() for r in results]
    weighted = [
        (name, [agg.get(name, {}).get("mean") for agg in aggregates])
        for name in result.weights
        if any(agg.get(name, {}).get("mean") is not None for agg in aggregates)
    ]
    overall = [
        [value for a in r.articles if (value := a.scores.get("overall")) is not None]
        for r in results
    ]
    return {
        "runs": [_run_info("A", result)] + ([_run_info("B", other)] if other else []),
        "gold": {
            "path": result.gold_label,
            "hash": result.gold_hash,
            "records": len(result.gold),
            "none": result.gold_hash == NO_GOLD.hash,
        },
        "gold_review": _gold_review(results, labels),
        "weights": result.weights,
        "fields": _field_table(result, other),
        "bars": svg.bar_chart(weighted, "weighted metrics", labels) if weighted else None,
        "histogram": svg.histogram(overall, labels=labels) if any(overall) else None,
        "failures": [
            row
            for r, label in zip(results, ("A", "B"), strict=False)
            for row in _failures(label, r)
        ],
        "comparison": _comparison(comparison) if comparison else None,
        "samples": [
            found
            for r, label in zip(results, ("A", "B"), strict=False)
            if (found := _samples(label, r)) is not None
        ],
        "articles": [_article(i, result, other) for i in chosen],
    }


def _gold_review(results: list[EvalResult], labels: list[str]) -> dict[str, Any]:
    """What the gold holds (reviewed items, unreviewed suggestions) and, per run, the
    self-agreement warning: gold accepted unchanged from that very run."""
    counts = results[0].gold_counts()
    warnings = [
        (label, found)
        for label, r in zip(labels, results, strict=True)
        if (found := r.self_agreement().warning()) is not None
    ]
    return {"line": counts.line(), "suggestions": counts.suggestions, "warnings": warnings}
