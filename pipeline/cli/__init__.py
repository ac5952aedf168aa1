"""The `briefing` command line. Each command group lives in its own module.

User errors (`BriefingError`) become one clear line on stderr and exit code 2; they
never print a traceback.
"""

from __future__ import annotations

import sys

import click

from newsbrief.cli import (
    batch,
    batch_run,
    demo,
    digest,
    eval_cmd,
    gold,
    note,
    prompts_cmd,
    report,
    run,
    verify,
    view,
)
from newsbrief.cli.common import console_error
from newsbrief.errors import BriefingError, storage_error

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
def cli() -> None:
    """Turn news articles into validated, source-grounded briefings, and evaluate them."""


for module in (
    run,
    batch,
    batch_run,
    note,
    digest,
    prompts_cmd,
    eval_cmd,
    report,
    gold,
    demo,
    verify,
    view,
):
    for command in module.COMMANDS:
        cli.add_command(command)


def show_click_error(exc: click.ClickException) -> None:
    """click's own errors (bad options, missing arguments) in the one style every
    command uses: the usage line, then 'error: ...' (click would print 'Error: ...')."""
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        hint = (
            f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help."
            if ctx.command.get_help_option(ctx) is not None
            else ""
        )
        click.echo(f"{ctx.get_usage()}\n{hint}".rstrip(), err=True)
    console_error(exc.format_message())


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="briefing", standalone_mode=False)
    except click.exceptions.Abort:
        console_error("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        show_click_error(exc)
        sys.exit(exc.exit_code)
    except BriefingError as exc:
        console_error(str(exc))
        sys.exit(2)
    except OSError as exc:  # a path the command needs: read-only, full, a file, missing
        console_error(str(storage_error(exc, "a file this command needs")))
        sys.exit(2)
    except KeyboardInterrupt:
        console_error("interrupted; rerun the same command to resume")
        sys.exit(130)
