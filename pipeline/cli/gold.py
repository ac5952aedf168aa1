"""`briefing gold ...`: validate gold JSONL files and import the Giveme5W1H gold standard.

Exit codes: 0 valid (warnings allowed), 1 the gold file has errors (all listed in a
table), 2 a usage error or an unreadable input (one line, no traceback). `validate` and
`agreement` count reviewed gold items and unreviewed model suggestions apart
(`newsbrief.evals.goldreview`).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click
from rich.table import Table

from newsbrief.cli.common import console_note, stdout
from newsbrief.errors import BriefingError
from newsbrief.evals.adjudicate import merge_gold
from newsbrief.evals.agreement import AgreementReport, agreement
from newsbrief.evals.errors import Giveme5W1HFormatError, GoldFileError, Problem
from newsbrief.evals.giveme5w1h import import_directory
from newsbrief.evals.goldio import load_gold, read_gold_file, write_jsonl
from newsbrief.evals.goldreview import count_review
from newsbrief.schemas import GoldRecord
from newsbrief.workspace.goldstore import GoldConflict, GoldStore
from newsbrief.workspace.interop import FORMATS, export_run, import_annotations

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
        records, problems = read_gold_file(file)
    except GoldFileError as exc:
        raise GoldDataError(str(exc.problems[0])) from exc
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    if problems:
        stdout.print(_problem_table(problems))
    stdout.print(
        f"{file}: {len(records)} valid records, {errors} errors, {warnings} warnings",
        highlight=False,
        soft_wrap=True,
    )
    stdout.print(count_review(records).line(), highlight=False, soft_wrap=True)
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


def _load_annotators(files: tuple[Path, ...]) -> dict[str, list[GoldRecord]]:
    """Annotator name -> records: the name the records carry, else the file's stem."""
    if len(files) < 2:
        raise GoldDataError("give two or more gold files, one per annotator")
    out: dict[str, list[GoldRecord]] = {}
    for path in files:
        try:
            records = load_gold(path)
        except GoldFileError as exc:
            raise GoldDataError(f"{exc}; run `briefing gold validate {path}`") from exc
        names = {r.annotator for r in records if r.annotator}
        name = names.pop() if len(names) == 1 else path.stem
        while name in out:
            name += "'"
        out[name] = records
    return out


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _agreement_tables(report: AgreementReport, show: int) -> list[Table]:
    pairs = Table(
        "field", "annotators", "articles", "matched", "items", "F1", title="pairwise agreement"
    )
    for score in report.pairs:
        if score.articles:
            pairs.add_row(
                score.field,
                " / ".join(score.annotators),
                str(score.articles),
                str(score.matched),
                f"{score.items_first} / {score.items_second}",
                _fmt(score.f1),
            )
    alphas = Table("attribute", "units", "Krippendorff's alpha", title="categorical attributes")
    for attribute, (alpha, units) in report.alphas.items():
        alphas.add_row(attribute, str(units), _fmt(alpha))
    tables = [pairs, alphas]
    if report.disagreements and show:
        table = Table("article", "field", "annotators", "only first", "only second", "attributes")
        table.title = f"disagreements ({len(report.disagreements)}, first {show})"
        for d in report.disagreements[:show]:
            table.add_row(
                d.article,
                d.field,
                " / ".join(d.annotators),
                "; ".join(d.only_first),
                "; ".join(d.only_second),
                "; ".join(d.attributes),
            )
        tables.append(table)
    return tables


