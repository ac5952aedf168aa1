"""The local async engine: stream an archive through the per-article step into a run dir.

Data flow: intake (the reader, one line at a time, minus what is done) -> bounded in-flight window
(`concurrency` tasks at most, never one task per article up front, so memory stays flat
however long the archive) -> rate limiter (RPM/TPM estimate, corrected after the call)
-> `newsbrief.step.brief.brief_article` (cache, backend, cost) -> the single `RecordWriter`
(group commits; the manifest is checkpointed after each). One backend instance, and so
one HTTP client, serves the whole run. A `FatalBackendError` or a sustained error rate
stops the run with status 'stopped'; rerunning the same command resumes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.backends import create_backend
from newsbrief.backends.base import Backend
from newsbrief.errors import BriefingError
from newsbrief.inputs.lines import InputLimits
from newsbrief.inputs.reader import FieldMap, open_text
from newsbrief.judge import Judge
from newsbrief.prompting.spec import PromptSpec, load_prompt
from newsbrief.run.cache import ResponseCache
from newsbrief.run.cost import load_prices
from newsbrief.run.fingerprint import run_settings
from newsbrief.run.intake import Intake
from newsbrief.run.progress import RunProgress, count_lines, make_progress
from newsbrief.run.rundir import RecordWriter, write_manifest
from newsbrief.run.session import RunIdentity, Session, open_session, run_dir_name
from newsbrief.run.signals import interruption_reason
from newsbrief.run.supersede import settle_edits
from newsbrief.run.window import Engine, EngineLimits
from newsbrief.schemas import Manifest
from newsbrief.schemas.records import utc_now

__all__ = ["RunOptions", "run"]


@dataclass
class RunOptions:
    """Everything `briefing run` can set; defaults suit a small interactive run."""

    input: Path
    out: Path = Path("runs")
    source: str | None = None  # what the user gave, when `input` was staged from it
    run_dir: Path | None = None
    fresh: bool = False
    model: str | None = None
    prompt: str = "briefing@v1"
    limit: int | None = None
    repeat: int = 1  # samples per article (--repeat)
    fields: FieldMap = field(default_factory=FieldMap)
    input_limits: InputLimits = field(default_factory=InputLimits)
    concurrency: int = 8
    limits: EngineLimits = field(default_factory=EngineLimits)
    retry_errors: bool = False
    cache: bool = True
    cache_dir: Path | None = None
    prices: Path | None = None
    quiet: bool = False
    progress_interval: float = 10.0
    commit_lines: int = 500
    commit_seconds: float = 2.0


def resolve_run_dir(options: RunOptions, backend: Backend) -> Path:
    """--run-dir as given, else a deterministic folder under --out (so reruns resume)."""
    if options.run_dir is not None:
        return options.run_dir
    prompt = load_prompt(options.prompt)
    return options.out / run_dir_name(
        options.input, RunIdentity.of(backend), prompt, options.fresh, options.repeat
    )


async def run(
    options: RunOptions, backend: Backend | None = None, judge: Judge | None = None
) -> tuple[Path, Manifest]:
    """Run (or resume) the whole job; returns the run directory and its final manifest.

    `judge` (`--judge`) judges each briefing's doubtful claims as it is made; its
    requests go through the run's cache, rate limits and price table, its cost is
    counted apart (`manifest.judge`).

    A stopped run returns normally with `manifest.status == 'stopped'` and a
    `stop_reason`; the CLI turns that into a message and a non-zero exit.
    """
    prompt = load_prompt(options.prompt)
    open_text(options.input).close()  # a missing input is a user error, before any run dir
    backend = backend or create_backend(options.model)
    try:
        identity = RunIdentity.of(backend)
        session = open_session(
            resolve_run_dir(options, backend),
            options.input,
            identity,
            prompt,
            retry_errors=options.retry_errors,
            settings=settings_of(options, identity, prompt),
            options=session_options(options),
            repeat=options.repeat,
        )
        try:
            return await _run_session(options, backend, session, judge)
        except BaseException as exc:
            _mark_unfinished(session, exc)
            raise
        finally:
            session.close()
    finally:
        if judge is not None:
            await judge.aclose()
        await backend.aclose()


def settings_of(
    options: RunOptions, identity: RunIdentity, prompt: PromptSpec, location: str | None = None
) -> dict[str, Any]:
    """The settings fingerprinted in the manifest (see `newsbrief.run.fingerprint`);
    `location` is the Ray engine's input as a URI, when it reads one."""
    return run_settings(
        location or options.input,
        options.fields,
        identity.backend,
        identity.model,
        identity.parameters,
        prompt,
        source=options.source,
        repeat=options.repeat,
    )


def session_options(options: RunOptions) -> dict[str, Any]:
    """What one session was asked that does not change a briefing (for `sessions`)."""
    return {
        "limit": options.limit,
        "concurrency": options.concurrency,
        "input_limits": options.input_limits.as_dict(),
        "max_error_rate": options.limits.max_error_rate,
    }


