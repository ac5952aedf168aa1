"""`briefing prompts list|show`: the prompt registry with content hashes."""

from __future__ import annotations

import click
from rich.table import Table

from newsbrief.cli.common import stdout
from newsbrief.prompting.spec import describe, list_prompts, load_prompt


@click.group("prompts")
def prompts() -> None:
    """List and show prompt versions (prompts/<name>/v<N>.yaml)."""


@prompts.command("list")
def list_cmd() -> None:
    """Every prompt version with its content hash (prompt + schema)."""
    table = Table("prompt", "description", "content hash", "schema hash")
    for spec in list_prompts():
        table.add_row(spec.ref, spec.description.strip()[:70], spec.content_hash, spec.schema_hash)
    stdout.print(table)


@prompts.command("show")
@click.argument("ref")
def show_cmd(ref: str) -> None:
    """Show one prompt, e.g. `briefing prompts show briefing@v1`."""
    spec = load_prompt(ref)
    stdout.print(f"# {spec.ref}  content hash {spec.content_hash}  schema hash {spec.schema_hash}")
    click.echo(describe(spec))


COMMANDS = [prompts]
