"""Read a run directory for scoring: the best record of each article, re-validated.

The files are found and read through `newsbrief.run.rundir`, the one module that knows
a run directory's names (the only part of the runtime evals imports). Every
briefing line is re-validated against the current `Briefing` schema, so a run written
by an older schema or a buggy backend shows up as a schema-validity rate instead of a
crash. Per article the best evidence wins: a valid briefing, else an invalid line,
else an error record (a resumed run may hold an error and a later success).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from newsbrief.errors import RunDirError
from newsbrief.evals.usage_errors import RunReadError
from newsbrief.run.rundir import BRIEFINGS, ERRORS, read_manifest, record_lines
from newsbrief.schemas import Briefing, BriefingRecord, ErrorRecord, Manifest

Status = Literal["ok", "partial", "invalid", "error"]
# A full briefing beats a salvaged (partial) one, which beats an invalid line or an error.
_RANK: dict[str, int] = {"error": 0, "invalid": 1, "partial": 2, "ok": 3}


@dataclass(frozen=True)
class Prediction:
    """What a run produced for one article."""

    id: str
    status: Status
    briefing: Briefing | None = None
    tokens: int | None = None
    cost_usd: float | None = None
    latency_s: float | None = None
    message: str | None = None  # error message or first validation error


@dataclass
class RunData:
    path: Path
    manifest: Manifest
    predictions: dict[str, Prediction] = field(default_factory=dict)
    unreadable_lines: int = 0  # torn or non-JSON lines
    anonymous_errors: int = 0  # error records without an article id


def _error_record(line: str) -> ErrorRecord | None:
    try:
        return ErrorRecord.model_validate_json(line)
    except ValidationError:
        return None


def _from_briefing_line(line: str) -> Prediction | None:
    """Validate one briefings.jsonl line (pydantic parses the JSON itself: faster)."""
    try:
        record = BriefingRecord.model_validate_json(line)
    except ValidationError as exc:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            return None  # a torn line
        article_id = obj.get("id") if isinstance(obj, dict) else None
        if not isinstance(article_id, str):
            return None
        return Prediction(article_id, "invalid", message=str(exc.errors()[0]["msg"]))
    return Prediction(
        record.id,
        "partial" if record.status == "partial" else "ok",
        record.briefing,
        tokens=record.usage.total_tokens,
        cost_usd=record.usage.cost_usd,
        latency_s=record.latency_s,
    )


def _keep(found: dict[str, Prediction], prediction: Prediction) -> None:
    current = found.get(prediction.id)
    if current is None or _RANK[prediction.status] >= _RANK[current.status]:
        found[prediction.id] = prediction


def read_run(run_dir: Path | str) -> RunData:
    """Load a run directory; raise `RunReadError` with a fix when it is not one."""
    path = Path(run_dir)
    try:
        manifest = read_manifest(path)
    except RunDirError as exc:
        raise RunReadError(str(exc)) from exc
    run = RunData(path=path, manifest=manifest)
    for line in record_lines(path / BRIEFINGS):
        prediction = _from_briefing_line(line)
        if prediction is None:
            run.unreadable_lines += 1
            continue
        _keep(run.predictions, prediction)
    for line in record_lines(path / ERRORS):
        error = _error_record(line)
        if error is None:
            run.unreadable_lines += 1
            continue
        if error.id is None:
            run.anonymous_errors += 1
            continue
        _keep(
            run.predictions,
            Prediction(
                error.id,
                "error",
                tokens=error.usage.total_tokens,
                cost_usd=error.usage.cost_usd,
                message=f"{error.kind}: {error.message}",
            ),
        )
    return run
