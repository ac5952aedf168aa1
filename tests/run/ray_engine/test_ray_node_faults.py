"""Scale-out under faults: a real multi-node Ray cluster loses worker nodes and drivers.

A head and a worker node run as separate `ray start` processes on this machine, each
with its own CPUs; `briefing run --engine ray --address` runs as its own process. A
worker node is killed the way a machine dies (SIGKILL to its raylet, workers and every
other process under it) five times at random moments, each time replaced by a new node
as an autoscaler would; then the driver itself is killed twice and the command rerun.
Every input line must end with exactly one record, and the run must finish.

Small on purpose (a few dozen articles, the fake server at a fixed latency): each node
start costs seconds of CPU on a 2-core machine.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import write_archive
from tests.run.exactly_once import assert_exactly_once
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.ray_cluster import LocalRayCluster
from tests.support.ray_faults import FaultPlan, RunOutcome, briefing_command, run_with_faults

pytestmark = [pytest.mark.ray, pytest.mark.slow]

ARTICLES = 60
# The driver test kills at 12 and 35 records. The driver commits records in groups as
# Ray hands results back, and a rerun resumed at ~18 can commit the rest in one group:
# with 60 articles the second kill then landed after the run had finished (two
# attempts, not three). 90 leaves a group's worth of room past the second point.
DRIVER_ARTICLES = 90


@pytest.fixture
def cluster(ray_extra: None, tmp_path: Path) -> Iterator[LocalRayCluster]:
    with LocalRayCluster(root=tmp_path / "cluster") as started:
        started.add_worker_node(cpus=2)
        yield started


@pytest.fixture
def slow_server() -> Iterator[FakeOpenAIServer]:
    """Slow enough answers that five kills land before the run ends."""
    with FakeOpenAIServer(latency=1.0) as server:
        yield server


def _run(
    cluster: LocalRayCluster,
    server: FakeOpenAIServer,
    tmp_path: Path,
    plan: FaultPlan,
    articles: int = ARTICLES,
) -> tuple[Path, Path, RunOutcome]:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, articles, bad_lines=(7,))
    run_dir = tmp_path / "run"
    env = {**cluster.env, "OPENAI_BASE_URL": server.base_url, "BRIEFING_OPENAI_TIMEOUT": "30"}
    command = briefing_command(archive, run_dir, cluster.address, workers=3, concurrency=2)
    outcome = run_with_faults(command, env, run_dir, cluster, plan, timeout_s=900)
    return archive, run_dir, outcome


def test_worker_nodes_killed_five_times_lose_and_duplicate_nothing(
    cluster: LocalRayCluster, slow_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    moments = sorted(random.Random(25).sample(range(3, ARTICLES - 15), 5))
    archive, run_dir, outcome = _run(cluster, slow_server, tmp_path, FaultPlan(moments))

    assert len(outcome.kills) == 5, outcome.kills
    # the kills took briefing workers with them: the run did lose machines it was using
    assert any(kill["briefing_workers"] for kill in outcome.kills)
    assert outcome.status == "finished", outcome.last_output
    assert_exactly_once(archive, run_dir)
    manifest = read_manifest(run_dir)
    assert (manifest.counts.ok, manifest.counts.errors) == (ARTICLES, 1)


def test_a_killed_driver_is_rerun_and_every_article_ends_once(
    cluster: LocalRayCluster, slow_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    archive, run_dir, outcome = _run(
        cluster, slow_server, tmp_path, FaultPlan([12, 35], target="driver"), DRIVER_ARTICLES
    )

    assert len(outcome.kills) == 2
    # records reach the run directory in commits, so a kill point can be seen only when
    # the last commit lands: that kill then meets a driver that has finished (or is
    # finishing) and needs no rerun. Every kill seen before the end cost a rerun.
    mid_run = [kill for kill in outcome.kills if int(kill["at_records"]) < DRIVER_ARTICLES + 1]  # type: ignore[call-overload]
    assert mid_run, outcome.kills
    assert outcome.attempts in (1 + len(mid_run), 1 + len(outcome.kills)), outcome.kills
    assert outcome.exit_codes[: len(mid_run)] == [-9] * len(mid_run)
    assert outcome.status == "finished", outcome.last_output
    assert_exactly_once(archive, run_dir)
    # the reruns resumed: nothing already recorded was briefed again by the last one
    assert read_manifest(run_dir).counts.skipped >= int(mid_run[-1]["at_records"])  # type: ignore[call-overload]
