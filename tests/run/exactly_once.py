"""The exactly-once check shared by the hostile-input and edited-input tests.

An independent reading of the rule: every non-blank line of the input has exactly one
record. The first line with an id is answered by a record with that id (a briefing or
an article error); every other line (malformed, or repeating an earlier id) by an
`input` error carrying its current line number. Nothing else may be in the run.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsbrief.inputs.lines import InputLimits
from newsbrief.inputs.reader import FieldMap, InputProblem, parse_line
from newsbrief.run.rundir import BRIEFINGS, ERRORS


def records(run_dir: Path) -> list[dict]:
    found = []
    for name in (BRIEFINGS, ERRORS):
        path = run_dir / name
        if path.exists():
            found += [json.loads(line) for line in path.read_bytes().splitlines() if line]
    return found


def expected_keys(path: Path, limits: InputLimits = InputLimits()) -> Counter[str]:
    keys: Counter[str] = Counter()
    seen: set[str] = set()
    for number, raw in enumerate(path.read_bytes().split(b"\n"), start=1):
        item = parse_line(raw, number, FieldMap(), limits)
        if item is None:
            continue
        if isinstance(item, InputProblem) or item.id in seen:
            keys[f"line:{number}"] += 1
        else:
            seen.add(item.id)
            keys[f"id:{item.id}"] += 1
    return keys


def record_keys(run_dir: Path) -> Counter[str]:
    keys: Counter[str] = Counter()
    for record in records(run_dir):
        if record.get("kind") == "input":
            keys[f"line:{record['line']}"] += 1
        else:
            keys[f"id:{record['id']}"] += 1
    return keys


def assert_exactly_once(path: Path, run_dir: Path, limits: InputLimits = InputLimits()) -> None:
    want, got = expected_keys(path, limits), record_keys(run_dir)
    assert set(want.values()) <= {1}
    assert got == want, {
        "missing": sorted(set(want) - set(got))[:5],
        "extra": sorted(set(got) - set(want))[:5],
        "repeated": sorted(k for k, n in got.items() if n > 1)[:5],
    }
