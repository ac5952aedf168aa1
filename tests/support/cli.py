"""Run the real `briefing` entry point in-process and read its exit code."""

from __future__ import annotations

from newsbrief.cli import main


def run_cli(*args: object) -> int:
    """Exit code of `briefing ARGS` (0 when main returns normally)."""
    try:
        main([str(a) for a in args])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def run_cli_stderr(capsys, *args: object) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """(exit code, stderr on one line) of `briefing ARGS`, read through pytest's capsys."""
    code = run_cli(*args)
    return code, " ".join(capsys.readouterr().err.split())
