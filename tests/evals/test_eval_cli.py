"""`briefing eval`, `briefing eval compare` and `briefing report` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import common
from newsbrief.evals.scoring import gold_fingerprint
from newsbrief.run.rundir import read_briefings
from newsbrief.schemas import GoldRecord
from tests.support.cli import run_cli
from tests.support.eval_runs import paired_runs, write_gold, write_run


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich wraps at 80 columns under pytest; widen it so assertions see whole lines."""
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 250)


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path, Path]:
    return paired_runs(tmp_path, articles=20)


def test_eval_prints_table_and_writes_eval_json(
    runs: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, _ = runs
    assert run_cli("eval", run_a, "--gold", gold) == 0
    out = capsys.readouterr().out
    assert "actors" in out
    assert "overall" in out
    assert "20 of 20 articles have gold" in out
    payload = json.loads((run_a / "eval.json").read_text(encoding="utf-8"))
    assert payload["format_version"] == 1
    assert payload["gold"]["hash"] == gold_fingerprint(gold)
    assert payload["aggregate"]["actors.f1"] == {"mean": 1.0, "n": 20}
    assert payload["weights"]["actors.f1"] == 1.0
    assert len(payload["articles"]) == 20
    assert payload["articles"][0]["scores"]["overall"] == 1.0
    assert payload["run"]["model"] == "baseline"


def test_default_command_dispatch(runs: tuple[Path, Path, Path], tmp_path: Path) -> None:
    gold, run_a, _ = runs
    weights = tmp_path / "w.json"
    weights.write_text('{"headline.rougeL": 1}', encoding="utf-8")
    assert run_cli("eval", "--gold", gold, run_a, "--weights", weights, "--no-write") == 0
    assert not (run_a / "eval.json").exists()
    assert run_cli("eval", "score", run_a, "--gold", gold) == 0
    assert json.loads((run_a / "eval.json").read_text())["weights"]["actors.f1"] == 1.0


def test_compare_gate_exit_codes(
    runs: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, run_b = runs
    common = ["--gold", gold, "--no-write"]
    assert run_cli("eval", "compare", run_a, run_b, *common, "--fail-on-regression") == 1
    captured = capsys.readouterr()
    assert "error: regression: overall got significantly worse" in captured.err
    assert "significance: overall 1.000 -> 0.789" in captured.err
    assert "\n actors " in captured.out  # grouped by field: "actors", then " recall"
    assert " recall " in captured.out
    assert "art-" in captured.out
    assert run_cli("eval", "compare", run_a, run_b, *common) == 0  # reported, not failed
    err = capsys.readouterr().err
    assert "verdict: regression: overall" in err and "error:" not in err
    assert run_cli("eval", "compare", run_b, run_a, *common, "--fail-on-regression") == 0
    tolerant = ["--threshold", "actors.f1=0.5", "--threshold", "overall=0.5"]
    assert run_cli("eval", "compare", run_a, run_b, *common, *tolerant, "--fail-on-regression") == 0
    capsys.readouterr()
    # The hidden, retired bootstrap options are still accepted and say they do nothing.
    assert run_cli("eval", "compare", run_b, run_a, *common, "--resamples", "500") == 0
    assert "no longer used" in capsys.readouterr().err


def test_user_errors_exit_2_with_a_message(
    runs: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, run_b = runs
    assert run_cli("eval", tmp_path / "nope", "--gold", gold) == 2
    assert "not a run directory" in capsys.readouterr().err
    assert run_cli("eval", run_a, "--gold", tmp_path / "missing.jsonl") == 2
    assert "gold file" in capsys.readouterr().err
    bad_gold = tmp_path / "bad.jsonl"
    bad_gold.write_text('{"id": "x", "gold": {"actors": "nope"}}\n', encoding="utf-8")
    assert run_cli("eval", run_a, "--gold", bad_gold) == 2
    assert "line 1" in capsys.readouterr().err
    weights = tmp_path / "w.yaml"
    weights.write_text("actor.f1: 1\n", encoding="utf-8")
    assert run_cli("eval", run_a, "--gold", gold, "--weights", weights) == 2
    assert "unknown metric 'actor.f1'" in capsys.readouterr().err
    assert run_cli("eval", "compare", run_a, run_b, "--gold", gold, "--threshold", "x") == 2
    err = capsys.readouterr().err
    assert "bad --threshold" in err
    assert "Traceback" not in err


def test_report_command_writes_html(runs: tuple[Path, Path, Path], tmp_path: Path) -> None:
    gold, run_a, run_b = runs
    out = tmp_path / "out" / "report.html"
    assert (
        run_cli(
            "report",
            run_a,
            "--gold",
            gold,
            "--compare",
            run_b,
            "-o",
            out,
            "--resamples",
            "300",
            "--articles",
            "art-01,art-02",
        )
        == 0
    )
    html = out.read_text(encoding="utf-8")
    assert html.count('<section class="article">') == 2
    assert "<svg" in html
    assert run_cli("report", run_a, "--gold", gold, "-o", out, "--articles", "nope") == 2


def test_compare_shows_failed_articles_among_the_movers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article that became an error record moves `ops.error`, a metric with no gold
    field: the movers table must show it rather than crash looking up a gold field."""
    gold, run_a, _ = paired_runs(tmp_path, articles=6)
    good = {record.id: record.briefing for record in read_briefings(run_a)}
    failed_id = min(good)
    rest = {k: v for k, v in good.items() if k != failed_id}
    run_b = write_run(tmp_path / "failing", rest, errors={failed_id: "never validated"})
    assert run_cli("eval", "compare", run_a, run_b, "--gold", gold, "--resamples", "200") == 0
    out = capsys.readouterr().out
    assert f"{failed_id}: overall" in out
    assert "│ ops " in out
    assert "error" in out


def test_wrong_gold_is_refused_and_nothing_is_overwritten(
    runs: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, _ = runs
    assert run_cli("eval", run_a, "--gold", gold) == 0
    good = (run_a / "eval.json").read_bytes()
    wrong = write_gold(
        tmp_path / "wrong.jsonl",
        [GoldRecord.model_validate({"id": "elsewhere", "gold": {"headline": ["x"]}})],
    )
    capsys.readouterr()
    assert run_cli("eval", run_a, "--gold", wrong) == 2
    assert "shares no article" in capsys.readouterr().err
    assert (run_a / "eval.json").read_bytes() == good


def test_eval_json_of_other_gold_is_kept_not_overwritten(
    runs: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, _ = runs
    assert run_cli("eval", run_a, "--gold", gold) == 0
    first = (run_a / "eval.json").read_bytes()
    smaller = tmp_path / "smaller.jsonl"
    smaller.write_text(gold.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert run_cli("eval", run_a, "--gold", smaller) == 0
    kept = run_a / f"eval.{gold_fingerprint(gold).removeprefix('sha256:')[:12]}.json"
    assert kept.read_bytes() == first
    assert "scored with different gold" in capsys.readouterr().err
    assert json.loads((run_a / "eval.json").read_text())["gold"]["hash"] == gold_fingerprint(
        smaller
    )


def test_compare_fails_on_coverage_unless_allowed(
    runs: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, _ = runs
    kept = {r.id: r.briefing for r in read_briefings(run_a)}
    six = write_run(tmp_path / "six", dict(list(kept.items())[:6]))  # an interrupted run
    gate = ["--gold", gold, "--fail-on-regression"]
    capsys.readouterr()
    assert run_cli("eval", "compare", run_a, six, *gate) == 3
    err = capsys.readouterr()
    assert (
        "error: undecided: runs not comparable: run B lacks 14 of the 20 articles of the "
        "other run" in err.err
    )
    assert "run B: 6 articles, covers 6 of 20 gold articles" in err.out
    # Shared articles are identical: allowed, compared on the 6: too few to vouch for
    # no regression (3), unless a deterministic tolerance decides.
    assert run_cli("eval", "compare", run_a, six, *gate, "--allow-partial") == 3
    assert "compared on shared articles only" in capsys.readouterr().err
    tolerance = ["--allow-partial", "--max-drop", "overall=0.05"]
    assert run_cli("eval", "compare", run_a, six, *gate, *tolerance) == 0
    copy = write_run(tmp_path / "copy", kept)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["status"] = "stopped"
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert run_cli("eval", "compare", run_a, copy, *gate) == 3
    assert "run B is 'stopped', not finished" in capsys.readouterr().err
    assert run_cli("eval", "compare", run_a, copy, *gate, "--allow-partial") == 0


def test_compare_below_minimum_is_undecided(
    runs: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold, run_a, run_b = runs
    args = ["--gold", gold, "--fail-on-regression", "--min-paired", "25"]
    # A regression is found whatever n (the test's error rate holds at every n) ...
    assert run_cli("eval", "compare", run_a, run_b, *args) == 1
    # ... but "no regression" on fewer articles than the minimum is undecided: exit 3.
    assert run_cli("eval", "compare", run_b, run_a, *args) == 3
    err = capsys.readouterr().err
    assert "error: undecided: too few articles: 20 paired, fewer than 25" in err
    assert run_cli("eval", "compare", run_b, run_a, *args, "--undecided", "pass") == 0
    err = capsys.readouterr().err
    assert "verdict: undecided: too few articles" in err and "error:" not in err


def test_compare_fits_80_columns_with_full_names(
    runs: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    gold, run_a, run_b = runs
    monkeypatch.setattr(common.stdout, "_width", 80)
    assert run_cli("eval", "compare", run_a, run_b, "--gold", gold, "--top", "0") == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\u2026" not in "".join(lines)  # nothing cut short
    table = [line.split() for line in lines]
    assert ["actors"] in table and any(row[:2] == ["recall", "20"] for row in table)
    assert any(row[:2] == ["overall", "20"] for row in table)
