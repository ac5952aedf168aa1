"""The keys one pass over the input has met, with the line that first had each.

Two jobs need this. Duplicate ids: the second line with an id must be told which line
had it first, in every run mode, so every pass reads from line 1 and remembers each
id's first line. And edited inputs: after a complete pass, a record whose key no
line has any more (its line was deleted, or edited into another) is set aside.

Archives reach millions of lines, so keys live in sorted uint64 arrays (16 bytes per
id with its line number) rather than a dict of Python ints (about 100 bytes each);
new keys wait in a small dict and are merged in batches.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

import numpy as np

__all__ = ["SeenKeys"]

MERGE_AT = 1 << 16


class SeenKeys:
    """Insert-once map key -> first line number; `add` says whether the key was new."""

    def __init__(self) -> None:
        self._keys = array("Q")
        self._lines = array("Q")
        self._recent: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._keys) + len(self._recent)

    def first_line(self, key: int) -> int | None:
        if key in self._recent:
            return self._recent[key]
        at = bisect_left(self._keys, key)
        if at < len(self._keys) and self._keys[at] == key:
            return self._lines[at]
        return None

    def add(self, key: int, line: int) -> int | None:
        """Remember `key` at `line`; returns the earlier line if the key was seen before."""
        first = self.first_line(key)
        if first is not None:
            return first
        self._recent[key] = line
        if len(self._recent) >= MERGE_AT:
            self._merge()
        return None

    def _merge(self) -> None:
        if not self._recent:
            return
        keys = np.concatenate(
            [
                np.frombuffer(self._keys, dtype=np.uint64),
                np.fromiter(self._recent.keys(), dtype=np.uint64, count=len(self._recent)),
            ]
        )
        lines = np.concatenate(
            [
                np.frombuffer(self._lines, dtype=np.uint64),
                np.fromiter(self._recent.values(), dtype=np.uint64, count=len(self._recent)),
            ]
        )
        order = np.argsort(keys, kind="stable")
        self._keys, self._lines = array("Q"), array("Q")
        self._keys.frombytes(keys[order].tobytes())
        self._lines.frombytes(lines[order].tobytes())
        self._recent.clear()

    def keys(self) -> np.ndarray:
        """Every key seen, sorted (for the set-aside check after a complete pass)."""
        self._merge()
        return np.frombuffer(self._keys, dtype=np.uint64) if self._keys else np.empty(0, np.uint64)