@gold.command("agreement")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show", default=20, show_default=True, help="Disagreements to list.")
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the whole report (every disagreement) as JSON.",
)
def agreement_cmd(files: tuple[Path, ...], show: int, json_out: Path | None) -> None:
    """Agreement between annotators' gold FILES: F1 per field, alpha per attribute."""
    labels = _load_annotators(files)
    report = agreement(labels)
    stdout.print(
        f"{len(labels)} annotators ({', '.join(labels)}), "
        f"{report.shared_articles} articles labelled by two or more",
        highlight=False,
    )
    for annotator, counts in report.review.items():
        stdout.print(f"{annotator}: {counts.line()}", highlight=False, soft_wrap=True)
    if any(c.suggestions or c.partial_fields for c in report.review.values()):
        console_note(
            "unreviewed suggestions are not compared; fields reviewed in part are left out"
        )
    for table in _agreement_tables(report, show):
        stdout.print(table)
    if json_out is not None:
        payload = {
            "annotators": report.annotators,
            "shared_articles": report.shared_articles,
            "pairs": [{**dataclasses.asdict(score), "f1": score.f1} for score in report.pairs],
            "alphas": {k: {"alpha": a, "units": n} for k, (a, n) in report.alphas.items()},
            "disagreements": [dataclasses.asdict(d) for d in report.disagreements],
            "review": {a: counts.as_dict() for a, counts in report.review.items()},
        }
        json_out.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
        console_note(f"wrote {json_out}")


@gold.command("merge")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Adjudicated gold JSONL to write.",
)
def merge_cmd(files: tuple[Path, ...], output: Path) -> None:
    """Merge annotators' gold FILES; disagreements are kept in each record for review."""
    records, stats = merge_gold(_load_annotators(files))
    write_jsonl(output, records)
    stdout.print(
        f"wrote {len(records)} records to {output}: {stats.agreed} agreed, "
        f"{stats.disputed} with disagreements to adjudicate, {stats.single} from one "
        "annotator only",
        highlight=False,
    )
    if stats.disputed:
        console_note(
            "review them with `briefing view RUNS_DIR --labels-dir "
            f"{output.parent} --annotator {output.stem}`"
        )


@gold.command("export")
@click.argument("run_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--to", "kind", type=click.Choice(FORMATS), required=True, help="Target tool.")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tasks file (Label Studio: JSON, plus OUTPUT.label_config.xml; Argilla: JSONL).",
)
def export_cmd(run_dir: Path, kind: str, output: Path) -> None:
    """Export a run as pre-annotated tasks: the evidence offsets become span suggestions."""
    count = export_run(run_dir, kind, output)
    stdout.print(f"wrote {count} {kind} tasks to {output}", highlight=False)
    if kind == "labelstudio":
        console_note(f"labelling config: {output.with_suffix('.label_config.xml')}")


@gold.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "kind", type=click.Choice(FORMATS), required=True, help="Source tool.")
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the gold files: one ANNOTATOR.jsonl each (the workspace's layout).",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Replace records already in an annotator's file whose labels differ from the "
    "import (every other record is kept). Without it such an import is refused.",
)
def import_cmd(file: Path, kind: str, out_dir: Path, replace: bool) -> None:
    """Import annotations exported from Label Studio or Argilla as gold JSONL.

    Each annotator's records are merged into OUT_DIR/ANNOTATOR.jsonl: new articles are
    added, every record already there is kept, and the file is replaced atomically."""
    stores = [
        (GoldStore(out_dir, annotator), records)
        for annotator, records in import_annotations(file, kind).items()
    ]
    if not replace:
        for store, records in stores:
            plan = store.plan(records)
            if plan.differing:
                raise GoldDataError(
                    f"{store.path} already holds {len(plan.differing)} of these articles "
                    f"with other labels (first: {plan.differing[0]!r}); nothing was "
                    "written. Pass --replace to replace those records with the imported "
                    "ones (every other record is kept)"
                )
    for store, records in stores:
        try:
            plan = store.merge(records, replace=replace)
        except GoldConflict as exc:  # changed since the check (the workspace saved)
            raise GoldDataError(str(exc)) from exc
        stdout.print(
            f"{store.path}: {len(plan.added)} gold records added, {len(plan.differing)} "
            f"replaced, {len(plan.same)} already there",
            highlight=False,
        )


COMMANDS: list[click.Command] = [gold]
