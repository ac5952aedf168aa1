"""An endpoint that cannot be reached stops the run at once (exit 2, status stopped)
with the cause and the host, on both HTTP transports; it never runs every article to an
error record and exits 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.run.rundir import read_errors, read_manifest
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.ports import unused_port


def _run(path: Path, run_dir: Path, base_url: str, http: str, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-key-123")
    with pytest.raises(SystemExit) as stopped:
        main(["run", str(path), "--model", "openai:test-model", "--run-dir", str(run_dir),
              "--concurrency", "2", "--quiet", "--http", http])  # fmt: skip
    captured = capsys.readouterr()
    return stopped.value.code, " ".join((captured.err + captured.out).split())


@pytest.mark.parametrize("http", ["aiohttp", "httpx"])
def test_a_closed_port_says_connection_refused_and_exits_2(
    http: str, archive, tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    path, _ = archive(20)
    port = unused_port()
    code, text = _run(path, tmp_path / "run", f"http://127.0.0.1:{port}/v1", http,
                      monkeypatch, capsys)  # fmt: skip
    assert code == 2
    assert f"cannot reach the endpoint 127.0.0.1:{port}: connection refused" in text
    assert "sk-secret" not in text
    manifest = read_manifest(tmp_path / "run")
    assert manifest.status == "stopped"
    assert "connection refused" in (manifest.stop_reason or "")
    assert manifest.usage.requests <= 2  # no retries, no article after the first ones
    assert list(read_errors(tmp_path / "run")) == []  # nothing recorded: a rerun resumes


@pytest.mark.parametrize("http", ["aiohttp", "httpx"])
def test_tls_to_a_plain_http_server_says_tls(
    http: str, archive, tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    path, _ = archive(3)
    with FakeOpenAIServer() as srv:
        code, text = _run(path, tmp_path / "run", f"https://127.0.0.1:{srv.port}/v1", http,
                          monkeypatch, capsys)  # fmt: skip
    assert code == 2
    assert "TLS handshake failed" in text


def test_an_unknown_host_says_dns(archive, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = archive(3)
    code, text = _run(path, tmp_path / "run", "http://no-such-host.invalid/v1", "httpx",
                      monkeypatch, capsys)  # fmt: skip
    assert code == 2
    assert "no-such-host.invalid: DNS lookup failed" in text
