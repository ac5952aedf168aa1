"""`--judge` on `run`, `verify`, `eval` and `report`, through the real CLI, the openai SDK
and instructor over HTTP to the fake server, which answers the briefing requests (with
two doubtful key points) and the judge requests (one judge persona each).

Whatever the judge does, no briefing is lost: every article has its briefing record,
and a failing judge leaves the rules' verdicts and its error on the record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsbrief.run.rundir import read_briefings, read_manifest
from newsbrief.schemas import GoldBriefing, GoldRecord
from tests.support.cli import run_cli
from tests.support.judge_articles import (
    ARTICLES,
    NUMBERS,
    VISIT,
    judge_servers,
)
from tests.support.judge_personas import JUDGE_PERSONAS, is_judge_request
from tests.support.ports import unused_port

NUMBER = "NUMBER"  # key of the number claim in `_doubtful`


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in ARTICLES))
    return path


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A test server per call, as the named judge persona (`judge_servers`)."""
    yield from judge_servers(monkeypatch)


def _run(archive: Path, run_dir: Path, *judge: object) -> int:
    return run_cli("run", archive, "--model", "openai:test-model", "--run-dir", run_dir,
                   "--quiet", "--max-reasks", "0", *judge)  # fmt: skip


def _doubtful(record):  # type: ignore[no-untyped-def]
    number = NUMBERS[record.id]
    found = {c.claim: c for c in record.briefing.checks if c.claim in (number, VISIT)}
    return {NUMBER if claim == number else claim: check for claim, check in found.items()}


