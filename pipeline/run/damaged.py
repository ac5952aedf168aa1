"""SQLite files that only save work (the response cache, the workspace's run indexes):
when one is damaged or written by another version, move it aside and start a new one.

Losing such a file costs time, never data, so it must not stop a run or break a page
for good. Telling "damaged" from "busy" matters: a locked or read-only file is the
user's to fix (a one-line error), while garbage bytes or tables of another schema are
set aside (kept beside the original, for a look) with a warning, and rebuilt.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["is_damage", "set_aside"]

# OperationalErrors that describe the file's content, not access to it.
_CONTENT = ("no such column", "no such table", "has no column", "malformed", "not a database")


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether `exc` says the file holds something else (garbage, another schema), as
    opposed to a file that is locked, read-only or cannot be opened."""
    if not isinstance(exc, sqlite3.OperationalError):
        return True  # DatabaseError "file is not a database", IntegrityError, ...
    message = str(exc).lower()
    return any(part in message for part in _CONTENT)


def set_aside(path: Path) -> Path:
    """Move `path` (and its -wal/-shm files) to `<name>.corrupt-<UTC stamp>`; return it.
    Raises OSError when the file cannot be moved."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside
