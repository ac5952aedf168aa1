"""`--judge MODEL` and its companions, shared by `run`, `verify`, `eval` and `report`.

The CLI builds the judge (`newsbrief.judge.build_judge`), checks before anything starts
that its endpoint answers (a closed port or an unknown host exits 2, as a run's own
endpoint does), and, for `eval` and `report`, judges the run's stored briefings and hands
the judged checks to the evals (which never import a model client).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsbrief.backends.base import Backend
from newsbrief.cli.common import stdout
from newsbrief.errors import BriefingError, FatalBackendError
from newsbrief.judge import DEFAULT_DEADLINE, Judge, JudgeSpec, build_judge
from newsbrief.run.judging import judge_stored
from newsbrief.run.rundir import read_manifest
from newsbrief.run.verify import article_texts
from newsbrief.schemas import Briefing, JudgeTotals

if TYPE_CHECKING:  # the evals (scipy, nltk) load only for eval and report
    from newsbrief.evals.scoring import EvalResult

__all__ = [
    "judge_briefings",
    "judge_for_run",
    "judge_line",
    "judge_options",
    "judge_result",
    "judge_spec",
    "ready_judge",
]


def judge_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--judge, --judge-all, --judge-base-url, --judge-timeout."""
    options = [
        click.option(
            "--judge",
            "judge_model",
            default=None,
            metavar="MODEL",
            help="A second opinion on the claims the rules could not settle (unverified) "
            "or found contradicted: openai:MODEL, llamacpp:PATH, or 'same' (the run's "
            "model). Judge cost is counted apart from briefing cost. See docs/judge.md.",
        ),
        click.option(
            "--judge-all",
            is_flag=True,
            help="Send every checked claim to the judge, not only the doubtful ones (but "
            "those that copy the article word for word).",
        ),
        click.option(
            "--judge-base-url",
            default=None,
            metavar="URL",
            help="The judge's OpenAI-compatible endpoint (also $BRIEFING_JUDGE_BASE_URL; "
            "default: the run's, OPENAI_BASE_URL; key: $BRIEFING_JUDGE_API_KEY, else "
            "OPENAI_API_KEY).",
        ),
        click.option(
            "--judge-timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULT_DEADLINE,
            show_default=True,
            help="Seconds for all of one article's judge requests; past it the article "
            "keeps the rules' verdicts and records the judge error.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def judge_spec(
    judge_model: str | None,
    judge_all: bool = False,
    judge_base_url: str | None = None,
    judge_timeout: float | None = DEFAULT_DEADLINE,
) -> JudgeSpec | None:
    """The judge the options ask for, or None without --judge."""
    if judge_model is None:
        if judge_all or judge_base_url:
            raise BriefingError("--judge-all and --judge-base-url need --judge MODEL")
        return None
    return JudgeSpec(
        model=judge_model,
        scope="all" if judge_all else "doubtful",
        base_url=judge_base_url,
        deadline=judge_timeout,
    )


async def _reachable(judge: Judge) -> None:
    try:
        await judge.check_reachable()
    finally:
        await judge.aclose()  # the client is made again in the loop that uses it
        if not judge.owns_backend:
            await judge.backend.aclose()


def ready_judge(
    spec: JudgeSpec | None, run_model: str | None = None, run_backend: Backend | None = None
) -> Judge | None:
    """The judge, its endpoint checked: unreachable is a usage error (exit 2)."""
    if spec is None:
        return None
    judge = build_judge(spec, run_model, run_backend)
    try:
        asyncio.run(_reachable(judge))
    except FatalBackendError as exc:
        raise BriefingError(f"--judge {spec.model}: {exc.message}") from None
    return judge


def judge_briefings(
    judge: Judge, run_dir: Path, briefings: Iterable[tuple[str, Briefing]], articles: Path | None
) -> JudgeTotals | None:
    """Judge stored briefings in place (their checks and grounding counts); the totals."""
    items = list(briefings)
    texts = article_texts(run_dir, articles, {article_id for article_id, _ in items})
    return judge_stored(judge, items, texts)


def judge_for_run(
    run_dir: Path,
    judge_model: str | None,
    judge_all: bool,
    judge_base_url: str | None,
    judge_timeout: float | None,
) -> Judge | None:
    """The judge for a stored run's briefings (`same`: the model the run recorded),
    its endpoint checked; None without --judge."""
    spec = judge_spec(judge_model, judge_all, judge_base_url, judge_timeout)
    if spec is None:
        return None
    try:
        run_model: str | None = read_manifest(run_dir).model
    except BriefingError:
        run_model = None  # the command says what is wrong with the run directory
    return ready_judge(spec, run_model)


def judge_result(judge: Judge, result: EvalResult, articles: Path | None) -> None:
    """Judge the briefings an eval read (every sample's too) and hand the totals to it:
    `result.faithfulness()` then reads the judged checks, and eval.json says so."""
    seen: set[int] = set()
    items: list[tuple[str, Briefing]] = []
    predictions = [p for samples in result.run.samples.values() for p in samples.values()]
    for prediction in [*result.run.predictions.values(), *predictions]:
        briefing = prediction.briefing
        if briefing is not None and id(briefing) not in seen:
            seen.add(id(briefing))
            items.append((prediction.id, briefing))
    result.judge = judge_briefings(judge, result.run_dir, items, articles)


def judge_line(totals: JudgeTotals | None) -> str:
    """One line: what the judge did and what it cost (apart from briefing cost)."""
    if totals is None:
        return "Judge: no briefing was judged (no article text at hand)."
    head = f"Judge {totals.model} ({totals.prompt})"
    if totals.sent == 0:
        return (
            f"{head}: the rules settled every claim of {totals.articles} briefing(s); "
            "nothing was sent."
        )
    usage = totals.usage
    errors = f", {totals.errors} briefing(s) with a judge error" if totals.errors else ""
    if totals.truncated:  # its verdicts before the cut were kept, the rest unanswered
        errors += f", {totals.truncated} answer(s) cut off at the judge's token limit"
    return (
        f"{head}: {totals.sent} claim(s) of {totals.articles} briefing(s) sent in "
        f"{usage.requests} request(s): {totals.changed} changed, {totals.confirmed} "
        f"confirmed, {totals.voided} voided, {totals.unanswered} unanswered{errors}; "
        f"{usage.total_tokens} tokens, ${usage.cost_usd:.4f} (not in the briefing cost)."
    )


def print_judge_line(totals: JudgeTotals | None) -> None:
    stdout.print(judge_line(totals), highlight=False)
