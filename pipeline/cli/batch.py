"""`briefing batch export|import`: the OpenAI Batch API / `vllm run-batch` file formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsbrief.cli.common import (
    check_single_sample,
    console_error,
    console_note,
    input_options,
    input_spec,
    single_sample_option,
    stdout,
)
from newsbrief.errors import BriefingError
from newsbrief.exit_codes import BAD_RESULT
from newsbrief.inputs.reader import FieldMap
from newsbrief.inputs.source import resolve_input
from newsbrief.inputs.staging import STAGED_INPUT, stage
from newsbrief.prompting.spec import load_prompt
from newsbrief.run.batch_export import BatchLimits, export_requests
from newsbrief.run.batch_import import (
    article_texts,
    find_prompt,
    import_results,
    peek_model,
    recorded_input,
)
from newsbrief.run.cost import load_prices
from newsbrief.run.rundir import read_manifest

__all__ = ["COMMANDS", "batch"]


@click.group("batch")
def batch() -> None:
    """Scale out through a provider's batch endpoint (OpenAI Batch API, vllm run-batch)."""


@batch.command("export")
@click.argument("input_location", metavar="INPUT")
@input_options
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder for requests-NNNNN.jsonl, input-errors.jsonl, batch.json.",
)
@click.option("--model", required=True, help="openai:MODEL (the model named in each request).")
@click.option("--prompt", "prompt_ref", default="briefing@v1", show_default=True)
@click.option("--limit", type=int, default=None, help="Export at most N input lines.")
@single_sample_option
@click.option(
    "--max-requests",
    type=click.IntRange(1),
    default=50_000,
    show_default=True,
    help="Requests per file (the Batch API allows 50,000).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=200 * 1024 * 1024,
    show_default=True,
    help="Bytes per file (the Batch API allows 200 MB).",
)
def export_cmd(
    input_location: str,
    input_format: str | None,
    glob: str | None,
    id_field: str,
    text_field: str,
    out_dir: Path,
    model: str,
    prompt_ref: str,
    limit: int | None,
    repeat: int,
    max_requests: int,
    max_bytes: int,
) -> None:
    """Write Batch API request files for every article in INPUT.

    INPUT is any input `briefing run` reads; anything but a JSONL file is first written
    to OUT/input.jsonl, which batch.json records for `batch import`.
    """
    check_single_sample(repeat)
    resolved = resolve_input(input_spec(input_location, input_format, glob, id_field, text_field))
    fields = resolved.spec.fields
    if resolved.is_jsonl_file:
        assert resolved.path is not None
        input_path = resolved.path
    else:
        input_path, fields = stage(resolved, out_dir / STAGED_INPUT).path, FieldMap()
    summary = export_requests(
        input_path,
        out_dir,
        model,
        load_prompt(prompt_ref),
        fields=fields,
        limit=limit,
        limits=BatchLimits(max_requests, max_bytes),
    )
    stdout.print(
        f"{summary.requests} requests in {len(summary.files)} file(s) under {out_dir}; "
        f"{summary.input_errors} unreadable input line(s) in input-errors.jsonl",
        highlight=False,
    )
    stdout.print(
        "next: upload each requests-*.jsonl to the Batch API (or run `vllm run-batch "
        "-i FILE -o OUT.jsonl --model MODEL`), then `briefing batch import OUT.jsonl "
        f"[ERRORS.jsonl] {out_dir}/input-errors.jsonl --run-dir DIR`",
        highlight=False,
    )


@batch.command("import")
@click.argument(
    "paths",
    metavar="OUTPUT.jsonl [ERRORS.jsonl ...]",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
)
@click.option(
    "--run-dir",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Run directory to create or add to (ids already there are skipped).",
)
@click.option(
    "--prompt",
    "prompt_ref",
    default=None,
    help="NAME@vN used for the export (default: found by the hash in custom_id).",
)
@click.option(
    "--model", default=None, help="openai:MODEL (default: the model named in the responses)."
)
@click.option(
    "--prices",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="JSON price table to add to the bundled one (also $BRIEFING_PRICES).",
)
@click.option(
    "--input",
    "archive",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="The exported archive: its texts ground the briefings "
    "(evidence offsets, grounding rate, injection flag).",
)
@click.option("--id-field", default="id", show_default=True)
@click.option("--text-field", default="text", show_default=True)
def import_cmd(
    paths: tuple[Path, ...],
    run_dir: Path,
    prompt_ref: str | None,
    model: str | None,
    prices: Path | None,
    archive: Path | None,
    id_field: str,
    text_field: str,
) -> None:
    """Read Batch API output and error files back into a run directory."""
    files = list(paths)
    texts = None
    fields = FieldMap(id=id_field, text=text_field)
    recorded = recorded_input(files) if archive is None else None
    if recorded is not None and recorded[0].is_file():
        archive, fields = recorded
        console_note(f"grounding with the input recorded at export (batch.json): {archive}")
    if archive is not None:
        texts = article_texts(files, archive, fields)
    else:
        where = f"the exported input {recorded[0]} is gone, and " if recorded else ""
        console_note(
            f"{where}no --input archive: briefings are imported without grounding "
            "(no evidence offsets or grounding rate); pass --input ARCHIVE to ground them"
        )
    prompt = load_prompt(prompt_ref) if prompt_ref else find_prompt(files)
    model = model or peek_model(files)
    if model is None:
        raise BriefingError(
            "the result files name no model (no successful response); pass --model openai:MODEL"
        )
    summary, path = import_results(files, run_dir, prompt, model, load_prices(prices), texts)
    manifest = read_manifest(path)
    stdout.print(
        f"imported {summary.ok} briefings and {summary.errors} errors "
        f"({summary.skipped} already in the run) into {path}; run totals: "
        f"{manifest.counts.ok} ok, {manifest.counts.partial} partial, "
        f"{manifest.counts.errors} errors, "
        f"{manifest.usage.total_tokens} tokens, ${manifest.usage.cost_usd:.4f}",
        highlight=False,
    )
    if summary.refused:
        console_error(
            f"refused {summary.refused} results whose custom_id names no article of "
            f"{archive}; import them with the --input they were exported from"
        )
        sys.exit(BAD_RESULT)


COMMANDS = [batch]
