"""`briefing eval history RUNS_DIR`: every scored run, grouped by gold, with a trend plot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import common
from newsbrief.evals.history import main_gold, scan_history, trend
from newsbrief.evals.scoring import gold_fingerprint
from tests.support.browser import artifact_path, browser_page
from tests.support.cli import run_cli
from tests.support.eval_runs import paired_runs


@pytest.fixture
def scored(tmp_path: Path) -> tuple[Path, Path]:
    """runs/run-a (overall 1.0) and runs/run-b, scored with the gold: one of twelve
    articles keeps both actors, eleven lose one (actors.f1 2/3, headline.rougeL 1 at
    weights 1 and 0.5): overall (1 + 11 * (0.5 + 2/3) / 1.5) / 12 = 0.796, actors.f1
    (1 + 11 * 2/3) / 12 = 0.694; runs/nested/run-a-other scored with a one-record gold."""
    (tmp_path / "runs").mkdir()
    gold, run_a, run_b = paired_runs(tmp_path / "runs", articles=12)
    for run in (run_a, run_b):
        assert run_cli("eval", run, "--gold", gold) == 0
    other = tmp_path / "other.jsonl"
    other.write_text(gold.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    copy = tmp_path / "runs" / "nested" / "run-a-other"
    copy.mkdir(parents=True)
    for name in ("manifest.json", "briefings.jsonl", "errors.jsonl"):
        (copy / name).write_bytes((run_a / name).read_bytes())
    assert run_cli("eval", copy, "--gold", other) == 0
    return gold, tmp_path / "runs"


def test_scan_groups_by_gold_and_reads_metrics(scored: tuple[Path, Path]) -> None:
    gold, runs = scored
    rows = scan_history(runs, ["actors.f1"])
    assert len(rows) == 3
    by_name = {Path(r.run_dir).name: r for r in rows}
    assert by_name["run-b"].metrics["overall"] == pytest.approx((1 + 11 * (0.5 + 2 / 3) / 1.5) / 12)
    assert by_name["run-b"].metrics["actors.f1"] == pytest.approx((1 + 11 * 2 / 3) / 12)
    assert (by_name["run-a"].n, by_name["run-a-other"].n) == (12, 1)  # articles with gold
    assert by_name["run-a-other"].failed == 0
    main = main_gold(rows)
    assert main == gold_fingerprint(gold)
    points = trend(rows, "overall", main)
    assert [value for _, value in points] == pytest.approx(
        [r.metrics["overall"] for r in rows if r.gold_hash == main]
    )
    assert len(points) == 2


def test_history_cli_table_and_html(
    scored: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gold, runs = scored
    monkeypatch.setattr(common.stdout, "_width", 80)
    out_html = tmp_path / "history.html"
    capsys.readouterr()
    assert run_cli("eval", "history", runs, "--metric", "actors.f1", "-o", out_html) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert f"runs scored with gold {gold_fingerprint(gold)[:19]}" in out
    assert "run-b" in out and "0.796" in out and "0.694" in out  # overall, actors.f1
    html = out_html.read_text(encoding="utf-8")
    assert html.count("<polyline") == 2  # overall and actors.f1, two runs each
    assert html.count('class="other"') == 1  # the run scored with other gold, greyed
    assert run_cli("eval", "history", tmp_path / "nowhere") == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("eval", "history", empty) == 2
    assert run_cli("eval", "history", runs, "--metric", "nope.f1") == 2
    assert run_cli("eval", "history", runs, "--gold-hash", "ffff") == 2


@pytest.mark.browser
def test_history_renders_in_chromium(scored: tuple[Path, Path], tmp_path: Path) -> None:
    _, runs = scored
    out_html = tmp_path / "history.html"
    assert run_cli("eval", "history", runs, "-o", out_html) == 0
    with browser_page() as page:
        page.goto(out_html.resolve().as_uri())
        plot = page.locator("svg.plot").first.bounding_box()
        assert plot is not None and plot["width"] > 300
        assert page.locator("svg.plot circle").count() == 2
        assert page.locator("#history tr").count() == 4
        page.screenshot(path=str(artifact_path("eval-history.png")), full_page=True)
    assert json.loads((runs / "run-a" / "eval.json").read_text())["aggregate"]["overall"]["n"] == 12
