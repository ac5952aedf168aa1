"""Named user errors of the evals harness (run directories, weights, comparisons).

They derive from `EvalUsageError`, not from `newsbrief.errors` (evals never imports
pipeline); the CLI turns them into one clear line and exit code 2.
"""

from __future__ import annotations

__all__ = ["CompareError", "EvalUsageError", "GoldMismatchError", "RunReadError", "WeightsError"]


class EvalUsageError(Exception):
    """Base class: a problem the user can fix; the message says how."""


class RunReadError(EvalUsageError):
    """A run directory is missing or its manifest is unreadable."""


class WeightsError(EvalUsageError):
    """A weights file is missing, unreadable, or names an unknown metric."""


class CompareError(EvalUsageError):
    """Two runs cannot be compared (nothing shared, bad threshold or gate option)."""


class GoldMismatchError(EvalUsageError):
    """The gold file shares no article with the run: almost surely the wrong gold."""
