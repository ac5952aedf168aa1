"""Compare two runs on the articles they share: paired means, differences, one-sided
bounds and p-values for every metric, the articles that moved most, and the gate's
verdict (`newsbrief.evals.gate`, computed once per comparison).

Tests are one-sided (`newsbrief.evals.stats`): an exact sign-flip test up to 16 paired
articles, Student's t above; deterministic, so nothing depends on a seed. Coverage is
part of the verdict: runs over different article sets, or a run that did not finish,
leave the gate undecided unless the caller allows partial runs (`--allow-partial`).

Repeated samples: when both runs were made with the same `--repeat k` (k > 1), rows
pair sample s of A with sample s of B and the tests get `clusters=` (the article of
each row), so each article counts once with the mean of its samples (the minimum paired
count is articles). Runs with different k are compared on per-article means over each
run's samples; `Comparison.pairing` says which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsbrief.evals.gate import (
    MIN_PAIRED,
    GateCheck,
    GateSettings,
    MetricComparison,
    ToleranceCheck,
    Verdict,
    decide,
    finite,
    gate_decisions,
    parse_metric_values,
)
from newsbrief.evals.scoring import EvalResult, GoldInput, resolve_gold, score_run
from newsbrief.evals.stats import INTERVAL, cluster_means, paired_tests
from newsbrief.evals.usage_errors import CompareError

__all__ = [
    "MIN_PAIRED",
    "Comparison",
    "GateCheck",
    "GateSettings",
    "MetricComparison",
    "Mover",
    "ToleranceCheck",
    "Verdict",
    "compare_results",
    "compare_runs",
    "coverage_problems",
    "gate_decisions",
    "parse_max_drops",
    "parse_thresholds",
]


@dataclass(frozen=True)
class Mover:
    """An article whose overall score changed; `changes` are (metric, A, B), largest first."""

    id: str
    overall_a: float
    overall_b: float
    changes: list[tuple[str, float, float]]

    @property
    def delta(self) -> float:
        return self.overall_b - self.overall_a


@dataclass
class Comparison:
    """B minus A: plain data, for the terminal, eval.json, the HTML report and the
    workspace; `verdict()` is computed once and every output renders it."""

    a: EvalResult
    b: EvalResult
    shared: list[str]
    rows: list[MetricComparison]
    movers: list[Mover] = field(default_factory=list)
    coverage_problems: list[str] = field(default_factory=list)
    gate: GateSettings = field(default_factory=GateSettings)
    pairing: str = ""  # how rows were paired when a run holds repeated samples
    _verdict: Verdict | None = field(default=None, init=False, repr=False, compare=False)

    def row(self, name: str) -> MetricComparison | None:
        return next((r for r in self.rows if r.name == name), None)

    def gate_metrics(self) -> list[str]:
        """`overall` plus every metric named by `--gate` or `--threshold`."""
        wanted = {"overall", *self.gate.named, *self.gate.thresholds}
        return [r.name for r in self.rows if r.name in wanted]

    def all_failed(self) -> list[str]:
        """The runs ("A", "B") in which every paired article failed."""
        return [
            label
            for label, result in (("A", self.a), ("B", self.b))
            if self.shared and all(result.by_id()[i].failed for i in self.shared)
        ]

    def verdict(self) -> Verdict:
        """The gate's one verdict (`newsbrief.evals.gate.decide`), computed once."""
        if self._verdict is None:
            primary = self.row("overall")
            self._verdict = decide(
                self.rows,
                self.gate,
                paired=primary.n if primary else len(self.shared),
                coverage_problems=self.coverage_problems,
                all_failed=self.all_failed(),
            )
        return self._verdict

    def regressions(self) -> list[MetricComparison]:
        """Gated metrics that got significantly worse (Holm) by more than their threshold."""
        return self.verdict().regressions

    def methods(self) -> list[str]:
        return sorted({row.method for row in self.rows})

    def row_views(self) -> list[dict[str, Any]]:
        """Every row as each output shows it: numbers, the p printed (one-sided, in the
        direction the row moved; Holm-adjusted when gated) and the mark that p gives.
        Unbounded interval ends are None."""
        marks = self.verdict().marks
        return [
            {
                "metric": row.name,
                "n": row.n,
                "a": row.mean_a,
                "b": row.mean_b,
                "diff": row.diff,
                "low": finite(row.low),
                "high": finite(row.high),
                "p": marks[row.name].p,
                "mark": marks[row.name].mark,
                "css": marks[row.name].css,
                "gated": marks[row.name].gated,
                "unit": row.metric.unit_interval,
                "method": row.method,
            }
            for row in self.rows
        ]

    def as_dict(self) -> dict[str, Any]:
        """The comparison as eval.json stores it (plain JSON types)."""
        return {
            "run_a": str(self.a.run_dir),
            "run_b": str(self.b.run_dir),
            "paired": len(self.shared),
            "pairing": self.pairing,
            "tests": self.methods(),
            "interval": INTERVAL,
            "verdict": self.verdict().as_dict(),
            "rows": self.row_views(),
        }

    def coverage(self) -> dict[str, dict[str, int]]:
        """Gold coverage of each run: records, attempted, succeeded."""
        return {"A": self.a.coverage(), "B": self.b.coverage()}

    def article_deltas(self, metric: str = "overall") -> list[tuple[str, float]]:
        """(article, B - A) for every shared article where both define `metric`."""
        a, b = self.a.by_id(), self.b.by_id()
        out = []
        for article_id in self.shared:
            va, vb = a[article_id].scores.get(metric), b[article_id].scores.get(metric)
            if va is not None and vb is not None:
                out.append((article_id, vb - va))
        return out


