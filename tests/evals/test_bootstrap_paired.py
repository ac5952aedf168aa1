"""Paired bootstrap: exact agreement with a naive loop, reproducibility, and calibration
(the 95% interval covers a known true difference about 95% of the time and excludes
zero only when there is an effect)."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.evals.bootstrap import paired_bootstrap


def _synthetic(rng: np.random.Generator, n: int, effect: float) -> tuple[np.ndarray, np.ndarray]:
    """Per-article scores of run A and a paired run B whose true mean is `effect` higher."""
    a = rng.normal(0.5, 0.2, n)
    return a, a + effect + rng.normal(0.0, 0.1, n)


def test_matches_naive_resampling_including_missing_values() -> None:
    rng = np.random.default_rng(3)
    a = rng.random((40, 3))
    b = a + rng.normal(0.05, 0.1, (40, 3))
    b[::4, 1] = np.nan  # metric 1 undefined for every 4th article
    a[:, 2] = np.nan  # metric 2 undefined everywhere
    got = paired_bootstrap(a, b, resamples=500, seed=11)
    draws = np.random.default_rng(11).integers(0, 40, size=(500, 40))  # same stream
    for j in (0, 1):
        d = (b - a)[:, j]
        means = np.array([np.nanmean(d[row]) for row in draws])
        low, high = np.quantile(means, [0.025, 0.975])
        assert got[j] is not None
        assert got[j].diff == pytest.approx(np.nanmean(d))
        assert (got[j].low, got[j].high) == pytest.approx((low, high), abs=1e-6)
        assert got[j].n == int(np.sum(~np.isnan(d)))
    assert got[2] is None


def test_seeded_and_reproducible() -> None:
    a, b = _synthetic(np.random.default_rng(0), 50, 0.02)
    first = paired_bootstrap(a, b, resamples=2000, seed=5)[0]
    assert paired_bootstrap(a, b, resamples=2000, seed=5)[0] == first
    assert paired_bootstrap(a, b, resamples=2000, seed=6)[0] != first


@pytest.mark.parametrize("effect", [0.0, 0.03])
def test_interval_covers_true_difference_about_95_percent(effect: float) -> None:
    rng = np.random.default_rng(2024)
    reps, covered, excluded = 200, 0, 0
    for rep in range(reps):
        a, b = _synthetic(rng, 80, effect)
        interval = paired_bootstrap(a, b, resamples=2000, seed=rep)[0]
        assert interval is not None
        covered += interval.low <= effect <= interval.high
        excluded += interval.excludes_zero
    assert 0.90 <= covered / reps <= 0.99
    if effect == 0.0:
        assert excluded / reps <= 0.10  # false alarms stay near the nominal 5%


def test_detects_a_real_effect() -> None:
    rng = np.random.default_rng(7)
    hits = 0
    for rep in range(100):
        a, b = _synthetic(rng, 80, 0.05)  # 0.05 / (0.1 / sqrt(80)) = 4.5 standard errors
        interval = paired_bootstrap(a, b, resamples=1000, seed=rep)[0]
        hits += interval is not None and interval.low > 0
    assert hits >= 95


def test_pairing_is_what_makes_the_interval_tight() -> None:
    # Huge between-article variance, tiny consistent gain: only a paired test sees it.
    rng = np.random.default_rng(1)
    a = rng.uniform(0, 1, 200)
    b = a + 0.01
    interval = paired_bootstrap(a, b, resamples=2000, seed=0)[0]
    assert interval is not None
    assert interval.low == pytest.approx(0.01)
    assert interval.p_value == 0.0


def test_shape_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError, match="equal shapes"):
        paired_bootstrap(np.zeros((3, 2)), np.zeros((4, 2)))
