"""The evals harness reads runs through `newsbrief.run.rundir` and loads no engine."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import sys
from newsbrief.evals.rundir_reader import read_run
from newsbrief.evals import score_run
print([m for m in sys.modules if m.startswith(("newsbrief.backends", "newsbrief.step",
       "newsbrief.run.")) and m != "newsbrief.run.rundir"])
"""


def test_scoring_a_run_imports_no_backend_step_or_engine() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.strip().replace("'", '"')) == []
