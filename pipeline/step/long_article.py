"""Briefing an article longer than the model's context: chunk, extract, merge, synthesise.

`brief_within_budget` is what the per-article step calls instead of `backend.brief`.
An article whose estimated tokens fit the budget goes to the backend unchanged. A longer
one is split (`newsbrief.step.chunking`), each chunk is briefed as its own `Article`
(`<id>#part<i>of<n>`, title suffixed "(part i of n)"; validators check against the
chunk text), and the chunk briefings are merged (`newsbrief.step.merge`). Evidence offsets are
not shifted chunk by chunk: the grounding step re-aligns the merged briefing against the
FULL article text, which gives whole-article offsets directly.

Headline, summary and key points are then written from the merged facts by a second,
small call: the backend briefs a synthetic article made of the chunk summaries and key
points (`<id>#synthesis`; as many of them, in article order, as fit the budget), and
only those three fields are kept; quotes, actors, events
and 5W1H stay those extracted from the article itself. If that call fails, the first
chunk's headline and summary are kept (news leads with the main story). Usage, attempts
and re-asks are summed over every call, failed ones included. A chunk that fails does
not lose the article: the chunks that succeeded are merged and the briefing is partial,
with a removal naming the failed part; only when every chunk fails is it an error.

Budget: the model's context window (`Backend.context_tokens`, else `KNOWN_CONTEXT` by
model name, else `DEFAULT_CONTEXT_TOKENS`; the baseline backend has no limit), less a
10% margin, the rendered prompt without the article, the JSON schema instructor adds,
and the answer's `max_tokens`.
"""

from __future__ import annotations

import asyncio
import json
from functools import lru_cache

from pydantic import BaseModel

from newsbrief.backends.base import Backend, Completion
from newsbrief.errors import BackendError, FatalBackendError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Removal, Usage
from newsbrief.step.chunking import MIN_CHUNK_TOKENS, Chunk, split_text
from newsbrief.step.merge import merge_briefings
from newsbrief.text.tokens import estimate_tokens

__all__ = [
    "DEFAULT_CONTEXT_TOKENS",
    "KNOWN_CONTEXT",
    "article_token_budget",
    "brief_within_budget",
    "context_window",
]

DEFAULT_CONTEXT_TOKENS = 8192  # conservative for unknown local servers
DEFAULT_ANSWER_TOKENS = 2048
CHUNK_CONCURRENCY = 4
_MARGIN = 0.9
_INSTRUCTOR_WRAPPER_TOKENS = 100

# Context windows by model-name prefix (longest prefix wins).
KNOWN_CONTEXT: dict[str, int] = {
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "gpt-4.1": 1_047_576,
    "gpt-4-turbo": 128_000,
    "gpt-4": 8_192,
    "gpt-3.5-turbo": 16_385,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "gpt-5": 400_000,
}


def context_window(backend: Backend) -> int | None:
    """Tokens the model can take in one request; None means unlimited (baseline)."""
    if backend.context_tokens:
        return backend.context_tokens
    if backend.name == "baseline":
        return None
    model = backend.model.rsplit("/", 1)[-1]
    matches = [prefix for prefix in KNOWN_CONTEXT if model.startswith(prefix)]
    return KNOWN_CONTEXT[max(matches, key=len)] if matches else DEFAULT_CONTEXT_TOKENS


@lru_cache(maxsize=64)
def _schema_tokens(response_model: type[BaseModel]) -> int:
    """Estimated tokens of the response schema instructor sends (indented, in the system
    message or as a tool). Cached per class: generating it costs ~3 ms of CPU, which
    every article used to pay."""
    return estimate_tokens(json.dumps(response_model.model_json_schema(), indent=2))


def article_token_budget(backend: Backend, prompt: PromptSpec) -> int | None:
    """Estimated tokens left for the article text in one request (None: unlimited)."""
    window = context_window(backend)
    if window is None:
        return None
    overhead = (
        prompt.overhead_tokens()
        + _schema_tokens(backend.response_model)
        + _INSTRUCTOR_WRAPPER_TOKENS
    )
    answer = int(prompt.parameters.get("max_tokens") or DEFAULT_ANSWER_TOKENS)
    # A window too small for the prompt still gets small chunks; the endpoint then says
    # clearly that the prompt does not fit.
    return max(int(window * _MARGIN) - overhead - answer, MIN_CHUNK_TOKENS)


