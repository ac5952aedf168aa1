"""`briefing eval RUN_DIR --gold GOLD` and `briefing eval compare RUN_A RUN_B --gold GOLD`.

`eval` is both a command and a group: `DefaultCommandGroup` sends any first argument
that is not a subcommand name (a run directory, an option) to the default `score`
command. Scoring reads only run files and gold, so it never calls a model.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.markup import escape

from newsbrief import exit_codes
from newsbrief.cli.common import console_error, console_note, console_warning, stderr, stdout
from newsbrief.cli.eval_tables import (
    comparison_table,
    history_tables,
    movers_tables,
    scores_table,
)
from newsbrief.cli.judging import judge_for_run, judge_options, judge_result, print_judge_line
from newsbrief.errors import BriefingError
from newsbrief.evals.compare import (
    MIN_PAIRED,
    Comparison,
    GateSettings,
    Verdict,
    compare_results,
    parse_max_drops,
    parse_thresholds,
)
from newsbrief.evals.errors import GoldFileError
from newsbrief.evals.evalfile import set_aside_other_gold, write_eval_file
from newsbrief.evals.history import main_gold, scan_history, write_history_html
from newsbrief.evals.metrics import metric_catalogue
from newsbrief.evals.scoring import NO_GOLD, EvalResult, GoldSet, resolve_gold, score_run
from newsbrief.evals.usage_errors import EvalUsageError
from newsbrief.evals.weights import load_weights


class EvalInputError(BriefingError):
    """Gold, run directory, weights or comparison options the user must fix."""


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the evals package's user errors into BriefingErrors (one line, exit 2)."""
    try:
        yield
    except (GoldFileError, EvalUsageError) as exc:
        raise EvalInputError(str(exc)) from exc


_DEFAULTED = "newsbrief.eval.defaulted"


