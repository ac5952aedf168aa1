"""Compare two runs on the articles they share: paired means, differences, 95%
intervals and p-values for every metric, the articles that moved most, and a CI gate.

The gate has a known error rate. Its primary metric is `overall`; field metrics are
gated only when named (`--gate actors.f1` or `--threshold actors.f1=0.02`), and then
`overall` plus the named metrics form one family whose p-values are Holm-adjusted, so a
gate on noise fails at most 5% of the time however many metrics it watches (testing
seven metrics at 95% each failed 15% of null comparisons). p-values come from an exact
sign-flip test (n <= 16) or Student's t (see `newsbrief.evals.stats`): deterministic, so
the verdict does not depend on a seed. A metric regresses when its adjusted p is below
0.05, it got worse, and by more than its threshold. Below `MIN_PAIRED` paired articles no
verdict is given at all.

Coverage is part of the verdict: runs over different article sets, or a run that did not
finish, fail the gate unless the caller allows partial runs (`--allow-partial`).

Repeated samples: when both runs were made with the same `--repeat k` (k > 1), rows
pair sample s of A with sample s of B and the tests get `clusters=` (the article of
each row), so they resample and count articles with their samples (a cluster
bootstrap; the minimum paired count is articles). Runs with different k are compared
on per-article means over each run's samples; `Comparison.pairing` says which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsbrief.evals.bootstrap import DEFAULT_RESAMPLES
from newsbrief.evals.scorer import Metric
from newsbrief.evals.scoring import EvalResult, GoldInput, resolve_gold, score_run
from newsbrief.evals.stats import ALPHA, cluster_means, holm, paired_tests
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
    method: str = "t"
    mde: float | None = None  # minimum detectable effect at this n (80% power)

    @property
    def name(self) -> str:
        return self.metric.name

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0

    def worsened_by(self) -> float:
        """How much worse B is than A (positive = worse), whatever the metric's direction."""
        return -self.diff if self.metric.higher_is_better else self.diff

    def regressed(self, threshold: float = 0.0, p_value: float | None = None) -> bool:
        """Worse by more than `threshold` with a (family-adjusted) p below 0.05."""
        p = self.p_value if p_value is None else p_value
        return p < ALPHA and self.worsened_by() > threshold


MIN_PAIRED = 10  # below this many paired articles the gate gives no verdict


def gate_decisions(
    p_values: Sequence[float],
    worsened_by: Sequence[float],
    ns: Sequence[int],
    thresholds: Sequence[float],
    min_paired: int = MIN_PAIRED,
) -> tuple[list[float], list[bool]]:
    """The gate on one family of metrics: Holm-adjusted p-values, and per metric
    whether it regressed (enough articles, adjusted p < 0.05, worse beyond threshold).
    `benchmarks/gate_calibration.py` calibrates exactly this function."""
    adjusted = holm(p_values)
    regressed = [
        n >= min_paired and p < ALPHA and worse > limit
        for p, worse, n, limit in zip(adjusted, worsened_by, ns, thresholds, strict=True)
    ]
    return adjusted, regressed


@dataclass(frozen=True)
class GateSettings:
    """What the gate watches: `overall` plus the named metrics, with tolerated drops."""

    thresholds: Mapping[str, float] = field(default_factory=dict)
    named: tuple[str, ...] = ()
    allow_partial: bool = False
    min_paired: int = MIN_PAIRED


@dataclass(frozen=True)
class GateCheck:
    """One gated metric: its row, Holm-adjusted p, threshold and outcome."""

    row: MetricComparison
    p_adjusted: float
    threshold: float
    regressed: bool


