"""`briefing demo` ends with the `briefing view` command, and that command's folder
opens in the workspace with the demo's run, scored."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.workspace.runs import RunsDir


def test_demo_prints_the_view_command_for_its_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "runs"
    main(["demo", "--out", str(out)])
    lines = [line.strip() for line in capsys.readouterr().out.splitlines() if line.strip()]
    command = shlex.split(lines[-1])
    assert command[:2] == ["briefing", "view"]
    assert Path(command[2]) == out and command[3] == "--gold" and Path(command[4]).is_file()
    summaries = RunsDir(Path(command[2])).summaries()
    assert len(summaries) == 1
    assert summaries[0].status == "finished" and summaries[0].overall is not None
