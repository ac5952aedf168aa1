"""Named errors for every user-facing failure. Each message says what to do next.

The CLI turns any `BriefingError` into a one-line message and exit code 2 instead of a
traceback; anything else is a bug.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: a problem the user can fix (bad input, bad option, bad config)."""


class PromptError(BriefingError):
    """A prompt file is missing or invalid."""


class InputError(BriefingError):
    """The input file cannot be read at all (missing, not JSONL, unreadable)."""


class ModelSpecError(BriefingError):
    """An unknown or malformed model string, or a backend whose extra is not installed."""


class RunDirError(BriefingError):
    """A run directory is missing, incomplete or belongs to a different run."""


class BackendError(Exception):
    """One article failed in a backend after its retries; becomes an error record.

    `kind` is an `ErrorKind`; `raw` is the last raw answer; `usage` and `attempts` count
    every attempt so that cost accounting stays honest for failures too.
    """

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        raw: str | None = None,
        usage: object | None = None,
        attempts: int = 0,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.raw = raw
        self.usage = usage
        self.attempts = attempts


class FatalBackendError(BackendError, BriefingError):
    """The endpoint refuses every request (401/403/404): stop the run at once."""

    def __init__(self, message: str, **kwargs: object) -> None:
        super().__init__("fatal", message, **kwargs)  # type: ignore[arg-type]
