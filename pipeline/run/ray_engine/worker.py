"""The Ray Data worker: numbered raw lines in, one finished record per line out.

One `BriefWorker` lives in each Ray actor. It owns one event loop thread and, on it, one
backend (so one HTTP client and its connection pool) for the actor's whole life, plus
the optional response cache. Each batch is parsed with the local engine's
`parse_line` and briefed with the same `newsbrief.step.brief.brief_article`, at most
`concurrency` articles in flight per actor across the batches Ray hands it at once.

Workers write nothing. They return each record as JSON and the driver's single writer
appends it, so a worker that dies mid-batch loses only its unreturned batch, which Ray
retries on a restarted actor: no torn lines, no record written twice.

With `--judge`, each actor builds its own `Judge` from the run's `JudgeSpec` (the way
the CLI builds the local engine's): its requests use the actor's response cache and go
through the actor's `GateClient` (`GateLimiter`), so briefing and judge requests share
the cluster-wide buckets; its report rides on the record like the local engine's.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsbrief.backends.base import Backend
from newsbrief.errors import FatalBackendError
from newsbrief.inputs.reader import FieldMap, InputProblem, parse_line
from newsbrief.judge import Judge, JudgeSpec, build_judge
from newsbrief.prompting.spec import PromptSpec
from newsbrief.run.cache import CacheScope, ResponseCache
from newsbrief.run.cost import PriceTable
from newsbrief.run.ratelimit import prompt_overhead_tokens
from newsbrief.run.ray_engine.gate import GateClient, GateLimiter
from newsbrief.run.resume import ResumeIndex, content_key, id_key, line_digest
from newsbrief.run.window import DEFAULT_MAX_TOKENS
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord
from newsbrief.step.brief import brief_article, provenance_for
from newsbrief.text.tokens import estimate_request_tokens

__all__ = [
    "KIND_BRIEFING",
    "KIND_ERROR",
    "KIND_FATAL",
    "KIND_SKIPPED",
    "BriefWorker",
    "WorkerConfig",
    "driver_environment",
]

KIND_BRIEFING, KIND_ERROR, KIND_SKIPPED, KIND_FATAL = "briefing", "error", "skipped", "fatal"
# Backends read their settings (endpoint, key, mode, timeouts) from these variables.
SETTINGS_PREFIXES = ("OPENAI_", "AZURE_OPENAI_", "BRIEFING_")


def driver_environment() -> dict[str, str]:
    """The backend settings of this (driver) process, to apply in every worker.

    Workers on other machines, or in a Ray started before the variables were set, would
    otherwise build their backend with another endpoint or key than the driver's.
    """
    return {k: v for k, v in os.environ.items() if k.startswith(SETTINGS_PREFIXES)}


def _apply_environment(env: dict[str, str]) -> None:
    """Make this worker's settings variables exactly the driver's (processes are reused)."""
    for key in [k for k in os.environ if k.startswith(SETTINGS_PREFIXES) and k not in env]:
        del os.environ[key]
    os.environ.update(env)


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs, shipped once per actor (the prompt as a loaded spec,
    so workers on other machines need no prompt files)."""

    make_backend: Callable[[], Backend]
    prompt: PromptSpec
    fields: FieldMap
    done: Any  # ObjectRef of the ResumeIndex of records already in the run directory
    gate: Any  # RunGate actor handle
    concurrency: int
    cache_dir: Path | None
    prices: PriceTable | None
    env: dict[str, str] = field(default_factory=dict)  # see `driver_environment`
    judge: JudgeSpec | None = None  # --judge; `same` resolves to `run_model`
    run_model: str | None = None


