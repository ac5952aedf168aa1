"""Read a run directory for scoring: the best record of each article, re-validated.

The files are found through `newsbrief.run.rundir`, the one module that knows a run
directory's names, and read through `newsbrief.inputs.jsonl`, the guarded reader of
every JSON Lines file (the only parts of the runtime evals imports). Every
briefing line is re-validated against the current `Briefing` schema, so a run written
by an older schema or a buggy backend shows up as a schema-validity rate instead of a
crash. Per article the best evidence wins: a valid briefing, else an invalid line,
else an error record (a resumed run may hold an error and a later success).

A run made with `--repeat k` holds up to k records per article, each with its `sample`
index: `samples` keeps the best record of each (article, sample), and `predictions`
the best of an article's samples (the briefing a report shows).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from newsbrief.errors import RunDirError
from newsbrief.evals.usage_errors import RunReadError
from newsbrief.inputs.jsonl import BadLine, read_json_lines, skip
from newsbrief.run.rundir import BRIEFINGS, ERRORS, read_manifest
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
    sample: int | None = None  # which sample (`--repeat`); None in a run without repeats
    tokens: int | None = None
    cost_usd: float | None = None
    latency_s: float | None = None
    message: str | None = None  # error message or first validation error


@dataclass
class RunData:
    path: Path
    manifest: Manifest
    predictions: dict[str, Prediction] = field(default_factory=dict)
    # article id -> sample index -> best record of that sample (runs made with --repeat)
    samples: dict[str, dict[int, Prediction]] = field(default_factory=dict)
    unreadable_lines: int = 0  # torn, damaged or non-record lines
    anonymous_errors: int = 0  # error records without an article id

    @property
    def repeat(self) -> int:
        """Samples per article: the manifest's k, or more if records say so."""
        highest = max((max(found) for found in self.samples.values()), default=-1)
        return max(self.manifest.repeat, highest + 1)

    def keep(self, prediction: Prediction) -> None:
        """Keep `prediction` where it is the best evidence for its article (and sample)."""
        _keep(self.predictions, prediction)
        if prediction.sample is not None:
            _keep(self.samples.setdefault(prediction.id, {}), prediction, prediction.sample)


def _from_briefing(obj: dict) -> Prediction | None:
    """Validate one briefings.jsonl record; an invalid one keeps its id and first error."""
    try:
        record = BriefingRecord.model_validate(obj)
    except ValidationError as exc:
        article_id = obj.get("id")
        if not isinstance(article_id, str):
            return None
        sample = obj.get("sample")
        return Prediction(
            article_id,
            "invalid",
            message=str(exc.errors()[0]["msg"]),
            sample=sample if isinstance(sample, int) and sample >= 0 else None,
        )
    return Prediction(
        record.id,
        "partial" if record.status == "partial" else "ok",
        record.briefing,
        sample=record.sample,
        tokens=record.usage.total_tokens,
        cost_usd=record.usage.cost_usd,
        latency_s=record.latency_s,
    )


def _records(path: Path) -> Iterator[dict]:
    """The readable lines of a run file; a damaged one is noted (a torn last line is a
    crash that resume repairs) and counted by the caller as unreadable."""
    for _, obj in read_json_lines(path):
        if isinstance(obj, BadLine):
            if not obj.torn:
                skip(obj, "not scored: counted as an unreadable line")
            yield {}
            continue
        yield obj


def _keep(found: dict, prediction: Prediction, key: str | int | None = None) -> None:
    key = prediction.id if key is None else key
    current = found.get(key)
    if current is None or _RANK[prediction.status] >= _RANK[current.status]:
        found[key] = prediction


def read_run(run_dir: Path | str) -> RunData:
    """Load a run directory; raise `RunReadError` with a fix when it is not one."""
    path = Path(run_dir)
    try:
        manifest = read_manifest(path)
    except RunDirError as exc:
        raise RunReadError(str(exc)) from exc
    run = RunData(path=path, manifest=manifest)
    for obj in _records(path / BRIEFINGS):
        prediction = _from_briefing(obj) if obj else None
        if prediction is None:
            run.unreadable_lines += 1
            continue
        run.keep(prediction)
    for obj in _records(path / ERRORS):
        try:
            error = ErrorRecord.model_validate(obj) if obj else None
        except ValidationError:
            error = None
        if error is None:
            run.unreadable_lines += 1
            continue
        if error.id is None:
            run.anonymous_errors += 1
            continue
        run.keep(
            Prediction(
                error.id,
                "error",
                sample=error.sample,
                tokens=error.usage.total_tokens,
                cost_usd=error.usage.cost_usd,
                message=f"{error.kind}: {error.message}",
            )
        )
    return run
