"""The runs under the workspace's RUNS_DIR and what the runs page shows about each.

Manifests are read as plain JSON through the guarded reader (`newsbrief.inputs.jsonl`),
not through `Manifest`, so the page keeps working with manifests written by newer
versions (extra counts such as `partial`), and a damaged manifest (half-written, edited,
hostile) shows that one run as "damaged", with the reason, while the rest are served.
Every path the app opens is resolved here, under RUNS_DIR, and nowhere else.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import BriefingError
from newsbrief.inputs.jsonl import BadLine, load_json_file
from newsbrief.inputs.lines import printable
from newsbrief.run.rundir import MANIFEST
from newsbrief.run.verdict import judge_manifest

__all__ = ["RunSummary", "RunsDir", "WorkspaceError"]

EVAL_FILE = "eval.json"
SKIP_DIRS = {".view-cache", "gold", ".git", "__pycache__"}


class WorkspaceError(BriefingError):
    """A runs folder, gold file or annotator name the workspace cannot use."""


@dataclass(frozen=True)
class RunSummary:
    """One row of the runs page."""

    name: str  # path relative to RUNS_DIR, with forward slashes: the run's id in URLs
    run_id: str
    model: str
    backend: str
    prompt: str
    prompt_hash: str
    status: str
    badge: str  # what the status badge says: the status, or why a finished run is bad
    badge_kind: str  # its colour: the status, or "bad"
    problem: str  # the reason a finished run is bad ("" when it is not)
    title: str  # the name to show: the folder's own name when the run is RUNS_DIR itself
    started_at: str
    read: int
    ok: int
    errors: int
    partial: int | None
    tokens: int
    cost_usd: float
    grounding_rate: float | None
    faithfulness: float | None  # share of prose claims the article supports
    elapsed_s: float
    overall: float | None
    damage: str | None = None  # why the manifest cannot be read (the run shows as damaged)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _json(path: Path) -> dict[str, Any] | BadLine:
    """A JSON object file through the guarded reader; a `BadLine` says why not."""
    data = load_json_file(path)
    if isinstance(data, BadLine | dict):
        return data
    return BadLine(path, 0, "not a JSON object")


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _int(value: object) -> int:
    number = _number(value)
    return int(number) if number is not None else 0


def _overall(run_dir: Path) -> float | None:
    data = _json(run_dir / EVAL_FILE) if (run_dir / EVAL_FILE).exists() else {}
    overall = _dict(_dict(data).get("aggregate")).get("overall")
    return _number(_dict(overall).get("mean"))


def summarise(root: Path, run_dir: Path) -> RunSummary:
    found = _json(run_dir / MANIFEST)
    m = _dict(found)
    counts, usage = _dict(m.get("counts")), _dict(m.get("usage"))
    rate = m.get("grounding_rate")
    partial = counts.get("partial", m.get("partial"))
    status = str(m.get("status", "unreadable")) if m else "unreadable"
    if isinstance(found, BadLine):
        status = "damaged"
    verdict = judge_manifest(m) if m else None
    bad = verdict is not None and verdict.problem is not None
    return RunSummary(
        name=run_dir.relative_to(root).as_posix() if run_dir != root else ".",
        run_id=str(m.get("run_id", run_dir.name)),
        model=str(m.get("model", "?")),
        backend=str(m.get("backend", "?")),
        prompt=f"{m.get('prompt_id', '?')}@v{m.get('prompt_version', '?')}",
        prompt_hash=str(m.get("prompt_hash", "")),
        status=status,
        badge=verdict.badge if verdict is not None else status,
        badge_kind="bad" if bad else status,
        problem=(verdict.problem or "") if verdict is not None else "",
        title=run_dir.relative_to(root).as_posix() if run_dir != root else run_dir.name,
        started_at=str(m.get("started_at", "")),
        read=_int(counts.get("read")),
        ok=_int(counts.get("ok")),
        errors=_int(counts.get("errors")),
        partial=int(partial)
        if isinstance(partial, int) and not isinstance(partial, bool)
        else None,
        tokens=_int(usage.get("prompt_tokens")) + _int(usage.get("completion_tokens")),
        cost_usd=_number(usage.get("cost_usd")) or 0.0,
        grounding_rate=_number(rate),
        faithfulness=_number(_dict(m.get("faithfulness")).get("supported_rate")),
        elapsed_s=_number(m.get("elapsed_s")) or 0.0,
        overall=_overall(run_dir),
        damage=f"{printable(str(found), 300)}; restore the file or move this run away"
        if isinstance(found, BadLine)
        else None,
    )


class RunsDir:
    """RUNS_DIR: a run directory itself, or a folder of them (two levels deep at most)."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        if not root.is_dir():
            raise WorkspaceError(f"{root} is not a folder; give the folder that holds your runs")
        self.root = root.resolve()
        self.cache_dir = (cache_dir or self.root / ".view-cache").resolve()

    def run_dirs(self) -> list[Path]:
        if (self.root / MANIFEST).is_file():
            return [self.root]
        found: list[Path] = []
        for child in sorted(self.root.iterdir()):
            if not child.is_dir() or child.name in SKIP_DIRS or child.is_symlink():
                continue
            if (child / MANIFEST).is_file():
                found.append(child)
                continue
            found.extend(
                grand
                for grand in sorted(child.iterdir())
                if grand.is_dir() and not grand.is_symlink() and (grand / MANIFEST).is_file()
            )
        return found

    def summaries(self) -> list[RunSummary]:
        return [summarise(self.root, run_dir) for run_dir in self.run_dirs()]

    def summaries_by_dir(self) -> dict[Path, RunSummary]:
        return {run_dir: summarise(self.root, run_dir) for run_dir in self.run_dirs()}

    def resolve(self, name: str) -> Path:
        """The run directory named `name`, only if it is one of the runs under RUNS_DIR."""
        candidate = (self.root / name).resolve() if name != "." else self.root
        if not candidate.is_relative_to(self.root) or not (candidate / MANIFEST).is_file():
            raise KeyError(name)
        if candidate not in self.run_dirs():
            raise KeyError(name)
        return candidate

    def index_path(self, run_dir: Path) -> Path:
        key = hashlib.sha256(str(run_dir).encode("utf-8")).hexdigest()[:16]
        return self.cache_dir / f"{run_dir.name[:40]}-{key}.sqlite"
