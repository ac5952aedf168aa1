"""Named errors for every user-facing failure. Each message says what to do next.

The CLI turns any `BriefingError` into a one-line message and exit code 2 instead of a
traceback; anything else is a bug.
"""

from __future__ import annotations

import errno


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


class StorageError(BriefingError):
    """A file or folder the run needs cannot be written or read: disk full, read-only,
    a file where a folder belongs. The data written so far is consistent."""


_ADVICE = {
    errno.ENOSPC: "the disk is full; free space, then rerun the same command to resume",
    errno.EDQUOT: "the disk quota is used up; free space, then rerun to resume",
    errno.EROFS: "the file system is read-only; choose a writable location",
    errno.EACCES: "permission denied; choose a location you can write, or fix its permissions",
    errno.EPERM: "not permitted; choose a location you can write, or fix its permissions",
    errno.ENOTDIR: "a file is in the way where a folder is needed; choose another path",
    errno.EEXIST: "a file is in the way where a folder is needed; choose another path",
    errno.EISDIR: "it is a folder where a file is needed; choose another path",
    errno.ENOENT: "it does not exist; check the path",
}


def storage_error(exc: OSError, what: str) -> StorageError:
    """One line for an OSError: which path, what went wrong, what to do."""
    where = exc.filename if exc.filename is not None else what
    advice = _ADVICE.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    return StorageError(f"cannot use {where} ({what}): {advice}")
