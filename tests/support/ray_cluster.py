"""A local multi-node Ray cluster made of real `ray start` processes, and node kills.

What a user who outgrows one machine meets first is a worker machine lost mid-run. This
starts a head and worker nodes as separate `ray start --block` processes on this
machine, each with its own CPUs (and the custom resource `node_<n>`), and kills a
worker node the way a machine dies: SIGKILL to its raylet, its workers and every other
process under it, with no chance to clean up. A replacement node can be started, as an
autoscaler or KubeRay would.

Every process started here is a descendant of a `ray start --block` process this
module spawned, so `stop` ends exactly those (never `ray stop`, which would end every
Ray instance on the machine, other people's included). Linux only (/proc).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from tests.support.ports import unused_port

__all__ = ["LocalRayCluster", "NodeProcess", "descendants"]

RAY = Path(sys.executable).with_name("ray")


def _process_table() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process we can read."""
    table: dict[int, tuple[int, str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        table[int(entry)] = (int(stat[1]), command.decode(errors="replace").strip())
    return table


def descendants(pid: int) -> dict[int, str]:
    """Every process under `pid` (children, their children...), with its command line."""
    table = _process_table()
    found: dict[int, str] = {}
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, (ppid, command) in table.items():
            if ppid == parent and child not in found:
                found[child] = command
                frontier.append(child)
    return found


@dataclass
class NodeProcess:
    """One `ray start --block` process and what it is called."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def kill(self) -> dict[int, str]:
        """SIGKILL the node's raylet, workers and daemons, then the `ray start` process
        itself: a machine that died. Returns what was killed (pid -> command line)."""
        victims = descendants(self.process.pid)
        for pid in victims:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.kill()
        self.process.wait(30)
        return victims


@dataclass
class LocalRayCluster:
    """A head and worker nodes on this machine; `address` is what `--address` takes."""

    head_cpus: float = 1
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ray-nodes-")))
    port: int = field(default_factory=unused_port)
    nodes: list[NodeProcess] = field(default_factory=list)
    _count: int = 0
    _token: str = field(default_factory=lambda: secrets.token_hex(16))

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        """Variables for every process of this cluster, drivers included: its own token
        (Ray's token authentication would otherwise read ~/.ray/auth_token, which any
        other Ray on the machine may rewrite), no usage reports."""
        return {
            **os.environ,
            "RAY_AUTH_MODE": "token",
            "RAY_AUTH_TOKEN": self._token,
            "RAY_USAGE_STATS_ENABLED": "0",
        }

    def _start(self, name: str, arguments: list[str]) -> NodeProcess:
        log = self.root / f"{name}.log"
        env = self.env
        with log.open("wb") as out:
            process = subprocess.Popen(
                [str(RAY), "start", "--block", "--disable-usage-stats", *arguments],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # a Ctrl-C in the test's terminal is not theirs
            )
        node = NodeProcess(name, process, log)
        self.nodes.append(node)
        return node

    def start_head(self) -> NodeProcess:
        self.root.mkdir(parents=True, exist_ok=True)
        # Ray's socket paths live under its temp dir and must stay under 108 bytes.
        self._temp = Path(tempfile.mkdtemp(prefix="rn-", dir="/tmp"))
        head = self._start(
            "head",
            [
                "--head",
                f"--port={self.port}",
                "--node-ip-address=127.0.0.1",
                f"--num-cpus={self.head_cpus}",
                "--include-dashboard=false",
                f"--temp-dir={self._temp}",
                '--resources={"node_0": 1}',
            ],
        )
        self.wait_started(head)
        return head

    def add_worker_node(self, cpus: float = 2) -> NodeProcess:
        """A worker node with `cpus` CPUs and the resource `node_<n>`; waits until the
        cluster sees it."""
        self._count += 1
        node = self._start(
            f"node_{self._count}",
            [
                f"--address={self.address}",
                "--node-ip-address=127.0.0.1",
                f"--num-cpus={cpus}",
                f'--resources={{"node_{self._count}": 1}}',
            ],
        )
        self.wait_started(node)
        return node

    def wait_started(self, node: NodeProcess, timeout: float = 120.0) -> None:
        """Until `ray start` says the node runs (a worker node says so once it has
        registered with the head)."""
        deadline = time.monotonic() + timeout
        while b"Ray runtime started" not in node.log.read_bytes():
            if node.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"Ray node {node.name} did not start:\n"
                    + node.log.read_text(errors="replace")[-3000:]
                )
            time.sleep(0.5)

    def worker_processes(self, node: NodeProcess) -> list[str]:
        """Command lines of the briefing workers (Ray Data actors) running on `node`."""
        return [c for c in descendants(node.process.pid).values() if "BriefWorker" in c]

    def stop(self) -> None:
        """End every process this cluster started: worker nodes first, the head last."""
        for node in reversed(self.nodes):
            if node.process.poll() is None:
                node.kill()
        self.nodes.clear()
        temp = getattr(self, "_temp", None)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)

    def __enter__(self) -> Self:
        try:
            self.start_head()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
