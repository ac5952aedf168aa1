"""The gate's statistics, hand-computed: exact sign-flip p-values, t-intervals, Holm,
minimum detectable effect, and the verdicts for a null pair and a single article."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newsbrief.evals.compare import MIN_PAIRED, GateSettings, compare_results
from newsbrief.evals.scoring import score_run
from newsbrief.evals.stats import (
    ALPHA,
    holm,
    minimum_detectable_effect,
    paired_tests,
    sign_flip_bounds,
    sign_flip_p,
)
from tests.support.eval_runs import briefing, paired_runs, write_gold, write_run


@pytest.mark.parametrize(
    ("diffs", "lower", "upper", "bounds"),
    [
        # n = 1: 2 patterns, one as low as observed: p 1/2; no bound at 5% (k < 1)
        ([-0.01], 0.5, 1.0, (-math.inf, math.inf)),
        # n = 4: 1/16 is the smallest p, above 0.05: never significant, unbounded
        ([-0.1] * 4, 1 / 16, 1.0, (-math.inf, math.inf)),
        # n = 5, all worse: only the observed pattern is as low: 1/32 = 0.031; k = 1:
        # the bounds are the smallest and largest subset means, min and max of d
        ([-0.1, -0.2, -0.3, -0.1, -0.25], 1 / 32, 1.0, (-0.3, -0.1)),
        # n = 6: sum -4.5; as low: flipping nothing or only the +0.5 (sum -5.5): 2/64
        ([-1, -1, -1, -1, -1, 0.5], 2 / 64, 63 / 64, None),
        ([0.0, 0.0, 0.0], 1.0, 1.0, (-math.inf, math.inf)),  # a null pair
        ([-0.2] * 10, 1 / 1024, 1.0, (-0.2, -0.2)),
    ],
    ids=["n=1", "n=4", "n=5", "n=6-mixed", "null", "n=10"],
)
def test_exact_sign_flip(
    diffs: list[float], lower: float, upper: float, bounds: tuple[float, float] | None
) -> None:
    d = np.array(diffs)[:, None]
    p_lower, p_upper = sign_flip_p(d)
    assert (p_lower[0], p_upper[0]) == (pytest.approx(lower), pytest.approx(upper))
    if bounds is not None:
        low, high = sign_flip_bounds(d)
        assert (low[0], high[0]) == (pytest.approx(bounds[0]), pytest.approx(bounds[1]))


def test_p_interval_and_mark_agree_on_every_row() -> None:
    """The printed p says "worse" (< 0.05) exactly when the interval's upper end is
    below zero, for the exact test and for t, at every n."""
    rng = np.random.default_rng(7)
    for n in (1, 3, 5, 6, 9, 16, 17, 40):
        for _ in range(60):
            d = rng.normal(rng.normal(0, 0.05), 0.1, n).round(2)
            test = paired_tests(np.zeros(n), d)[0]
            assert test is not None
            assert (test.p_lower < ALPHA) == (test.high < 0), (n, d)
            assert (test.p_upper < ALPHA) == (test.low > 0), (n, d)


def test_t_interval_and_p_beyond_the_exact_range() -> None:
    # n = 20: ten articles -0.1, ten -0.3: mean -0.2, sd = sqrt(20 * 0.01 / 19)
    d = np.array([-0.1] * 10 + [-0.3] * 10)
    test = paired_tests(np.zeros(20), d)[0]
    assert test is not None
    se = math.sqrt(20 * 0.01 / 19) / math.sqrt(20)
    t95 = 1.729132811521367  # Student t, 0.95 quantile, 19 degrees of freedom
    assert test.method == "t"
    assert test.diff == pytest.approx(-0.2)
    assert (test.low, test.high) == pytest.approx((-0.2 - t95 * se, -0.2 + t95 * se))
    assert test.p_lower == pytest.approx(2.29e-8, rel=1e-2)  # t = -8.72, 19 df, one side
    assert test.p_upper == pytest.approx(1.0)
    assert test.mde == pytest.approx((t95 + 0.86095) * se, rel=1e-5)  # t(0.8, 19)


def test_minimum_detectable_effect_and_holm() -> None:
    assert minimum_detectable_effect(0.01, 1) is None
    # (t(0.95, 59) + t(0.8, 59)) * se, from a t table: (1.67109 + 0.84776) * 0.01
    assert minimum_detectable_effect(0.01, 60) == pytest.approx(0.0251885, abs=1e-6)
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([0.5]) == [0.5]


def test_cluster_means_count_each_article_once() -> None:
    # Article x briefed 3 times (drops 0.3 each), y once (drop 0.0): two clusters,
    # means -0.3 and 0.0: mean -0.15 (not -0.225 as four independent rows would say).
    a = np.array([0.5, 0.5, 0.5, 0.5])
    b = np.array([0.2, 0.2, 0.2, 0.5])
    test = paired_tests(a, b, clusters=["x", "x", "x", "y"])[0]
    assert test is not None
    assert (test.n, test.diff) == (2, pytest.approx(-0.15))


def test_null_pair_and_single_article_give_no_regression(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gold, run_a, _ = paired_runs(tmp_path, articles=30)
    a = score_run(run_a, gold)
    same = compare_results(a, a).verdict()
    assert (same.outcome, same.regressions) == ("no regression", [])
    # One article going 0.50 -> 0.49 used to give CI [-0.010, -0.010] and fail the gate.
    record = {"id": "one", "gold": {"headline": ["alpha beta"]}}
    from newsbrief.schemas import GoldRecord

    one_gold = write_gold(tmp_path / "one.jsonl", [GoldRecord.model_validate(record)])
    one_a = write_run(tmp_path / "one-a", {"one": briefing(headline="alpha beta")})
    one_b = write_run(tmp_path / "one-b", {"one": briefing(headline="alpha gamma")})
    comparison = compare_results(score_run(one_a, one_gold), score_run(one_b, one_gold))
    row = comparison.row("overall")
    assert row is not None
    # One article: two sign patterns, so p is at least 1/2 and nothing is bounded.
    assert (row.n, row.low, row.high, row.p_worse) == (1, -1.0, 1.0, 0.5)
    verdict = comparison.verdict()
    assert (verdict.outcome, verdict.undecided_because) == ("undecided", "too few articles")
    assert verdict.summary().startswith(
        f"undecided: too few articles: 1 paired, fewer than {MIN_PAIRED}"
    )
    # Nor can a named metric fail on one article:
    named = compare_results(
        score_run(one_a, one_gold),
        score_run(one_b, one_gold),
        gate=GateSettings(named=("headline.rougeL",), min_paired=2),
    )
    assert named.regressions() == []
