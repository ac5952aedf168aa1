"""The in-flight window: admit articles, brief them concurrently, hand records to the writer.

Why a window and not `gather` over all articles: a task per article up front holds the
whole archive in memory. Here the reader is pulled only when a slot is free, so at
most `concurrency` articles are in memory at any moment, whatever the archive size.
All bookkeeping runs on the event loop thread, so the writer has exactly one caller.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from newsbrief.backends.base import Backend
from newsbrief.errors import BriefingError, FatalBackendError
from newsbrief.inputs.reader import InputProblem
from newsbrief.judge import Judge
from newsbrief.prompting.spec import PromptSpec
from newsbrief.run.cache import CacheScope
from newsbrief.run.cost import PriceTable
from newsbrief.run.health import ErrorWindow, Verdict
from newsbrief.run.intake import SampleJob
from newsbrief.run.progress import RunProgress
from newsbrief.run.ratelimit import RateLimiter, prompt_overhead_tokens
from newsbrief.run.rundir import RecordWriter
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord, Manifest
from newsbrief.step.brief import brief_article, provenance_for
from newsbrief.text.tokens import estimate_request_tokens

__all__ = ["Engine", "EngineLimits", "frozen_heap"]

DEFAULT_MAX_TOKENS = 2048
# What the intake hands the window: an article, one sample of one (`--repeat`), or a
# bad line.
Work = Article | SampleJob | InputProblem


@dataclass
class EngineLimits:
    """Rate limits and the error-rate brake (see `newsbrief.run.health`)."""

    rpm: float | None = None
    tpm: float | None = None
    max_error_rate: float = 0.5
    error_window: int = 50
    error_pause_s: float = 30.0


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects alive when a run starts out of the garbage collector's way.

    The libraries a run imports (the openai SDK's types, pydantic schemas, instructor)
    leave hundreds of thousands of long-lived objects, and every full collection walks
    them all: measured here, ~0.5 s of CPU over a 2,560-article run, in pauses of over
    100 ms that stall every request in flight. `gc.freeze()` parks them in the permanent
    generation for the run; `gc.unfreeze()` hands them back to the collector after it,
    so a long-lived process (tests, notebooks) still collects them later.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Engine:
    """Drives one session of a run; `stop_reason` is set when it stopped early."""

    def __init__(
        self,
        backend: Backend,
        prompt: PromptSpec,
        manifest: Manifest,
        writer: RecordWriter,
        progress: RunProgress,
        *,
        limits: EngineLimits,
        concurrency: int,
        cache: CacheScope | None,
        prices: PriceTable | None,
        judge: Judge | None = None,
    ) -> None:
        self.backend, self.prompt, self.manifest = backend, prompt, manifest
        self.writer, self.progress = writer, progress
        self.cache, self.prices = cache, prices
        self.limiter = RateLimiter(limits.rpm, limits.tpm)
        self.judge = judge
        if judge is not None:  # the judge's requests share the run's buckets
            judge.limiter = self.limiter
        self.health = ErrorWindow(limits.max_error_rate, limits.error_window)
        self.pause_s = limits.error_pause_s
        self.provenance = provenance_for(backend, prompt)
        self.stop_reason: str | None = None
        self.failure: BriefingError | None = None
        self._slots = asyncio.Semaphore(max(1, concurrency))
        self._tasks: set[asyncio.Task[None]] = set()
        self._paused_until = 0.0
        max_tokens = prompt.parameters.get("max_tokens") or DEFAULT_MAX_TOKENS
        self._estimate = (prompt_overhead_tokens(prompt), int(max_tokens))

    async def drive(self, items: Iterable[tuple[int, Work | None]]) -> None:
        """Brief the pending items (see `intake.Intake`); returns when each admitted one has
        a record, or on a stop."""
        with frozen_heap():
            await self._drive(items)
        if self.failure is not None:
            raise self.failure

    async def _drive(self, items: Iterable[tuple[int, Work | None]]) -> None:
        async for number, item in pull_off_loop(items):
            if self.stop_reason:
                break
            if item is None:
                continue
            if isinstance(item, InputProblem):
                self.record(
                    ErrorRecord(
                        id=item.id,
                        line=item.line,
                        kind="input",
                        message=item.message,
                        line_hash=None if item.key is None else f"{item.key:016x}",
                    )
                )
                await asyncio.sleep(0)  # a run of bad lines must not starve the loop
                continue
            await self._admit()
            if self.stop_reason:
                self._slots.release()
                break
            if isinstance(item, SampleJob):
                task = asyncio.create_task(self._one(number, item.article, item.sample))
            else:
                task = asyncio.create_task(self._one(number, item))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _admit(self) -> None:
        await self._slots.acquire()
        while (wait := self._paused_until - time.monotonic()) > 0 and not self.stop_reason:
            await asyncio.sleep(min(wait, 0.5))

    async def _one(self, number: int, article: Article, sample: int | None = None) -> None:
        try:
            reservation = None
            if self.limiter.active:
                tokens = estimate_request_tokens(article.text, *self._estimate)
                reservation = await self.limiter.acquire(tokens)
            record = await brief_article(
                article,
                self.backend,
                self.prompt,
                number,
                self.provenance,
                cache=self.cache,
                prices=self.prices,
                sample=sample,
                judge=self.judge,
            )
            if reservation is not None:
                requests = record.usage.requests or (0 if _cached(record) else record.attempts)
                self.limiter.settle(reservation, requests, record.usage.total_tokens)
            if not self.stop_reason:
                self.record(record)
        except FatalBackendError as exc:
            self.stop(f"the endpoint refused the request: {exc.message}")
        except BriefingError as exc:  # the run directory cannot be written
            self.fail(exc)
        except Exception as exc:
            self.stop(
                f"internal error ({type(exc).__name__}: {exc}); this is a bug, please report it"
            )
        finally:
            self._slots.release()

    def record(self, record: BriefingRecord | ErrorRecord) -> None:
        """Count, then write (a commit inside `write` checkpoints these counts)."""
        self.manifest.count(record)
        self.writer.write(record)
        self.progress.advance(isinstance(record, ErrorRecord), record.usage.cost_usd)
        verdict = self.health.observe_record(record)
        if verdict is Verdict.PAUSE:
            self._paused_until = time.monotonic() + self.pause_s
            self.progress.note(
                f"error rate too high: {self.health.describe()}; "
                f"pausing {self.pause_s:.0f}s before going on"
            )
        elif verdict is Verdict.STOP:
            self.stop(f"error rate stayed too high after a pause: {self.health.describe()}")

    def fail(self, exc: BriefingError) -> None:
        """Stop, and have `drive` raise `exc`: the run cannot go on (disk full...)."""
        if self.failure is None:
            self.failure = exc
        self.stop(str(exc))

    def stop(self, reason: str) -> None:
        """Stop admitting and cancel what is in flight: those articles stay undone."""
        if self.stop_reason:
            return
        self.stop_reason = reason
        current = asyncio.current_task()
        for task in self._tasks:
            if task is not current:
                task.cancel()

    async def cancel_in_flight(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


async def pull_off_loop(
    items: Iterable[tuple[int, Work | None]],
) -> AsyncIterator[tuple[int, Work]]:
    """Read and parse input lines in a worker thread, a small batch at a time.

    Parsing a multi-megabyte line, or skipping a gigabyte of blank or done lines, is
    CPU work that would otherwise freeze every request in flight. Each batch is bounded
    in items, characters and time, so the loop gets control back at least every
    `PULL_SECONDS` and a stop is never stuck behind a long read.
    """
    iterator = iter(items)
    try:
        while True:
            batch, ended = await asyncio.to_thread(_take, iterator)
            for entry in batch:
                yield entry
            if ended:
                return
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


PULL_ITEMS = 32
PULL_CHARS = 8_000_000
PULL_SECONDS = 0.1


def _take(
    iterator: Iterator[tuple[int, Work | None]],
) -> tuple[list[tuple[int, Work]], bool]:
    batch: list[tuple[int, Work]] = []
    chars, until = 0, time.monotonic() + PULL_SECONDS
    for entry in iterator:
        item = entry[1]
        if item is not None:  # None: a heartbeat from a long stretch of skipped lines
            batch.append((entry[0], item))
            chars += len(item.text) if isinstance(item, Article | SampleJob) else 0
        if len(batch) >= PULL_ITEMS or chars >= PULL_CHARS or time.monotonic() >= until:
            return batch, False
    return batch, True


def _cached(record: BriefingRecord | ErrorRecord) -> bool:
    return isinstance(record, BriefingRecord) and record.cached
