"""`briefing`, the console script: Ctrl-C is one line from its first instruction on.

The command line (`newsbrief.cli`: click, logging, the command table) takes a moment to
import on a busy machine, and a Ctrl-C in that moment would print Python's traceback.
This module imports nothing but the exit codes, so the only window left is the
interpreter's own start; `newsbrief.cli.main` handles Ctrl-C from there on.
"""

from __future__ import annotations

import sys

from newsbrief.exit_codes import INTERRUPTED

__all__ = ["INTERRUPTED_LINE", "main"]

INTERRUPTED_LINE = "error: interrupted; rerun the same command to resume"


def interrupted() -> None:
    """The one line for Ctrl-C, and its exit code (written without rich or click, which
    may not be loaded yet)."""
    sys.stderr.write(INTERRUPTED_LINE + "\n")
    sys.exit(INTERRUPTED)


def main() -> None:
    try:
        from newsbrief.cli import main as cli_main
    except KeyboardInterrupt:
        interrupted()
    cli_main()
