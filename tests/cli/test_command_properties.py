"""Property test of the commands (Hypothesis): any bytes as a line of any file a command
reads give its documented exit code and, when the line stops it or is left out with a
warning, one message naming the file and line; never a traceback.

`test_poison_lines.py` runs every command on the named poisons; here Hypothesis makes
the lines (arbitrary bytes, JSON fragments, hostile JSON values) and each example runs
every command that reads the file, in-process as a user runs it. Examples are few: each
runs several commands on a shared machine.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from newsbrief.cli import common
from newsbrief.inputs import jsonl
from newsbrief.inputs.lines import InputLimits
from tests.cli.test_poison_lines import (
    BATCH,
    DIGEST,
    EVAL,
    LIMIT,
    NOTE,
    REPORT,
    VERIFY,
    _inside,
    world,  # noqa: F401  (the module fixture: every file, made by the commands)
)
from tests.inputs.cli_helpers import briefing
from tests.inputs.test_reader_properties import any_line, with_line

SLOW = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GOLD_CMDS = [("gold", "validate", "gold.jsonl"), EVAL]
# file -> the commands that read it, and the exit codes each may give for a bad line:
# 0 (left out with a warning, or read as a record), 1 (gold validate: a problem), 2 (stop)
READERS: dict[str, list[tuple[str, ...]]] = {
    "run_a/briefings.jsonl": [EVAL, VERIFY, DIGEST, NOTE],
    "gold.jsonl": GOLD_CMDS,
    "input.jsonl": [EVAL, REPORT],
    "batch/output.jsonl": [BATCH],
}


@pytest.mark.parametrize("file", list(READERS))
@SLOW
@given(raw=any_line)
def test_any_line_in_any_file_gives_an_exit_code_and_a_named_line(
    world: Path,  # noqa: F811
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
    file: str,
    raw: bytes,
) -> None:
    monkeypatch.setattr(jsonl, "RECORD_LIMITS", InputLimits(LIMIT, 64, 0))
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 400)
    name = file.split("/")[-1]
    for args in READERS[file]:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "w"
            shutil.copytree(world, copy)
            with_line(copy / file, raw)
            with _inside(copy):
                result = briefing(capsys, monkeypatch, *args)  # an exception fails the test
            assert "Traceback" not in result.text
            assert result.code in (0, 1, 2, 3), result.text
            if result.code == 2:
                assert f"{name}:2" in result.text or f"{name} is invalid: line 2" in result.text
            if result.code == 1 and args[:2] == ("gold", "validate"):
                # problems on line 2 only (one per field of a record that is not valid)
                assert "gold.jsonl: 5 valid records" in result.text, result.text
