"""`make demo` ends with commands that work as printed in a fresh shell.

`make demo` starts `.venv/bin/briefing`, and a new shell has no `.venv/bin` on its PATH:
the printed commands must name the command so that they still run there.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

BRIEFING = Path(sys.executable).parent / "briefing"


@pytest.mark.slow
def test_demo_prints_commands_that_run_in_a_fresh_shell(tmp_path: Path) -> None:
    fresh = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", str(tmp_path))}
    fresh["BRIEFING_CACHE_DIR"] = str(tmp_path / "cache")
    demo = subprocess.run(
        [str(BRIEFING), "demo", "--out", "runs"],
        cwd=tmp_path,
        env={**fresh, "COLUMNS": "400"},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = demo.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("next, in this folder"))
    printed = [line.strip() for line in lines[start:] if line.startswith("  ")]
    assert len(printed) == 2, demo.stdout
    note, view = printed
    assert shlex.split(note)[1] == "note" and shlex.split(view)[1] == "view"
    assert "source " in demo.stdout and "activate" in demo.stdout
    done = subprocess.run(
        ["bash", "-c", note], cwd=tmp_path, env=fresh, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Coastal towns" in done.stdout
    helped = subprocess.run(
        ["bash", "-c", f"{view} --help"], cwd=tmp_path, env=fresh, capture_output=True, text=True
    )
    assert helped.returncode == 0, helped.stderr
