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

# heldout8 to heldout16: measured, reported, unsealed.
SEALED: frozenset[str] = frozenset()


def sealed(path: Path, names: frozenset[str] | None = None) -> bool:
    """Whether `path` (benchmarks/data/faithfulness_NAME.jsonl) is the file of a sealed
    set (of `names`, by default `SEALED`)."""
    return path.stem.removeprefix("faithfulness_") in (SEALED if names is None else names)
