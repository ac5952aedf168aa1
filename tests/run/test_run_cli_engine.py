"""`briefing run` options of the batch engine, end to end through the CLI."""

from __future__ import annotations

import pytest

from newsbrief.cli import main
from newsbrief.run.rundir import read_errors, read_manifest
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture
def threaded_server():
    with FakeOpenAIServer() as srv:
        yield srv


def test_a_fatal_endpoint_error_exits_2_with_the_reason_and_the_summary(
    threaded_server, archive, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    path, _ = archive(5)
    threaded_server.enqueue_error(401)
    with pytest.raises(SystemExit) as stopped:
        main(
            [
                "run",
                str(path),
                "--model",
                "openai:test-model",
                "--run-dir",
                str(tmp_path / "run"),
                "--concurrency",
                "1",
                "--quiet",
            ]
        )
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    err, out = " ".join(captured.err.split()), " ".join(captured.out.split())  # unwrap rich
    assert "run stopped: the endpoint refused the request" in err
    assert "rerun the same command to resume" in err
    assert "articles" in out
    assert "status stopped" in out
    manifest = read_manifest(tmp_path / "run")
    assert manifest.status == "stopped"
    assert "API key" in (manifest.stop_reason or "")
    assert manifest.counts.read == 0  # the refused article was left undone


def test_max_reasks_reaches_the_backend_and_prices_are_noted(
    threaded_server, archive, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    path, _ = archive(1)
    threaded_server.enqueue_invalid(5)
    with pytest.raises(SystemExit) as exited:  # its one article failed: nothing briefed
        main(
            [
                "run",
                str(path),
                "--model",
                "openai:test-model",
                "--run-dir",
                str(tmp_path / "run"),
                "--max-reasks",
                "2",
                "--quiet",
                "--no-cache",
            ]
        )
    assert exited.value.code == 1
    [error] = read_errors(tmp_path / "run")
    assert error.kind == "validation"
    assert error.usage.requests == 3
    assert len(threaded_server.completion_requests) == 3
    assert "no price for openai:test-model" in " ".join(capsys.readouterr().err.split())


def test_prices_file_prices_the_run(threaded_server, archive, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    path, _ = archive(3)
    prices = tmp_path / "prices.json"
    prices.write_text('{"models": {"test-model": {"input": 1000000, "output": 0}}}')
    main(
        [
            "run",
            str(path),
            "--model",
            "openai:test-model",
            "--run-dir",
            str(tmp_path / "run"),
            "--prices",
            str(prices),
            "--quiet",
        ]
    )
    manifest = read_manifest(tmp_path / "run")
    assert manifest.usage.prompt_tokens > 0
    assert manifest.usage.cost_usd == pytest.approx(manifest.usage.prompt_tokens)  # $1/token


def test_a_missing_input_is_a_clear_error_and_makes_no_run_dir(tmp_path, capsys):
    with pytest.raises(SystemExit) as failed:
        main(["run", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "runs")])
    assert failed.value.code == 2
    assert "input file not found" in capsys.readouterr().err
    assert not (tmp_path / "runs").exists()
