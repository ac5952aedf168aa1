"""Pairs of runs (gold, run A, run B) for each outcome of the `eval compare` gate, made
with the real run-directory format (no model involved)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsbrief.run.rundir import read_briefings
from tests.support.eval_runs import paired_runs, write_run

RunPair = tuple[Path, Path, Path]


def _copy_run(root: Path, source: Path, name: str, keep: int | None = None) -> Path:
    kept = {r.id: r.briefing for r in read_briefings(source)}
    return write_run(root / name, dict(list(kept.items())[:keep]))


def improved(root: Path) -> RunPair:
    """20 articles; B finds every actor A missed: no regression, overall better."""
    gold, a, b = paired_runs(root, articles=20)
    return gold, b, a


def regressed(root: Path) -> RunPair:
    """20 articles; B misses an actor in 19 of them: overall significantly worse."""
    return paired_runs(root, articles=20)


def few_articles(root: Path) -> RunPair:
    """5 articles, identical runs: too few to vouch for no regression."""
    gold, a, _ = paired_runs(root, articles=5)
    return gold, a, _copy_run(root, a, "copy")


def failed_run(root: Path) -> RunPair:
    """12 articles; every article of B is an error record."""
    gold, a, _ = paired_runs(root, articles=12)
    ids = [r.id for r in read_briefings(a)]
    return gold, a, write_run(root / "failed", {}, errors=dict.fromkeys(ids, "HTTP 500"))


def not_comparable(root: Path) -> RunPair:
    """20 articles; B stopped after 15 (identical to A on those)."""
    gold, a, _ = paired_runs(root, articles=20)
    return gold, a, _copy_run(root, a, "interrupted", keep=15)


GATE_CASES: dict[str, Callable[[Path], RunPair]] = {
    f.__name__: f for f in (improved, regressed, few_articles, failed_run, not_comparable)
}
