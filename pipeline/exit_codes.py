"""The exit codes every `briefing` command uses, in one place (the README's table).

A script or CI job reads the exit code, not the output, so each code has one meaning:

- `OK` (0): the command did its job and the result is good.
- `BAD_RESULT` (1): the command ran, but the result is bad: a run that briefed no
  article or ended above `--max-error-rate`, a regression under `--fail-on-regression`.
- `USAGE` (2): a usage or environment error (bad option, missing file, unreachable
  endpoint); nothing useful was done.
- `UNDECIDED` (3): an evaluation gate could not decide (too few paired articles, runs
  not comparable, every article failed); `--undecided pass` turns it into 0.
- `INTERRUPTED` (130): Ctrl-C; rerun the same command to resume.
- `TERMINATED` (143): SIGTERM; the run stopped cleanly and resumes.
"""

from __future__ import annotations

__all__ = ["BAD_RESULT", "INTERRUPTED", "OK", "TERMINATED", "UNDECIDED", "USAGE"]

OK = 0
BAD_RESULT = 1
USAGE = 2
UNDECIDED = 3
INTERRUPTED = 130
TERMINATED = 143
