"""Exit codes of `briefing eval compare` (newsbrief.exit_codes), and the seeds case: a
change that empties every actor, quote and event of the five seed briefings fails the
gate; the unchanged run does not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsbrief import exit_codes
from newsbrief.cli import common, main
from tests.support.cli import run_cli
from tests.support.gate_cases import GATE_CASES

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
SEEDS_GOLD = REPO / "evals" / "gold" / "seeds.jsonl"

GATE = "--fail-on-regression"
TOLERANCE = ("--max-drop", "overall=0.05")


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 400)


@pytest.mark.parametrize(
    ("case", "args", "code", "says"),
    [
        ("regressed", (GATE,), exit_codes.BAD_RESULT, "error: regression: overall"),
        ("regressed", (), exit_codes.OK, "verdict: regression: overall"),
        ("regressed", (GATE, "--undecided", "pass"), exit_codes.BAD_RESULT, "error: regression"),
        ("improved", (GATE,), exit_codes.OK, "verdict: no regression"),
        ("few_articles", (GATE,), exit_codes.UNDECIDED, "error: undecided: too few articles"),
        ("few_articles", (), exit_codes.OK, "verdict: undecided: too few articles"),
        ("few_articles", (GATE, "--undecided", "pass"), exit_codes.OK, "verdict: undecided"),
        ("few_articles", (GATE, *TOLERANCE), exit_codes.OK, "verdict: no regression"),
        ("failed_run", (GATE,), exit_codes.UNDECIDED, "error: undecided: every article failed"),
        ("failed_run", (GATE, *TOLERANCE), exit_codes.UNDECIDED, "every article failed in run B"),
        ("not_comparable", (GATE,), exit_codes.UNDECIDED, "error: undecided: runs not comparable"),
        ("not_comparable", (GATE, "--allow-partial"), exit_codes.OK, "verdict: no regression"),
        ("regressed", (GATE, "--max-drop", "overall"), exit_codes.USAGE, "bad --max-drop"),
        ("regressed", (GATE, "--undecided", "maybe"), exit_codes.USAGE, "--undecided"),
    ],
)
def test_exit_codes(
    case: str,
    args: tuple[str, ...],
    code: int,
    says: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    gold, a, b = GATE_CASES[case](tmp_path)
    assert run_cli("eval", "compare", a, b, "--gold", gold, "--no-write", *args) == code
    err = capsys.readouterr().err
    assert says in err
    # "error:" is printed where, and only where, the command exits non-zero.
    assert ("error:" in err) is (code != exit_codes.OK)


def _emptied(run: Path, to: Path) -> Path:
    """A copy of `run` whose briefings have no actors, quotes or events."""
    shutil.copytree(run, to)
    path = to / "briefings.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record in records:
        record["briefing"].update(actors=[], quotes=[], events=[])
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return to


def test_the_seeds_case_fails_the_gate_and_a_null_change_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = tmp_path / "seeds"
    main(["run", str(SEEDS), "--run-dir", str(run), "--model", "baseline", "--quiet"])
    emptied = _emptied(run, tmp_path / "emptied")
    same = shutil.copytree(run, tmp_path / "same")
    compare = ["eval", "compare", run]
    gold = ["--gold", SEEDS_GOLD, GATE]
    capsys.readouterr()

    # Every seed gets worse: 5 of 5, one-sided exact p = 1/32 < 0.05 (significance).
    assert run_cli(*compare, emptied, *gold) == exit_codes.BAD_RESULT
    err = capsys.readouterr().err
    assert "error: regression: overall got significantly worse (0.609 -> 0.410" in err
    assert "one-sided p 0.0312" in err
    payload = json.loads((emptied / "eval.json").read_text(encoding="utf-8"))["comparison"]
    assert payload["verdict"]["outcome"] == "regression"
    assert payload["rows"][-1]["metric"] == "overall"
    # ... and by the tolerance too, each route reported on its own line.
    assert run_cli(*compare, emptied, *gold, *TOLERANCE) == exit_codes.BAD_RESULT
    err = capsys.readouterr().err
    assert "tolerance: overall dropped 0.199 (--max-drop 0.05): exceeded" in err
    assert "significance: overall 0.609 -> 0.410" in err

    # The null change: five articles cannot vouch for "no regression" (exit 3) ...
    assert run_cli(*compare, same, *gold) == exit_codes.UNDECIDED
    assert "error: undecided: too few articles: 5 paired" in capsys.readouterr().err
    # ... and passes under the team's tolerance, or when it accepts an undecided gate.
    assert run_cli(*compare, same, *gold, *TOLERANCE) == exit_codes.OK
    assert "verdict: no regression: overall dropped 0.000" in capsys.readouterr().err
    assert run_cli(*compare, same, *gold, "--undecided", "pass") == exit_codes.OK