def parse_thresholds(specs: Iterable[str], known: Iterable[str]) -> dict[str, float]:
    """`--threshold metric=0.02` strings -> {metric: 0.02} (tolerated drop before a
    significant one counts)."""
    return parse_metric_values(specs, known, "--threshold")


def parse_max_drops(specs: Iterable[str], known: Iterable[str]) -> dict[str, float]:
    """`--max-drop metric=0.05` strings -> {metric: 0.05} (the deterministic tolerance)."""
    return parse_metric_values(specs, known, "--max-drop")


def coverage_problems(a: EvalResult, b: EvalResult) -> list[str]:
    """Why A and B are not comparable as they stand (empty when they are)."""
    problems = []
    ids_a, ids_b = set(a.attempted_ids()), set(b.attempted_ids())
    for label, mine, other, result in (("A", ids_a, ids_b, a), ("B", ids_b, ids_a, b)):
        lacking = len(other - mine)
        if lacking:
            problems.append(
                f"run {label} lacks {lacking} of the {len(other)} articles of the other run"
            )
        status = result.run.manifest.status
        if status != "finished":
            problems.append(f"run {label} is {status!r}, not finished")
    return problems


def _matrix(result: EvalResult, ids: Sequence[str], names: Sequence[str]) -> np.ndarray:
    by_id = result.by_id()
    return _values([by_id[i].scores for i in ids], names)


def _values(rows: Sequence[Mapping[str, float | None]], names: Sequence[str]) -> np.ndarray:
    return np.array(
        [[np.nan if (v := scores.get(n)) is None else v for n in names] for scores in rows],
        dtype=np.float64,
    ).reshape(len(rows), len(names))


def pairing_of(a: EvalResult, b: EvalResult) -> str:
    """How `compare_results` pairs rows: by article, by (article, sample), or on
    per-article means when the runs hold different numbers of samples."""
    if a.repeat == b.repeat == 1:
        return ""
    if a.repeat == b.repeat:
        return (
            f"paired by article and sample ({a.repeat} samples per article); tests resample "
            "articles with their samples"
        )
    return (
        f"runs hold different samples per article (A {a.repeat}, B {b.repeat}): compared on "
        "each article's mean over its samples"
    )


