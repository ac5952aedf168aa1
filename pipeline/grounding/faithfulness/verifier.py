"""One interface for every verifier stage, and stage 1: the lexical rules.

A verifier takes the article, the briefing (with its evidence offsets attached) and
the checks of the stages before it, and returns the checks updated. Stages compose in
order (`verify_claims`): the rules first (`RuleVerifier`, stage "rules"), then any
stage that needs a model call, such as an LLM judge (stage "judge"), which revisits
the claims the rules could not decide and returns them with `stage="judge"`.

Why a protocol with an async method: a judge awaits HTTP requests, and the per-article
step awaits the verifiers once per answer, outside pydantic's (synchronous) validators,
so validation decides the form of an answer and the verifiers decide its faithfulness.
The rules are synchronous CPU work; `RuleVerifier.verify` runs them in a thread for a
long article so the event loop keeps serving the requests in flight.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, TypeAlias, runtime_checkable

from newsbrief.grounding.faithfulness.prose import check_briefing
from newsbrief.schemas import Briefing, ClaimCheck, VerifierStage

__all__ = ["ClaimVerifier", "OffLoop", "RuleVerifier", "verify_claims"]

# How a long article's checks leave the event loop: `work()` run in another thread and
# awaited (the step passes its daemon-thread runner; default `asyncio.to_thread`).
OffLoop: TypeAlias = Callable[[Callable[[], list[ClaimCheck]]], Awaitable[list[ClaimCheck]]]


@runtime_checkable
class ClaimVerifier(Protocol):
    """A verifier stage: `checks` are the previous stages' (empty for the first)."""

    stage: VerifierStage

    async def verify(
        self, article_text: str, briefing: Briefing, checks: list[ClaimCheck]
    ) -> list[ClaimCheck]:
        """Return every check of `briefing`, decided or revised by this stage."""
        ...


class RuleVerifier:
    """Stage 1: the lexical rules (`prose.check_briefing`), every claim of the briefing.

    `prose` and `quotes` say which checks run (the `--grounding` policy's levels);
    `off_loop_chars`: articles at least this long are checked in another thread, by
    `run_off_loop`.
    """

    stage: VerifierStage = "rules"

    def __init__(
        self,
        *,
        prose: bool = True,
        quotes: bool = True,
        off_loop_chars: int | None = None,
        run_off_loop: OffLoop | None = None,
    ) -> None:
        self.prose = prose
        self.quotes = quotes
        self.off_loop_chars = off_loop_chars
        self.run_off_loop = run_off_loop

    def check(self, article_text: str, briefing: Briefing) -> list[ClaimCheck]:
        """The rules' checks, synchronously (stored runs, batch imports, benchmarks)."""
        return check_briefing(briefing, article_text, prose=self.prose, quotes=self.quotes)

    async def verify(
        self, article_text: str, briefing: Briefing, checks: list[ClaimCheck]
    ) -> list[ClaimCheck]:
        if self.off_loop_chars is not None and len(article_text) >= self.off_loop_chars:
            work = functools.partial(self.check, article_text, briefing)
            if self.run_off_loop is not None:
                return await self.run_off_loop(work)
            return await asyncio.to_thread(work)
        return self.check(article_text, briefing)


async def verify_claims(
    verifiers: Sequence[ClaimVerifier], article_text: str, briefing: Briefing
) -> list[ClaimCheck]:
    """Run the stages in order, each on the checks the one before returned."""
    checks: list[ClaimCheck] = []
    for verifier in verifiers:
        checks = await verifier.verify(article_text, briefing, checks)
    return checks
