"""Labelled faithfulness sets kept sealed: written blind for one measurement, not yet
measured.

Only an explicit `benchmarks/faithfulness.py --set NAME` reads a sealed set. A tool that
reads every set (the verdict snapshot in tests/grounding, the key points of the
realistic briefings in tests/support) skips it, or every rule change would be checked
against it, and so tuned on it, before its one measurement. Unseal a set (remove it
here) once it has been measured and reported.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SEALED", "sealed"]

SEALED = frozenset({"heldout8", "heldout9"})


def sealed(path: Path) -> bool:
    """Whether `path` (benchmarks/data/faithfulness_NAME.jsonl) is a sealed set's file."""
    return path.stem.removeprefix("faithfulness_") in SEALED
