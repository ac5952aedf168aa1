"""The per-article step: one article in, exactly one record out.

Every engine (the local async engine, Ray Data) calls this same function, so a briefing
is produced, grounded and recorded the same way everywhere. It never raises for a
per-article problem: failures become an `ErrorRecord` with usage and the last raw answer.
Only `FatalBackendError` escapes, because it means the whole run must stop.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from typing import Protocol

from newsbrief.backends.base import CURRENT_SAMPLE, Backend, Completion
from newsbrief.errors import BackendError, FatalBackendError
from newsbrief.grounding import ClaimVerifier, policy_of
from newsbrief.judge import Judge
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import (
    Article,
    Briefing,
    BriefingRecord,
    ErrorRecord,
    Provenance,
    Removal,
    Usage,
)
from newsbrief.step.long_article import brief_within_budget
from newsbrief.step.verify import default_verifiers, off_loop_if_long, verified
from newsbrief.text.cleaning import clean_article


class AnswerCache(Protocol):
    """What the step needs of a response cache (the run's SQLite cache implements it)."""

    def get(self, article: Article, sample: int | None = None) -> Completion | None: ...

    def put(self, article: Article, completion: Completion, sample: int | None = None) -> None: ...


class Pricing(Protocol):
    """What the step needs of a price table (the run's `PriceTable` implements it)."""

    def price_usage(self, model: str, usage: Usage, /) -> Usage: ...


def prose_removals(briefing: Briefing) -> list[Removal]:
    """Prose the grounding step removed under `prose=strict`, because the article
    contradicts it (see `ClaimCheck.removed`):
    the record lists it with the other removals, and is then partial."""
    return [
        Removal(path=c.path, reason=f"contradicted by the article: {c.reason}", value=c.claim)
        for c in briefing.checks
        if c.removed
    ]


def provenance_for(backend: Backend, prompt: PromptSpec) -> Provenance:
    return Provenance(
        backend=backend.name,
        model=backend.model_string,
        prompt_id=prompt.id,
        prompt_version=prompt.version,
        prompt_hash=prompt.content_hash,
        schema_hash=prompt.schema_hash,
    )


async def brief_article(
    article: Article,
    backend: Backend,
    prompt: PromptSpec,
    line: int | None = None,
    provenance: Provenance | None = None,
    *,
    cache: AnswerCache | None = None,
    prices: Pricing | None = None,
    sample: int | None = None,
    judge: Judge | None = None,
    verifiers: Sequence[ClaimVerifier] | None = None,
) -> BriefingRecord | ErrorRecord:
    """Run one article through the backend and return its record.

    `cache` answers a repeated request for free (the record says `cached: true` and
    carries zero usage: nothing was spent); `prices` fills `usage.cost_usd`. `sample`
    (`--repeat`) is recorded, and keys the cache, so each sample is its own request.
    `judge` (`--judge`) gives the claims the rules leave doubtful a second opinion after
    the briefing is made (and cached): its verdicts, usage and any error go on the
    record (`record.judge`), never in place of the briefing. `verifiers` are the claim
    verifier stages each answer goes through before that, once per answer (default: the
    lexical rules the backend's grounding policy asks for; `prose=strict` re-asks on
    what they find contradicted, see `newsbrief.step.verify`).
    """
    provenance = provenance or provenance_for(backend, prompt)
    # furniture blanked: same length, same offsets
    article = await off_loop_if_long(article, functools.partial(clean_article, article))
    policy = policy_of(backend.response_model)
    stages = default_verifiers(policy) if verifiers is None else verifiers
    started = time.perf_counter()
    hit = cache.get(article, sample) if cache is not None else None
    token = CURRENT_SAMPLE.set(sample or 0)  # a prompt's or a model's fixed seed moves
    try:
        completion = hit or await brief_within_budget(article, backend, prompt)
        completion = await verified(article, completion, backend, prompt, policy, stages)
    except FatalBackendError:
        raise
    except BackendError as exc:
        usage = exc.usage if isinstance(exc.usage, Usage) else Usage()
        usage = prices.price_usage(backend.model_string, usage) if prices else usage
        return ErrorRecord(
            id=article.id,
            sample=sample,
            line=line,
            kind=exc.kind,  # type: ignore[arg-type]
            message=exc.message,
            raw=exc.raw,
            provenance=provenance,
            usage=usage,
            attempts=exc.attempts,
        )
    except Exception as exc:
        return ErrorRecord(
            id=article.id,
            sample=sample,
            line=line,
            kind="internal",
            message=f"{type(exc).__name__}: {exc} (this is a bug; please report it)",
            provenance=provenance,
        )
    finally:
        CURRENT_SAMPLE.reset(token)
    if cache is not None and hit is None:
        cache.put(article, completion, sample)
    usage = Usage() if hit else completion.usage
    usage = prices.price_usage(backend.model_string, usage) if prices else usage
    removed = [*completion.removed, *prose_removals(completion.briefing)]
    record = BriefingRecord(
        id=article.id,
        sample=sample,
        line=line,
        briefing=completion.briefing,
        status="partial" if removed else "ok",
        repairs=completion.repairs,
        removed=removed,
        provenance=provenance,
        usage=usage,
        cached=hit is not None,
        attempts=completion.attempts,
        reasks=completion.reasks,
        latency_s=round(time.perf_counter() - started, 4),
    )
    if judge is not None:
        record = await judge.judge_record(article, record)
    return record
