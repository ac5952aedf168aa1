"""Shared CLI helpers: the consoles and common options."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from newsbrief.errors import BriefingError
from newsbrief.inputs.kinds import FORMATS
from newsbrief.inputs.reader import FieldMap
from newsbrief.inputs.source import InputSpec
from newsbrief.redact import redact

stdout = Console()
stderr = Console(stderr=True)


def console_error(message: str) -> None:
    stderr.print(f"[bold red]error:[/] {escape(redact(message))}", highlight=False)


def console_warning(message: str) -> None:
    stderr.print(f"[bold yellow]warning:[/] {escape(redact(message))}", highlight=False)


def console_note(message: str) -> None:
    stderr.print(f"[dim]{escape(redact(message))}[/]", highlight=False)


INPUT_HELP = (
    "INPUT is a JSONL(.gz) archive, a .txt/.md/.html article, a folder of them "
    "(recursively), a .csv/.tsv/.parquet table, or - for stdin."
)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--input-format, --glob, --id-field, --text-field: how every command reads INPUT."""
    options = [
        click.option(
            "--input-format",
            type=click.Choice(FORMATS),
            default=None,
            help="How to read INPUT (default: by its suffix, else by its content). "
            "text covers .txt and .md.",
        ),
        click.option(
            "--glob",
            default=None,
            metavar="PATTERN",
            help="Files to read in a folder INPUT (default **/*: every .txt, .md, .html).",
        ),
        click.option(
            "--id-field",
            default="id",
            show_default=True,
            help="JSONL key or table column holding the article id.",
        ),
        click.option(
            "--text-field",
            default="text",
            show_default=True,
            help="JSONL key or table column holding the article text.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def input_spec(
    location: str, input_format: str | None, glob: str | None, id_field: str, text_field: str
) -> InputSpec:
    return InputSpec(location, input_format, glob, FieldMap(id=id_field, text=text_field))


def single_sample_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--repeat on the Batch API commands: accepted as 1 only (see `check_single_sample`)."""
    return click.option(
        "--repeat",
        type=int,
        default=1,
        show_default=True,
        help="Samples per article: only 1 through the Batch API; brief repeated samples "
        "with `briefing run --repeat K`.",
    )(command)


def check_single_sample(repeat: int) -> None:
    """The Batch API flow sends one request per article, and its custom_id names the
    article, not a sample: a repeat above 1 is refused before anything is written."""
    if repeat != 1:
        raise BriefingError(
            f"--repeat {repeat}: the Batch API flow sends one request per article; brief "
            f"repeated samples with `briefing run INPUT --repeat {repeat}` (the live engine)"
        )


def generation_options(
    backend_name: str, max_tokens: int | None, temperature: float | None = None
) -> dict[str, Any]:
    """--max-tokens and --temperature for the backends that generate text; a note for
    the baseline."""
    given = {
        name: value
        for name, value in (("max_tokens", max_tokens), ("temperature", temperature))
        if value is not None
    }
    if given and backend_name not in ("openai", "llamacpp"):
        flags = ", ".join("--" + name.replace("_", "-") for name in given)
        console_note(f"{flags}: ignored for {backend_name}, which calls no model")
        return {}
    return given


def openai_options(backend_name: str, **given: Any) -> dict[str, Any]:
    """The openai-only options that were given; a note when another backend ignores them."""
    chosen = {name: value for name, value in given.items() if value is not None}
    if chosen and backend_name != "openai":
        flags = ", ".join(sorted(chosen))
        console_note(f"{flags}: openai backend options, ignored for {backend_name}")
        return {}
    return chosen
