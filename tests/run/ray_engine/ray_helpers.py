"""Helpers for the Ray engine tests: backend recipes that Ray can ship to its workers,
a backend that kills its worker process once, and record comparison."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsbrief.backends import create_backend
from newsbrief.backends.base import Backend, Completion
from newsbrief.prompting.spec import PromptSpec
from newsbrief.run.ray_engine.gate import RunGate
from newsbrief.run.rundir import read_briefings, read_errors
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord
from tests.run.engine_helpers import FAST_RETRIES

MODEL = "openai:test-model"


def backend_recipe(base_url: str, **options: Any) -> Callable[[], Backend]:
    """A picklable factory: every Ray actor builds its own backend from it."""
    options.setdefault("max_reasks", 1)
    options.setdefault("timeout", 5.0)
    return functools.partial(
        create_backend, MODEL, base_url=base_url, retry_policy=FAST_RETRIES, **options
    )


class DiesOnceBackend(Backend):
    """Wraps a real backend; the process whose `after`-th call gets its answer exits at
    once (as if killed) before returning it, only the first time across the cluster (a
    flag file says so)."""

    name = "openai"

    def __init__(self, inner: Backend, flag: Path, after: int) -> None:
        super().__init__(inner.model)
        self.inner, self.flag, self.after = inner, flag, after
        self.response_model = inner.response_model
        self.calls = 0

    def parameters(self) -> dict[str, Any]:
        return self.inner.parameters()

    async def brief(self, article: Article, prompt: PromptSpec) -> Completion:
        self.calls += 1
        call = self.calls
        completion = await self.inner.brief(article, prompt)
        if call == self.after:  # the endpoint answered (and billed) this one
            try:
                os.close(os.open(self.flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                pass
            else:
                os._exit(1)  # no cleanup, no exception: the worker process is gone
        return completion

    async def aclose(self) -> None:
        await self.inner.aclose()


def _dies_once(base_url: str, flag: Path, after: int) -> Backend:
    return DiesOnceBackend(backend_recipe(base_url)(), flag, after)


def dies_once_recipe(base_url: str, flag: Path, after: int) -> Callable[[], Backend]:
    return functools.partial(_dies_once, base_url, flag, after)


# Timing differs run to run. `line_hash` too, for a bad line repeated byte for byte: the
# local engine numbers the repeats (occurrence 0, 1, ...), while Ray workers see lines in
# parallel and key every repeat as its first occurrence.
TIMING_FIELDS = {"latency_s", "created_at", "line_hash"}


def records_by_key(run_dir: Path) -> dict[str, dict[str, Any]]:
    """Every record of a run, keyed by article id (input errors by line), timing removed."""
    records: dict[str, dict[str, Any]] = {}
    everything: list[BriefingRecord | ErrorRecord] = [
        *read_briefings(run_dir),
        *read_errors(run_dir),
    ]
    for record in everything:
        key = f"line:{record.line}" if record.id is None else str(record.id)
        assert key not in records, f"two records for {key}"
        records[key] = record.model_dump(mode="json", exclude=TIMING_FIELDS)
    return records


class _Remote:
    """Stands in for a Ray actor method: `.remote(...)` returns an awaitable."""

    def __init__(self, method: Any) -> None:
        self.method = method

    def remote(self, *args: Any) -> Any:
        return self.method(*args)


class LocalGateHandle:
    """A `RunGate` in this process behind the actor-handle shape `GateClient` calls
    (`grant.remote`, `settle.remote`), each grant call recorded."""

    def __init__(self, gate: RunGate) -> None:
        self.gate = gate
        self.calls: list[list[int]] = []

        async def grant(estimates: list[int], *deltas: int) -> int:
            self.calls.append(list(estimates))
            await asyncio.sleep(0.01)  # a round trip: more articles queue meanwhile
            return await gate.grant(estimates, *deltas)

        async def settle(*deltas: int) -> None:
            gate.settle(*deltas)

        self.grant = _Remote(grant)
        self.settle = _Remote(settle)
