"""Judge briefings already stored in a run (`verify`, `eval` and `report` with --judge).

The judge (`newsbrief.judge`) reads each briefing's article and its doubtful claims; here
a run's stored briefings are judged a few at a time, their checks and grounding counts
updated in place, through the same response cache and price table as a run's briefings.
A briefing whose article text is not at hand is left as it is.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

from newsbrief.judge import Judge
from newsbrief.judge.apply import recount
from newsbrief.run.cache import ResponseCache
from newsbrief.run.cost import load_prices
from newsbrief.schemas import Briefing, JudgeReport, JudgeTotals

__all__ = ["JUDGE_CONCURRENCY", "judge_stored"]

JUDGE_CONCURRENCY = 8  # briefings judged at once (each one or a few requests)


async def _judge_all(
    judge: Judge,
    items: list[tuple[str, Briefing]],
    texts: dict[str, str],
    cache_dir: Path | None,
    use_cache: bool,
) -> list[JudgeReport | None]:
    cache = ResponseCache(cache_dir) if use_cache else None
    judge.cache, judge.prices = cache, load_prices(None)
    slots = asyncio.Semaphore(JUDGE_CONCURRENCY)

    async def one(article_id: str, briefing: Briefing) -> JudgeReport | None:
        text = texts.get(article_id)
        if text is None:
            return None
        async with slots:
            before = list(briefing.checks)
            judged = await judge.judge(text, briefing, before)
        briefing.checks = judged.checks
        recount(briefing, before)
        return judged.report

    try:
        return list(await asyncio.gather(*(one(i, b) for i, b in items)))
    finally:
        if cache is not None:
            cache.close()
        await judge.aclose()


def judge_stored(
    judge: Judge,
    briefings: Iterable[tuple[str, Briefing]],
    texts: dict[str, str],
    *,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> JudgeTotals | None:
    """Judge `(article id, briefing)` pairs in place; the judge's totals (None: nothing
    was judged). Closes the judge's backend when done."""
    reports = asyncio.run(_judge_all(judge, list(briefings), texts, cache_dir, use_cache))
    totals: JudgeTotals | None = None
    for report in reports:
        if report is not None:
            totals = totals or JudgeTotals.start(report)
            totals.add(report)
    return totals
