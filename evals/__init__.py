"""The evals harness: score run directories against gold, compare runs with one-sided
paired tests and one gate verdict, and write self-contained HTML reports.

An eval is dataset x scorers: every article of a run (a `Case`: prediction, gold,
article text, usage) goes through small scorers that declare their metric names
(`actors.f1`, `headline.rougeL`, `five_w1h.who.f1`, `ops.grounding`, ...), and `overall`
is a weighted mean of the weighted ones. Evals reads only run files (never a model) and
imports only `schemas`.

    result = score_run("runs/2026-...", "evals/gold/seeds.jsonl")
    comparison = compare_runs(run_a, run_b, gold)          # B minus A; .verdict()
    write_report("report.html", comparison.a, comparison)
"""

if __name__ != "newsbrief.evals":  # pragma: no cover - the folder imported by its own name
    raise ImportError("this folder is installed as newsbrief.evals; import newsbrief.evals")

from newsbrief.evals.bootstrap import DEFAULT_RESAMPLES, Interval, paired_bootstrap
from newsbrief.evals.compare import (
    Comparison,
    MetricComparison,
    Mover,
    compare_results,
    compare_runs,
)
from newsbrief.evals.evalfile import EVAL_FILE, eval_payload, write_eval_file
from newsbrief.evals.goldio import load_gold
from newsbrief.evals.metrics import DEFAULT_SCORERS, metric_catalogue
from newsbrief.evals.report import render_report, write_report
from newsbrief.evals.scorer import Case, Metric, Scorer, Scores, scorer
from newsbrief.evals.scoring import ArticleResult, EvalResult, GoldSet, resolve_gold, score_run
from newsbrief.evals.usage_errors import CompareError, EvalUsageError, RunReadError, WeightsError
from newsbrief.evals.weights import DEFAULT_WEIGHTS, load_weights

__all__ = [
    "DEFAULT_RESAMPLES",
    "DEFAULT_SCORERS",
    "DEFAULT_WEIGHTS",
    "EVAL_FILE",
    "ArticleResult",
    "Case",
    "CompareError",
    "Comparison",
    "EvalResult",
    "EvalUsageError",
    "GoldSet",
    "Interval",
    "Metric",
    "MetricComparison",
    "Mover",
    "RunReadError",
    "Scorer",
    "Scores",
    "WeightsError",
    "compare_results",
    "compare_runs",
    "eval_payload",
    "load_gold",
    "load_weights",
    "metric_catalogue",
    "paired_bootstrap",
    "render_report",
    "resolve_gold",
    "score_run",
    "scorer",
    "write_eval_file",
    "write_report",
]
