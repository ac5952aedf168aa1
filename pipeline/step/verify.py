"""Grounding and claim verification of one answer, and the `prose=strict` re-ask.

Each answer the model gives is grounded once (evidence offsets) and its claims are
verified once, by the verifier stages in order (`newsbrief.grounding.faithfulness`):
stage 1 the lexical rules, then whatever stages the caller passes (an LLM judge plugs
in here, as a `ClaimVerifier` appended to `verifiers`). Under `prose=strict`, an
answer with contradicted claims is sent back (`Backend.revise`, with what each claim
says against what the article says) while the article's `max_reasks` last; what is
still contradicted after that is removed and each removal recorded (salvage). An
`unverified` claim is never re-asked nor removed: it is marked for the reader.

A revision that fails (a transport error, an answer that never validates) keeps the
answer before it, salvaged: a briefing already in hand is never lost to a re-ask.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TypeVar

from newsbrief.backends.base import OFF_LOOP_CHARS, Backend, Completion, off_loop
from newsbrief.errors import BackendError, FatalBackendError
from newsbrief.grounding import (
    ClaimVerifier,
    GroundingPolicy,
    contradicted,
    prepare_briefing,
    revision_request,
    rule_verifier,
    salvage_contradicted,
    verify_briefing,
)
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Usage

__all__ = ["default_verifiers", "off_loop_if_long", "verified"]

T = TypeVar("T")


async def off_loop_if_long(article: Article, work: Callable[[], T]) -> T:
    """Run a text pass over a long article in a thread: CPU work on megabytes would
    otherwise stall every request in flight (threads share the GIL, but the loop gets
    its turn every few milliseconds)."""
    if len(article.text) >= OFF_LOOP_CHARS:
        return await off_loop(work)  # a daemon thread: a stop never waits for it
    return work()


def default_verifiers(policy: GroundingPolicy) -> list[ClaimVerifier]:
    """Stage 1 alone: the lexical rules the policy asks for."""
    return [rule_verifier(policy, off_loop_chars=OFF_LOOP_CHARS, run_off_loop=off_loop)]


async def verified(
    article: Article,
    completion: Completion,
    backend: Backend,
    prompt: PromptSpec,
    policy: GroundingPolicy,
    verifiers: Sequence[ClaimVerifier],
) -> Completion:
    """`completion` with its briefing grounded and verified (re-asked and salvaged under
    `prose=strict`); usage, attempts and re-asks include every revision."""
    text = article.text
    while True:
        prepare = functools.partial(  # verify_briefing counts the summary
            prepare_briefing, completion.briefing, text, policy, prompt.datamark, summary=False
        )
        briefing = await off_loop_if_long(article, prepare)
        briefing = await verify_briefing(briefing, text, policy, verifiers)
        wrong = contradicted(briefing) if policy.prose == "strict" else []
        if not wrong:
            break
        try:
            revised = await backend.revise(article, prompt, completion, revision_request(wrong))
        except FatalBackendError:
            raise
        except BackendError as exc:  # keep the answer in hand; count what was spent
            if isinstance(exc.usage, Usage):  # the whole article's (`Backend.revise`)
                completion.usage, completion.attempts = exc.usage, exc.attempts
            completion.reasks += 1
            revised = None
        if revised is None:
            briefing = salvage_contradicted(briefing)
            break
        completion = revised
    completion.briefing = briefing
    return completion
