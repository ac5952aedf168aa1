"""Two runs compared in the workspace: the same numbers as `briefing eval compare`.

The page renders the comparison's one verdict (`Comparison.verdict().as_dict()`, what
eval.json stores) and its rows (`Comparison.row_views()`) with the command's defaults;
nothing is decided here, so the page and the CLI can never disagree. Scoring a big run takes a while, so a comparison is kept
until either run's files change.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbrief.evals.compare import Comparison, compare_runs
from newsbrief.evals.stats import INTERVAL
from newsbrief.evals.usage_errors import EvalUsageError
from newsbrief.run.rundir import BRIEFINGS, ERRORS, MANIFEST

if TYPE_CHECKING:
    from newsbrief.workspace.app import Workspace

__all__ = ["CompareCache"]


def _stamp(*runs: Path) -> tuple[tuple[int, int], ...]:
    out = []
    for run in runs:
        for name in (MANIFEST, BRIEFINGS, ERRORS):
            path = run / name
            stat = path.stat() if path.exists() else None
            out.append((stat.st_size, stat.st_mtime_ns) if stat else (0, 0))
    return tuple(out)


class CompareCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cached: dict[tuple[Any, ...], Comparison | str] = {}

    def comparison(self, ws: Workspace, a: Path, b: Path) -> Comparison | str | None:
        """The comparison, a message saying why there is none, or None without gold."""
        gold = ws.gold()
        if gold is None:
            return None
        key = (a, b, gold.hash, _stamp(a, b))
        with self._lock:
            if key not in self._cached:
                try:
                    self._cached[key] = compare_runs(a, b, gold)
                except EvalUsageError as exc:
                    self._cached[key] = str(exc)
            return self._cached[key]

    def context(
        self, ws: Workspace, a: Path, b: Path, *, page: int, page_size: int
    ) -> dict[str, Any]:
        found = self.comparison(ws, a, b)
        comparison = found if isinstance(found, Comparison) else None
        index_a, index_b = ws.index(a), ws.index(b)
        in_b = set(index_b.ids())
        shared = [article_id for article_id in index_a.ids() if article_id in in_b]
        deltas = dict(comparison.article_deltas()) if comparison else {}
        if deltas:  # the articles that moved most first, as `eval compare` lists them
            shared.sort(key=lambda article_id: -abs(deltas.get(article_id, 0.0)))
        window = shared[page * page_size : (page + 1) * page_size]
        rows = []
        for article_id in window:
            ra, rb = index_a.record(article_id), index_b.record(article_id)
            rows.append(
                {
                    "id": article_id,
                    "a": _label(ra),
                    "b": _label(rb),
                    "delta": deltas.get(article_id),
                }
            )
        return {
            "comparison": comparison,
            "problem": found if isinstance(found, str) else None,
            "rows": comparison.row_views() if comparison else [],
            "verdict": comparison.verdict().as_dict() if comparison else None,
            "interval": INTERVAL,
            "articles": rows,
            "shared_count": len(shared),
            "page": page,
            "pages": max(1, -(-len(shared) // page_size)),
        }


def _label(record: Any) -> str:
    if record is None:
        return "(absent)"
    briefing = getattr(record, "briefing", None)
    if briefing is not None:
        return str(briefing.headline)
    return f"{record.kind} error"