def test_run_with_a_careful_judge_records_its_verdicts_and_its_cost_apart(
    serve, archive: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    server = serve("agrees")
    prices = tmp_path / "prices.json"  # USD per 1M tokens: briefing input 1, judge input 1000
    prices.write_text(json.dumps({"models": {
        "test-model": {"input": 1.0, "output": 2.0},
        "judge-model": {"input": 1000.0, "output": 2000.0},
    }}))  # fmt: skip
    assert _run(archive, tmp_path / "run", "--judge", "openai:judge-model", "--prices", prices) == 0
    records = list(read_briefings(tmp_path / "run"))
    assert sorted(r.id for r in records) == ["flood", "quake"]
    for record in records:
        doubts = _doubtful(record)
        assert doubts[NUMBER].verdict == "contradicted" and doubts[NUMBER].stage == "judge"
        assert doubts[NUMBER].citation in dict(ARTICLES)[record.id]
        assert doubts[VISIT].verdict == "unverified" and doubts[VISIT].stage == "judge"
        report = record.judge
        assert report is not None and report.error is None
        assert report.model == "openai:judge-model" and report.sent >= 2
        assert report.usage.requests == report.requests >= 1
        assert record.usage.requests == 1  # the briefing's own request only
    manifest = read_manifest(tmp_path / "run")
    judged = [r for r in server.completion_requests if is_judge_request(r.body)]
    assert manifest.judge is not None and manifest.judge.articles == 2
    assert manifest.judge.usage.requests == len(judged)
    assert manifest.usage.requests == 2  # briefings: one request per article, no judge
    # each priced at its own model's rates, and kept apart
    brief, judge = manifest.usage, manifest.judge.usage
    assert brief.cost_usd == pytest.approx(
        (brief.prompt_tokens + 2 * brief.completion_tokens) / 1e6
    )
    assert judge.cost_usd == pytest.approx(
        (judge.prompt_tokens + 2 * judge.completion_tokens) / 1e3
    )
    printed = " ".join(capsys.readouterr().out.split())
    assert f"Judge openai:judge-model (judge@v1): {manifest.judge.sent} claim(s)" in printed
    assert f"${judge.cost_usd:.4f} (not in the briefing cost)" in printed
    assert judge.cost_usd > 0 and sum(r.judge.usage.cost_usd for r in records) == pytest.approx(  # type: ignore[union-attr]
        judge.cost_usd
    )
    assert {r.body["model"] for r in judged} == {"judge-model"}


@pytest.mark.parametrize("persona", ["invalid_json", "slow", "server_error"])
def test_a_failing_judge_keeps_every_briefing_with_the_rules_verdicts(
    persona: str, serve, archive: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    serve(persona)
    code = _run(archive, tmp_path / "run", "--judge", "same", "--judge-timeout", "0.5")
    assert code == 0
    records = list(read_briefings(tmp_path / "run"))
    assert sorted(r.id for r in records) == ["flood", "quake"]
    for record in records:
        assert record.judge is not None and record.judge.error is not None
        assert record.judge.model == "openai:test-model"  # 'same': the run's model
        assert all(c.stage == "rules" for c in record.briefing.checks)
        kind = {"invalid_json": "validation:", "slow": "deadline:", "server_error": "transport:"}
        assert record.judge.error.startswith(kind[persona])
        if persona == "server_error":  # no retry starts past the judge's deadline
            assert "HTTP 500" in record.judge.error and record.judge.usage.requests == 1
    assert read_manifest(tmp_path / "run").judge.errors == 2  # type: ignore[union-attr]


def test_a_judge_citing_text_not_in_the_article_is_voided_in_the_run(
    serve, archive: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    serve("cites_elsewhere")
    assert _run(archive, tmp_path / "run", "--judge", "same") == 0
    for record in read_briefings(tmp_path / "run"):
        for check in _doubtful(record).values():
            assert check.stage == "rules" and check.prior_verdict == check.verdict
            assert "is not in the article" in (check.reason or "")
        assert record.judge.voided >= 2  # type: ignore[union-attr]


@pytest.mark.parametrize("command", ["run", "run --engine ray", "verify", "eval", "report"])
def test_a_judge_at_a_closed_port_exits_2_before_anything_starts(
    command: str, serve, archive: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    server = serve("agrees")
    closed = f"http://127.0.0.1:{unused_port()}/v1"
    judge = ("--judge", "openai:judge-model", "--judge-base-url", closed)
    if command.startswith("run"):  # the Ray engine checks it before Ray starts
        code = _run(archive, tmp_path / "run", *command.split()[1:], *judge)
        assert not (tmp_path / "run").exists() and not server.completion_requests
    else:
        assert _run(archive, tmp_path / "run") == 0
        gold = tmp_path / "gold.jsonl"
        gold.write_text(GoldRecord(id="flood", gold=GoldBriefing(headline=["x"])).model_dump_json())
        extra = () if command == "verify" else ("--gold", gold)
        code = run_cli(command, tmp_path / "run", *extra, *judge)
    assert code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "--judge openai:judge-model: cannot reach the endpoint" in err
    assert "connection refused" in err
    assert "check --judge-base-url ($BRIEFING_JUDGE_BASE_URL, else OPENAI_BASE_URL)" in err


def test_verify_eval_and_report_judge_a_stored_run(serve, archive: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    serve("agrees")
    run_dir = tmp_path / "run"
    assert _run(archive, run_dir) == 0  # no judge while briefing
    assert all(r.judge is None for r in read_briefings(run_dir))

    assert run_cli("verify", run_dir, "--judge", "same") == 0
    lines = [json.loads(x) for x in (run_dir / "verify.jsonl").read_text().splitlines()]
    number = [x for x in lines if x["claim"] in NUMBERS.values()]
    assert len(number) == 2 and all(x["stage"] == "judge" for x in number)
    assert all(x["verdict"] == "contradicted" and x["citation"] for x in number)

    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        GoldRecord(id="flood", gold=GoldBriefing(headline=["Floods"])).model_dump_json()
    )
    assert run_cli("eval", run_dir, "--gold", gold, "--judge", "same") == 0
    written = json.loads((run_dir / "eval.json").read_text())
    assert written["judge"]["model"] == "openai:test-model"
    assert written["judge"]["articles"] == 2 and written["judge"]["sent"] >= 4
    assert run_cli("eval", run_dir, "--gold", gold) == 0
    assert "judge" not in json.loads((run_dir / "eval.json").read_text())

    assert run_cli("report", run_dir, "--gold", gold, "--judge", "same") == 0
    page = (run_dir / "report.html").read_text()
    assert "rules, then the judge openai:test-model (judge@v1)" in page


def test_judge_cost_written_after_the_last_checkpoint_survives_a_kill(
    serve, archive: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A manifest checkpointed before the records (kill -9): resuming folds the judge
    reports of the records past it into `manifest.judge`, as it does briefing usage."""
    from newsbrief.run.rundir import write_manifest

    serve("agrees")
    run_dir = tmp_path / "run"
    assert _run(archive, run_dir, "--judge", "same") == 0
    finished = read_manifest(run_dir)
    stale = finished.model_copy(deep=True)
    stale.counts.ok = stale.counts.read = 0
    stale.judge, stale.status = None, "stopped"
    write_manifest(run_dir, stale)
    assert _run(archive, run_dir, "--judge", "same") == 0
    resumed = read_manifest(run_dir)
    assert resumed.judge is not None and finished.judge is not None
    assert resumed.judge.articles == 2
    assert resumed.judge.usage == finished.judge.usage


@pytest.mark.parametrize(
    ("model", "judge", "says"),
    [
        ("baseline", "same", "--judge same: the run's model is the baseline"),
        ("openai:test-model", "baseline", "--judge baseline: the baseline calls no model"),
        ("openai:test-model", "nonsense:x", "unknown model 'nonsense:x'"),
    ],
)
def test_a_judge_that_cannot_judge_is_a_usage_error(
    model: str, judge: str, says: str, serve, archive: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    serve("agrees")
    code = run_cli(
        "run", archive, "--model", model, "--run-dir", tmp_path / "run", "--judge", judge
    )
    assert code == 2
    assert says in " ".join(capsys.readouterr().err.split())
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("persona", JUDGE_PERSONAS)
def test_whatever_the_judge_does_every_briefing_is_written(
    persona: str, serve, archive: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    serve(persona)
    code = _run(archive, tmp_path / "run", "--judge", "same", "--judge-timeout", "1")
    assert code == 0
    records = list(read_briefings(tmp_path / "run"))
    assert sorted(r.id for r in records) == ["flood", "quake"]
    assert all(r.judge is not None and r.judge.sent >= 2 for r in records)
    manifest = read_manifest(tmp_path / "run")
    assert manifest.counts.ok + manifest.counts.partial == 2 and manifest.counts.errors == 0
    for record in records:  # every judge verdict that stands cites the article
        text = dict(ARTICLES)[record.id]
        for check in record.briefing.checks:
            if check.stage == "judge" and check.citation is not None:
                assert check.citation in text
