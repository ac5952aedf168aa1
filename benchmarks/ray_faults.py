"""Scale-out under faults: worker nodes and the driver killed mid-run, on a local cluster.

    python benchmarks/ray_faults.py               # 3,000 articles: 5 node kills, 3 driver kills
    python benchmarks/ray_faults.py --articles 1000 --node-kills 8 --seed 2

A head (1 CPU) and a worker node (2 CPUs) run as separate `ray start` processes on this
machine (`tests/support/ray_cluster.py`); the fake OpenAI-compatible server answers with
model-sized briefings of real articles at a fixed latency. The same `briefing run
--engine ray --address` command line briefs one archive three times into fresh run
directories:

1. clean: no faults (the time to compare with);
2. node kills: at random moments (15% to 60% of the clean run's wall time) the
   worker node running the most briefing workers is killed with SIGKILL, raylet,
   workers and all, and a replacement node is started, as an autoscaler would;
3. driver kills: the driver process is SIGKILLed at random moments and the command
   rerun.

Whenever the driver exits without a finished run, the same command is rerun (a resume).
Each run is checked line by line: every input line must have exactly one record (0
lost, 0 duplicated). Time lost = wall time of the faulted run (reruns and replacement
nodes included) minus the clean run's. Numbers depend on machine load: the load average
is printed with them.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.throughput import start_server, stop_server, write_archive
from tests.run.exactly_once import expected_keys, record_keys
from tests.support.ray_cluster import LocalRayCluster
from tests.support.ray_faults import (
    FaultPlan,
    RunOutcome,
    briefing_command,
    run_with_faults,
)


def check(archive: Path, run_dir: Path) -> dict[str, int]:
    """Lines without a record (lost) and records beyond one per line (duplicated)."""
    want, got = expected_keys(archive), record_keys(run_dir)
    lost = sum(1 for key in want if key not in got)
    duplicated = sum(n - 1 for n in got.values() if n > 1)
    extra = sum(1 for key in got if key not in want)
    return {"lost": lost, "duplicated": duplicated, "unexpected": extra}


def one_run(
    label: str,
    archive: Path,
    work: Path,
    cluster: LocalRayCluster,
    env: dict[str, str],
    args: argparse.Namespace,
    plan: FaultPlan | None,
) -> tuple[RunOutcome, dict[str, int]]:
    run_dir = work / label
    command = briefing_command(
        archive, run_dir, cluster.address, workers=args.workers, concurrency=args.concurrency
    )
    outcome = run_with_faults(
        command,
        env,
        run_dir,
        cluster,
        plan,
        timeout_s=args.timeout,
        on_kill=lambda kill: print(f"  {label}: killed {kill}", flush=True),
    )
    return outcome, check(archive, run_dir)


def report(label: str, outcome: RunOutcome, counts: dict[str, int], clean_s: float | None) -> None:
    lost = f"; time lost {outcome.wall_s - clean_s:+.1f} s" if clean_s is not None else ""
    per_kill = (
        f" ({(outcome.wall_s - clean_s) / len(outcome.kills):+.1f} s per kill)"
        if clean_s is not None and outcome.kills
        else ""
    )
    print(
        f"{label}: status {outcome.status} after {outcome.attempts} driver run(s) "
        f"(exit codes {outcome.exit_codes}); {len(outcome.kills)} kills; "
        f"{outcome.wall_s:.1f} s{lost}{per_kill}; lost {counts['lost']}, duplicated "
        f"{counts['duplicated']}, unexpected {counts['unexpected']}; "
        f"load {os.getloadavg()[0]:.2f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--node-kills", type=int, default=5)
    parser.add_argument("--driver-kills", type=int, default=3)
    parser.add_argument("--latency", type=float, default=1.0, help="seconds per answer")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4, help="articles in flight per worker")
    parser.add_argument("--answers", choices=("realistic", "small"), default="realistic")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per run")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(
        f"# load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min); cpus: "
        f"{os.cpu_count()}; {args.articles} articles, {args.workers} workers x "
        f"{args.concurrency}, L={args.latency}, answers {args.answers}, seed {args.seed}",
        flush=True,
    )

    def moments(count: int, clean_s: float) -> list[float]:
        """`count` moments drawn uniformly from 15% to 60% of the clean run's wall time;
        one reached while the kill before it waited for its replacement node (about 10 s
        here) moves 3 s past that kill (`FaultPlan.min_gap`)."""
        return sorted(rng.uniform(0.15 * clean_s, 0.6 * clean_s) for _ in range(count))

    server, base_url = start_server(args.latency, args.answers)
    try:
        with tempfile.TemporaryDirectory(prefix="briefing-ray-faults-") as tmp:
            work = Path(tmp)
            archive = work / "archive.jsonl"
            write_archive(archive, args.articles, args.answers)
            with LocalRayCluster(root=work / "cluster") as cluster:
                cluster.add_worker_node(cpus=2)
                env = {**cluster.env, "OPENAI_BASE_URL": base_url, "BRIEFING_OPENAI_TIMEOUT": "30"}
                clean, counts = one_run("clean", archive, work, cluster, env, args, None)
                report("clean", clean, counts, None)
                if args.node_kills:
                    plan = FaultPlan(
                        moments(args.node_kills, clean.wall_s), "node", by_time=True, min_gap=3
                    )
                    outcome, counts = one_run("node-kills", archive, work, cluster, env, args, plan)
                    report("worker node killed", outcome, counts, clean.wall_s)
                    if len(outcome.kills) < args.node_kills:
                        print(
                            f"  only {len(outcome.kills)} of {args.node_kills} kills happened before the run ended"
                        )
                    hit = sum(1 for k in outcome.kills if k.get("briefing_workers"))
                    print(
                        f"  kills that took briefing workers with them: {hit} of {len(outcome.kills)}"
                    )
                if args.driver_kills:
                    plan = FaultPlan(
                        moments(args.driver_kills), "driver", min_gap=args.articles // 40
                    )
                    outcome, counts = one_run(
                        "driver-kills", archive, work, cluster, env, args, plan
                    )
                    report("driver killed and rerun", outcome, counts, clean.wall_s)
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
