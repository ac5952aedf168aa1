"""`briefing run --on-invalid` end to end against model personas: the manifest counts
partial briefings apart, repairs by kind, and a resumed run keeps both counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from tests.e2e.test_run_openai_cli import SEED_IDS, SEEDS, read_run
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def _run(out: Path, base_url: str, *extra: str, expect: int = 0) -> str:
    result = CliRunner().invoke(
        cli,
        ["run", str(SEEDS), "--model", "openai:test-model", "--out", str(out),
         "--quiet", *extra],
        env={"OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "test"},
    )  # fmt: skip
    assert result.exit_code == expect, result.output + repr(result.exception)
    return result.output


def test_dates_as_written_are_repaired_and_counted(tmp_path: Path) -> None:
    with FakeOpenAIServer(persona="dates_as_written") as srv:
        _run(tmp_path / "runs", srv.base_url)
        requests = len(srv.completion_requests)
    manifest, ok, _ = read_run(tmp_path / "runs")
    assert (manifest.counts.ok, manifest.counts.partial, manifest.counts.errors) == (5, 0, 0)
    assert sum(r.reasks for r in ok) == 0  # no re-ask: every date was repaired
    assert requests == sum(r.usage.requests for r in ok)  # (seed 004 is sent in parts)
    assert manifest.repairs["date_parsed"] == sum(
        r.kind == "date_parsed" for record in ok for r in record.repairs
    )
    assert manifest.repairs["date_parsed"] >= 1
    assert all(e.when is None or len(e.when) in (4, 7, 10) for r in ok for e in r.briefing.events)


def test_paraphrased_quotes_end_partial_or_error_by_option(tmp_path: Path) -> None:
    with FakeOpenAIServer(persona="paraphrased_quote") as srv:
        _run(tmp_path / "salvage", srv.base_url, "--max-reasks", "1")
        # every article an error record: finished, but nothing briefed (exit 1)
        _run(
            tmp_path / "error", srv.base_url, "--max-reasks", "1", "--on-invalid", "error", expect=1
        )
    salvaged, ok, _ = read_run(tmp_path / "salvage")
    assert (salvaged.counts.ok, salvaged.counts.partial, salvaged.counts.errors) == (0, 5, 0)
    assert all(r.status == "partial" and r.removed for r in ok)
    assert all(r.removed[0].path.startswith("quotes[") for r in ok)
    failed, _, errors = read_run(tmp_path / "error")
    assert (failed.counts.ok, failed.counts.partial, failed.counts.errors) == (0, 0, 5)
    assert failed.parameters["on_invalid"] == "error"
    assert {e.kind for e in errors} == {"validation"}


def test_a_resumed_run_keeps_partial_apart_from_ok(tmp_path: Path) -> None:
    with FakeOpenAIServer(persona="paraphrased_quote") as srv:
        _run(tmp_path / "runs", srv.base_url, "--max-reasks", "0", "--limit", "2")
        _run(tmp_path / "runs", srv.base_url, "--max-reasks", "0")
    manifest, ok, _ = read_run(tmp_path / "runs")
    assert (manifest.counts.read, manifest.counts.ok, manifest.counts.partial) == (5, 0, 5)
    assert sorted(r.id for r in ok) == sorted(SEED_IDS)
