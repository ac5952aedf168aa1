"""`briefing report RUN_DIR [--gold GOLD] [-o report.html] [--compare RUN_B]`: an HTML report.

Without --gold it reports the reference-free metrics (grounding, faithfulness,
operations); a comparison (--compare) needs gold.

The report is one self-contained file (inline CSS and SVG, no scripts, no network) that
can be attached to a pull request or mailed around.
"""

from __future__ import annotations

from pathlib import Path

import click

from newsbrief.cli.common import console_note, stdout
from newsbrief.cli.eval_cmd import (
    EvalInputError,
    load_gold_once,
    score,
    scoring_options,
    user_errors,
)
from newsbrief.cli.judging import judge_for_run, judge_options, judge_result, print_judge_line
from newsbrief.evals.compare import compare_results
from newsbrief.evals.report import write_report


@click.command("report")
@click.argument("run_dir", type=click.Path(path_type=Path, file_okay=False))
@scoring_options(gold_required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="HTML file to write (default: report.html in RUN_DIR).",
)
@click.option(
    "--compare",
    "compare_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Second run (B) to compare against RUN_DIR (A).",
)
@click.option(
    "--articles",
    "article_ids",
    default=None,
    metavar="ID,ID,...",
    help="Articles to show side by side with gold (default: those that moved most, "
    "or the lowest-scoring ones).",
)
@click.option("--resamples", type=int, default=None, hidden=True, help="No longer used.")
@click.option("--seed", type=int, default=None, hidden=True, help="No longer used.")
@judge_options
def report_cmd(
    run_dir: Path,
    gold_path: Path | None,
    weights_file: Path | None,
    articles_file: Path | None,
    output: Path | None,
    compare_dir: Path | None,
    article_ids: str | None,
    resamples: int | None,
    seed: int | None,
    judge_model: str | None,
    judge_all: bool,
    judge_base_url: str | None,
    judge_timeout: float,
) -> None:
    """Write a self-contained HTML report for RUN_DIR (and RUN_DIR vs --compare).

    With --judge, the faithfulness table reads the judge's verdicts on the claims the
    rules leave doubtful, for both runs (see docs/judge.md)."""
    if compare_dir is not None and gold_path is None:
        raise EvalInputError(
            "--compare needs --gold GOLD.jsonl: the gate compares scores against gold"
        )
    if resamples is not None or seed is not None:
        console_note("--resamples and --seed are no longer used: every test is exact or t")
    options = (judge_model, judge_all, judge_base_url, judge_timeout)
    judge = judge_for_run(run_dir, *options)
    gold = load_gold_once(gold_path)
    result = score(run_dir, gold, weights_file, articles_file)
    if judge is not None:
        judge_result(judge, result, articles_file)
        print_judge_line(result.judge)
    comparison = None
    if compare_dir is not None:
        other = score(compare_dir, gold, weights_file, articles_file)
        other_judge = judge_for_run(compare_dir, *options)
        if other_judge is not None:
            judge_result(other_judge, other, articles_file)
            print_judge_line(other.judge)
        with user_errors():
            comparison = compare_results(result, other)
    ids = [i.strip() for i in article_ids.split(",") if i.strip()] if article_ids else None
    with user_errors():
        path = write_report(output or run_dir / "report.html", result, comparison, ids)
    stdout.print(f"report: {path}")
    console_note(f"open file://{path.resolve()} in a browser")


COMMANDS: list[click.Command] = [report_cmd]