@dataclass
class Verdict:
    """The gate's answer, with every reason: regressions, coverage, too few articles."""

    checks: list[GateCheck]
    coverage_problems: list[str]
    allow_partial: bool
    paired: int
    min_paired: int

    @property
    def too_few(self) -> bool:
        return self.paired < self.min_paired

    @property
    def regressions(self) -> list[MetricComparison]:
        return [check.row for check in self.checks if check.regressed]

    @property
    def blocked_by_coverage(self) -> bool:
        return bool(self.coverage_problems) and not self.allow_partial

    @property
    def failed(self) -> bool:
        return bool(self.regressions) or self.blocked_by_coverage

    def summary(self) -> str:
        """One line for a terminal or a report banner."""
        if self.regressions:
            return "regression: " + ", ".join(r.name for r in self.regressions)
        if self.blocked_by_coverage:
            return "not comparable: " + "; ".join(self.coverage_problems)
        if self.too_few:
            return (
                f"no verdict: {self.paired} paired articles, fewer than {self.min_paired} "
                "(score a larger gold set)"
            )
        return f"no regression in {len(self.checks)} gated metric(s)"


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
    """B minus A: plain data, for the terminal, the HTML report and the workspace."""

    a: EvalResult
    b: EvalResult
    shared: list[str]
    rows: list[MetricComparison]
    resamples: int
    seed: int | None
    movers: list[Mover] = field(default_factory=list)
    coverage_problems: list[str] = field(default_factory=list)
    gate: GateSettings = field(default_factory=GateSettings)
    pairing: str = ""  # how rows were paired when a run holds repeated samples

    def row(self, name: str) -> MetricComparison | None:
        return next((r for r in self.rows if r.name == name), None)

    def gate_metrics(self, thresholds: Mapping[str, float] | None = None) -> list[str]:
        """`overall` plus every metric named by the gate settings or `thresholds`."""
        limits = self.gate.thresholds if thresholds is None else thresholds
        wanted = {"overall", *self.gate.named, *limits}
        return [r.name for r in self.rows if r.name in wanted]

    def verdict(self, thresholds: Mapping[str, float] | None = None) -> Verdict:
        """Holm over the gated family; no regression below `min_paired` articles."""
        limits = dict(self.gate.thresholds if thresholds is None else thresholds)
        rows = [r for r in self.rows if r.name in set(self.gate_metrics(limits))]
        adjusted, regressed = gate_decisions(
            [r.p_value for r in rows],
            [r.worsened_by() for r in rows],
            [r.n for r in rows],
            [limits.get(r.name, 0.0) for r in rows],
            self.gate.min_paired,
        )
        primary = self.row("overall")
        paired = primary.n if primary else len(self.shared)
        checks = [
            GateCheck(row, p, limits.get(row.name, 0.0), flag)
            for row, p, flag in zip(rows, adjusted, regressed, strict=True)
        ]
        return Verdict(
            checks,
            list(self.coverage_problems),
            self.gate.allow_partial,
            paired,
            self.gate.min_paired,
        )

    def regressions(self, thresholds: Mapping[str, float] | None = None) -> list[MetricComparison]:
        """Gated metrics that got significantly worse (Holm) by more than their threshold."""
        return self.verdict(thresholds).regressions

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
    resamples: int = DEFAULT_RESAMPLES,
    seed: int | None = 0,
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
    tests = paired_tests(values_a, values_b, clusters=clusters, resamples=resamples, seed=seed)
    both = ~np.isnan(values_a) & ~np.isnan(values_b)
    means_a = np.where(both, values_a, np.nan)
    means_b = np.where(both, values_b, np.nan)
    if clusters is not None:  # each article's mean over the samples both runs define
        means_a, means_b = cluster_means(means_a, clusters), cluster_means(means_b, clusters)
    rows = []
    for j, (name, test) in enumerate(zip(names, tests, strict=True)):
        if test is None:
            continue
        rows.append(
            MetricComparison(
                a.metrics[name],
                test.n,
                float(np.nanmean(means_a[:, j])),
                float(np.nanmean(means_b[:, j])),
                test.diff,
                test.low,
                test.high,
                test.p_value,
                test.method,
                test.mde,
            )
        )
    return Comparison(
        a,
        b,
        shared,
        rows,
        resamples,
        seed,
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
    resamples: int = DEFAULT_RESAMPLES,
    seed: int | None = 0,
    top: int = 5,
    weights: Mapping[str, float] | None = None,
    articles_file: Path | str | None = None,
    gate: GateSettings | None = None,
) -> Comparison:
    """Score both runs against the same gold (loaded once) and compare them (B minus A)."""
    gold_set = resolve_gold(gold)
    a = score_run(run_a, gold_set, weights=weights, articles_file=articles_file)
    b = score_run(run_b, gold_set, weights=weights, articles_file=articles_file)
    return compare_results(a, b, resamples=resamples, seed=seed, top=top, gate=gate)