class DefaultCommandGroup(click.Group):
    """A group that runs `default_command` unless the first argument names a subcommand."""

    def __init__(self, *args: object, default_command: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.default_command = default_command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = [self.default_command, *args]
            ctx.meta[_DEFAULTED] = True
        return super().parse_args(ctx, args)


class _DefaultContext(click.Context):
    """The default command's context, named as the user typed it: `briefing eval RUN`
    reports usage errors as `briefing eval ...`, not as a subcommand never typed."""

    @property
    def command_path(self) -> str:
        if self.parent is not None and self.meta.get(_DEFAULTED):
            return self.parent.command_path
        return super().command_path


class DefaultCommand(click.Command):
    context_class = _DefaultContext


def scoring_options(*, gold_required: bool = True):  # type: ignore[no-untyped-def]
    """Options shared by every command that scores runs. Without `gold_required`, a
    missing --gold scores the reference-free metrics only."""

    def decorate(func):  # type: ignore[no-untyped-def]
        file_path = click.Path(path_type=Path, dir_okay=False)
        func = click.option(
            "--articles-file",
            type=file_path,
            help="JSONL of the articles (id, text) for grounding checks when the "
            "gold has no text (default: the run's input if it exists).",
        )(func)
        func = click.option(
            "--weights",
            "weights_file",
            type=file_path,
            help="JSON/YAML file 'metric: weight' for the overall score (replaces the defaults).",
        )(func)
        return click.option(
            "--gold",
            "gold_path",
            required=gold_required,
            type=file_path,
            help="Gold JSONL (one GoldRecord per line)."
            + (
                ""
                if gold_required
                else " Without it: grounding, faithfulness and operations metrics only."
            ),
        )(func)

    return decorate


def score(
    run_dir: Path,
    gold: Path | GoldSet | None,
    weights_file: Path | None,
    articles_file: Path | None,
) -> EvalResult:
    """Score one run (reference-free metrics only when `gold` is None), turning user
    errors into clear messages."""
    gold = NO_GOLD if gold is None else gold
    with user_errors():
        weights = load_weights(weights_file, metric_catalogue()) if weights_file else None
        return score_run(run_dir, gold, weights=weights, articles_file=articles_file)


# What supported prose rests on, said under the faithfulness line (`Note.supported_text`
# says it in the note): the rules link a claim and find nothing saying otherwise, but a
# claim reworded into its opposite can pass them.
SUPPORTED_PROSE_NOTE = (
    "supported prose: copied from the article, or linked to it with no rule finding the "
    "article saying otherwise; the rules do not read meaning (--judge MODEL --judge-all has "
    "a model read each claim they only linked)"
)


def faithfulness_line(metrics: dict[str, float | int | None]) -> str:
    """The reference-free metrics in one sentence (no gold needed)."""
    checked, rate = metrics["faithfulness.checked"], metrics["faithfulness.supported_rate"]
    if not checked or rate is None:
        return (
            "Faithfulness: no prose checks in this run (made with --grounding prose=off or "
            "before they existed); run `briefing verify RUN_DIR` to add them."
        )
    speaker = metrics["quotes.speaker_ok"]
    speakers = (
        f"; quote speakers: {speaker:.0%} of {metrics['quotes.speakers_checked']} agree with "
        "the article"
        if speaker is not None
        else ""
    )
    legacy = metrics.get("faithfulness.unsupported_claims") or 0
    older = f", {legacy} unsupported (older records: not told apart)" if legacy else ""
    return (
        f"Faithfulness (no gold needed): faithfulness.supported_rate {rate:.1%} of {checked} "
        f"prose claims, {metrics.get('faithfulness.contradicted_claims', 0)} contradicted, "
        f"{metrics.get('faithfulness.unverified_claims', 0)} unverified (check against the "
        f"source){older}{speakers}."
    )


def spread_line(result: EvalResult, label: str = "") -> str | None:
    """Repeated samples in one sentence: how much an article's overall moves between
    samples (None for a run without --repeat)."""
    spread = result.spread()
    if spread is None:
        return None
    failed = result.coverage().get("samples_failed", 0)
    if spread["mean_sd"] is None:
        return (
            f"{label}{spread['samples']} samples per article: no article has two scored "
            "samples, so there is no spread to report."
        )
    same = (
        " (identical samples: the baseline backend, or temperature 0 with a deterministic model)"
        if spread["max_sd"] == 0
        else ""
    )
    return (
        f"{label}{spread['samples']} samples per article: scores are each article's mean "
        f"over its samples; within-article spread of overall (standard deviation across "
        f"samples) mean {spread['mean_sd']:.3f}, largest {spread['max_sd']:.3f}, over "
        f"{spread['articles']} article(s){same}; {failed} failed or missing sample(s) score 0."
    )


def load_gold_once(gold_path: Path | None) -> GoldSet:
    """Gold for scoring two runs: parsed (and hashed) once; NO_GOLD without a path."""
    if gold_path is None:
        return NO_GOLD
    with user_errors():
        return resolve_gold(gold_path)


@click.group(
    "eval",
    cls=DefaultCommandGroup,
    default_command="score",
    context_settings={"help_option_names": ["-h", "--help"]},
)
def eval_group() -> None:
    """Score a run (against gold, or reference-free without it), or compare two runs.

    \b
      briefing eval RUN_DIR [--gold GOLD.jsonl] [--no-write]
      briefing eval compare RUN_A RUN_B --gold GOLD.jsonl [--fail-on-regression]
      briefing eval history RUNS_DIR [--metric actors.f1]

    `briefing eval RUN_DIR` is short for `briefing eval score RUN_DIR`.
    """


@eval_group.command("score", cls=DefaultCommand)
@click.argument("run_dir", type=click.Path(path_type=Path, file_okay=False))
@scoring_options(gold_required=False)
@click.option("--no-write", is_flag=True, help="Do not write eval.json into the run directory.")
@judge_options
def score_cmd(
    run_dir: Path,
    gold_path: Path | None,
    weights_file: Path | None,
    articles_file: Path | None,
    no_write: bool,
    judge_model: str | None,
    judge_all: bool,
    judge_base_url: str | None,
    judge_timeout: float,
) -> None:
    """Score RUN_DIR and write RUN_DIR/eval.json (the default command): every metric
    with --gold; without it, grounding, faithfulness and operations metrics only.

    With --judge, the faithfulness figures read the judge's verdicts on the claims the
    rules leave doubtful (the judge's cost is printed apart; see docs/judge.md)."""
    judge = judge_for_run(run_dir, judge_model, judge_all, judge_base_url, judge_timeout)
    result = score(run_dir, gold_path, weights_file, articles_file)
    if judge is not None:
        judge_result(judge, result, articles_file)
    stdout.print(scores_table(result))
    coverage = result.coverage()
    if gold_path is None:
        stdout.print(
            f"No gold: reference-free metrics only (grounding, faithfulness, operations) "
            f"over {coverage['run_articles']} articles; {coverage['errors']} errors, "
            f"{coverage['invalid']} schema-invalid lines. Pass --gold GOLD.jsonl to score "
            "the fields."
        )
    else:
        stdout.print(
            f"{coverage['scored_with_gold']} of {coverage['run_articles']} articles have "
            f"gold; {coverage['gold_missing_from_run']} gold articles are not in the run; "
            f"{coverage['errors']} errors, {coverage['invalid']} schema-invalid lines "
            "(failed and missing articles score 0)."
        )
    faithfulness = result.faithfulness()
    stdout.print(faithfulness_line(faithfulness))
    if faithfulness["faithfulness.supported_rate"] and not judge_all:  # some prose supported
        console_note(SUPPORTED_PROSE_NOTE)
    if judge is not None:
        print_judge_line(result.judge)
    if result.gold:
        stdout.print(f"Gold: {result.gold_counts().line()}", highlight=False)
    if (own := result.self_agreement().warning()) is not None:
        console_warning(own)
    spread = spread_line(result)
    if spread:
        stdout.print(spread)
    if not no_write:
        kept = set_aside_other_gold(result)
        if kept is not None:
            console_note(
                f"{run_dir / 'eval.json'} was scored with different gold; kept it as {kept}"
            )
        console_note(f"wrote {write_eval_file(result)}")


@eval_group.command("compare")
@click.argument("run_a", type=click.Path(path_type=Path, file_okay=False))
@click.argument("run_b", type=click.Path(path_type=Path, file_okay=False))
@scoring_options()
@click.option("--resamples", type=int, default=None, hidden=True, help="No longer used.")
@click.option("--seed", type=int, default=None, hidden=True, help="No longer used.")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Show the N articles whose overall score moved most.",
)
@click.option(
    "--threshold",
    "threshold_specs",
    multiple=True,
    metavar="METRIC=DROP",
    help="Tolerated drop before a significant drop of METRIC counts; also gates METRIC.",
)
@click.option(
    "--max-drop",
    "max_drop_specs",
    multiple=True,
    metavar="METRIC=DROP",
    help="Fail when the observed mean drop of METRIC exceeds DROP, whatever the number "
    "of articles (no statistics; reported apart from significance).",
)
@click.option(
    "--gate",
    "gate_names",
    multiple=True,
    metavar="METRIC",
    help="Also gate METRIC (besides overall); gated metrics are Holm-corrected together.",
)
@click.option(
    "--min-paired",
    type=click.IntRange(min=2),
    default=MIN_PAIRED,
    show_default=True,
    help="Fewest paired articles for a 'no regression' verdict without --max-drop.",
)
@click.option(
    "--allow-partial",
    is_flag=True,
    help="Compare runs that cover different articles or did not finish (on the shared ones).",
)
@click.option(
    "--fail-on-regression",
    is_flag=True,
    help="Exit 1 on a regression (a gated metric significantly worse, one-sided, Holm "
    "p < 0.05, beyond its threshold; or a --max-drop exceeded) and 3 when the gate "
    "cannot decide (see --undecided).",
)
@click.option(
    "--undecided",
    type=click.Choice(["fail", "pass"]),
    default="fail",
    show_default=True,
    help="With --fail-on-regression: an undecided gate (too few articles, runs not "
    "comparable, every article failed) exits 3 (fail) or 0 (pass).",
)
@click.option(
    "--no-write", is_flag=True, help="Do not write eval.json (with the verdict) into RUN_B."
)
def compare_cmd(
    run_a: Path,
    run_b: Path,
    gold_path: Path,
    weights_file: Path | None,
    articles_file: Path | None,
    resamples: int | None,
    seed: int | None,
    top: int,
    threshold_specs: tuple[str, ...],
    max_drop_specs: tuple[str, ...],
    gate_names: tuple[str, ...],
    min_paired: int,
    allow_partial: bool,
    fail_on_regression: bool,
    undecided: str,
    no_write: bool,
) -> None:
    """Compare RUN_B against RUN_A on the articles both contain (B minus A).

    The gate is one-sided: it asks whether B is worse than A. Exit codes with
    --fail-on-regression: 0 no regression, 1 regression, 3 undecided (0 with
    --undecided pass), 2 usage error.
    """
    if resamples is not None or seed is not None:
        console_note("--resamples and --seed are no longer used: every test is exact or t")
    gold = load_gold_once(gold_path)
    a = score(run_a, gold, weights_file, articles_file)
    b = score(run_b, gold, weights_file, articles_file)
    with user_errors():
        settings = GateSettings(
            parse_thresholds(threshold_specs, a.metrics),
            parse_gate_names(gate_names, a.metrics),
            allow_partial,
            min_paired,
            parse_max_drops(max_drop_specs, a.metrics),
        )
        comparison = compare_results(a, b, top=top, gate=settings)
    stdout.print(comparison_table(comparison))
    for table in movers_tables(comparison):
        stdout.print(table)
    if comparison.pairing:
        console_note(comparison.pairing)
    for label, result in (("run A: ", a), ("run B: ", b)):
        spread = spread_line(result, label)
        if spread:
            stdout.print(spread)
        if (own := result.self_agreement().warning()) is not None:
            console_warning(f"{label}{own}")
    if not no_write:
        kept = set_aside_other_gold(b)
        if kept is not None:
            console_note(f"{run_b / 'eval.json'} was scored with different gold; kept it as {kept}")
        console_note(f"wrote {write_eval_file(b, comparison=comparison)} (with the verdict)")
    code = gate_exit(comparison.verdict(), fail_on_regression, undecided == "pass")
    report_verdict(comparison, code)
    if code:
        raise SystemExit(code)


