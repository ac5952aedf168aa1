"""`briefing run --engine ray` from the command line, configured like a user would:
endpoint in the environment, workers built from the driver's settings."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from newsbrief.cli import main
from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import record_ids, write_archive
from tests.support.fake_openai import FakeOpenAIServer

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_cli_runs_on_ray_with_the_endpoint_from_the_environment(
    ray_instance: ModuleType,
    fake_server: FakeOpenAIServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Set after Ray started: the workers get it from the driver, not from inheritance.
    monkeypatch.setenv("OPENAI_BASE_URL", fake_server.base_url)
    monkeypatch.setenv("BRIEFING_OPENAI_TIMEOUT", "5")
    archive = tmp_path / "a.jsonl"
    ids = write_archive(archive, 60, bad_lines=(2,))
    run_dir = tmp_path / "run"

    main(
        [
            "run",
            str(archive),
            "--engine",
            "ray",
            "--workers",
            "2",
            "--concurrency",
            "4",
            "--model",
            "openai:test-model",
            "--run-dir",
            str(run_dir),
            "--quiet",
        ]
    )

    manifest = read_manifest(run_dir)
    assert manifest.status == "finished"
    assert (manifest.counts.ok, manifest.counts.errors) == (60, 1)
    assert set(record_ids(run_dir)) == set(ids) | {"line:2"}
    assert len(fake_server.completion_requests) == 60
    assert "run directory" in capsys.readouterr().out
    # the run directory is an ordinary one: the manifest names the model and prompt
    assert json.loads((run_dir / "manifest.json").read_text())["model"] == "openai:test-model"


def test_ray_runs_a_folder_and_records_the_values_sent(
    ray_instance: ModuleType,
    fake_server: FakeOpenAIServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", fake_server.base_url)
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(
            f"Port report {number}\n\nThe port authority said on 3 March 2024 that cargo "
            f"rose by {number} per cent, director Chea Sokha said.\n",
            encoding="utf-8",
        )
    run_dir = tmp_path / "run"
    main(["run", str(folder), "--engine", "ray", "--workers", "1", "--model",
          "openai:test-model", "--run-dir", str(run_dir), "--quiet"])  # fmt: skip
    manifest = read_manifest(run_dir)
    assert (manifest.counts.ok, manifest.input_source) == (6, str(folder))
    assert sorted(record_ids(run_dir)) == [f"{n}.txt" for n in range(6)]
    assert (manifest.parameters["temperature"], manifest.parameters["max_tokens"]) == (0.0, 2048)
