"""Ray engine vs local async engine: articles a second over the same archive, same run.

    python benchmarks/ray_throughput.py                       # latency 0.25 s and 0 s
    python benchmarks/ray_throughput.py --articles 5000 --latency 0.5 --concurrency 64
    python benchmarks/ray_throughput.py --answers small       # the earlier rows' answers

The fake OpenAI-compatible server runs in its own process with a fixed latency L and
answers, like `throughput.py`'s, with model-sized briefings of real articles
(`--answers realistic`, the default) or the three-sentence answers of the earlier rows
(`--answers small`); the backend's settings are `throughput.py`'s too. Both
engines get the same total number of articles in flight (`--concurrency`; Ray splits it
over `--workers` actors) and brief the same archive into fresh run directories with the
cache off. Two rates are reported per engine: end to end (wall time of the call,
Ray's start and actor start-up included) and steady state (records divided by the span
between the first and the last record's `created_at`), plus the CPU this process spent
per article: the whole step for the local engine, only the driver's share (reading,
receiving records, writing) for Ray. The ratio Ray / local is what to quote: absolute figures depend on machine load (check `uptime`). On one 2-core machine
Ray cannot show a multi-machine speed-up: its workers share the cores with the driver,
the fake server and Ray's own daemons.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import resource
import signal
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# The archive and the fake server are the local-engine benchmark's, so both benchmarks
# measure the same articles against the same server.
from benchmarks.throughput import openai_options, start_server, write_archive


def steady_rate(run_dir: Path) -> float:
    """Records a second between the first and the last record written."""
    stamps = []
    with (run_dir / "briefings.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            stamps.append(datetime.fromisoformat(json.loads(line)["created_at"]).timestamp())
    span = max(stamps) - min(stamps)
    return (len(stamps) - 1) / span if span > 0 else float("nan")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(label: str, call: Any, run_dir: Path) -> dict[str, Any]:
    """Rates, and this process's CPU per article: for Ray, what the driver costs."""
    started, cpu = time.perf_counter(), cpu_seconds()
    _, manifest = call()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    assert manifest.counts.ok == manifest.counts.read, manifest.counts
    articles = manifest.counts.ok
    return {
        "engine": label,
        "articles": articles,
        "wall_s": round(wall, 2),
        "end_to_end_per_s": round(articles / wall, 1),
        "steady_per_s": round(steady_rate(run_dir), 1),
        "this_process_cpu_ms_per_article": round(1000 * cpu / articles, 2),
        "record_bytes": round((run_dir / "briefings.jsonl").stat().st_size / articles),
    }


def one_latency(latency: float, args: argparse.Namespace, work: Path) -> list[dict[str, Any]]:
    from newsbrief.backends import create_backend
    from newsbrief.run.local import RunOptions, run
    from newsbrief.run.ray_engine import RayOptions, run_on_ray

    server, base_url = start_server(latency, args.answers)
    try:
        archive = work / "archive.jsonl"
        write_archive(archive, args.articles, args.answers)
        recipe = functools.partial(create_backend, "openai:test-model", **openai_options(base_url))

        def options(name: str, concurrency: int) -> RunOptions:
            return RunOptions(
                input=archive,
                run_dir=work / name,
                cache=False,
                quiet=True,
                progress_interval=3600,
                concurrency=concurrency,
            )

        local = measure(
            "local",
            lambda: asyncio.run(run(options(f"local-{latency}", args.concurrency), recipe())),
            work / f"local-{latency}",
        )
        per_worker = max(1, args.concurrency // args.workers)
        on_ray = measure(
            "ray",
            lambda: run_on_ray(
                options(f"ray-{latency}", per_worker),
                recipe,
                RayOptions(workers=args.workers, local_cpus=os.cpu_count()),
            ),
            work / f"ray-{latency}",
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(10)
    for row in (local, on_ray):
        row.update(latency_s=latency, in_flight=args.concurrency, answers=args.answers)
    on_ray["steady_ratio_vs_local"] = round(on_ray["steady_per_s"] / local["steady_per_s"], 2)
    on_ray["end_to_end_ratio_vs_local"] = round(
        on_ray["end_to_end_per_s"] / local["end_to_end_per_s"], 2
    )
    return [local, on_ray]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--latency", type=float, nargs="+", default=[0.25, 0.0])
    parser.add_argument(
        "--concurrency",
        type=int,
        default=32,
        help="articles in flight in total (Ray: split over the workers)",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--answers",
        choices=("realistic", "small"),
        default="realistic",
        help="the fake server's answers (see throughput.py); small: the earlier rows'",
    )
    args = parser.parse_args()
    print(f"# {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="ray-bench-") as tmp:
        for latency in args.latency:
            for row in one_latency(latency, args, Path(tmp)):
                print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
