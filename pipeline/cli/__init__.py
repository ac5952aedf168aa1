"""The `briefing` command line. Each command group lives in its own module, imported
only when that command runs (`newsbrief.cli.lazy`), so `briefing --help` and
`briefing --version` start at once.

User errors (`BriefingError`) become one clear line on stderr and exit code 2; they
never print a traceback. Ctrl-C at any moment, even while the modules load, is one line
and exit code 130.
"""

from __future__ import annotations

import logging
import sys

import click

from newsbrief.cli.lazy import LazyCommand, LazyGroup
from newsbrief.console import interrupted
from newsbrief.exit_codes import INTERRUPTED, USAGE

__all__ = ["COMMANDS", "cli", "main"]

# Every command: where it lives and its one-line help (tests/cli checks both).
COMMANDS = {
    "run": LazyCommand(
        "newsbrief.cli.run:run_cmd", "Brief every article in INPUT into a run directory."
    ),
    "batch": LazyCommand(
        "newsbrief.cli.batch_run:batch",
        "Scale out through a provider's batch endpoint (OpenAI Batch API, vllm run-batch).",
    ),
    "note": LazyCommand(
        "newsbrief.cli.note:note_cmd",
        "Brief one article of INPUT and render it as a briefing note.",
    ),
    "digest": LazyCommand(
        "newsbrief.cli.digest:digest_cmd",
        "Combine the briefings of RUN_DIR into one note by country, topic and date.",
    ),
    "prompts": LazyCommand(
        "newsbrief.cli.prompts_cmd:prompts",
        "List and show prompt versions (prompts/<name>/v<N>.yaml).",
    ),
    "eval": LazyCommand(
        "newsbrief.cli.eval_cmd:eval_group",
        "Score a run (against gold, or reference-free without it), or compare two runs.",
    ),
    "report": LazyCommand(
        "newsbrief.cli.report:report_cmd",
        "Write a self-contained HTML report for RUN_DIR (and RUN_DIR vs --compare).",
    ),
    "gold": LazyCommand(
        "newsbrief.cli.gold:gold",
        "Gold records: validate hand-labelled files, import public gold standards.",
    ),
    "demo": LazyCommand(
        "newsbrief.cli.demo:demo_cmd",
        "Brief the seed articles, score them against gold, write the report and a note.",
    ),
    "verify": LazyCommand(
        "newsbrief.cli.verify:verify_cmd",
        "Re-run every grounding and prose check on RUN_DIR's briefings; write verify.jsonl.",
    ),
    "view": LazyCommand(
        "newsbrief.cli.view:view_cmd",
        "Browse runs, compare them and review briefings into gold, in your browser.",
    ),
}


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """`--version`: the version every manifest and the workspace record, read only when
    asked (it may ask git for the commit of a checkout)."""
    if not value or ctx.resilient_parsing:
        return
    from newsbrief.version import code_version

    click.echo(f"briefing {code_version()} (distribution newsbrief)")
    ctx.exit()


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Turn news articles into validated, source-grounded briefings, and evaluate them."""


def show_click_error(exc: click.ClickException) -> None:
    """click's own errors (bad options, missing arguments) in the one style every
    command uses: the usage line, then 'error: ...' (click would print 'Error: ...')."""
    from newsbrief.cli.common import console_error

    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        hint = (
            f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help."
            if ctx.command.get_help_option(ctx) is not None
            else ""
        )
        click.echo(f"{ctx.get_usage()}\n{hint}".rstrip(), err=True)
    console_error(exc.format_message())


def _interrupted() -> None:
    """One line, whatever was loaded: Ctrl-C may come before rich or any command is."""
    interrupted()


class _ReaderNotes(logging.Handler):
    """Readers' warnings (`newsbrief.readers`: a damaged line left out) as notes on
    stderr, in the style of every note; rich is loaded only when one is shown."""

    def emit(self, record: logging.LogRecord) -> None:
        from newsbrief.cli.common import console_note

        console_note(f"warning: {record.getMessage()}")


def _show_reader_warnings() -> None:
    logger = logging.getLogger("newsbrief.readers")
    if not any(isinstance(handler, _ReaderNotes) for handler in logger.handlers):
        logger.addHandler(_ReaderNotes())
        logger.propagate = False


def main(argv: list[str] | None = None) -> None:
    _show_reader_warnings()
    try:
        _main(argv)
    except KeyboardInterrupt:
        _interrupted()


def _main(argv: list[str] | None) -> None:
    from newsbrief.errors import BriefingError, storage_error

    try:
        cli.main(args=argv, prog_name="briefing", standalone_mode=False)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):
            _interrupted()  # click turns Ctrl-C inside a command into Abort
        from newsbrief.cli.common import console_error

        console_error("aborted")
        sys.exit(INTERRUPTED)
    except click.ClickException as exc:
        show_click_error(exc)
        sys.exit(exc.exit_code)
    except BriefingError as exc:
        from newsbrief.cli.common import console_error

        console_error(str(exc))
        sys.exit(USAGE)
    except OSError as exc:  # a path the command needs: read-only, full, a file, missing
        from newsbrief.cli.common import console_error

        console_error(str(storage_error(exc, "a file this command needs")))
        sys.exit(USAGE)
