"""The lexical rules give every recorded claim the verdict, rule and details it had.

Guards the prose checks' speed-ups (issue 22: <= 1.5 ms of CPU per article): caching,
per-article indexes and cheaper candidate selection must change no verdict on any
labelled set nor on any realistic briefing (`tests/grounding/verdict_snapshot.py`).
"""

from __future__ import annotations

from collections import Counter

from tests.grounding.verdict_snapshot import current, recorded


def test_every_recorded_check_is_unchanged() -> None:
    before = recorded()
    after = current()
    # The record is not trivial: over two thousand checks, each verdict present.
    assert len(before) > 2000
    assert {"supported", "contradicted", "unverified"} <= set(Counter(x["verdict"] for x in before))
    changed = [(old, new) for old, new in zip(before, after, strict=False) if old != new]
    assert not changed[:5], f"{len(changed)} checks changed, first: {changed[:5]}"
    assert len(after) == len(before)
