"""`briefing run`: brief a JSONL archive into a run directory (resumable)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import sys
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from newsbrief.backends import create_backend, default_model, split_model
from newsbrief.cli.common import (
    console_error,
    console_note,
    generation_options,
    input_options,
    input_spec,
    openai_options,
    stdout,
)
from newsbrief.cli.judging import judge_line, judge_options, judge_spec, ready_judge
from newsbrief.errors import BriefingError
from newsbrief.inputs.lines import InputLimits
from newsbrief.inputs.reader import FieldMap
from newsbrief.inputs.source import resolve_input
from newsbrief.run.cost import load_prices
from newsbrief.run.local import RunOptions, resolve_run_dir, run
from newsbrief.run.prepare import prepare_run_input
from newsbrief.run.rundir import MANIFEST, read_manifest
from newsbrief.run.signals import sigterm_as_interrupt, terminated
from newsbrief.run.verdict import judge_manifest
from newsbrief.run.window import EngineLimits
from newsbrief.schemas import Manifest

__all__ = ["COMMANDS", "RunStopped", "print_summary", "run_cmd"]


class RunStopped(BriefingError):
    """The run stopped early (fatal endpoint error, error rate); rerun to resume."""


def print_summary(path: Path, manifest: Manifest) -> None:
    """The end-of-run table: articles (samples, with --repeat), ok, errors, tokens, cost,
    time."""
    counts = manifest.counts
    unit = "samples" if manifest.repeat > 1 else "articles"
    table = Table(unit, "ok", "errors", "skipped", "cached", "tokens", "cost", "time")
    table.add_row(
        str(counts.read),
        f"{counts.ok}+{counts.partial} partial" if counts.partial else str(counts.ok),
        str(counts.errors),
        str(counts.skipped),
        str(counts.cached),
        str(manifest.usage.total_tokens),
        f"${manifest.usage.cost_usd:.4f}",
        f"{manifest.elapsed_s:.1f}s",
    )
    stdout.print(table)
    if manifest.repeat > 1:
        stdout.print(
            f"{manifest.repeat} samples per article: the counts are samples (articles x "
            f"{manifest.repeat}); an input error is one line, not sampled",
            highlight=False,
        )
    if manifest.judge is not None:
        stdout.print(judge_line(manifest.judge), highlight=False)
    stdout.print(
        f"run directory: {path}  (status {manifest.status}, backend {manifest.model}, "
        f"prompt {manifest.prompt_id}@v{manifest.prompt_version})",
        highlight=False,
    )


def is_uri(location: str) -> bool:
    return "://" in location and not location.startswith("file://")


def prior_manifest(options: RunOptions, backend: Any) -> Manifest | None:
    """The manifest of the run this command resumes (None for a new run)."""
    run_dir = resolve_run_dir(options, backend)
    return read_manifest(run_dir) if (run_dir / MANIFEST).is_file() else None


def say_what_is_left(before: Manifest, after: Manifest) -> None:
    """A rerun of a finished run briefs nothing: say so, and what would change that."""
    if after.counts.read != before.counts.read or after.status != "finished":
        return
    errors = after.counts.errors
    left = (
        f"; {errors} error(s) remain, rerun with --retry-errors to brief them again"
        if errors
        else ""
    )
    what = "sample(s) of the articles" if after.repeat > 1 else "article(s)"
    console_note(
        f"nothing to do: all {after.counts.read} {what} of this input are already in the run{left}"
    )


def note_input_edits(manifest: Manifest) -> None:
    """Repeated ids and set-aside records deserve a line each: both mean the input changed
    or is not what its producer thought."""
    counts = manifest.counts
    if counts.duplicates:
        console_note(
            f"{counts.duplicates} input line(s) repeat an earlier line's id: each is an input "
            "error naming the first line (see errors.jsonl)"
        )
    if counts.superseded:
        console_note(
            f"{counts.superseded} record(s) of lines edited or removed since an earlier "
            "session were moved to superseded.jsonl"
        )


@click.command("run")
@click.argument("input_location", metavar="INPUT")
@input_options
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("runs"),
    show_default=True,
    help="Folder for run directories; the same command always picks the same "
    "directory, so rerunning it resumes.",
)
@click.option(
    "--run-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Exact run directory to write or resume (overrides --out).",
)
@click.option("--fresh", is_flag=True, help="Start a new run directory instead of resuming.")
@click.option(
    "--model",
    default=None,
    help="baseline | openai:MODEL | llamacpp:PATH (default: $BRIEFING_MODEL or baseline).",
)
@click.option("--prompt", "prompt_ref", default="briefing@v1", show_default=True, help="NAME@vN")
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=None,
    help="Read at most N input lines (done ones count).",
)
@click.option(
    "--repeat",
    type=int,
    default=1,
    show_default=True,
    help="Brief each article K times (samples 0..K-1, each a real request; needs a "
    "temperature above 0 to differ). `briefing eval` averages an article's samples and "
    "reports their spread.",
)
@click.option(
    "--max-line-bytes",
    type=click.IntRange(0),
    default=InputLimits.max_line_bytes,
    show_default=True,
    help="Longer input lines are skipped unread and recorded as input errors (0: no limit).",
)
@click.option(
    "--max-depth",
    type=click.IntRange(0),
    default=InputLimits.max_depth,
    show_default=True,
    help="Input lines with JSON nested deeper are input errors (0: the parser's own limit).",
)
@click.option(
    "--max-text-chars",
    type=click.IntRange(0),
    default=InputLimits.max_text_chars,
    show_default=True,
    help="Articles with a longer text are input errors, not briefed (0: no limit).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1),
    default=8,
    show_default=True,
    help="Articles in flight at once (per worker with --engine ray).",
)
@click.option(
    "--rpm",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Requests per minute limit (client side).",
)
@click.option(
    "--tpm",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Tokens per minute limit (estimated before each call, corrected after).",
)
@click.option(
    "--max-reasks",
    type=click.IntRange(0),
    default=None,
    help="Re-asks after a schema-invalid answer (openai backend).",
)
@click.option(
    "--max-tokens",
    type=click.IntRange(1),
    default=None,
    help="Most tokens the model may answer with (openai and llamacpp backends; default: "
    "the prompt's parameters, 2048 for briefing@v1; also $BRIEFING_OPENAI_MAX_TOKENS).",
)
@click.option(
    "--temperature",
    type=click.FloatRange(0, 2),
    default=None,
    help="Sampling temperature (openai and llamacpp backends; default: the prompt's, 0.0 "
    "for briefing@v1). Samples of --repeat differ only above 0.",
)
@click.option(
    "--grounding",
    default=None,
    metavar="POLICY",
    help="strict | flag | off, or per kind: quotes=strict,names=flag,markup=strict,"
    "prose=flag (the default). strict: an item not found in the article (or a prose "
    "sentence it does not support) is a validation error the model must fix; flag: it "
    "is kept and marked.",
)
@click.option(
    "--on-invalid",
    type=click.Choice(["salvage", "error"]),
    default="salvage",
    show_default=True,
    help="An answer still invalid once re-asks are spent: salvage keeps the briefing "
    "minus the failing items (status partial, each removal recorded); error makes the "
    "article an error record.",
)
@click.option(
    "--context-tokens",
    type=click.IntRange(256),
    default=None,
    help="The model's context window; longer articles are split into parts.",
)
@click.option(
    "--openai-mode",
    default=None,
    help="openai backend: json (default) | md_json | tools | json_schema "
    "(also $BRIEFING_OPENAI_MODE); tools for llama.cpp's server.",
)
@click.option(
    "--request-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="openai backend: seconds per HTTP attempt (default 60).",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="openai backend: seconds per article, all retries included.",
)
@click.option(
    "--http",
    "http_client",
    type=click.Choice(["aiohttp", "httpx"]),
    default=None,
    help="openai backend: HTTP transport (default aiohttp, the faster one).",
)
@click.option(
    "--max-error-rate",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Pause, then stop, when this share of the last --error-window articles "
    "failed (1 disables).",
)
@click.option("--error-window", type=click.IntRange(1), default=50, show_default=True)
@click.option(
    "--error-pause",
    type=click.FloatRange(0),
    default=30.0,
    show_default=True,
    help="Seconds to pause the first time the error rate is too high.",
)
@click.option(
    "--retry-errors", is_flag=True, help="On resume, brief the articles in errors.jsonl again."
)
@click.option("--no-cache", is_flag=True, help="Bypass the response cache ($BRIEFING_CACHE_DIR).")
@click.option(
    "--prices",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="JSON price table to add to the bundled one (also $BRIEFING_PRICES).",
)
@click.option("--quiet", "-q", is_flag=True, help="Periodic log lines instead of a progress bar.")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: one async process. ray: Ray Data workers on this machine or a "
    "cluster (needs the [ray] extra).",
)
@click.option(
    "--address",
    default=None,
    help="Ray cluster to join with --engine ray (default: start one on this machine).",
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=None,
    help="Ray workers, each with one client (default: one per spare CPU).",
)
@judge_options
def run_cmd(
    input_location: str,
    input_format: str | None,
    glob: str | None,
    out: Path,
    run_dir: Path | None,
    fresh: bool,
    model: str | None,
    prompt_ref: str,
    limit: int | None,
    repeat: int,
    max_line_bytes: int,
    max_depth: int,
    max_text_chars: int,
    id_field: str,
    text_field: str,
    concurrency: int,
    rpm: float | None,
    tpm: float | None,
    max_reasks: int | None,
    max_tokens: int | None,
    temperature: float | None,
    grounding: str | None,
    on_invalid: str,
    context_tokens: int | None,
    openai_mode: str | None,
    request_timeout: float | None,
    deadline: float | None,
    http_client: str | None,
    max_error_rate: float,
    error_window: int,
    error_pause: float,
    retry_errors: bool,
    no_cache: bool,
    prices: Path | None,
    quiet: bool,
    engine: str,
    address: str | None,
    workers: int | None,
    judge_model: str | None,
    judge_all: bool,
    judge_base_url: str | None,
    judge_timeout: float,
) -> None:
    """Brief every article in INPUT into a run directory.

    INPUT is a JSONL(.gz) archive, a .txt/.md/.html article, a folder of them
    (recursively), a .csv/.tsv/.parquet table, or - for stdin. Rerunning the same
    command resumes: articles already done are skipped, a torn last line from a crash is
    repaired, and --retry-errors briefs the failed ones again.
    """
    if repeat < 1:
        raise BriefingError(f"--repeat {repeat}: give the number of samples per article, 1 or more")
    if engine == "ray":
        from newsbrief.run.ray_engine import refuse_repeat

        refuse_repeat(repeat)
    judging = judge_spec(judge_model, judge_all, judge_base_url, judge_timeout)
    spec = input_spec(input_location, input_format, glob, id_field, text_field)
    spec = dataclasses.replace(spec, max_line_bytes=max_line_bytes)
    remote = engine == "ray" and is_uri(input_location)  # Ray reads s3:// and friends itself
    resolved = None if remote else resolve_input(spec)
    model = model or default_model()
    backend_name, _ = split_model(model)
    backend_options = openai_options(
        backend_name,
        max_reasks=max_reasks,
        mode=openai_mode,
        timeout=request_timeout,
        deadline=deadline,
        http=http_client,
    )
    backend_options.update(generation_options(backend_name, max_tokens, temperature))
    backend_options.update(
        grounding=grounding, context_tokens=context_tokens, on_invalid=on_invalid
    )
    backend = create_backend(model, **backend_options)
    if backend.name == "baseline":
        console_note(
            "no LLM configured: using the deterministic 'baseline' backend "
            "(set --model or BRIEFING_MODEL, e.g. openai:gpt-4o-mini)"
        )
    judge = ready_judge(judging, model, backend)
    if judge is not None and load_prices(prices).lookup(judge.model_string) is None:
        console_note(
            f"no price for the judge {judge.model_string} in the price table: judge cost "
            "shows $0; add one with --prices FILE or $BRIEFING_PRICES"
        )
    if load_prices(prices).lookup(backend.model_string) is None:
        console_note(
            f"no price for {backend.model_string} in the price table: cost shows $0; "
            "add one with --prices FILE or $BRIEFING_PRICES"
        )
    options = RunOptions(
        input=Path(input_location),
        out=out,
        run_dir=run_dir,
        fresh=fresh,
        model=model,
        prompt=prompt_ref,
        limit=limit,
        repeat=repeat,
        fields=FieldMap(id=id_field, text=text_field),
        input_limits=InputLimits(max_line_bytes, max_depth, max_text_chars),
        concurrency=concurrency,
        retry_errors=retry_errors,
        cache=not no_cache,
        prices=prices,
        quiet=quiet,
        limits=EngineLimits(
            rpm=rpm,
            tpm=tpm,
            max_error_rate=max_error_rate,
            error_window=error_window,
            error_pause_s=error_pause,
        ),
    )
    if resolved is None:
        options.fields = spec.fields
    else:
        options, staged = prepare_run_input(options, backend, resolved)
        if staged is not None:
            console_note(
                f"read {staged.articles} article(s) from {spec.location}"
                + (f" ({staged.problems} unreadable)" if staged.problems else "")
                + f" into {staged.path}"
            )
    before = prior_manifest(options, backend)
    try:
        if engine == "ray":
            from newsbrief.run.ray_engine import RayOptions, run_on_ray

            recipe = functools.partial(create_backend, model, **backend_options)
            path, manifest = run_on_ray(
                options, recipe, RayOptions(address=address, workers=workers), judging
            )
        else:
            with sigterm_as_interrupt():
                path, manifest = asyncio.run(run(options, backend, judge))
    except KeyboardInterrupt:
        if terminated():
            console_error(
                "terminated (SIGTERM): finished articles are saved; rerun the same command "
                "to resume"
            )
            sys.exit(143)
        console_note("interrupted: finished articles are saved; rerun the same command to resume")
        raise
    print_summary(path, manifest)
    if before is not None and not retry_errors:
        say_what_is_left(before, manifest)
    note_input_edits(manifest)
    if manifest.status == "stopped":
        raise RunStopped(
            f"run stopped: {manifest.stop_reason}. Articles not yet done are "
            "untouched; fix the cause and rerun the same command to resume"
        )
    exit_on_bad_result(manifest)


def exit_on_bad_result(manifest: Manifest) -> None:
    """Exit 1 with the reason when the run finished but its result is bad (no article
    briefed, or errors above --max-error-rate); see `newsbrief.run.verdict`."""
    verdict = judge_manifest(manifest.model_dump(mode="json"))
    if verdict.problem is not None:
        console_error(f"run finished, but {verdict.problem}")
        sys.exit(verdict.exit_code)


COMMANDS = [run_cmd]
