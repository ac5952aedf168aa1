"""Paired tests for "is run B worse than run A?" with a known error rate at every n.

Per metric, the per-article differences d_i = B_i - A_i (articles where both runs define
the metric; with repeated samples, each article's mean over its samples, so an article
counts once however often it was briefed) are tested for a zero mean:

- n <= 16: an exact paired sign-flip test, enumerating all 2^n sign patterns. Under the
  null hypothesis (A and B exchangeable per article) it is exact at any n: at n = 5 its
  smallest two-sided p-value is 2/32 = 0.0625, so five articles can never be
  "significant" at 0.05 (the percentile bootstrap claimed p = 0.015 there).
- n > 16: Student's t on the differences.

Both are deterministic, so a verdict never depends on a seed. The 95% interval is the
t-interval below `BOOTSTRAP_MIN_N` articles and a seeded paired (cluster) bootstrap
percentile interval above it, widened by sqrt(n / (n - 1)) for the divisor-n bias of
the plug-in variance; `benchmarks/gate_calibration.py` measures the coverage of both.

`minimum_detectable_effect` is the true drop the t-test finds 80% of the time at the
observed spread of the differences: what a "no regression" verdict can vouch for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import stats

from newsbrief.evals.bootstrap import DEFAULT_RESAMPLES, paired_bootstrap

EXACT_MAX_N = 16  # 2^16 sign patterns: exact enumeration stays cheap
BOOTSTRAP_MIN_N = 100  # below: t-interval (the bootstrap under-covers at small n)
ALPHA = 0.05
POWER = 0.8


@dataclass(frozen=True)
class PairedTest:
    """One metric's paired comparison: mean difference, 95% interval, p-value, method."""

    n: int
    diff: float
    low: float
    high: float
    p_value: float
    method: str  # sign-flip | t | bootstrap
    mde: float | None  # minimum detectable effect (80% power, alpha 0.05); None if n < 2

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


@lru_cache(maxsize=EXACT_MAX_N + 1)
def _sign_patterns(n: int) -> np.ndarray:
    """All 2^n rows of +-1 (the identity pattern first)."""
    bits = (np.arange(2**n)[:, None] >> np.arange(n)) & 1
    return 1.0 - 2.0 * bits


def sign_flip_p(diffs: np.ndarray) -> np.ndarray:
    """Exact two-sided sign-flip p-values, one per column of `diffs` (n x m, no NaN)."""
    n = diffs.shape[0]
    if n == 0:
        return np.ones(diffs.shape[1])
    sums = np.abs(_sign_patterns(n) @ diffs)  # 2^n x m
    observed = np.abs(diffs.sum(axis=0))
    return np.mean(sums >= observed - 1e-12 * (1 + observed), axis=0)


def t_test(diffs: np.ndarray, alpha: float = ALPHA) -> tuple[np.ndarray, ...]:
    """Mean, t-interval bounds, two-sided p and standard error per column (n x m)."""
    n = diffs.shape[0]
    mean = diffs.mean(axis=0)
    sd = diffs.std(axis=0, ddof=1) if n > 1 else np.zeros_like(mean)
    se = sd / np.sqrt(n)
    tiny = se <= 1e-12 * (1 + np.abs(mean))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(tiny, np.inf, np.abs(mean) / np.where(tiny, 1.0, se))
    dof = max(n - 1, 1)
    p = np.where(tiny & (np.abs(mean) <= 1e-15), 1.0, 2 * stats.t.sf(t, dof))
    if n < 2:
        p = np.ones_like(mean)
    half = stats.t.ppf(1 - alpha / 2, dof) * se
    return mean, mean - half, mean + half, p, se


def minimum_detectable_effect(
    se: float, n: int, alpha: float = ALPHA, power: float = POWER
) -> float | None:
    """Smallest true mean difference a two-sided paired t-test detects with `power`."""
    if n < 2:
        return None
    dof = n - 1
    return float((stats.t.ppf(1 - alpha / 2, dof) + stats.t.ppf(power, dof)) * se)


def paired_tests(
    a: np.ndarray,
    b: np.ndarray,
    *,
    clusters: Sequence[str] | None = None,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int | None = 0,
) -> list[PairedTest | None]:
    """One `PairedTest` per column of `a`/`b` (rows x metrics, NaN = undefined).

    `clusters` names the article of each row when runs hold several samples per
    article: rows of one article are averaged first, so articles (not samples) are the
    unit of replication, which is what a cluster bootstrap resamples. Columns defined
    on the same rows are tested together in one vectorised pass.
    """
    a, b = np.atleast_2d(np.asarray(a, float).T).T, np.atleast_2d(np.asarray(b, float).T).T
    if a.shape != b.shape:
        raise ValueError(f"paired data must have equal shapes, got {a.shape} and {b.shape}")
    diffs = b - a
    if clusters is not None:
        diffs = cluster_means(diffs, clusters)
    defined = ~np.isnan(diffs)
    out: list[PairedTest | None] = [None] * diffs.shape[1]
    patterns, pattern_of = np.unique(defined.T, axis=0, return_inverse=True)
    for k, rows in enumerate(patterns):
        columns = np.flatnonzero(pattern_of.ravel() == k)
        if rows.any():
            tests = _tests(diffs[np.ix_(rows, columns)], resamples, seed)
            for column, test in zip(columns, tests, strict=True):
                out[column] = test
    return out


def cluster_means(values: np.ndarray, clusters: Sequence[str]) -> np.ndarray:
    """Row-wise NaN-aware means per cluster (clusters in first-seen order)."""
    order = list(dict.fromkeys(clusters))
    index = {name: i for i, name in enumerate(order)}
    rows = np.array([index[name] for name in clusters])
    defined = ~np.isnan(values)
    sums = np.zeros((len(order), values.shape[1]))
    counts = np.zeros_like(sums)
    np.add.at(sums, rows, np.where(defined, values, 0.0))
    np.add.at(counts, rows, defined)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def _tests(d: np.ndarray, resamples: int, seed: int | None) -> list[PairedTest]:
    """Tests for every column of `d` (n x m, fully defined, n >= 1)."""
    n = d.shape[0]
    mean, low, high, p, se = t_test(d)
    method = "t"
    if n == 1:
        low, high = mean.copy(), mean.copy()
    if n <= EXACT_MAX_N:
        p, method = sign_flip_p(d), "sign-flip"
    if n >= BOOTSTRAP_MIN_N:
        boot = paired_bootstrap(np.zeros_like(d), d, resamples=resamples, seed=seed)
        widen = np.sqrt(n / (n - 1))
        low = mean + (np.array([i.low for i in boot if i]) - mean) * widen
        high = mean + (np.array([i.high for i in boot if i]) - mean) * widen
        method = "t, bootstrap CI"
    mdes = [minimum_detectable_effect(float(x), n) for x in se]
    return [
        PairedTest(n, float(mean[j]), float(low[j]), float(high[j]), float(p[j]), method, mdes[j])
        for j in range(d.shape[1])
    ]


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm step-down adjusted p-values (family-wise error rate control, any dependence)."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted
