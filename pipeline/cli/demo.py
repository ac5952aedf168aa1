"""`briefing demo` (what `make demo` runs): the whole product on the five seed articles.

It chains the real commands, so the demo shows exactly what a user gets: brief
examples/seeds.jsonl into a fresh run directory (baseline backend unless an LLM is
configured), score it against the hand-labelled gold in evals/gold/seeds.jsonl, write
the HTML eval report and an HTML briefing note for the first seed, and print the paths.
"""

from __future__ import annotations

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
    stdout.print("browse, compare and label the runs in your browser:")
    stdout.print(f"  briefing view {out} --gold {gold_path}", highlight=False, soft_wrap=True)


def _first_id(run_dir: Path) -> str:
    return next((record.id for record in read_briefings(run_dir)), "")


COMMANDS = [demo_cmd]
