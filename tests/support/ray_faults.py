"""Faults for `briefing run --engine ray --address`: worker nodes and the driver killed.

Shared by `tests/run/ray_engine/test_ray_node_faults.py` and `benchmarks/ray_faults.py`. The run is
the real command line in its own process (the driver), against a `LocalRayCluster`.
`node_kills` kills a worker node at each of the given progress points (records written)
and starts a replacement node, as an autoscaler would; `driver_kills` SIGKILLs the
driver at each point instead. Either way the same command is rerun until the run
directory says `finished` (a stopped or failed run is resumed, as a user would), and
`RunOutcome` says what it took.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.ray_cluster import LocalRayCluster

__all__ = ["FaultPlan", "RunOutcome", "briefing_command", "records_written", "run_with_faults"]

BRIEFING = Path(sys.executable).with_name("briefing")


def briefing_command(
    archive: Path, run_dir: Path, address: str, *, workers: int, concurrency: int
) -> list[str]:
    return [
        str(BRIEFING),
        "run",
        str(archive),
        "--engine",
        "ray",
        "--address",
        address,
        "--workers",
        str(workers),
        "--concurrency",
        str(concurrency),
        "--model",
        "openai:test-model",
        "--run-dir",
        str(run_dir),
        "--quiet",
    ]


def records_written(run_dir: Path) -> int:
    """Whole lines in briefings.jsonl and errors.jsonl (what a kill can no longer lose)."""
    total = 0
    for name in ("briefings.jsonl", "errors.jsonl"):
        path = run_dir / name
        if path.exists():
            total += path.read_bytes().count(b"\n")
    return total


@dataclass
class FaultPlan:
    """Kill something when the run directory holds each of `at_records` records."""

    at_records: list[float]
    target: str = "node"  # node | driver
    # Seconds since the first driver started, instead of records (the writer commits
    # lines in groups, so the record count moves in steps of up to 500).
    by_time: bool = False
    # A point already passed when the kill before it is done (a node kill waits for its
    # replacement) moves to `min_gap` records past that kill, so every kill still lands
    # mid-run instead of being skipped; 0 keeps the points as drawn.
    min_gap: int = 0


@dataclass
class RunOutcome:
    wall_s: float
    attempts: int  # driver processes started (1 + reruns)
    exit_codes: list[int]
    kills: list[dict[str, object]] = field(default_factory=list)
    status: str = ""
    last_output: str = ""


def _kill_node(cluster: LocalRayCluster) -> dict[str, object]:
    """Kill the worker node running the most briefing workers; start its replacement."""
    workers = [n for n in cluster.nodes if n.name != "head" and n.process.poll() is None]
    victim = max(workers, key=lambda n: len(cluster.worker_processes(n)))
    briefing_workers = len(cluster.worker_processes(victim))
    killed = victim.kill()
    cluster.nodes.remove(victim)
    started = time.perf_counter()
    cluster.add_worker_node()
    return {
        "node": victim.name,
        "processes": len(killed),
        "briefing_workers": briefing_workers,
        "replacement_s": round(time.perf_counter() - started, 1),
    }


def _drain(process: subprocess.Popen[bytes], into: list[bytes]) -> None:
    """Read the driver's output as it comes, so a full pipe never blocks it."""
    assert process.stdout is not None
    into.append(process.stdout.read())


def run_with_faults(
    command: list[str],
    env: dict[str, str],
    run_dir: Path,
    cluster: LocalRayCluster,
    plan: FaultPlan | None = None,
    *,
    max_attempts: int = 10,
    timeout_s: float = 600.0,
    on_kill: Callable[[dict[str, object]], None] | None = None,
) -> RunOutcome:
    """Run `command` until its run directory is finished, killing per `plan`."""
    points = sorted(plan.at_records) if plan else []
    outcome = RunOutcome(wall_s=0.0, attempts=0, exit_codes=[])
    started = time.perf_counter()
    deadline = time.monotonic() + timeout_s
    while outcome.attempts < max_attempts:
        outcome.attempts += 1
        driver = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        output: list[bytes] = []
        reader = threading.Thread(target=_drain, args=(driver, output))
        reader.start()
        while driver.poll() is None:
            if time.monotonic() > deadline:
                os.killpg(driver.pid, signal.SIGKILL)
                driver.wait()
                reader.join()
                raise TimeoutError(
                    f"the run did not finish in {timeout_s:.0f} s: "
                    + b"".join(output).decode(errors="replace")[-2000:]
                )
            progress = (
                time.perf_counter() - started
                if plan is not None and plan.by_time
                else records_written(run_dir)
            )
            if points and progress >= points[0]:
                points.pop(0)
                at = records_written(run_dir)
                if plan is not None and plan.target == "driver":
                    driver.send_signal(signal.SIGKILL)
                    kill: dict[str, object] = {"driver": driver.pid}
                else:
                    kill = _kill_node(cluster)
                kill["at_records"] = at
                outcome.kills.append(kill)
                if plan is not None and plan.min_gap:
                    now = (
                        time.perf_counter() - started if plan.by_time else records_written(run_dir)
                    )
                    points = [
                        max(point, now + plan.min_gap * (i + 1)) for i, point in enumerate(points)
                    ]
                if on_kill is not None:
                    on_kill(kill)
                continue
            time.sleep(0.1)
        reader.join()
        outcome.exit_codes.append(driver.returncode)
        outcome.last_output = b"".join(output).decode(errors="replace")
        manifest = json.loads((run_dir / "manifest.json").read_text())
        outcome.status = manifest["status"]
        if outcome.status == "finished":
            break
        # A stop or failure mid-run: the kills not reached yet still happen on the rerun.
    outcome.wall_s = time.perf_counter() - started
    return outcome