def _mark_unfinished(session: Session, exc: BaseException) -> None:
    """A session that failed before its engine started (a cache or price file it
    cannot use) must not leave the manifest saying `running`."""
    manifest = session.manifest
    if manifest.status != "running":
        return  # the engine already recorded how it ended
    if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
        manifest.status, manifest.stop_reason = "stopped", interruption_reason()
    else:
        manifest.status, manifest.stop_reason = "failed", failure_reason(exc)
    manifest.finished_at = utc_now()
    manifest.end_session()
    with contextlib.suppress(BriefingError):
        write_manifest(session.run_dir, manifest)


def record_settings(manifest: Manifest, options: RunOptions, backend: Backend) -> None:
    """What every engine writes into the manifest about how it reads and asks."""
    manifest.input_fields = options.fields.as_dict()
    manifest.parameters = backend.sent_parameters(load_prompt(options.prompt))
    if options.source is not None:  # a staged folder, page, table or paste
        manifest.input_source = options.source


async def _run_session(
    options: RunOptions, backend: Backend, session: Session, judge: Judge | None = None
) -> tuple[Path, Manifest]:
    run_dir, manifest = session.run_dir, session.manifest
    record_settings(manifest, options, backend)
    prompt = load_prompt(options.prompt)
    prices = load_prices(options.prices)
    cache = ResponseCache(options.cache_dir) if options.cache else None
    elapsed_before = manifest.elapsed_s
    started = time.perf_counter()

    def checkpoint() -> None:
        manifest.elapsed_s = round(elapsed_before + time.perf_counter() - started, 3)
        manifest.end_session()
        write_manifest(run_dir, manifest)

    writer = RecordWriter(
        run_dir,
        commit_lines=options.commit_lines,
        commit_seconds=options.commit_seconds,
        on_commit=checkpoint,
    )
    total = count_lines(options.input, options.limit)
    progress = make_progress(
        None if total is None else total * options.repeat,
        session.state.done,
        quiet=options.quiet,
        interval=options.progress_interval,
        samples=options.repeat,
    )
    if cache is not None and cache.warning:
        progress.note(cache.warning)
    engine = Engine(
        backend,
        prompt,
        manifest,
        writer,
        progress,
        limits=options.limits,
        concurrency=options.concurrency,
        cache=cache.scope(backend, prompt) if cache else None,
        prices=prices,
        judge=judge,
    )
    if judge is not None:
        judge.cache, judge.prices = cache, prices
    ticker = asyncio.create_task(_tick(engine, writer, progress, options.commit_seconds))
    failing = False
    try:
        intake = Intake(
            options.input,
            options.fields,
            session.state.index,
            options.limit,
            options.input_limits,
            repeat=options.repeat,
        )
        try:
            await engine.drive(intake)
        finally:
            manifest.counts.skipped = intake.skipped
            manifest.counts.duplicates = intake.duplicates
        if engine.stop_reason:
            manifest.status, manifest.stop_reason = "stopped", engine.stop_reason
        else:
            if intake.complete:
                writer.close()
                _set_aside_superseded(session, intake)
            manifest.status = "finished"
    except (KeyboardInterrupt, asyncio.CancelledError):
        manifest.status, manifest.stop_reason = "stopped", interruption_reason()
        failing = True
        raise
    except BaseException as exc:
        manifest.status, manifest.stop_reason = "failed", failure_reason(exc)
        failing = True
        raise
    finally:
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker
        await engine.cancel_in_flight()
        progress.close()
        if cache is not None:
            cache.close()
        manifest.finished_at = utc_now()
        _close(writer, checkpoint, manifest, failing)
    return run_dir, manifest


def failure_reason(exc: BaseException) -> str:
    """The manifest's `stop_reason` for a run that failed."""
    if isinstance(exc, BriefingError):
        return str(exc)
    return f"internal error ({type(exc).__name__}: {exc}); this is a bug, please report it"


def _close(
    writer: RecordWriter, checkpoint: Callable[[], None], manifest: Manifest, failing: bool
) -> None:
    """Commit the last records and the manifest. If that fails (the disk filled up), the
    manifest still says `failed` and why, where there is room to write it; the error is
    raised unless the run is already failing for its own reason (that one is kept)."""
    try:
        writer.close()  # the last commit checkpoints the manifest
        checkpoint()
    except BriefingError as exc:
        if not failing:
            manifest.status, manifest.stop_reason = "failed", str(exc)
        with contextlib.suppress(BriefingError):
            checkpoint()
        if not failing:
            raise


def _set_aside_superseded(session: Session, intake: Intake) -> None:
    """After a complete pass, records of lines that were edited or removed move aside."""
    moved = settle_edits(session.run_dir, session.state, intake.ids)
    counts = session.manifest.counts
    counts.ok -= moved.briefings
    counts.errors -= moved.errors
    counts.read -= moved.total
    counts.superseded += moved.total


async def _tick(
    engine: Engine, writer: RecordWriter, progress: RunProgress, seconds: float
) -> None:
    """Commit lines that have waited `seconds`, even when no new record arrives."""
    while True:
        await asyncio.sleep(max(0.05, seconds / 2))
        try:
            writer.commit_if_due()
        except BriefingError as exc:  # disk full: the engine stops and re-raises it
            engine.fail(exc)
            return
        progress.refresh()
