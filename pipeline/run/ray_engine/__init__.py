"""The Ray Data engine: `briefing run --engine ray [--address ADDR]`.

The same per-article step as the local engine (`newsbrief.step.brief.brief_article`), spread
over a pool of Ray actors that each hold one backend, writing the same run directory
through one writer in the driver. Ray is the optional `[ray]` extra: importing this
package never needs it; calling `run_on_ray` without it raises `RayNotInstalledError`.

- `cluster`: the optional import, starting or joining Ray, `RayOptions`
- `source`: JSONL / JSONL.gz lines with their line numbers, from any pyarrow filesystem
- `gate`: the cluster-wide RPM/TPM buckets (one actor) and the worker-side client
- `worker`: the Ray Data callable class that briefs a batch
- `sink`: the driver's side: counts, the single writer, progress, error-rate brake
- `driver`: `run_with_ray`, wiring the above around the local engine's session
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsbrief.backends.base import Backend
from newsbrief.judge import JudgeSpec
from newsbrief.run.local import RunOptions
from newsbrief.run.ray_engine.cluster import (
    RayClusterError,
    RayNotInstalledError,
    RayOptions,
    RayRunError,
    require_ray,
)
from newsbrief.schemas import Manifest

__all__ = [
    "RayClusterError",
    "RayNotInstalledError",
    "RayOptions",
    "RayRunError",
    "refuse_repeat",
    "run_on_ray",
]


def refuse_repeat(repeat: int) -> None:
    """`--repeat` is the local engine's: a Ray worker turns one input line into one
    record and checks resume by article id, so a run with samples is refused before
    anything starts, rather than briefed once per article."""
    if repeat > 1:
        raise RayRunError(
            f"--repeat {repeat} needs the local engine: drop --engine ray, or use --repeat 1"
            " with Ray"
        )


def run_on_ray(
    options: RunOptions,
    make_backend: Callable[[], Backend],
    ray_options: RayOptions | None = None,
    judge: JudgeSpec | None = None,
) -> tuple[Path, Manifest]:
    """Run (or resume) `options` on Ray; see `newsbrief.run.ray_engine.driver.run_with_ray`
    (`judge`: `--judge`, judged in the workers).

    A run with `--repeat` above 1 is refused (`refuse_repeat`)."""
    refuse_repeat(options.repeat)
    require_ray()
    from newsbrief.run.ray_engine.driver import run_with_ray

    return run_with_ray(options, make_backend, ray_options, judge)
