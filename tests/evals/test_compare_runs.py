"""Comparing two runs: paired means, intervals, movers and the regression gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.evals.compare import GateSettings, compare_results, compare_runs, parse_thresholds
from newsbrief.evals.field_diff import field_rows
from newsbrief.evals.scoring import score_run
from newsbrief.evals.usage_errors import CompareError, GoldMismatchError
from tests.support.eval_runs import briefing, paired_runs, write_run


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path, Path]:
    return paired_runs(tmp_path)


def test_paired_differences_and_intervals(runs: tuple[Path, Path, Path]) -> None:
    gold, run_a, run_b = runs
    comparison = compare_runs(run_a, run_b, gold)
    marks = comparison.verdict().marks
    assert len(comparison.shared) == 30
    recall = comparison.row("actors.recall")
    assert recall is not None
    # 29 of 30 articles drop from 1.0 to 0.5: mean diff = -29 * 0.5 / 30
    assert (recall.mean_a, recall.mean_b) == (1.0, pytest.approx(1 - 29 * 0.5 / 30))
    assert recall.diff == pytest.approx(-29 * 0.5 / 30)
    assert recall.high < 0
    assert recall.method == "t" and recall.p_worse < 0.05
    assert marks["actors.recall"].mark == "worse"
    headline = comparison.row("headline.rougeL")
    assert headline is not None
    assert headline.diff == 0.0
    assert headline.low <= 0 <= headline.high
    assert marks["headline.rougeL"].mark == "n.s."
    tokens = comparison.row("ops.tokens")  # lower is better: fewer tokens is not a regression
    assert tokens is not None
    assert tokens.diff == pytest.approx(-30.0)
    assert tokens.worsened_by() < 0 and marks["ops.tokens"].mark == "better"


def test_gate_fails_only_on_significant_drops_beyond_threshold(
    runs: tuple[Path, Path, Path],
) -> None:
    gold, run_a, run_b = runs
    a, b = score_run(run_a, gold), score_run(run_b, gold)
    worse = compare_results(a, b)
    assert {r.name for r in worse.regressions()} == {"overall"}  # the primary metric
    named = compare_results(a, b, gate=GateSettings(named=("actors.f1",)))
    assert {r.name for r in named.regressions()} == {"actors.f1", "overall"}
    recall = compare_results(a, b, gate=GateSettings(thresholds={"actors.recall": 0.1}))
    assert "actors.recall" in {r.name for r in recall.regressions()}
    # A drop of ~0.32 tolerated by a 0.4 threshold on the gated metrics:
    tolerant = GateSettings(thresholds={"actors.f1": 0.4, "overall": 0.4})
    assert compare_results(a, b, gate=tolerant).regressions() == []
    better = compare_results(b, a)
    assert better.regressions() == []
    same = compare_results(a, a)
    assert same.regressions() == []
    assert same.movers == []


def test_movers_and_field_diff(runs: tuple[Path, Path, Path]) -> None:
    gold, run_a, run_b = runs
    comparison = compare_runs(run_a, run_b, gold, top=3)
    assert len(comparison.movers) == 3
    mover = comparison.movers[0]
    assert mover.id != "art-00"
    assert mover.delta < 0
    assert mover.changes[0][0].startswith("actors.")
    row = field_rows(
        comparison.a.gold[mover.id].gold,
        comparison.a.briefing(mover.id),
        comparison.b.briefing(mover.id),
        fields=("actors",),
    )[0]
    assert row.gold is not None
    assert len(row.gold) == 2
    assert [len(p) for p in row.predicted] == [2, 1]


def test_only_shared_articles_are_paired(tmp_path: Path, runs: tuple[Path, Path, Path]) -> None:
    gold, run_a, _ = runs
    partial = write_run(tmp_path / "partial", {"art-03": briefing(), "other": briefing()})
    comparison = compare_runs(run_a, partial, gold)
    assert comparison.shared == ["art-03"]
    assert comparison.coverage_problems == [
        "run A lacks 1 of the 2 articles of the other run",
        "run B lacks 29 of the 30 articles of the other run",
    ]
    verdict = comparison.verdict()
    assert (verdict.outcome, verdict.undecided_because) == ("undecided", "runs not comparable")
    lonely = write_run(tmp_path / "lonely", {"nothing-shared": briefing()})
    with pytest.raises(GoldMismatchError, match="shares no article"):
        compare_runs(run_a, lonely, gold)
    a, b = score_run(run_a, gold), score_run(lonely, [])
    with pytest.raises(CompareError, match="share no article ids"):
        compare_results(a, b)


def test_parse_thresholds() -> None:
    known = ["overall", "actors.f1"]
    assert parse_thresholds(["actors.f1=0.02", "overall = 0.01"], known) == {
        "actors.f1": 0.02,
        "overall": 0.01,
    }
    for bad in ("actors.f1", "nope=0.1", "actors.f1=abc", "overall=-0.1", "overall=nan"):
        with pytest.raises(CompareError):
            parse_thresholds([bad], known)
