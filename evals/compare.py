"""Compare two runs on the articles they share: paired means, differences and 95%
bootstrap intervals for every metric, the articles that moved most, and a CI gate.

The gate fails only on evidence: a metric regresses when it got worse by more than its
threshold AND its interval excludes zero. By default it watches `overall` and every
weighted metric (what you weight is what you care about); `--threshold m=x` adds `m`.
Gating all ~60 metrics would raise false alarms from sheer multiplicity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsbrief.evals.bootstrap import DEFAULT_RESAMPLES, paired_bootstrap
from newsbrief.evals.scorer import Metric
from newsbrief.evals.scoring import EvalResult, GoldInput, resolve_gold, score_run
from newsbrief.evals.usage_errors import CompareError


@dataclass(frozen=True)
class MetricComparison:
    metric: Metric
    n: int
    mean_a: float
    mean_b: float
    diff: float
    low: float
    high: float
    p_value: float

    @property
    def name(self) -> str:
        return self.metric.name

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0

    def worsened_by(self) -> float:
        """How much worse B is than A (positive = worse), whatever the metric's direction."""
        return -self.diff if self.metric.higher_is_better else self.diff

    def regressed(self, threshold: float = 0.0) -> bool:
        significant = self.high < 0 if self.metric.higher_is_better else self.low > 0
        return significant and self.worsened_by() > threshold


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
    a: EvalResult
    b: EvalResult
    shared: list[str]
    rows: list[MetricComparison]
    resamples: int
    seed: int | None
    movers: list[Mover] = field(default_factory=list)

    def row(self, name: str) -> MetricComparison | None:
        return next((r for r in self.rows if r.name == name), None)

    def gate_metrics(self, thresholds: Mapping[str, float] | None = None) -> list[str]:
        wanted = {"overall", *(m for m, w in self.a.weights.items() if w > 0), *(thresholds or {})}
        return [r.name for r in self.rows if r.name in wanted]

    def regressions(self, thresholds: Mapping[str, float] | None = None) -> list[MetricComparison]:
        """Gated metrics that got significantly worse by more than their threshold."""
        limits = dict(thresholds or {})
        gated = set(self.gate_metrics(limits))
        return [r for r in self.rows if r.name in gated and r.regressed(limits.get(r.name, 0.0))]

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
    """`metric=0.02` strings -> {metric: 0.02}; unknown names and bad numbers are errors."""
    names = set(known)
    out: dict[str, float] = {}
    for spec in specs:
        metric, sep, value = spec.partition("=")
        metric = metric.strip()
        if not sep or metric not in names:
            raise CompareError(
                f"bad --threshold {spec!r}: write METRIC=DROP with a metric such "
                "as overall or actors.f1 (see `briefing eval --help`)"
            )
        try:
            out[metric] = float(value)
        except ValueError:
            raise CompareError(f"bad --threshold {spec!r}: {value!r} is not a number") from None
    return out


def _matrix(result: EvalResult, ids: Sequence[str], names: Sequence[str]) -> np.ndarray:
    by_id = result.by_id()
    return np.array(
        [[np.nan if (v := by_id[i].scores.get(n)) is None else v for n in names] for i in ids],
        dtype=np.float64,
    ).reshape(len(ids), len(names))


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
    resamples: int = DEFAULT_RESAMPLES,
    seed: int | None = 0,
    top: int = 5,
) -> Comparison:
    """Paired comparison of two already-scored runs (B minus A)."""
    ids_b = {article.id for article in b.articles}
    shared = [article.id for article in a.articles if article.id in ids_b]
    if not shared:
        raise CompareError(
            f"{a.run_dir} and {b.run_dir} share no article ids; compare runs "
            "made from the same input"
        )
    names = [name for name in a.metrics if name in b.metrics]
    values_a, values_b = _matrix(a, shared, names), _matrix(b, shared, names)
    intervals = paired_bootstrap(values_a, values_b, resamples=resamples, seed=seed)
    rows = []
    for j, (name, interval) in enumerate(zip(names, intervals, strict=False)):
        if interval is None:
            continue
        both = ~np.isnan(values_a[:, j]) & ~np.isnan(values_b[:, j])
        rows.append(
            MetricComparison(
                a.metrics[name],
                interval.n,
                float(values_a[both, j].mean()),
                float(values_b[both, j].mean()),
                interval.diff,
                interval.low,
                interval.high,
                interval.p_value,
            )
        )
    return Comparison(a, b, shared, rows, resamples, seed, _movers(a, b, shared, top))


def compare_runs(
    run_a: Path | str,
    run_b: Path | str,
    gold: GoldInput,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int | None = 0,
    top: int = 5,
    weights: Mapping[str, float] | None = None,
    articles_file: Path | str | None = None,
) -> Comparison:
    """Score both runs against the same gold (loaded once) and compare them (B minus A)."""
    gold_set = resolve_gold(gold)
    a = score_run(run_a, gold_set, weights=weights, articles_file=articles_file)
    b = score_run(run_b, gold_set, weights=weights, articles_file=articles_file)
    return compare_results(a, b, resamples=resamples, seed=seed, top=top)
