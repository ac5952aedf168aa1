"""The faithfulness benchmark's red marks by rule (how far each rule's red mark can be
trusted) and its `--pool` option, on hand-computed rows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from newsbrief.schemas import ClaimCheck

REPO = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    spec = importlib.util.spec_from_file_location(
        "faithfulness", REPO / "benchmarks" / "faithfulness.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(bench: ModuleType, label: str, verdict: str, rule: str | None) -> object:
    check = ClaimCheck(path="bench", claim="c", verdict=verdict, rule=rule)  # type: ignore[arg-type]
    return bench.Row({"label": label, "kind": "prose", "claim": "c"}, check)


def test_red_marks_are_counted_right_and_wrong_by_rule() -> None:
    bench = _benchmark()
    rows = [
        _row(bench, "entity", "contradicted", "entity"),  # right
        _row(bench, "faithful", "contradicted", "entity"),  # wrong
        _row(bench, "speaker", "contradicted", "entity"),  # right (another rule caught it)
        _row(bench, "number", "contradicted", "number"),  # right
        _row(bench, "faithful", "unverified", "negation"),  # no red mark: not counted
        _row(bench, "faithful", "supported", None),
    ]
    table = bench.red_marks_table(rows).splitlines()
    assert table[2:] == [
        "| entity | 3 | 2 | 1 | 0.667 |",
        "| number | 1 | 1 | 0 | 1.000 |",
        "| **all** | 4 | 3 | 1 | 0.750 |",
    ]


def test_pool_reports_the_named_sets_as_one() -> None:
    bench = _benchmark()
    blind = list(bench.BLIND)
    assert bench.selected(["dev", "blind"]) == [
        ("dev", ["dev"]),
        ("pooled blind sets (" + ", ".join(blind) + ")", blind),
    ]
    sets = ["dev", *blind, "heldout6"]
    assert bench.selected(["dev", "blind", "heldout6", "dev"], pool=True) == [
        ("pooled (" + ", ".join(sets) + ")", sets)
    ]
    assert bench.selected(["dev"], pool=True) == [("dev", ["dev"])]
