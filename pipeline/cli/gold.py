"""`briefing gold ...`: validate gold JSONL files and import the Giveme5W1H gold standard.

Exit codes: 0 valid (warnings allowed), 1 the gold file has errors (all listed in a
table), 2 a usage error or an unreadable input (one line, no traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.table import Table

from newsbrief.cli.common import console_note, stdout
from newsbrief.errors import BriefingError
from newsbrief.evals.errors import Giveme5W1HFormatError, Problem
from newsbrief.evals.giveme5w1h import import_directory
from newsbrief.evals.goldio import parse_gold_lines, write_jsonl

__all__ = ["COMMANDS", "GoldDataError", "gold"]


class GoldDataError(BriefingError):
    """A gold file or a gold-standard source cannot be read at all."""


@click.group()
def gold() -> None:
    """Gold records: validate hand-labelled files, import public gold standards."""


def _problem_table(problems: list[Problem]) -> Table:
    table = Table(title="gold file problems", show_lines=False)
    table.add_column("line", justify="right")
    table.add_column("field", overflow="fold")
    table.add_column("severity")
    table.add_column("message", overflow="fold")
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        table.add_row(
            str(problem.line or "-"),
            problem.field or "(whole line)",
            f"[{style}]{problem.severity}[/]",
            problem.message,
        )
    return table


@gold.command("validate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file: Path) -> None:
    """Check a gold JSONL FILE and list every problem with its line and field."""
    try:
        with file.open("rb") as handle:
            records, problems = parse_gold_lines(handle)
    except OSError as exc:
        raise GoldDataError(f"cannot read {file}: {exc.strerror or exc}") from exc
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    if problems:
        stdout.print(_problem_table(problems))
    stdout.print(
        f"{file}: {len(records)} valid records, {errors} errors, {warnings} warnings",
        highlight=False,
        soft_wrap=True,
    )
    if errors:
        sys.exit(1)


@gold.command("import-giveme5w1h")
@click.argument("src_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Gold JSONL to write.",
)
@click.option(
    "--articles",
    "articles_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the articles as JSONL input for `briefing run`.",
)
def import_giveme5w1h(src_dir: Path, output: Path, articles_out: Path | None) -> None:
    """Convert a folder of Giveme5W1H gold-standard JSON files (SRC_DIR) to gold JSONL."""
    try:
        result = import_directory(src_dir)
    except Giveme5W1HFormatError as exc:
        raise GoldDataError(f"{exc}; point SRC_DIR at the folder of *.json articles") from exc
    written = write_jsonl(output, result.records)
    stats = result.stats
    console_note(
        f"{stats.phrases} phrases, {stats.not_stated} questions not stated, "
        f"{stats.zero_count_dropped} zero-count phrases dropped, "
        f"{stats.parsing_error} articles flagged parsingError"
    )
    stdout.print(f"wrote {written} gold records to {output}", highlight=False)
    if articles_out is not None:
        count = write_jsonl(articles_out, result.articles)
        stdout.print(f"wrote {count} articles to {articles_out}", highlight=False)


COMMANDS: list[click.Command] = [gold]
