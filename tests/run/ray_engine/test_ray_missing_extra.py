"""Choosing the Ray engine without the [ray] extra is a clear message, not a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import BriefingError
from newsbrief.run.local import RunOptions
from newsbrief.run.ray_engine import RayNotInstalledError, run_on_ray
from tests.run.engine_helpers import write_archive


@pytest.fixture
def without_ray(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `import ray` fail as it does where the extra is not installed."""
    for name in [m for m in sys.modules if m == "ray" or m.startswith("ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)


def test_run_on_ray_names_the_extra(without_ray: None, tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    with pytest.raises(RayNotInstalledError, match=r"\[ray\] extra") as caught:
        run_on_ray(RunOptions(input=archive, run_dir=tmp_path / "run"), lambda: None)  # type: ignore[arg-type, return-value]
    assert isinstance(caught.value, BriefingError)
    assert "pip install" in str(caught.value)
    assert not (tmp_path / "run").exists()  # nothing started


def test_cli_engine_ray_without_the_extra_exits_2_with_the_message(
    without_ray: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    with pytest.raises(SystemExit) as exited:
        main(["run", str(archive), "--engine", "ray", "--run-dir", str(tmp_path / "run")])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "[ray] extra" in err
    assert "pip install" in err
    assert "Traceback" not in err
