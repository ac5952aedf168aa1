"""Opening a run directory: new, or resumed after a stop or a crash.

Resuming must never mix runs: a directory made with another model, prompt or schema
is refused with a message, because its briefings would not be comparable. Plain
`--out RUNS` gets a deterministic directory name (input, model, prompt and parameters
hashed), so re-running the same command resumes the same directory; `--fresh` asks
for a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from newsbrief.backends.base import Backend
from newsbrief.errors import RunDirError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.run.fingerprint import check_settings, fingerprint
from newsbrief.run.resume import ResumeState, scan_run_dir
from newsbrief.run.rundir import (
    BRIEFINGS,
    ERRORS,
    MANIFEST,
    lock_run_dir,
    read_manifest,
    set_errors_aside,
    write_manifest,
)
from newsbrief.schemas import JudgeTotals, Manifest, SessionEntry
from newsbrief.schemas.hashing import stable_hash
from newsbrief.schemas.records import utc_now
from newsbrief.version import code_version

__all__ = ["RunIdentity", "Session", "open_session", "run_dir_name"]


@dataclass(frozen=True)
class RunIdentity:
    """What makes runs comparable: backend, model string and output-changing parameters."""

    backend: str
    model: str
    parameters: dict[str, Any]

    @classmethod
    def of(cls, backend: Backend) -> RunIdentity:
        return cls(backend.name, backend.model_string, backend.run_parameters())


@dataclass
class Session:
    """A run directory ready to append to, with what it already holds.

    Holds an exclusive lock on the directory until `close()` (the OS drops it if the
    process dies), so two runs can never append to the same files.
    """

    run_dir: Path
    manifest: Manifest
    state: ResumeState
    lock: IO[bytes] | None = None

    def close(self) -> None:
        if self.lock is not None:
            self.lock.close()
            self.lock = None


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:40] or "run"


def run_dir_name(
    input_path: Path, run: RunIdentity, prompt: PromptSpec, fresh: bool, repeat: int = 1
) -> str:
    """<input>-<model>-<prompt>v<N>[-x<k>]-<hash>: the same command always names the same
    folder, and a `--repeat k` run never lands in the folder of a run without it."""
    stem = input_path.name.removesuffix(".gz").removesuffix(".jsonl")
    named: dict[str, Any] = {
        "input": str(input_path.resolve()),
        "model": run.model,
        "prompt": prompt.content_hash,
        "parameters": run.parameters,
    }
    if repeat > 1:
        named["repeat"] = repeat
    digest = stable_hash(named, length=8)
    samples = f"-x{repeat}" if repeat > 1 else ""
    name = f"{_slug(stem)}-{_slug(run.model)}-{prompt.id}v{prompt.version}{samples}-{digest}"
    if fresh:
        name += "-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return name


def _check_same_run(run_dir: Path, old: Manifest, run: RunIdentity, prompt: PromptSpec) -> None:
    mismatches = [
        f"{label} {was!r} (now {now!r})"
        for label, was, now in (
            ("model", old.model, run.model),
            (
                "prompt",
                f"{old.prompt_id}@v{old.prompt_version}#{old.prompt_hash}",
                f"{prompt.ref}#{prompt.content_hash}",
            ),
            ("schema hash", old.schema_hash, prompt.schema_hash),
        )
        if was != now
    ]
    if mismatches:
        raise RunDirError(
            f"{run_dir} belongs to a different run: it was made with "
            + "; ".join(mismatches)
            + ". Resume it with the same --model/--prompt, or choose another --run-dir"
            " (or --fresh) for the new run"
        )


def check_repeat(run_dir: Path, old: Manifest, repeat: int) -> None:
    """Refuse to resume a run with another number of samples per article.

    Extending k would leave the run's first sessions with fewer samples per article
    than its last (and shrinking it would orphan samples), so a run's k is fixed when
    it starts, like its model and prompt.
    """
    if old.repeat != repeat:
        raise RunDirError(
            f"{run_dir} was made with --repeat {old.repeat} (now {repeat}): resume it with "
            f"--repeat {old.repeat}, or brief into a new directory (--fresh with --out, or "
            "another --run-dir)"
        )


def open_session(
    run_dir: Path,
    input_path: Path,
    run: RunIdentity,
    prompt: PromptSpec,
    *,
    retry_errors: bool = False,
    settings: dict[str, Any] | None = None,
    options: dict[str, Any] | None = None,
    repeat: int = 1,
) -> Session:
    """Create `run_dir`, or check and scan it for resuming; the session holds its lock.

    `settings` (see `newsbrief.run.fingerprint`) are checked against the manifest's and
    recorded; each session is listed in the manifest with its `options`. `repeat` (the
    samples per article) must be the manifest's: every engine opens runs here, so none
    can add single samples to a `--repeat` run, or samples to a run without it.
    """
    lock = lock_run_dir(run_dir)
    try:
        if (run_dir / MANIFEST).exists():
            old = read_manifest(run_dir)
            _check_same_run(run_dir, old, run, prompt)  # the long-standing message first
            check_repeat(run_dir, old, repeat)
            if settings is not None:
                check_settings(run_dir, old, settings)
        session = _open(run_dir, input_path, run, prompt, retry_errors)
        manifest = session.manifest
        manifest.repeat = repeat
        if settings is not None:
            manifest.settings, manifest.fingerprint = settings, fingerprint(settings)
        manifest.sessions.append(
            SessionEntry(
                started_at=utc_now(),
                code_version=manifest.code_version,
                fingerprint=manifest.fingerprint,
                options=dict(options or {}, retry_errors=retry_errors),
            )
        )
        write_manifest(run_dir, manifest)
    except BaseException:
        lock.close()
        raise
    session.lock = lock
    return session


def _open(
    run_dir: Path, input_path: Path, run: RunIdentity, prompt: PromptSpec, retry_errors: bool
) -> Session:
    has_records = (run_dir / BRIEFINGS).exists() or (run_dir / ERRORS).exists()
    if not (run_dir / MANIFEST).exists():
        if has_records:
            raise RunDirError(
                f"{run_dir} has records but no {MANIFEST}; it was not made by "
                "`briefing run`. Choose another --run-dir"
            )
        return _new_session(run_dir, input_path, run, prompt)
    old = read_manifest(run_dir)
    _check_same_run(run_dir, old, run, prompt)
    state = scan_run_dir(
        run_dir,
        old.counts.ok + old.counts.partial,
        old.counts.errors,
        index_errors=not retry_errors,
    )
    manifest = old.model_copy(deep=True)
    manifest.usage = old.usage + state.tail_usage
    manifest.counts.cached = old.counts.cached + state.tail_cached
    manifest.add_grounding(*state.tail_grounding)
    for report in state.tail_judge:
        manifest.judge = manifest.judge or JudgeTotals.start(report)
        manifest.judge.add(report)
    manifest.counts.skipped = 0
    manifest.status, manifest.stop_reason, manifest.finished_at = "running", None, None
    manifest.code_version = code_version()
    if retry_errors and state.errors:
        set_errors_aside(run_dir)
        state.errors = 0
    manifest.counts.partial = old.counts.partial + state.tail_partial
    manifest.counts.ok = state.briefings - manifest.counts.partial
    manifest.counts.errors = state.errors
    for kind, count in state.tail_repairs.items():
        manifest.repairs[kind] = manifest.repairs.get(kind, 0) + count
    manifest.counts.read = state.done
    write_manifest(run_dir, manifest)
    return Session(run_dir, manifest, state)


def _new_session(run_dir: Path, input_path: Path, run: RunIdentity, prompt: PromptSpec) -> Session:
    run_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(
        run_id=run_dir.name,
        input=str(input_path),
        backend=run.backend,
        model=run.model,
        parameters=run.parameters,
        prompt_id=prompt.id,
        prompt_version=prompt.version,
        prompt_hash=prompt.content_hash,
        schema_hash=prompt.schema_hash,
        code_version=code_version(),
        started_at=utc_now(),
    )
    write_manifest(run_dir, manifest)
    return Session(run_dir, manifest, scan_run_dir(run_dir))
