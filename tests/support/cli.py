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
