"""`briefing view` user errors: one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _view(*args: str) -> subprocess.CompletedProcess[str]:
    code = "from newsbrief.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, "view", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/missing"], "is not a folder"),
        (["{tmp}", "--annotator", "../etc"], "annotator name"),
        (["{tmp}", "--gold", "{tmp}/bad.jsonl"], "briefing gold validate"),
    ],
)
def test_bad_arguments_are_one_line_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "gold": {"topics": ["nonsense"]}}\n')
    result = _view(*(arg.format(tmp=tmp_path) for arg in args))
    assert result.returncode == 2, result.stderr
    assert message in " ".join(result.stderr.split())  # rich wraps long lines
    assert "Traceback" not in result.stderr
