"""`briefing demo` (what `make demo` runs): the whole product on the five seed articles.

It chains the real commands, so the demo shows exactly what a user gets: brief
examples/seeds.jsonl into a fresh run directory (baseline backend unless an LLM is
configured), score it against the hand-labelled gold in evals/gold/seeds.jsonl, write
the HTML eval report and an HTML briefing note for the first seed, and print the paths.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from newsbrief.cli.common import stdout
from newsbrief.cli.eval_cmd import score_cmd
from newsbrief.cli.note import note_cmd
from newsbrief.cli.report import report_cmd
from newsbrief.cli.run import run_cmd
from newsbrief.errors import InputError
from newsbrief.run.rundir import read_briefings

REPO = Path(__file__).resolve().parents[2]


@click.command("demo")
@click.option(
    "--input",
    "input_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=REPO / "examples" / "seeds.jsonl",
    show_default=True,
)
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=REPO / "evals" / "gold" / "seeds.jsonl",
    show_default=True,
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("runs"),
    show_default=True,
)
@click.option("--model", default=None, help="Default: $BRIEFING_MODEL or baseline.")
@click.pass_context
def demo_cmd(
    ctx: click.Context, input_path: Path, gold_path: Path, out: Path, model: str | None
) -> None:
    """Brief the seed articles, score them against gold, write the report and a note."""
    for path in (input_path, gold_path):
        if not path.exists():
            raise InputError(f"{path} not found; run the demo from a checkout of the repository")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    run_dir = out / f"demo-{stamp}"
    stdout.rule("1. briefing run")
    ctx.invoke(run_cmd, input_location=str(input_path), run_dir=run_dir, model=model)
    stdout.rule("2. briefing eval")
    ctx.invoke(score_cmd, run_dir=run_dir, gold_path=gold_path)
    stdout.rule("3. briefing report")
    report = run_dir / "report.html"
    ctx.invoke(report_cmd, run_dir=run_dir, gold_path=gold_path, output=report)
    stdout.rule("4. briefing note")
    first_id = _first_id(run_dir)
    note = run_dir / f"note-{first_id}.html"
    if first_id:
        ctx.invoke(
            note_cmd, run_dir=run_dir, article_id=first_id, input_path=input_path, output=note
        )
    stdout.rule("done")
    stdout.print(f"run directory: {run_dir}")
    stdout.print(f"eval scores:   {run_dir / 'eval.json'}")
    stdout.print(f"HTML report:   {report}")
    if first_id:
        stdout.print(f"HTML note:     {note}")
    briefing = command_name()
    if briefing != "briefing":
        stdout.print(
            f"next, in this folder (or `source {Path(briefing).parent / 'activate'}` first "
            "and type `briefing`):",
            highlight=False,
        )
    stdout.print("brief an article as a note (give your own file or page instead):")
    article = REPO / "examples" / "article.txt"
    stdout.print(f"  {briefing} note {_shown(article)}", highlight=False, soft_wrap=True)
    stdout.print("browse, compare and label the runs in your browser:")
    stdout.print(
        f"  {briefing} view {_shown(out)} --gold {_shown(gold_path)}",
        highlight=False,
        soft_wrap=True,
    )


def command_name() -> str:
    """How to call `briefing` again from this shell, as typed: `briefing` when that is
    the command on PATH, else the path this process was started by (`make demo` starts
    `.venv/bin/briefing`, which a fresh shell does not have on its PATH)."""
    started = Path(sys.argv[0])
    if started.name != "briefing":
        return "briefing"
    found = shutil.which("briefing")
    if found and Path(found).resolve() == started.resolve():
        return "briefing"
    return shlex.quote(_shown(started))


def _shown(path: Path) -> str:
    """The path relative to the current folder when it is inside it, else absolute."""
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return os.fspath(absolute)


def _first_id(run_dir: Path) -> str:
    return next((record.id for record in read_briefings(run_dir)), "")


COMMANDS = [demo_cmd]