def _sample_rows(
    a: EvalResult, b: EvalResult, shared: Sequence[str], names: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Rows (article, sample) held by both runs, and the article of each row. An article
    without samples in either run (an input error) is one row of its scores."""
    by_a, by_b = a.by_id(), b.by_id()
    rows_a: list[Mapping[str, float | None]] = []
    rows_b: list[Mapping[str, float | None]] = []
    clusters: list[str] = []
    for article_id in shared:
        sa = {x.sample: x.scores for x in by_a[article_id].samples}
        sb = {x.sample: x.scores for x in by_b[article_id].samples}
        both = [s for s in sa if s in sb]
        if not both:
            sa, sb, both = {0: by_a[article_id].scores}, {0: by_b[article_id].scores}, [0]
        for sample in both:
            rows_a.append(sa[sample])
            rows_b.append(sb[sample])
            clusters.append(article_id)
    return _values(rows_a, names), _values(rows_b, names), clusters


def _movers(a: EvalResult, b: EvalResult, shared: Sequence[str], top: int) -> list[Mover]:
    by_a, by_b = a.by_id(), b.by_id()
    movers = []
    for article_id in shared:
        sa, sb = by_a[article_id].scores, by_b[article_id].scores
        overall_a, overall_b = sa.get("overall"), sb.get("overall")
        if overall_a is None or overall_b is None:
            continue
        changes = [
            (m, va, vb)
            for m, va in sa.items()
            if m != "overall"
            and a.metrics[m].unit_interval
            and va is not None
            and (vb := sb.get(m)) is not None
            and va != vb
        ]
        changes.sort(key=lambda change: -abs(change[2] - change[1]))
        movers.append(Mover(article_id, overall_a, overall_b, changes))
    movers.sort(key=lambda m: -abs(m.delta))
    return [m for m in movers if m.delta != 0][:top]


def compare_results(
    a: EvalResult,
    b: EvalResult,
    *,
    top: int = 5,
    gate: GateSettings | None = None,
) -> Comparison:
    """Paired comparison of two already-scored runs (B minus A) on the articles both
    runs hold (failed ones included: they score 0); coverage differences are recorded."""
    ids_b = set(b.attempted_ids())
    shared = [article_id for article_id in a.attempted_ids() if article_id in ids_b]
    if not shared:
        raise CompareError(
            f"{a.run_dir} and {b.run_dir} share no article ids; compare runs "
            "made from the same input"
        )
    names = [name for name in a.metrics if name in b.metrics]
    clusters: list[str] | None = None
    if a.repeat == b.repeat > 1:
        values_a, values_b, clusters = _sample_rows(a, b, shared, names)
    else:
        values_a, values_b = _matrix(a, shared, names), _matrix(b, shared, names)
    tests = paired_tests(values_a, values_b, clusters=clusters)
    both = ~np.isnan(values_a) & ~np.isnan(values_b)
    means_a = np.where(both, values_a, np.nan)
    means_b = np.where(both, values_b, np.nan)
    if clusters is not None:  # each article's mean over the samples both runs define
        means_a, means_b = cluster_means(means_a, clusters), cluster_means(means_b, clusters)
    rows = []
    for j, (name, test) in enumerate(zip(names, tests, strict=True)):
        if test is None:
            continue
        metric = a.metrics[name]
        # A difference of two 0..1 means lies in [-1, 1]: an unbounded end (the exact
        # test below 5 articles) is that, not infinity.
        reach = 1.0 if metric.unit_interval else np.inf
        rows.append(
            MetricComparison(
                metric,
                test.n,
                float(np.nanmean(means_a[:, j])),
                float(np.nanmean(means_b[:, j])),
                test.diff,
                max(test.low, -reach),
                min(test.high, reach),
                test.p_lower,
                test.p_upper,
                test.method,
                test.mde,
            )
        )
    return Comparison(
        a,
        b,
        shared,
        rows,
        _movers(a, b, shared, top),
        coverage_problems(a, b),
        gate or GateSettings(),
        pairing_of(a, b),
    )


def compare_runs(
    run_a: Path | str,
    run_b: Path | str,
    gold: GoldInput,
    *,
    top: int = 5,
    weights: Mapping[str, float] | None = None,
    articles_file: Path | str | None = None,
    gate: GateSettings | None = None,
) -> Comparison:
    """Score both runs against the same gold (loaded once) and compare them (B minus A)."""
    gold_set = resolve_gold(gold)
    a = score_run(run_a, gold_set, weights=weights, articles_file=articles_file)
    b = score_run(run_b, gold_set, weights=weights, articles_file=articles_file)
    return compare_results(a, b, top=top, gate=gate)
