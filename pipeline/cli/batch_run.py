"""`briefing batch run|status|cancel`: the provider's Batch API in one command.

`batch run` exports, uploads, creates the batches, polls, collects and resubmits until
every input line has a record; rerunning it (after Ctrl-C, a reboot or kill -9)
resumes the same batches. `status` shows where they are; `cancel` stops them.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from newsbrief.cli.batch import batch
from newsbrief.cli.common import check_single_sample, console_note, single_sample_option, stdout
from newsbrief.cli.run import exit_on_bad_result, print_summary
from newsbrief.errors import BriefingError
from newsbrief.inputs.reader import FieldMap
from newsbrief.run.batch.control import batch_status, cancel_batches
from newsbrief.run.batch.flow import BatchRunOptions, run_batch
from newsbrief.run.batch_export import BatchLimits

__all__ = ["COMMANDS"]

POLL_ENV = "BRIEFING_BATCH_POLL"


def _poll_default() -> float:
    value = os.environ.get(POLL_ENV)
    try:
        return float(value) if value else 10.0
    except ValueError:
        raise BriefingError(f"${POLL_ENV} must be seconds, not {value!r}") from None


@batch.command("run")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(path_type=Path))
@click.option("--model", required=True, help="openai:MODEL, at the endpoint of $OPENAI_BASE_URL.")
@click.option("--prompt", "prompt_ref", default="briefing@v1", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("runs"), show_default=True)
@click.option("--run-dir", type=click.Path(path_type=Path), default=None)
@click.option("--fresh", is_flag=True, help="Start a new run directory instead of resuming.")
@click.option("--limit", type=int, default=None, help="Submit at most N input lines.")
@single_sample_option
@click.option("--id-field", default="id", show_default=True)
@click.option("--text-field", default="text", show_default=True)
@click.option(
    "--max-cost",
    type=click.FloatRange(min=0),
    default=None,
    metavar="USD",
    help="Refuse to submit when the estimate (output at max_tokens, batch prices) is higher.",
)
@click.option(
    "--batch-retries",
    type=click.IntRange(0),
    default=1,
    show_default=True,
    help="Rounds of resubmitting failed or expired requests in a new batch.",
)
@click.option(
    "--fallback",
    type=click.Choice(["none", "live"]),
    default="none",
    show_default=True,
    help="live: brief requests still failing after the retries through the live API.",
)
@click.option("--no-wait", is_flag=True, help="Submit and exit; rerun the same command to collect.")
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help=f"First wait between polls in seconds (default 10, or ${POLL_ENV}); "
    "it grows 1.5x while nothing changes, up to --poll-max.",
)
@click.option("--poll-max", type=click.FloatRange(min=0, min_open=True), default=300.0)
@click.option("--max-requests", type=click.IntRange(1), default=50_000, show_default=True)
@click.option("--prices", type=click.Path(path_type=Path, dir_okay=False), default=None)
def run_cmd(
    input_path: Path,
    model: str,
    prompt_ref: str,
    out: Path,
    run_dir: Path | None,
    fresh: bool,
    limit: int | None,
    repeat: int,
    id_field: str,
    text_field: str,
    max_cost: float | None,
    batch_retries: int,
    fallback: str,
    no_wait: bool,
    poll_interval: float | None,
    poll_max: float,
    max_requests: int,
    prices: Path | None,
) -> None:
    """Brief INPUT.jsonl through the provider's Batch API (half price, no rate limits).

    Submits, polls, collects and resubmits until every line has a briefing or an error
    record. Rerun the same command at any time: it resumes the batches it submitted.
    """
    check_single_sample(repeat)
    result = run_batch(
        BatchRunOptions(
            input=input_path,
            model=model,
            prompt=prompt_ref,
            out=out,
            run_dir=run_dir,
            fresh=fresh,
            fields=FieldMap(id=id_field, text=text_field),
            limit=limit,
            prices=prices,
            max_cost=max_cost,
            retries=batch_retries,
            fallback=fallback,
            wait=not no_wait,
            poll_interval=poll_interval or _poll_default(),
            poll_max=poll_max,
            limits=BatchLimits(max_requests=max_requests),
            report=console_note,
        )
    )
    print_summary(result.run_dir, result.manifest)
    if no_wait:
        sent = sum(1 for job in result.ledger.jobs if job.batch_id)
        console_note(
            f"{sent} batch(es) submitted; rerun the same command (without --no-wait) to "
            f"collect, or `briefing batch status {result.run_dir}`"
        )
    elif result.manifest.status == "stopped":
        console_note(f"stopped: {result.manifest.stop_reason}")
    else:
        exit_on_bad_result(result.manifest)


@batch.command("status")
@click.argument("run_dir", type=click.Path(path_type=Path, file_okay=False))
def status_cmd(run_dir: Path) -> None:
    """Show the batches of RUN_DIR as the provider sees them now (changes nothing)."""
    for line in batch_status(run_dir):
        stdout.print(line, highlight=False)


@batch.command("cancel")
@click.argument("run_dir", type=click.Path(path_type=Path, file_okay=False))
def cancel_cmd(run_dir: Path) -> None:
    """Cancel RUN_DIR's batches in flight; finished results are still collected."""
    cancelled = cancel_batches(run_dir)
    stdout.print(
        f"cancel requested for {len(cancelled)} batch(es): {', '.join(cancelled) or 'none'}",
        highlight=False,
    )
    console_note(
        "rerun `briefing batch run` (if it is not running) to collect what they finished; "
        "unfinished requests are recorded as errors"
    )


COMMANDS: list[click.Command] = []  # registered on the `batch` group above