def gate_exit(verdict: Verdict, fail_on_regression: bool, undecided_passes: bool) -> int:
    """The exit code of `eval compare`: only --fail-on-regression turns a verdict into
    a non-zero exit (1 regression, 3 undecided unless --undecided pass)."""
    if not fail_on_regression:
        return exit_codes.OK
    if verdict.failed:
        return exit_codes.BAD_RESULT
    if verdict.undecided and not undecided_passes:
        return exit_codes.UNDECIDED
    return exit_codes.OK


def parse_gate_names(names: tuple[str, ...], known: object) -> tuple[str, ...]:
    """--gate names must be metrics; unknown ones are user errors."""
    catalogue = set(known)  # type: ignore[call-overload]
    for name in names:
        if name not in catalogue:
            raise EvalInputError(
                f"bad --gate {name!r}: name a metric such as actors.f1 or five_w1h.who.f1"
            )
    return names


VERDICT_COLOUR = {"bad": "red", "warn": "yellow", "ok": "green"}


def report_verdict(comparison: Comparison, code: int) -> None:
    """Print coverage, the two routes of the gate and its one verdict. `error:` only
    when the command exits non-zero (`code`); otherwise the verdict is a plain line."""
    for label, cov in comparison.coverage().items():
        stdout.print(
            f"run {label}: {cov['run_articles']} articles, covers {cov['scored_with_gold']} of "
            f"{cov['gold_records']} gold articles ({cov['gold_succeeded']} succeeded, "
            f"{cov['errors'] + cov['invalid']} failed, "
            f"{cov['gold_missing_from_run']} missing)"
        )
    verdict = comparison.verdict()
    if verdict.allow_partial:
        for problem in verdict.coverage_problems:
            console_note(f"compared on shared articles only (--allow-partial): {problem}")
    for check in verdict.checks:
        row = check.row
        console_note(
            f"significance: {row.name} {row.mean_a:.3f} -> {row.mean_b:.3f} (B-A "
            f"{row.diff:+.3f}, one-sided Holm p {check.p_adjusted:.4f}"
            + (f", threshold {check.threshold:g}" if check.threshold else "")
            + f"): {'worse' if check.regressed else 'not significantly worse'}"
        )
    for tolerance in verdict.tolerances:
        if tolerance.drop is None:
            console_note(f"tolerance: {tolerance.metric} is defined on no paired article")
            continue
        state = "exceeded" if tolerance.exceeded else "held"
        console_note(
            f"tolerance: {tolerance.metric} dropped {tolerance.drop:.3f} "
            f"(--max-drop {tolerance.limit:g}): {state}"
        )
    if verdict.mde is not None:
        console_note(
            f"with {verdict.paired} paired articles the gate detects a drop in overall of "
            f"{verdict.mde:.3f} or more 80% of the time"
        )
    if code:
        console_error(verdict.summary())
    else:
        colour = VERDICT_COLOUR[verdict.tone]
        stderr.print(f"[bold {colour}]verdict:[/] {escape(verdict.summary())}", highlight=False)


