"""The LLM judge: the second verifier stage, asked once per article about the claims
the rules could not settle.

`Judge.judge(text, briefing, checks)` sends the claims that need a decision (see
`claims`), at most `CHUNK_SIZE` to a request, the article first in each request, through
the judge's backend (`Backend.ask`: the same answer layer as briefings: repair, re-ask,
salvage), and applies the verdicts (see `apply`). Requests go through the run's response
cache (a repeated judgement is free) and rate limiter, and are priced on their own: the
`JudgeReport` it returns carries the judge's usage, apart from the briefing's.

A judge that fails (an answer that never parses, a timeout, an endpoint that went away)
never costs the briefing: the claims not yet judged keep the rules' verdicts and the
report's `error` says what happened. Only cancellation (the run stopping) escapes.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import ValidationError

from newsbrief.answers import LOG_KEY, TRUNCATED_REASON, AnswerLog
from newsbrief.backends.base import Backend
from newsbrief.errors import BackendError
from newsbrief.grounding import Aligner
from newsbrief.judge.apply import apply_answer, recount
from newsbrief.judge.claims import CHUNK_SIZE, SentClaim, chunks, claims_to_judge
from newsbrief.prompting.judge import JudgePromptSpec, load_judge_prompt
from newsbrief.prompting.spec import REQUEST_PARAMETERS
from newsbrief.schemas import (
    Article,
    Briefing,
    BriefingRecord,
    ClaimCheck,
    JudgeAnswer,
    JudgeReport,
    JudgeScope,
    Usage,
    VerifierStage,
)
from newsbrief.schemas.hashing import stable_hash
from newsbrief.text.tokens import estimate_tokens

__all__ = ["DEFAULT_DEADLINE", "Judge", "Judged"]

DEFAULT_DEADLINE = 120.0  # seconds for all of one article's judge requests


class TextCache(Protocol):
    """What the judge needs of a response cache (the run's `ResponseCache` is one)."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


class Limiter(Protocol):
    """What the judge needs of a rate limiter (the run's `RateLimiter` is one)."""

    @property
    def active(self) -> bool: ...

    async def acquire(self, estimated_tokens: int) -> Any: ...

    def settle(self, reservation: Any, requests: int, tokens: int) -> None: ...


class Pricing(Protocol):
    def price_usage(self, model: str, usage: Usage, /) -> Usage: ...


@dataclass
class Judged:
    """The checks after the judge, and the report of what it did."""

    checks: list[ClaimCheck]
    report: JudgeReport


@dataclass
class _Answer:
    answer: JudgeAnswer
    truncated: bool
    usage: Usage
    cached: bool


class Judge:
    """One judge for a whole run: one backend (one HTTP client), one prompt.

    It is a claim verifier stage (`stage`, `verify`): composed after the rules, it
    returns their checks with its verdicts. A run calls `judge_record` once the briefing
    is final and cached, so the judge's verdicts, cost and errors land on the record
    apart from the briefing's, and a judge that fails never touches the cached answer.
    """

    stage: VerifierStage = "judge"

    def __init__(
        self,
        backend: Backend,
        prompt: JudgePromptSpec | None = None,
        *,
        scope: JudgeScope = "doubtful",
        chunk_size: int = CHUNK_SIZE,
        deadline: float | None = DEFAULT_DEADLINE,
        max_reasks: int = 2,
        owns_backend: bool = True,
    ) -> None:
        self.backend = backend
        self.prompt = prompt or load_judge_prompt()
        self.scope: JudgeScope = scope
        self.chunk_size = chunk_size
        self.deadline = deadline
        self.max_reasks = max_reasks
        self.owns_backend = owns_backend  # False: the run's own backend (`--judge same`)
        self.cache: TextCache | None = None
        self.limiter: Limiter | None = None
        self.prices: Pricing | None = None
        self._parameters = {
            k: v for k, v in self.prompt.parameters.items() if k in REQUEST_PARAMETERS
        }
        self._key_prefix = {
            "kind": "judge",
            "model": backend.model_string,
            "prompt": self.prompt.content_hash,
            "parameters": self._parameters,
            "backend": backend.parameters(),
        }

    @property
    def model_string(self) -> str:
        return self.backend.model_string

    def describe(self) -> dict[str, Any]:
        """What identifies this judge's verdicts (recorded where a run records settings)."""
        return {
            "model": self.model_string,
            "prompt": self.prompt.ref,
            "prompt_hash": self.prompt.content_hash,
            "scope": self.scope,
        }

    async def check_reachable(self) -> None:
        """Raise `FatalBackendError` when the judge's endpoint cannot be reached."""
        await self.backend.check_reachable()

    async def aclose(self) -> None:
        if self.owns_backend:
            await self.backend.aclose()

    # -- the verifier -------------------------------------------------------------------
    async def verify(
        self, article_text: str, briefing: Briefing, checks: list[ClaimCheck]
    ) -> list[ClaimCheck]:
        """The stage-1 `checks` with the judge's verdicts applied (a new list)."""
        return (await self.judge(article_text, briefing, checks)).checks

    async def judge(
        self,
        text: str,
        briefing: Briefing,
        checks: list[ClaimCheck],
        *,
        title: str | None = None,
        published: str | None = None,
    ) -> Judged:
        checks = list(checks)
        report = JudgeReport(
            model=self.model_string,
            prompt=self.prompt.ref,
            prompt_hash=self.prompt.content_hash,
            scope=self.scope,
        )
        sent = claims_to_judge(briefing, checks, self.scope)
        if not sent:
            return Judged(checks, report)
        aligner = Aligner(text)
        ends_at = None if self.deadline is None else time.monotonic() + self.deadline
        all_cached = True
        for chunk in chunks(sent, self.chunk_size):
            left = None if ends_at is None else ends_at - time.monotonic()
            if left is not None and left <= 0:
                report.error = f"deadline: no judge answer within the {self.deadline:g} s deadline"
                break
            try:
                got = await self._ask(text, chunk, title, published, left)
            except BackendError as exc:
                usage = exc.usage if isinstance(exc.usage, Usage) else Usage()
                report.usage = report.usage + self._priced(usage)
                report.requests += usage.requests
                report.error = f"{exc.kind}: {exc.message}"
                all_cached = False
                break
            report.sent += len(chunk)
            report.usage = report.usage + got.usage
            report.requests += got.usage.requests
            report.truncated |= got.truncated
            all_cached &= got.cached
            applied = apply_answer(
                checks, chunk, got.answer, text, aligner, truncated=got.truncated
            )
            report.changed += applied.changed
            report.confirmed += applied.confirmed
            report.voided += applied.voided
            report.unanswered += applied.unanswered
        report.cached = all_cached and report.error is None
        if report.error is not None:
            report.unanswered += len(sent) - report.sent
            report.sent = len(sent)
        return Judged(checks, report)

    async def judge_record(self, article: Article, record: BriefingRecord) -> BriefingRecord:
        """`record` with its briefing's checks judged and `record.judge` set."""
        briefing = record.briefing
        before = list(briefing.checks)
        try:
            judged = await self.judge(
                article.text, briefing, before, title=article.title, published=article.published
            )
        except Exception as exc:  # a bug must not cost the briefing either
            report = JudgeReport(**self.describe())
            report.error = (
                f"internal: {type(exc).__name__}: {exc} (this is a bug; please report it)"
            )
            record.judge = report
            return record
        briefing.checks = judged.checks
        recount(briefing, before)
        record.judge = judged.report
        return record

    # -- one request ---------------------------------------------------------------------
    def _key(
        self, text: str, chunk: list[SentClaim], title: str | None, published: str | None
    ) -> str:
        entry = {
            **self._key_prefix,
            "article": {"text": text, "title": title, "published": published},
            "claims": [c.statement for c in chunk],
        }
        return stable_hash(entry, length=32)

    def _cached(self, key: str) -> _Answer | None:
        stored = self.cache.get(key) if self.cache is not None else None
        if stored is None:
            return None
        try:
            data = json.loads(stored)
            answer = JudgeAnswer.model_validate(data["answer"])
            return _Answer(answer, bool(data.get("truncated")), Usage(), cached=True)
        except (ValueError, KeyError, TypeError, ValidationError):
            return None

    async def _ask(
        self,
        text: str,
        chunk: list[SentClaim],
        title: str | None,
        published: str | None,
        deadline: float | None,
    ) -> _Answer:
        key = self._key(text, chunk, title, published)
        hit = self._cached(key)
        if hit is not None:
            return hit
        messages = self.prompt.render(text, [c.statement for c in chunk], title, published)
        context: dict[str, Any] = {
            "article_text": text,
            LOG_KEY: AnswerLog(max_reasks=self.max_reasks, on_invalid="salvage"),
        }
        reservation = None
        if self.limiter is not None and self.limiter.active:
            estimate = sum(estimate_tokens(m["content"]) for m in messages)
            estimate += int(self._parameters.get("max_tokens") or 1024)
            reservation = await self.limiter.acquire(estimate)
        usage = Usage()
        try:
            reply = await self.backend.ask(
                messages, JudgeAnswer, context, dict(self._parameters), deadline=deadline
            )
            usage = reply.usage
        except BackendError as exc:
            usage = exc.usage if isinstance(exc.usage, Usage) else Usage()
            raise
        finally:
            if reservation is not None and self.limiter is not None:
                self.limiter.settle(reservation, usage.requests, usage.total_tokens)
        truncated = any(r.reason == TRUNCATED_REASON for r in reply.removed)
        if self.cache is not None:
            value = {"answer": reply.value.model_dump(mode="json"), "truncated": truncated}
            self.cache.put(key, json.dumps(value, ensure_ascii=False))
        return _Answer(reply.value, truncated, self._priced(reply.usage), cached=False)

    def _priced(self, usage: Usage) -> Usage:
        return self.prices.price_usage(self.model_string, usage) if self.prices else usage
