"""The command line starts at once: listing commands imports none of them, and no heavy
library is loaded before a command that needs it runs. Measured in fresh processes,
since this test process has imported everything already."""

from __future__ import annotations

import importlib.metadata
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from newsbrief.cli import COMMANDS, cli
from newsbrief.version import code_version
from tests.conftest import REPO

BRIEFING = Path(sys.executable).parent / "briefing"  # the console script users run
HEAVY = (
    "openai",
    "instructor",
    "scipy",
    "nltk",
    "numpy",
    "ray",
    "pyarrow",
    "starlette",
    "trafilatura",
)
PROBE = """
import json, sys
{code}
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}})), file=sys.stderr)
"""


def top_level_modules(code: str) -> set[str]:
    """The top-level modules a fresh interpreter holds after running `code`."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import newsbrief.cli",
        (
            "from newsbrief.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit as e:\n    assert not e.code"
        ),
        (
            "from newsbrief.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert not e.code"
        ),
    ],
    ids=["import", "help", "version"],
)
def test_no_heavy_library_before_a_command_runs(code: str) -> None:
    loaded = top_level_modules(code) & set(HEAVY)
    assert not loaded, f"{sorted(loaded)} imported"


def test_the_console_script_catches_ctrl_c_before_loading_the_command_line() -> None:
    """Its own module loads nothing but the exit codes: no click, no command line."""
    loaded = top_level_modules("import newsbrief.console")
    assert "click" not in loaded and "rich" not in loaded


def test_a_command_imports_only_what_it_needs() -> None:
    """A baseline note needs neither the model SDKs, nor the evals, nor the server."""
    article = REPO / "examples" / "article.txt"
    code = (
        "from newsbrief.cli import main\n"
        f"try:\n    main(['note', {str(article)!r}])\nexcept SystemExit as e:\n    assert not e.code"
    )
    loaded = top_level_modules(code) & set(HEAVY)
    assert not loaded, f"{sorted(loaded)} imported"


def test_a_baseline_run_loads_no_model_sdk_and_no_evals(tmp_path: Path) -> None:
    """numpy is the run's own (resume keeps its ids in arrays); the model SDKs, the
    evals' statistics and the server are not."""
    seeds = REPO / "examples" / "seeds.jsonl"
    code = (
        "from newsbrief.cli import main\n"
        f"try:\n    main(['run', {str(seeds)!r}, '--run-dir', {str(tmp_path / 'r')!r}, '--quiet'])\n"
        "except SystemExit as e:\n    assert not e.code"
    )
    loaded = top_level_modules(code) & (set(HEAVY) - {"numpy"})
    assert not loaded, f"{sorted(loaded)} imported"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_command_table_says_what_each_command_says(name: str) -> None:
    """`--help` lists commands from the table without importing them: each entry must
    load the command of that name, with the same one-line help."""
    command = COMMANDS[name].load()
    assert isinstance(command, click.Command)
    assert command.name == name
    assert command.get_short_help_str(limit=10_000) == COMMANDS[name].short_help


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"], prog_name="briefing")
    assert exited.value.code == 0
    listed = capsys.readouterr().out.split("Commands:")[1]
    assert [line.split()[0] for line in listed.strip().splitlines()] == sorted(COMMANDS)


def test_version_is_the_distribution_version() -> None:
    """The same string as every manifest's code_version and the workspace header."""
    done = subprocess.run(
        [str(BRIEFING), "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"briefing {code_version()} (distribution newsbrief)"
    assert code_version().split("+")[0] == importlib.metadata.version("newsbrief")


@pytest.mark.parametrize("delay", [0.3, 0.6, 1.0, 1.6])
def test_ctrl_c_at_any_moment_is_one_line(delay: float) -> None:
    """SIGINT while the command loads (the console script catches it from its first
    import on), briefs or renders: one line, exit 130, never a traceback (or the note,
    when it finished first). Only the interpreter's own start, before any code of this
    project runs, is outside its reach."""
    process = subprocess.Popen(
        [str(BRIEFING), "note", str(REPO / "examples" / "article.txt")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    if process.returncode in (0, -signal.SIGINT) and "Coastal towns" in out:
        # the note was done: the signal came after it, while the interpreter exited
        assert "Traceback" not in err
        return
    assert process.returncode == 130, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()  # after what the command said before it
    assert lines[-1] == "error: interrupted; rerun the same command to resume"
    assert sum("interrupted" in line for line in lines) == 1
