"""One-sided paired tests for "is run B worse than run A?", exact where n is small.

A regression gate asks a one-sided question, so every test here gives two one-sided
p-values per metric (`p_lower`: is B - A below zero?; `p_upper`: above?) and the
interval whose ends are the matching one-sided 95% bounds (a 90% two-sided interval):
the test at 0.05 says "lower" exactly when the interval's upper end is below zero, so a
row's p, its interval and its colour can never disagree.

Per metric, the per-article differences d_i = B_i - A_i (articles where both runs define
the metric; with repeated samples, each article's mean over its samples, so an article
counts once however often it was briefed) are tested for a zero mean:

- n <= 16: an exact paired sign-flip test, enumerating all 2^n sign patterns. Under the
  null hypothesis (A and B exchangeable per article) it is exact at any n. Its one-sided
  p is the share of patterns at least as extreme; at n = 5 the smallest is 1/32, so five
  articles that all got worse are a significant drop (p = 0.031), four never are. The
  bounds invert the same test: a shift delta is rejected when too few of the 2^n - 1
  subset means of d lie on its side, so each bound is one order statistic of the subset
  means (unbounded below n = 5).
- n > 16: Student's t on the differences, with the t-interval.

Both are deterministic, so a verdict never depends on a seed.
`benchmarks/gate_calibration.py` measures false alarms, coverage and power.

`minimum_detectable_effect` is the true drop the one-sided t-test finds 80% of the time
at the observed spread of the differences: what a "no regression" verdict can vouch for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import stats

EXACT_MAX_N = 16  # 2^16 sign patterns: exact enumeration stays cheap
ALPHA = 0.05  # one-sided: the gate's false-alarm rate on a null change
POWER = 0.8
INTERVAL = "90% interval (each end a one-sided 95% bound)"


@dataclass(frozen=True)
class PairedTest:
    """One metric's paired comparison: mean difference, bounds, one-sided p-values."""

    n: int
    diff: float
    low: float  # one-sided 95% lower bound of the mean of B - A (-inf: unbounded)
    high: float  # one-sided 95% upper bound (+inf: unbounded)
    p_lower: float  # one-sided p that B - A is below zero
    p_upper: float  # one-sided p that B - A is above zero
    method: str  # sign-flip | t
    mde: float | None  # minimum detectable effect (80% power, one-sided 0.05); None if n < 2


@lru_cache(maxsize=EXACT_MAX_N + 1)
def _subsets(n: int) -> np.ndarray:
    """All 2^n rows of 0/1 (row 0 = the empty set): which articles a pattern flips."""
    return ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(np.float64)


def _flip_sums(diffs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sums and sizes of every non-empty subset of rows, and the tie tolerance."""
    subsets = _subsets(diffs.shape[0])[1:]
    tol = 1e-12 * (1 + np.abs(diffs).sum(axis=0))
    return subsets @ diffs, subsets.sum(axis=1), tol


def sign_flip_p(diffs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Exact one-sided sign-flip p-values (lower, upper), one per column of `diffs`
    (n x m, no NaN). Flipping subset S changes the sum by -2 sum(S), so a pattern is at
    least as high as the observed sum when sum(S) <= 0 (the empty set always is)."""
    n, m = diffs.shape
    if n == 0:
        return np.ones(m), np.ones(m)
    sums, _, tol = _flip_sums(diffs)
    total = 2.0**n
    p_upper = (1 + np.sum(sums <= tol, axis=0)) / total
    p_lower = (1 + np.sum(sums >= -tol, axis=0)) / total
    return p_lower, p_upper


def sign_flip_bounds(diffs: np.ndarray, alpha: float = ALPHA) -> tuple[np.ndarray, np.ndarray]:
    """One-sided (1 - alpha) bounds of the mean shift by inverting the sign-flip test:
    shift delta is kept by the upper test while at least alpha * 2^n patterns are as
    high, i.e. while k = ceil(alpha * 2^n - 1) subset means are <= delta. The bound is
    the k-th smallest subset mean (-inf when k < 1), and symmetrically above."""
    n, m = diffs.shape
    k = math.ceil(alpha * 2.0**n - 1 - 1e-9)
    if n == 0 or k < 1:
        return np.full(m, -np.inf), np.full(m, np.inf)
    sums, sizes, tol = _flip_sums(diffs)
    means = np.where(np.abs(sums) <= tol, 0.0, sums / sizes[:, None])
    last = means.shape[0] - k
    ordered = np.partition(means, [k - 1, last], axis=0)
    return ordered[k - 1], ordered[last]


def t_test(diffs: np.ndarray, alpha: float = ALPHA) -> tuple[np.ndarray, ...]:
    """Mean, one-sided (1 - alpha) bounds, one-sided p (lower, upper) and standard error
    per column (n x m, n >= 2)."""
    n = diffs.shape[0]
    mean = diffs.mean(axis=0)
    se = diffs.std(axis=0, ddof=1) / np.sqrt(n)
    dof = n - 1
    tiny = se <= 1e-12 * (1 + np.abs(mean))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(tiny, np.sign(mean) * np.inf, mean / np.where(tiny, 1.0, se))
    zero = tiny & (np.abs(mean) <= 1e-15)
    p_lower = np.where(zero, 1.0, stats.t.cdf(t, dof))
    p_upper = np.where(zero, 1.0, stats.t.sf(t, dof))
    half = stats.t.ppf(1 - alpha, dof) * se
    return mean, mean - half, mean + half, p_lower, p_upper, se


def minimum_detectable_effect(
    se: float, n: int, alpha: float = ALPHA, power: float = POWER
) -> float | None:
    """Smallest true drop a one-sided paired t-test at `alpha` detects with `power`."""
    if n < 2:
        return None
    dof = n - 1
    return float((stats.t.ppf(1 - alpha, dof) + stats.t.ppf(power, dof)) * se)


def paired_tests(
    a: np.ndarray,
    b: np.ndarray,
    *,
    clusters: Sequence[str] | None = None,
) -> list[PairedTest | None]:
    """One `PairedTest` per column of `a`/`b` (rows x metrics, NaN = undefined).

    `clusters` names the article of each row when runs hold several samples per
    article: rows of one article are averaged first, so articles (not samples) are the
    unit of replication. Columns defined on the same rows are tested together in one
    vectorised pass.
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
            tests = _tests(diffs[np.ix_(rows, columns)])
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


def _tests(d: np.ndarray) -> list[PairedTest]:
    """Tests for every column of `d` (n x m, fully defined, n >= 1)."""
    n = d.shape[0]
    mean = d.mean(axis=0)
    if n <= EXACT_MAX_N:
        p_lower, p_upper = sign_flip_p(d)
        low, high = sign_flip_bounds(d)
        method = "sign-flip"
        se = d.std(axis=0, ddof=1) / np.sqrt(n) if n > 1 else np.full_like(mean, np.nan)
    else:
        mean, low, high, p_lower, p_upper, se = t_test(d)
        method = "t"
    mdes = [minimum_detectable_effect(float(x), n) for x in se]
    return [
        PairedTest(
            n,
            float(mean[j]),
            float(low[j]),
            float(high[j]),
            float(p_lower[j]),
            float(p_upper[j]),
            method,
            mdes[j],
        )
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