class BriefWorker:
    """Ray Data callable class: `__call__(batch) -> batch` of records (see module doc)."""

    def __init__(self, config: WorkerConfig) -> None:
        import ray

        self.config = config
        _apply_environment(config.env)
        self.done: ResumeIndex = ray.get(config.done)
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="briefing-loop", daemon=True
        )
        self._thread.start()
        self._run(self._setup())

    def _run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    async def _setup(self) -> None:
        """Built on the loop thread: the HTTP client and SQLite handle belong to it."""
        config = self.config
        self.backend = config.make_backend()
        self.provenance = provenance_for(self.backend, config.prompt)
        self.cache_store = ResponseCache(config.cache_dir) if config.cache_dir else None
        self.cache: CacheScope | None = (
            self.cache_store.scope(self.backend, config.prompt) if self.cache_store else None
        )
        self.gate = GateClient(config.gate)
        self.judge = self._judge()
        self.slots = asyncio.Semaphore(max(1, config.concurrency))
        max_tokens = config.prompt.parameters.get("max_tokens") or DEFAULT_MAX_TOKENS
        self.estimate = (prompt_overhead_tokens(config.prompt), int(max_tokens))

    def _judge(self) -> Judge | None:
        """This actor's judge: built as the CLI builds the local engine's (`same` shares
        the actor's backend), with the actor's cache, prices and rate gate."""
        spec = self.config.judge
        if spec is None:
            return None
        judge = build_judge(spec, self.config.run_model, self.backend)
        judge.cache, judge.prices = self.cache_store, self.config.prices
        judge.limiter = GateLimiter(self.gate)
        return judge

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Brief one batch; blocks this Ray thread while the loop thread does the work."""
        outcomes = self._run(self._brief_batch(batch["line"], batch["raw"]))
        return {
            "line": np.asarray(batch["line"], dtype=np.int64),
            "kind": np.array([kind for kind, _ in outcomes], dtype=object),
            "payload": np.array([payload for _, payload in outcomes], dtype=object),
        }

    async def _brief_batch(self, lines: np.ndarray, raws: np.ndarray) -> list[tuple[str, str]]:
        outcomes = await asyncio.gather(
            *(self._one(int(n), bytes(r)) for n, r in zip(lines, raws, strict=False))
        )
        await self.gate.flush()
        if self.cache_store is not None:
            self.cache_store.commit()  # a batch's answers outlive this actor
        return outcomes

    async def _one(self, number: int, raw: bytes) -> tuple[str, str]:
        item = parse_line(raw, number, self.config.fields)
        if item is None:  # the source drops blank lines already; kept for safety
            return KIND_SKIPPED, ""
        if isinstance(item, InputProblem):
            # Keyed by content like the local engine's; workers see lines in parallel, so
            # a repeat of the same bad bytes counts as its first occurrence here.
            key = content_key(line_digest(raw), 0)
            if key in self.done:
                return KIND_SKIPPED, ""
            record = ErrorRecord(
                id=item.id,
                line=item.line,
                kind="input",
                message=item.message,
                line_hash=f"{key:016x}",
            )
            return KIND_ERROR, record.model_dump_json()
        if id_key(item.id) in self.done:
            return KIND_SKIPPED, ""
        async with self.slots:
            return await self._brief(number, item)

    async def _brief(self, number: int, article: Article) -> tuple[str, str]:
        estimated = estimate_request_tokens(article.text, *self.estimate)
        await self.gate.acquire(estimated)
        try:
            record = await brief_article(
                article,
                self.backend,
                self.config.prompt,
                number,
                self.provenance,
                cache=self.cache,
                prices=self.config.prices,
                judge=self.judge,
            )
        except FatalBackendError as exc:
            return KIND_FATAL, f"the endpoint refused the request: {exc.message}"
        cached = isinstance(record, BriefingRecord) and record.cached
        requests = record.usage.requests or (0 if cached else record.attempts)
        self.gate.settle(requests - 1, record.usage.total_tokens - estimated)
        kind = KIND_BRIEFING if isinstance(record, BriefingRecord) else KIND_ERROR
        return kind, record.model_dump_json()

    async def _close(self) -> None:
        if self.judge is not None:
            await self.judge.aclose()  # its own client; `same` leaves the backend's
        if self.cache_store is not None:
            self.cache_store.close()
        await self.backend.aclose()

    def __del__(self) -> None:
        """Ray Data deletes the UDF when the pool shuts down: close the client there.
        Once only: a caller that closed the worker itself leaves a stopped loop behind."""
        loop = getattr(self, "loop", None)
        if loop is None or loop.is_closed() or not hasattr(self, "backend"):
            return
        if getattr(self, "_closed", False):
            return
        self._closed = True
        try:
            with contextlib.suppress(Exception):  # best effort at teardown
                asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
