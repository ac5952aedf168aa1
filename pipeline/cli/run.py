"""`briefing run`: brief a JSONL archive into a run directory."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
from rich.table import Table

from pipeline.backends import create_backend, default_model
from pipeline.cli.common import console_note, stdout
from pipeline.reader import FieldMap
from pipeline.runner import RunOptions, run


@click.command("run")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=Path("runs"), show_default=True,
              help="Folder that holds run directories.")
@click.option("--run-dir", type=click.Path(path_type=Path), default=None,
              help="Exact run directory to write (and resume).")
@click.option("--model", default=None, help="baseline | openai:MODEL | llamacpp:PATH (default: $BRIEFING_MODEL or baseline).")
@click.option("--prompt", "prompt_ref", default="briefing@v1", show_default=True, help="NAME@vN")
@click.option("--limit", type=int, default=None, help="Brief at most N articles.")
@click.option("--id-field", default="id", show_default=True, help="Input key holding the article id.")
@click.option("--text-field", default="text", show_default=True, help="Input key holding the text.")
@click.option("--concurrency", type=int, default=8, show_default=True)
def run_cmd(input_path: Path, out: Path, run_dir: Path | None, model: str | None, prompt_ref: str,
            limit: int | None, id_field: str, text_field: str, concurrency: int) -> None:
    """Brief every article in INPUT.jsonl (or .jsonl.gz) into a run directory."""
    model = model or default_model()
    backend = create_backend(model)
    if backend.name == "baseline":
        console_note("no LLM configured: using the deterministic 'baseline' backend "
                     "(set --model or BRIEFING_MODEL, e.g. openai:gpt-4o-mini)")
    options = RunOptions(input=input_path, out=out, run_dir=run_dir, model=model, prompt=prompt_ref,
                         limit=limit, fields=FieldMap(id=id_field, text=text_field),
                         concurrency=concurrency)
    path, manifest = asyncio.run(run(options, backend))
    table = Table("articles", "ok", "errors", "tokens", "cost", "time")
    table.add_row(str(manifest.counts.read), str(manifest.counts.ok), str(manifest.counts.errors),
                  str(manifest.usage.total_tokens), f"${manifest.usage.cost_usd:.4f}",
                  f"{manifest.elapsed_s:.1f}s")
    stdout.print(table)
    stdout.print(f"run directory: {path}  (backend {manifest.model}, prompt {manifest.prompt_id}@v{manifest.prompt_version})")


COMMANDS = [run_cmd]
