"""`briefing eval` reports the reference-free faithfulness metrics next to the gold scores
(and says how to get them for a run that has no prose checks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import common, main
from newsbrief.schemas import ClaimCheck, GoldRecord, GroundingSummary
from tests.support.eval_runs import briefing, write_gold, write_run


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 250)


def run_cli(*args: str) -> None:
    """`briefing ARGS`, which must succeed."""
    code = 0
    try:
        main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code == 0


def checked(prose: tuple[int, int], speaker: str) -> object:
    return briefing(
        grounding=GroundingSummary(prose_checked=prose[0], prose_supported=prose[1]),
        checks=[ClaimCheck(path="quotes[0].speaker", kind="speaker", claim="x", verdict=speaker)],  # type: ignore[arg-type]
    )


def test_eval_reports_faithfulness_without_needing_gold_for_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a1 is in the gold, a2 is not: faithfulness covers every briefing of the run
    run = write_run(
        tmp_path / "run",
        {"a1": checked((3, 3), "supported"), "a2": checked((5, 2), "unsupported")},  # type: ignore[dict-item]
    )
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [
            GoldRecord.model_validate(
                {"id": "a1", "gold": {"headline": ["Armies agree to cooperate"]}}
            )
        ],
    )
    run_cli("eval", str(run), "--gold", str(gold))
    out = capsys.readouterr().out
    assert (  # records of a run made before the three verdicts: read as written
        "faithfulness.supported_rate 62.5% of 8 prose claims, 0 contradicted, 0 unverified "
        "(check against the source), 3 unsupported (older records: not told apart); "
        "quote speakers: 50% of 2 agree with the article" in " ".join(out.split())
    )
    payload = json.loads((run / "eval.json").read_text(encoding="utf-8"))
    assert payload["faithfulness"]["faithfulness.supported_rate"] == 0.625
    assert payload["faithfulness"]["faithfulness.unsupported_claims"] == 3
    assert payload["faithfulness"]["quotes.speaker_ok"] == 0.5


def test_eval_counts_contradicted_and_unverified_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    three = briefing(
        grounding=GroundingSummary(
            prose_checked=6, prose_supported=3, prose_contradicted=1, prose_unverified=2
        ),
        checks=[
            ClaimCheck(
                path="quotes[0].speaker",
                kind="speaker",
                claim="x",
                verdict="contradicted",
                rule="speaker",
            )
        ],
    )
    run = write_run(tmp_path / "run", {"a1": three, "a2": checked((4, 4), "supported")})  # type: ignore[dict-item]
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [GoldRecord.model_validate({"id": "a1", "gold": {"headline": ["Armies agree"]}})],
    )
    run_cli("eval", str(run), "--gold", str(gold))
    captured = capsys.readouterr()
    out = " ".join(captured.out.split())
    assert (
        "faithfulness.supported_rate 70.0% of 10 prose claims, 1 contradicted, 2 unverified "
        "(check against the source); quote speakers: 50% of 2 agree" in out
    )
    # what the supported share rests on, under it
    assert "the rules do not read meaning" in " ".join(captured.err.split())
    metrics = json.loads((run / "eval.json").read_text(encoding="utf-8"))["faithfulness"]
    assert (
        metrics["faithfulness.contradicted_claims"],
        metrics["faithfulness.unverified_claims"],
        metrics["faithfulness.unsupported_claims"],
        metrics["faithfulness.contradicted_rate"],
        metrics["faithfulness.unverified_rate"],
    ) == (1, 2, 0, 0.1, 0.2)

    # The HTML report counts the two apart as well, in their own columns.
    report = tmp_path / "report.html"
    run_cli("report", str(run), "--gold", str(gold), "-o", str(report))
    html = report.read_text(encoding="utf-8")
    table = html[
        html.index('id="faithfulness-table"') : html.index(
            "</table>", html.index('id="faithfulness-table"')
        )
    ]
    assert "<th>contradicted</th>" in table and "unverified (check against the source)" in table
    assert '<td class="num contradicted">1</td>' in table
    assert '<td class="num unverified">2</td>' in table
    basis = html[html.index('id="faithfulness-basis"') :]
    assert "The rules do not read meaning" in basis[: basis.index("</p>")]


def test_a_run_without_checks_points_to_verify(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = write_run(tmp_path / "run", {"a1": briefing()})
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [
            GoldRecord.model_validate(
                {"id": "a1", "gold": {"headline": ["Armies agree to cooperate"]}}
            )
        ],
    )
    run_cli("eval", str(run), "--gold", str(gold), "--no-write")
    assert "run `briefing verify RUN_DIR` to add them" in capsys.readouterr().out
