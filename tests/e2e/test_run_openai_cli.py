"""`briefing run --model openai:MODEL` end to end: the CLI, the engine, the openai SDK
and instructor over real HTTP to the fake OpenAI-compatible server, configured only
through environment variables, as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli, main
from newsbrief.schemas import BriefingRecord, ErrorRecord, Manifest, Usage
from tests.support.fake_openai import FakeOpenAIServer

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
SEED_IDS = [json.loads(line)["id"] for line in SEEDS.read_text(encoding="utf-8").splitlines()]
TOKEN_FIELDS = ("prompt_tokens", "completion_tokens", "cached_tokens", "requests")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh response cache per test, so every article reaches the server."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(cached_tokens=11) as srv:  # its own loop in a thread
        yield srv


def read_run(out: Path) -> tuple[Manifest, list[BriefingRecord], list[ErrorRecord]]:
    (run_dir,) = [p for p in out.iterdir() if (p / "manifest.json").exists()]
    manifest = Manifest.model_validate_json((run_dir / "manifest.json").read_text())
    ok = [
        BriefingRecord.model_validate_json(line)
        for line in (run_dir / "briefings.jsonl").read_text().splitlines()
    ]
    errors = [
        ErrorRecord.model_validate_json(line)
        for line in (run_dir / "errors.jsonl").read_text().splitlines()
    ]
    return manifest, ok, errors


def summed(records: list[BriefingRecord] | list[ErrorRecord]) -> Usage:
    total = Usage()
    for record in records:
        total = total + record.usage
    return total


def tokens(usage: Usage) -> tuple[int, ...]:
    return tuple(getattr(usage, name) for name in TOKEN_FIELDS)


def invoke(out: Path, *extra: str) -> None:
    result = CliRunner().invoke(
        cli, ["run", str(SEEDS), "--model", "openai:test-model", "--out", str(out), *extra]
    )
    assert result.exit_code == 0, result.output + repr(result.exception)


@pytest.mark.parametrize("mode", ["json", "md_json", "tools", "json_schema"])
def test_run_briefs_every_seed_and_records_usage(
    server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("BRIEFING_OPENAI_MODE", mode)
    invoke(tmp_path / "runs")
    manifest, ok, errors = read_run(tmp_path / "runs")
    assert sorted(r.id for r in ok) == sorted(SEED_IDS)
    assert errors == []
    assert {r.provenance.backend for r in ok} == {"openai"}
    assert {r.provenance.model for r in ok} == {"openai:test-model"}
    # A long article may be briefed in chunks: each record counts all of its requests.
    assert all(r.usage.requests == r.attempts >= 1 and r.usage.prompt_tokens > 0 for r in ok)
    assert all(r.usage.cached_tokens == 11 * r.usage.requests for r in ok)
    assert (manifest.backend, manifest.counts.ok, manifest.counts.errors) == ("openai", 5, 0)
    assert tokens(manifest.usage) == tokens(summed(ok))
    assert manifest.usage.requests == len(server.completion_requests)
    assert manifest.parameters["mode"] == mode
    assert manifest.parameters["endpoint"] == server.base_url.split("/")[2]


def test_failed_articles_are_error_records_and_their_usage_is_counted(
    server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_REASKS", "1")
    server.enqueue_invalid(2)  # with one article in flight, the first article never validates
    server.enqueue_error(500)  # the second needs a transport retry
    invoke(tmp_path / "runs", "--concurrency", "1")
    manifest, ok, errors = read_run(tmp_path / "runs")
    (error,) = errors
    assert (error.id, error.kind, error.attempts, error.usage.requests) == (
        SEED_IDS[0],
        "validation",
        2,
        2,
    )
    assert error.raw
    assert "headline" not in json.loads(error.raw)
    assert len(ok) == 4
    second = next(r for r in ok if r.id == SEED_IDS[1])
    assert (second.attempts, second.usage.requests) == (2, 2)
    assert (manifest.counts.ok, manifest.counts.errors) == (4, 1)
    assert tokens(manifest.usage) == tokens(summed(ok) + summed(errors))
    assert manifest.usage.requests == len(server.completion_requests)


def test_a_rejected_key_stops_the_run_with_a_clear_message(
    server: FakeOpenAIServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-wrong")
    for _ in range(5):
        server.enqueue_error(401)
    with pytest.raises(SystemExit) as info:
        main(["run", str(SEEDS), "--model", "openai:test-model", "--out", str(tmp_path / "runs")])
    captured = capsys.readouterr()
    assert info.value.code == 2, captured.err
    assert "HTTP 401" in captured.err
    assert "OPENAI_API_KEY" in captured.err
    assert "Traceback" not in captured.err
    assert "sk-wrong" not in captured.err + captured.out


def test_no_endpoint_configured_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["run", str(SEEDS), "--model", "openai:gpt-4o-mini", "--out", str(tmp_path)]
    )
    assert "OPENAI_API_KEY" in str(result.exception)
    assert "OPENAI_BASE_URL" in str(result.exception)


def test_the_server_runs_as_its_own_process_for_benchmarks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_openai", "--port", "0", "--latency", "0.01"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/v1")
        monkeypatch.setenv("OPENAI_BASE_URL", base_url)
        invoke(tmp_path / "runs")
    finally:
        process.terminate()
        stats, _ = process.communicate(timeout=10)
    manifest = read_run(tmp_path / "runs")[0]
    assert manifest.counts.ok == 5
    assert json.loads(stats.strip().splitlines()[-1]) == {"ok": manifest.usage.requests}
