"""`briefing eval RUN` and `briefing report RUN` without --gold: grounding, faithfulness
and operations metrics, which need no gold; with --gold, everything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief import exit_codes
from newsbrief.cli import common, main
from newsbrief.evals.history import HistoryRow, main_gold
from newsbrief.evals.scoring import NO_GOLD
from tests.support.cli import run_cli

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
SEEDS_GOLD = REPO / "evals" / "gold" / "seeds.jsonl"


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 300)


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = tmp_path_factory.mktemp("runs") / "seeds"
    main(["run", str(SEEDS), "--run-dir", str(run), "--model", "baseline", "--quiet"])
    return run


def test_eval_without_gold_scores_what_needs_none(
    seeds_run: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("eval", seeds_run) == exit_codes.OK
    out = capsys.readouterr().out
    assert "No gold: reference-free metrics only" in out
    assert "grounding" in out and "schema_valid" in out
    assert "Faithfulness (no gold needed): faithfulness.supported_rate" in out
    payload = json.loads((seeds_run / "eval.json").read_text(encoding="utf-8"))
    assert payload["gold"]["hash"] == NO_GOLD.hash
    aggregate = payload["aggregate"]
    assert aggregate["ops.grounding"]["n"] == 5  # the run's input gives the texts
    assert aggregate["ops.schema_valid"] == {"mean": 1.0, "n": 5}
    assert aggregate["overall"]["n"] == 0 and aggregate["actors.f1"]["n"] == 0
    assert payload["faithfulness"]["faithfulness.checked"] > 0

    # With gold, everything; the reference-free eval.json is kept, not overwritten.
    assert run_cli("eval", seeds_run, "--gold", SEEDS_GOLD) == exit_codes.OK
    scored = json.loads((seeds_run / "eval.json").read_text(encoding="utf-8"))
    assert scored["aggregate"]["overall"]["n"] == 5
    assert scored["faithfulness"] == payload["faithfulness"]
    kept = json.loads((seeds_run / "eval.none.json").read_text(encoding="utf-8"))
    assert kept["gold"]["hash"] == NO_GOLD.hash


def test_report_without_gold_shows_the_reference_free_metrics(
    seeds_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert run_cli("report", seeds_run, "-o", out) == exit_codes.OK
    html = out.read_text(encoding="utf-8")
    assert 'id="no-gold"' in html
    faithfulness = html[html.index('id="faithfulness-table"') : html.index('id="fields"')]
    assert "<td>A</td>" in faithfulness and "100.0%" in faithfulness
    assert "ops.grounding" in html[html.index('id="fields"') :]
    capsys.readouterr()
    # A comparison is scored against gold: refused with one line, nothing written.
    other = tmp_path / "other.html"
    assert run_cli("report", seeds_run, "--compare", seeds_run, "-o", other) == exit_codes.USAGE
    assert "--compare needs --gold" in capsys.readouterr().err
    assert not other.exists()


def test_usage_names_the_command_typed(seeds_run: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("eval", seeds_run, "--bogus") == exit_codes.USAGE
    err = capsys.readouterr().err
    assert "Usage: briefing eval [OPTIONS] RUN_DIR" in err
    assert "Try 'briefing eval -h' for help." in err
    assert "eval score" not in err
    assert run_cli("eval", "compare", seeds_run, seeds_run) == exit_codes.USAGE
    assert "Missing option '--gold'" in capsys.readouterr().err


def test_history_plots_gold_scored_runs_before_reference_free_ones() -> None:
    def row(name: str, gold_hash: str) -> HistoryRow:
        return HistoryRow(name, name, "2026-01-01", "m", "p@v1", "h", "g", gold_hash, 5, 0)

    rows = [row("a", NO_GOLD.hash), row("b", NO_GOLD.hash), row("c", "sha256:gold")]
    assert main_gold(rows) == "sha256:gold"  # the most used gold, not "none"
    assert main_gold(rows[:2]) == NO_GOLD.hash  # reference-free only: still listed
