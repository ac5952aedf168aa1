"""`briefing run --engine ray`: the same run, spread over Ray Data actors.

Data flow: `JsonlLineSource` (numbered raw lines, streamed from a local path or any
pyarrow filesystem) -> optional `limit` -> `map_batches(BriefWorker)` on a fixed pool of
actors (one backend each; parse, resume check, rate-limit gate, `brief_article`) ->
records streamed back to this process -> `RecordSink` -> the single `RecordWriter`.

Everything around the workers is the local engine's: the run directory is opened (new or
resumed, refused if it belongs to another model or prompt) by `open_session`, done ids
come from its resume scan, prices from `load_prices`, progress from `make_progress`, the
error-rate brake from `ErrorWindow`. A run directory can be started with one engine and
finished with the other.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ray
from ray.data import ActorPoolStrategy

from newsbrief.backends.base import Backend
from newsbrief.inputs.reader import open_text
from newsbrief.judge import JudgeSpec
from newsbrief.prompting.spec import PromptSpec, load_prompt
from newsbrief.run.cache import default_cache_dir
from newsbrief.run.cost import load_prices
from newsbrief.run.health import ErrorWindow
from newsbrief.run.local import (
    RunOptions,
    record_settings,
    resolve_run_dir,
    session_options,
    settings_of,
)
from newsbrief.run.progress import count_lines, make_progress
from newsbrief.run.ray_engine.cluster import RayOptions, RayRunError, ray_session, worker_count
from newsbrief.run.ray_engine.gate import RunGate
from newsbrief.run.ray_engine.sink import RecordSink
from newsbrief.run.ray_engine.source import JsonlLineSource, input_location, is_uri
from newsbrief.run.ray_engine.worker import BriefWorker, WorkerConfig, driver_environment
from newsbrief.run.rundir import RecordWriter, write_manifest
from newsbrief.run.session import RunIdentity, Session, open_session
from newsbrief.run.signals import interruption_reason, sigterm_as_interrupt
from newsbrief.schemas import Manifest
from newsbrief.schemas.records import utc_now

__all__ = ["run_with_ray"]


def run_with_ray(
    options: RunOptions,
    make_backend: Callable[[], Backend],
    ray_options: RayOptions | None = None,
    judge: JudgeSpec | None = None,
) -> tuple[Path, Manifest]:
    """Run (or resume) the job on Ray; returns the run directory and its final manifest.

    `judge` (`--judge`): every worker builds the judge it names and judges each briefing
    as the local engine does (its requests through the same rate gate); the reports land
    on the records and, through `Manifest.count`, in `manifest.judge`. Its endpoint is
    checked by the caller (the CLI's `ready_judge`) before anything starts.

    `make_backend` is called once here (for the run's identity) and once in every actor,
    so it must be picklable (e.g. `functools.partial(create_backend, "openai:MODEL")`).
    """
    ray_options = ray_options or RayOptions()
    location = input_location(options.input)
    if not is_uri(location):
        open_text(options.input).close()  # the local engine's messages for a missing file
    prompt = load_prompt(options.prompt)
    backend = make_backend()
    try:
        identity = RunIdentity.of(backend)
        run_dir = resolve_run_dir(options, backend)
        session = open_session(
            run_dir,
            options.input,
            identity,
            prompt,
            retry_errors=options.retry_errors,
            settings=settings_of(options, identity, prompt, location),
            options=session_options(options),
        )
        record_settings(session.manifest, options, backend)
    finally:
        asyncio.run(backend.aclose())
    if is_uri(location):
        session.manifest.input = location
    try:
        # After ray.init, which sets a SIGTERM handler that exits with status 15 (the run
        # ended `failed` with no reason): SIGTERM stops a Ray run the way it stops a local
        # one, as Ctrl-C (`stopped`, "terminated by SIGTERM", exit 143).
        with ray_session(ray_options), sigterm_as_interrupt():
            return _run_session(
                options, ray_options, make_backend, prompt, session, location, judge
            )
    finally:
        session.close()  # releases the run directory's lock


def _run_session(
    options: RunOptions,
    ray_options: RayOptions,
    make_backend: Callable[[], Backend],
    prompt: PromptSpec,
    session: Session,
    location: str,
    judge: JudgeSpec | None = None,
) -> tuple[Path, Manifest]:
    run_dir, manifest = session.run_dir, session.manifest
    elapsed_before, started = manifest.elapsed_s, time.perf_counter()

    def checkpoint() -> None:
        manifest.elapsed_s = round(elapsed_before + time.perf_counter() - started, 3)
        manifest.end_session()
        write_manifest(run_dir, manifest)

    limits = options.limits
    gate: Any = (
        ray.remote(RunGate)
        .options(num_cpus=0, scheduling_strategy=on_this_node(), max_restarts=-1)
        .remote(limits.rpm, limits.tpm)
    )
    config = WorkerConfig(
        make_backend=make_backend,
        prompt=prompt,
        fields=options.fields,
        done=ray.put(session.state.index),
        gate=gate,
        concurrency=options.concurrency,
        cache_dir=(options.cache_dir or default_cache_dir()).resolve() if options.cache else None,
        prices=load_prices(options.prices),
        env=driver_environment(),
        judge=judge,
        run_model=options.model,
    )
    writer = RecordWriter(
        run_dir,
        commit_lines=options.commit_lines,
        commit_seconds=options.commit_seconds,
        on_commit=checkpoint,
    )
    total = None if is_uri(location) else count_lines(options.input, options.limit)
    progress = make_progress(
        total, session.state.done, quiet=options.quiet, interval=options.progress_interval
    )
    sink = RecordSink(
        manifest,
        writer,
        progress,
        ErrorWindow(limits.max_error_rate, limits.error_window),
        pause=lambda seconds: gate.pause.remote(seconds),
        pause_s=limits.error_pause_s,
    )
    try:
        outcomes = _outcomes(location, options, ray_options, config)
        for batch in outcomes.iter_batches(batch_size=None, batch_format="numpy"):
            for line, kind, payload in zip(
                batch["line"], batch["kind"], batch["payload"], strict=False
            ):
                sink.take(int(line), str(kind), str(payload))
            writer.commit_if_due()
            if sink.stop_reason:
                break
        manifest.status = "stopped" if sink.stop_reason else "finished"
        manifest.stop_reason = sink.stop_reason
    except KeyboardInterrupt:
        manifest.status, manifest.stop_reason = "stopped", interruption_reason()
        raise
    except ray.exceptions.RayError as exc:
        manifest.status = "failed"
        raise RayRunError(
            f"the Ray job failed: {_last_line(exc)}. Records so far are kept; "
            "rerun the same command to resume"
        ) from exc
    except BaseException:
        manifest.status = "failed"
        raise
    finally:
        progress.close()
        manifest.finished_at = utc_now()
        writer.close()  # the last commit checkpoints the manifest
        checkpoint()
    return run_dir, manifest


def on_this_node() -> Any:
    """Schedule on the driver's node, and nowhere else.

    The gate and the archive's reader serve the whole run: on a worker node, losing that
    node would fail every worker's next call (the gate) or strand the read. The driver's
    node lives as long as the run does, so they go there."""
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    return NodeAffinitySchedulingStrategy(ray.get_runtime_context().get_node_id(), soft=False)


def _outcomes(
    location: str, options: RunOptions, ray_options: RayOptions, config: WorkerConfig
) -> ray.data.Dataset:
    """The lazy dataset of worker outcomes: columns line, kind, payload."""
    # A file on this machine must be read here, not on whichever node has a free CPU.
    here = None if is_uri(location) else {"ray.io/node-id": ray.get_runtime_context().get_node_id()}
    # Blocks of one batch: Ray then runs one task per batch, so records come back as soon
    # as a batch is done and a dead worker costs at most its few batches in flight.
    batch_size = ray_options.batch_size or max(1, options.concurrency)
    # The read needs no CPU of its own: on a cluster whose actors fill the driver's node
    # (a head with one CPU, say) a read asking for one would wait for ever.
    lines = ray.data.read_datasource(
        JsonlLineSource(location, batch_size), label_selector=here, num_cpus=0
    )
    if options.limit is not None:
        lines = lines.limit(options.limit)
    workers = worker_count(ray, ray_options)
    return lines.map_batches(
        BriefWorker,
        fn_constructor_kwargs={"config": config},
        batch_size=batch_size,
        batch_format="numpy",
        compute=ActorPoolStrategy(
            size=workers,
            max_concurrent_calls_per_actor=ray_options.calls_per_worker,
            enable_true_multi_threading=True,
        ),
        num_cpus=ray_options.cpus_per_worker,
    )


def _last_line(exc: BaseException) -> str:
    """Ray's errors carry the remote traceback; its last line says what happened."""
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__
