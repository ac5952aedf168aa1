"""`briefing verify RUN_DIR [--articles INPUT]`: re-check a run without calling a model.

Writes RUN_DIR/verify.jsonl (one line per checked claim: see `newsbrief.run.verify`)
and prints a summary table by kind of claim, with the reference-free faithfulness
metrics. Works on any run directory, including runs made before the prose checks.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from newsbrief.cli.common import console_note, stdout
from newsbrief.cli.eval_cmd import SUPPORTED_PROSE_NOTE, faithfulness_line
from newsbrief.cli.judging import judge_for_run, judge_options, print_judge_line
from newsbrief.evals.faithfulness import faithfulness_metrics
from newsbrief.run.verify import VerifyResult, verify_run

__all__ = ["COMMANDS", "summary_table"]

_KINDS = {
    "prose": "prose (summary, key points, events, relations)",
    "quote": "quote texts (verbatim)",
    "speaker": "quote speakers",
    "name": "names",
    "date": "event dates",
    "place": "event places",
    "when": "5W1H when",
    "where": "5W1H where",
    "article": "articles without text",
}


def summary_table(result: VerifyResult) -> Table:
    table = Table(
        "claims", "checked", "supported", "contradicted", "unverified", "not checked",
        "supported %", title=f"verify {result.path.parent}",
    )  # fmt: skip
    kinds = list(dict.fromkeys(kind for kind, _ in result.counts))
    for kind in sorted(kinds, key=lambda k: list(_KINDS).index(k) if k in _KINDS else 99):
        ok = result.counts[(kind, "supported")]
        against = result.counts[(kind, "contradicted")]
        unverified = result.counts[(kind, "unverified")]
        skipped = result.counts[(kind, "not_checked")]
        checked = ok + against + unverified
        rate = f"{ok / checked:.1%}" if checked else "–"
        table.add_row(_KINDS.get(kind, kind), str(checked), str(ok), str(against),
                      str(unverified), str(skipped), rate)  # fmt: skip
    return table


@click.command("verify")
@click.argument("run_dir", metavar="RUN_DIR", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--articles",
    type=click.Path(path_type=Path),
    default=None,
    metavar="INPUT",
    help="The articles the run briefed (default: the run's recorded input).",
)
@judge_options
def verify_cmd(
    run_dir: Path,
    articles: Path | None,
    judge_model: str | None,
    judge_all: bool,
    judge_base_url: str | None,
    judge_timeout: float,
) -> None:
    """Re-run every grounding and prose check on RUN_DIR's briefings; write verify.jsonl.

    With --judge, the claims the rules leave unverified or find contradicted also get
    the judge's verdict (a model call per article; see docs/judge.md)."""
    judge = judge_for_run(run_dir, judge_model, judge_all, judge_base_url, judge_timeout)
    result = verify_run(run_dir, articles, judge)
    stdout.print(summary_table(result))
    stdout.print(faithfulness_line(faithfulness_metrics(result.faithfulness)))
    if judge is not None:
        print_judge_line(result.judge)
    if result.counts[("prose", "supported")] and not judge_all:
        console_note(SUPPORTED_PROSE_NOTE)  # what the table's supported prose rests on
    if result.without_text:
        shown = ", ".join(result.without_text[:5]) + (", …" if len(result.without_text) > 5 else "")
        console_note(
            f"{len(result.without_text)} article(s) not found in the input ({shown}): "
            "not checked; pass --articles INPUT"
        )
    console_note(f"wrote {result.path}")


COMMANDS = [verify_cmd]
