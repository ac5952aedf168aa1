"""The public API: what a Python user needs, in one place.

Brief one article, run an archive, score a run against gold, compare two runs, and the
models those return. The CLI is built on the same functions, so a script and a
`briefing` command give the same answers. `newsbrief/__init__.py` re-exports these names
lazily, so `import newsbrief.schemas` (say, in a Ray worker) does not load the evals.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from newsbrief.backends import create_backend
from newsbrief.evals.compare import Comparison, compare_runs
from newsbrief.evals.scoring import EvalResult, score_run
from newsbrief.inputs.source import InputSpec
from newsbrief.prompting.spec import load_prompt
from newsbrief.run.local import RunOptions, run
from newsbrief.run.prepare import prepare_run_input
from newsbrief.schemas import Article, Briefing, BriefingRecord, ErrorRecord, Manifest
from newsbrief.step.brief import brief_article

__all__ = [
    "Article",
    "Briefing",
    "BriefingRecord",
    "Comparison",
    "ErrorRecord",
    "EvalResult",
    "Manifest",
    "RunOptions",
    "abrief",
    "brief",
    "compare_runs",
    "run_archive",
    "score_run",
]


async def abrief(
    article: Article | str,
    *,
    model: str | None = None,
    prompt: str = "briefing@v1",
    **backend_options: Any,
) -> BriefingRecord | ErrorRecord:
    """Brief one article (an `Article` or its plain text) and return its record.

    The record is a `BriefingRecord` (`.briefing` holds the `Briefing`) or an
    `ErrorRecord` saying why not; it never raises for a model's bad answer.
    """
    if isinstance(article, str):
        article = Article(id="article", text=article)
    backend = create_backend(model, **backend_options)
    try:
        return await brief_article(article, backend, load_prompt(prompt))
    finally:
        await backend.aclose()


def brief(
    article: Article | str,
    *,
    model: str | None = None,
    prompt: str = "briefing@v1",
    **backend_options: Any,
) -> BriefingRecord | ErrorRecord:
    """`abrief` for code that is not already inside an event loop."""
    return asyncio.run(abrief(article, model=model, prompt=prompt, **backend_options))


def run_archive(
    input_path: Path | str,
    *,
    input_format: str | None = None,
    glob: str | None = None,
    **options: Any,
) -> tuple[Path, Manifest]:
    """Run (or resume) a whole input as `briefing run` does; options as `RunOptions`.

    The input is anything `briefing run` reads: a JSONL(.gz) archive, a .txt/.md/.html
    article, a folder of them, a CSV/Parquet table (`fields=FieldMap(id=..., text=...)`
    names the columns). Returns the run directory and its final manifest
    (`manifest.status` says whether it finished).
    """
    run_options = RunOptions(input=Path(input_path), **options)
    backend = create_backend(run_options.model)
    spec = InputSpec(str(input_path), input_format, glob, run_options.fields)
    run_options, _ = prepare_run_input(run_options, backend, spec)
    return asyncio.run(run(run_options, backend))
