"""Run history: every scored run under a folder, and the trend of a metric over time.

Reads only the `eval.json` each `briefing eval` leaves in a run directory, so listing a
hundred runs costs a hundred small file reads and no scoring. Runs are grouped by the
sha256 of the gold they were scored with: a trend across different gold files would
mix two questions, so a plot shows one gold only.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.evals.evalfile import EVAL_FILE
from newsbrief.evals.report import svg, template_environment, write_html
from newsbrief.evals.scoring import NO_GOLD
from newsbrief.evals.usage_errors import EvalUsageError
from newsbrief.inputs.jsonl import BadLine, load_json_file, skip


@dataclass(frozen=True)
class HistoryRow:
    """One scored run as its eval.json describes it."""

    run_dir: str
    run_id: str
    started_at: str
    model: str
    prompt: str
    prompt_hash: str
    gold_path: str
    gold_hash: str
    n: int
    failed: int
    metrics: dict[str, float | None] = field(default_factory=dict)


def _row(path: Path, wanted: Sequence[str]) -> HistoryRow | None:
    data = load_json_file(path)  # the guarded reader: a damaged file is named, skipped
    if isinstance(data, BadLine):
        skip(data, "not listed")
        return None
    try:
        return _history_row(path, data, wanted)
    except (LookupError, TypeError, ValueError, AttributeError):
        return None  # not an eval.json of ours: skipped, not fatal


def _history_row(path: Path, data: Any, wanted: Sequence[str]) -> HistoryRow:
    run, gold, aggregate = data["run"], data["gold"], data["aggregate"]
    coverage = data.get("coverage", {})
    return HistoryRow(
        run_dir=str(path.parent),
        run_id=str(run.get("run_id", path.parent.name)),
        started_at=str(run.get("started_at") or data.get("created_at") or ""),
        model=str(run.get("model", "")),
        prompt=str(run.get("prompt", "")),
        prompt_hash=str(run.get("prompt_hash", "")),
        gold_path=str(gold.get("path", "")),
        gold_hash=str(gold.get("hash", "")),
        n=int(aggregate.get("overall", {}).get("n") or 0),
        failed=int(coverage.get("errors", 0))
        + int(coverage.get("invalid", 0))
        + int(coverage.get("gold_missing_from_run", 0)),
        metrics={m: _mean(aggregate.get(m, {}).get("mean")) for m in wanted},
    )


def _mean(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def scan_history(runs_dir: Path | str, metrics: Sequence[str] = ("overall",)) -> list[HistoryRow]:
    """Every `*/eval.json` under `runs_dir` (any depth), oldest run first."""
    root = Path(runs_dir)
    if not root.is_dir():
        raise EvalUsageError(f"{root} is not a folder; pass the folder that holds your runs")
    wanted = list(dict.fromkeys(["overall", *metrics]))
    rows = []
    for folder, _, files in os.walk(root):
        if EVAL_FILE in files:
            row = _row(Path(folder) / EVAL_FILE, wanted)
            if row is not None:
                rows.append(row)
    rows.sort(key=lambda r: (r.started_at, r.run_dir))
    return rows


def main_gold(rows: Sequence[HistoryRow]) -> str | None:
    """The gold hash most runs were scored with (the default trend to plot); runs
    scored without gold (reference-free, no `overall`) only when no run had gold."""
    counts = Counter(r.gold_hash for r in rows)
    scored = Counter({gold: n for gold, n in counts.items() if gold != NO_GOLD.hash})
    best = (scored or counts).most_common(1)
    return best[0][0] if best else None


def trend(rows: Sequence[HistoryRow], metric: str, gold_hash: str) -> list[tuple[str, float]]:
    """(label, value) per run scored with `gold_hash`, in run order."""
    return [
        (f"{Path(r.run_dir).name} ({r.started_at[:10]}, {r.prompt})", value)
        for r in rows
        if r.gold_hash == gold_hash and (value := r.metrics.get(metric)) is not None
    ]


def write_history_html(
    path: Path | str, rows: Sequence[HistoryRow], metrics: Sequence[str], gold_hash: str | None
) -> Path:
    """One self-contained HTML file: the table of runs and one trend plot per metric."""
    plots = [
        (metric, svg.trend_plot(trend(rows, metric, gold_hash), f"{metric} across runs"))
        for metric in metrics
        if gold_hash and trend(rows, metric, gold_hash)
    ]
    html = (
        template_environment()
        .get_template("history.html.j2")
        .render(rows=rows, metrics=metrics, gold_hash=gold_hash, plots=plots)
    )
    return write_html(path, html)