@eval_group.command("history")
@click.argument("runs_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--metric",
    "metric_names",
    multiple=True,
    metavar="METRIC",
    help="Metric to list and plot besides overall (repeatable).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("eval-history.html"),
    show_default=True,
    help="HTML file with the table and a trend plot per metric.",
)
@click.option(
    "--gold-hash",
    default=None,
    metavar="PREFIX",
    help="Plot the runs scored with this gold (sha256 prefix; default: the most used).",
)
def history_cmd(
    runs_dir: Path, metric_names: tuple[str, ...], output: Path, gold_hash: str | None
) -> None:
    """Every scored run under RUNS_DIR (its eval.json) and the trend of a metric."""
    with user_errors():
        parse_gate_names(metric_names, metric_catalogue())
        rows = scan_history(runs_dir, metric_names)
    if not rows:
        raise EvalInputError(
            f"no eval.json under {runs_dir}; score runs first with `briefing eval RUN --gold G`"
        )
    metrics = list(dict.fromkeys(["overall", *metric_names]))
    chosen = main_gold(rows)
    if gold_hash:
        prefix = gold_hash if gold_hash.startswith("sha256:") else f"sha256:{gold_hash}"
        chosen = next((r.gold_hash for r in rows if r.gold_hash.startswith(prefix)), None)
        if chosen is None:
            raise EvalInputError(f"no run under {runs_dir} was scored with gold {gold_hash}")
    for table in history_tables(rows, metrics, chosen):
        stdout.print(table)
    path = write_history_html(output, rows, metrics, chosen)
    console_note(f"wrote {path} (trend of {', '.join(metrics)} for gold {str(chosen)[:19]})")


COMMANDS: list[click.Command] = [eval_group]
