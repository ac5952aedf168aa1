"""Reaching Ray: the optional import, and starting or joining a cluster quietly.

Ray is an optional extra (`pip install 'briefing[ray]'`), so nothing here imports it at
module level: choosing the engine without the extra is a `RayNotInstalledError` naming
the extra, never an ImportError. A run either joins a running cluster (`--address`) or
starts a private local instance sized to this machine and stops it at the end; when the
caller already started Ray (tests, notebooks) that instance is used and left running.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType

from newsbrief.errors import BriefingError

__all__ = [
    "RayClusterError",
    "RayNotInstalledError",
    "RayOptions",
    "RayRunError",
    "ray_session",
    "require_ray",
    "worker_count",
]

EXTRA_HINT = (
    "pip install 'briefing[ray]' (in a checkout: pip install -e '.[ray]'), "
    "or run without --engine ray"
)


class RayNotInstalledError(BriefingError):
    """`--engine ray` was chosen but the [ray] extra is not installed."""


class RayClusterError(BriefingError):
    """The Ray cluster named by --address cannot be reached or started."""


class RayRunError(BriefingError):
    """The Ray job itself failed (e.g. a batch kept killing its worker); records so far
    are kept and rerunning the command resumes."""


@dataclass(frozen=True)
class RayOptions:
    """How the Ray engine spreads the work; the per-article step is the engine's own.

    - `workers`: actors, each holding one backend (one HTTP client) and keeping
      `RunOptions.concurrency` articles in flight (None: as many as the cluster's CPUs
      allow at `cpus_per_worker` each, one CPU left for reading).
    - `batch_size`: articles handed to an actor at a time (None: the per-actor
      concurrency), and the size of the blocks the archive is read in, so that each
      batch is one Ray task whose records come back as soon as it is done.
    - `calls_per_worker`: batches an actor is handed at once (they share its slots).
      Measured here against a 0.25 s endpoint: with 1, Ray Data spread the batches
      evenly over the actors in every run (about 100 articles/s with 2 x 16 slots);
      with 2 or 3 it sometimes queued every batch on one actor, halving the rate.

    A batch whose worker died is retried on a restarted worker (Ray Data's default for
    actor pools: it retries until the run ends, so no article is dropped).
    """

    address: str | None = None
    workers: int | None = None
    cpus_per_worker: float = 0.5
    batch_size: int | None = None
    calls_per_worker: int = 1
    local_cpus: int | None = None


def require_ray() -> ModuleType:
    """The `ray` module with Ray Data, or a clear message naming the extra."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        missing = exc.name or "ray"
        raise RayNotInstalledError(
            f"the Ray engine needs the [ray] extra (missing module {missing!r}): {EXTRA_HINT}"
        ) from exc
    return ray


def _quiet_ray_data() -> None:
    """No progress bars or per-operator chatter: the run has its own progress display."""
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    context.print_on_execution_start = False
    context.verbose_stats_logs = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # it warns that the bars we just turned off are off
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)


@contextmanager
def ray_session(options: RayOptions) -> Iterator[ModuleType]:
    """Ray for the duration of a run: a private instance started and stopped here, or a
    cluster joined and left running; one the caller already started is used as it is."""
    ray = require_ray()
    if ray.is_initialized():
        _quiet_ray_data()
        yield ray
        return
    # Without --address (or $RAY_ADDRESS) start a private instance: plain `ray.init()`
    # would join whatever cluster `ray start` last left on this machine.
    address = options.address or os.environ.get("RAY_ADDRESS") or "local"
    check_reachable(address)
    try:
        ray.init(
            address=address,
            num_cpus=options.local_cpus if address == "local" else None,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.WARNING,
            configure_logging=True,
        )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = "a local instance" if address == "local" else address
        raise RayClusterError(
            f"cannot start or reach Ray ({where}): {exc}. Check --address (e.g. "
            "ray://HEAD:10001 or HEAD:6379 after `ray start --head`), or leave it out to "
            "run on this machine"
        ) from exc
    _quiet_ray_data()
    try:
        yield ray
    finally:
        ray.shutdown()


REACH_TIMEOUT_S = 5.0


def check_reachable(address: str, timeout: float = REACH_TIMEOUT_S) -> None:
    """Fail within `timeout` seconds when a cluster address does not answer.

    `ray.init` retries an unreachable head for minutes before it gives up; one TCP
    connect says the same thing at once. Only HOST:PORT and ray://HOST:PORT addresses are
    checked ("local", "auto" and others are left to Ray)."""
    target = address.removeprefix("ray://")
    host, sep, port_text = target.rpartition(":")
    if not sep or not port_text.isdigit() or not host:
        return
    host = host.strip("[]")
    try:
        with socket.create_connection((host, int(port_text)), timeout=timeout):
            return
    except (OSError, ValueError, OverflowError) as exc:
        raise RayClusterError(
            f"cannot reach the Ray cluster at {address} ({exc}). Check --address (e.g. "
            "ray://HEAD:10001 or HEAD:6379 after `ray start --head`) and that the head "
            "node is running, or leave --address out to run on this machine"
        ) from None


def worker_count(ray: ModuleType, options: RayOptions) -> int:
    """--workers, else as many actors as the cluster's CPUs allow at `cpus_per_worker`,
    keeping one CPU free for reading the archive."""
    if options.workers:
        return options.workers
    cpus = float(ray.cluster_resources().get("CPU", 1.0))
    return max(1, int(max(cpus - 1.0, options.cpus_per_worker) / options.cpus_per_worker))
