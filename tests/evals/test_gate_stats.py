"""The gate's statistics, hand-computed: exact sign-flip p-values, t-intervals, Holm,
minimum detectable effect, and the verdicts for a null pair and a single article."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newsbrief.evals.compare import MIN_PAIRED, GateSettings, compare_results
from newsbrief.evals.scoring import score_run
from newsbrief.evals.stats import holm, minimum_detectable_effect, paired_tests, sign_flip_p
from tests.support.eval_runs import briefing, paired_runs, write_gold, write_run


@pytest.mark.parametrize(
    ("diffs", "expected"),
    [
        ([-0.01], 1.0),  # n = 1: both sign patterns are as extreme
        ([-0.1] * 5, 2 / 32),  # n = 5: the smallest p an exact test can give
        ([-1, -1, -1, -1, -1, 0.5], 4 / 64),  # |S| >= 4.5 for +-5.5 and +-4.5 only
        ([0.0, 0.0, 0.0], 1.0),  # a null pair: no difference at all
        ([-0.2] * 10, 2 / 1024),
    ],
    ids=["n=1", "n=5", "n=6-mixed", "null", "n=10"],
)
def test_exact_sign_flip(diffs: list[float], expected: float) -> None:
    assert sign_flip_p(np.array(diffs)[:, None])[0] == pytest.approx(expected)


def test_t_interval_and_p_beyond_the_exact_range() -> None:
    # n = 20: ten articles -0.1, ten -0.3: mean -0.2, sd = sqrt(20 * 0.01 / 19)
    d = np.array([-0.1] * 10 + [-0.3] * 10)
    test = paired_tests(np.zeros(20), d)[0]
    assert test is not None
    se = math.sqrt(20 * 0.01 / 19) / math.sqrt(20)
    t975 = 2.093024054408263  # Student t, 19 degrees of freedom
    assert test.method == "t"
    assert test.diff == pytest.approx(-0.2)
    assert (test.low, test.high) == pytest.approx((-0.2 - t975 * se, -0.2 + t975 * se))
    assert test.p_value == pytest.approx(4.57e-8, rel=1e-2)  # t = 8.72, 19 df
    assert test.mde == pytest.approx((t975 + 0.86095) * se, rel=1e-5)  # t(0.8, 19)


def test_minimum_detectable_effect_and_holm() -> None:
    assert minimum_detectable_effect(0.01, 1) is None
    # (t(0.975, 59) + t(0.8, 59)) * se, from a t table: (2.00100 + 0.84776) * 0.01
    assert minimum_detectable_effect(0.01, 60) == pytest.approx(0.0284876, abs=1e-6)
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


def test_seed_does_not_change_the_verdict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gold, run_a, run_b = paired_runs(tmp_path, articles=30)
    a, b = score_run(run_a, gold), score_run(run_b, gold)
    p_values = {
        compare_results(a, b, seed=seed, resamples=200).row("overall").p_value  # type: ignore[union-attr]
        for seed in range(5)
    }
    assert len(p_values) == 1


def test_null_pair_and_single_article_give_no_regression(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gold, run_a, _ = paired_runs(tmp_path, articles=30)
    a = score_run(run_a, gold)
    same = compare_results(a, a).verdict()
    assert (same.failed, same.regressions) == (False, [])
    # One article going 0.50 -> 0.49 used to give CI [-0.010, -0.010] and fail the gate.
    record = {"id": "one", "gold": {"headline": ["alpha beta"]}}
    from newsbrief.schemas import GoldRecord

    one_gold = write_gold(tmp_path / "one.jsonl", [GoldRecord.model_validate(record)])
    one_a = write_run(tmp_path / "one-a", {"one": briefing(headline="alpha beta")})
    one_b = write_run(tmp_path / "one-b", {"one": briefing(headline="alpha gamma")})
    comparison = compare_results(score_run(one_a, one_gold), score_run(one_b, one_gold))
    row = comparison.row("overall")
    assert row is not None
    assert (row.n, row.low, row.high, row.p_value) == (1, row.diff, row.diff, 1.0)
    verdict = comparison.verdict()
    assert verdict.too_few and not verdict.failed
    assert verdict.summary().startswith(f"no verdict: 1 paired articles, fewer than {MIN_PAIRED}")
    # Even a named metric cannot fail below the minimum:
    named = compare_results(
        score_run(one_a, one_gold),
        score_run(one_b, one_gold),
        gate=GateSettings(named=("headline.rougeL",), min_paired=2),
    )
    assert named.regressions() == []