def _part(article: Article, chunk: Chunk, total: int) -> Article:
    title = f"{article.title or article.id} (part {chunk.index + 1} of {total})"
    return article.model_copy(
        update={
            "id": f"{article.id}#part{chunk.index + 1}of{total}",
            "text": chunk.text,
            "title": title,
            "meta": {**article.meta, "chunk_start": chunk.start},
        }
    )


def _total(completions: list[Completion], usage: Usage) -> tuple[Usage, int, int]:
    for completion in completions:
        usage = usage + completion.usage
    return (usage, sum(c.attempts for c in completions), sum(c.reasks for c in completions))


async def _brief_chunks(
    article: Article, chunks: list[Chunk], backend: Backend, prompt: PromptSpec
) -> tuple[list[Completion], list[Removal], Usage, int]:
    """The chunks that succeeded, a removal per chunk that failed, and the failed chunks'
    usage and attempts. Only when every chunk fails does the article fail."""
    limit = asyncio.Semaphore(CHUNK_CONCURRENCY)

    async def one(chunk: Chunk) -> Completion:
        async with limit:
            return await backend.brief(_part(article, chunk, len(chunks)), prompt)

    results = await asyncio.gather(*(one(c) for c in chunks), return_exceptions=True)
    for result in results:  # a fatal error or a bug outranks per-chunk failures
        if isinstance(result, FatalBackendError) or (
            isinstance(result, BaseException) and not isinstance(result, BackendError)
        ):
            raise result
    done = [r for r in results if isinstance(r, Completion)]
    failures = [(i, r) for i, r in enumerate(results) if isinstance(r, BackendError)]
    usage = Usage()
    for _, failure in failures:
        usage = usage + (failure.usage if isinstance(failure.usage, Usage) else Usage())
    failed_attempts = sum(f.attempts for _, f in failures)
    if failures and not done:
        index, first = failures[0]
        total, attempts, _ = _total(done, usage)
        raise BackendError(
            first.kind,
            f"part {index + 1} of {len(chunks)} failed: {first.message}",
            raw=first.raw,
            usage=total,
            attempts=attempts + failed_attempts,
        )
    removed = [
        Removal(
            path=f"part {index + 1} of {len(chunks)}",
            reason=f"this part of the article failed ({failure.kind}): {failure.message}",
        )
        for index, failure in failures
    ]
    return done, removed, usage, failed_attempts


def _synthesis_text(summaries: list[str], key_points: list[str], budget: int) -> str:
    """Chunk summaries, then merged key points, in article order, as many as fit `budget`."""
    kept: list[str] = []
    used = 0
    for piece in [*summaries, *key_points]:
        used += estimate_tokens(piece) + 1
        if used > budget:
            break
        kept.append(piece)
    return "\n\n".join(kept) or summaries[0][:budget]  # <= 1 token per char


async def brief_within_budget(article: Article, backend: Backend, prompt: PromptSpec) -> Completion:
    """`backend.brief`, or the chunk-merge-synthesise path when the article is too long."""
    budget = article_token_budget(backend, prompt)
    if budget is None or estimate_tokens(article.text) <= budget:
        return await backend.brief(article, prompt)
    chunks = split_text(article.text, budget)
    parts, removed, failed_usage, failed_attempts = await _brief_chunks(
        article, chunks, backend, prompt
    )
    merged = merge_briefings([part.briefing for part in parts])
    usage, attempts, reasks = _total(parts, failed_usage)
    attempts += failed_attempts
    repairs = [r for part in parts for r in part.repairs]
    removed = [*removed, *(r for part in parts for r in part.removed)]
    synthesis_text = _synthesis_text(
        [part.briefing.summary for part in parts], merged.key_points, budget
    )
    synthetic = article.model_copy(update={"id": f"{article.id}#synthesis", "text": synthesis_text})
    raw = parts[-1].raw
    try:
        written = await backend.brief(synthetic, prompt)
    except FatalBackendError:
        raise
    except BackendError as exc:  # keep the first chunk's headline and summary
        usage = usage + (exc.usage if isinstance(exc.usage, Usage) else Usage())
        attempts += exc.attempts
    else:
        merged.headline, merged.summary = written.briefing.headline, written.briefing.summary
        merged.key_points = written.briefing.key_points or merged.key_points
        usage, attempts, reasks = (
            usage + written.usage,
            attempts + written.attempts,
            reasks + written.reasks,
        )
        raw = written.raw
    return Completion(
        briefing=merged,
        usage=usage,
        raw=raw,
        attempts=attempts,
        reasks=reasks,
        repairs=repairs,
        removed=removed,
    )
