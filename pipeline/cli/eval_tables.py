"""Rich tables for `briefing eval` and `briefing eval compare`."""

from __future__ import annotations

from pathlib import Path

from rich import box
from rich.table import Table

from newsbrief.evals.compare import Comparison
from newsbrief.evals.field_diff import FIELDS, field_of, field_rows
from newsbrief.evals.history import HistoryRow
from newsbrief.evals.scoring import EvalResult
from newsbrief.evals.stats import INTERVAL


def _fmt(value: float | None, unit_interval: bool = True) -> str:
    """0..1 scores with three decimals; tokens, dollars and seconds with four digits."""
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3f}" if unit_interval else f"{value:.4g}"


def scores_table(result: EvalResult) -> Table:
    """One section per field: each metric's mean over the articles that define it."""
    table = Table("field", "metric", "mean", "n", title=f"eval of {result.run_dir}")
    aggregate = result.aggregate()
    previous = None
    names = list(result.metrics)
    for index, name in enumerate(names):
        stats = aggregate[name]
        if stats["n"] == 0:
            continue
        field = field_of(name) if name != "overall" else "overall"
        metric = name[len(field) + 1 :] or "weighted mean"
        weight = result.weights.get(name)
        label = f"{metric} (w={weight:g})" if weight else metric
        next_field = field_of(names[index + 1]) if index + 1 < len(names) else None
        style = "bold" if name == "overall" else None
        unit = result.metrics[name].unit_interval
        table.add_row(
            field if field != previous else "",
            label,
            _fmt(stats["mean"], unit),
            _fmt(stats["n"]),
            style=style,
            end_section=next_field != field,
        )
        previous = field
    return table


def _short(value: float, unit: bool = False, sign: str = "") -> str:
    """Compact numbers for 80 columns: 0..1 scores with three decimals; tokens, dollars
    and seconds with two significant digits and a k suffix from a thousand."""
    if unit:
        return format(value, f"{sign}.3f")
    if abs(value) >= 1000:
        return format(value / 1000, f"{sign}.1f") + "k"
    return format(value, f"{sign}.2g")


MARK_STYLE = {"worse": "[red]worse[/]", "better": "[green]better[/]", "n.s.": "[dim]n.s.[/]"}


def _bound(value: float | None, unit: bool, sign: str) -> str:
    if value is None:
        return "-inf" if sign == "-" else "+inf"
    return _short(value, unit, "+")


def comparison_table(comparison: Comparison) -> Table:
    """Grouped by field so that full metric names fit 80 columns: a field's name heads
    its rows, each row names the rest ("actors" then "f1" = actors.f1). Gated metrics
    are bold with their Holm-adjusted p. Every number and mark comes from
    `Comparison.row_views`, as in eval.json, the report and the workspace."""
    table = Table(
        title=(
            f"{comparison.b.run_dir} (B) vs {comparison.a.run_dir} (A): "
            f"{len(comparison.shared)} paired articles; {', '.join(comparison.methods())}; "
            f"one-sided p; {INTERVAL}; bold = gated (Holm p)"
        ),
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    for header in ("metric", "n", "A", "B", "B-A", "90% CI", "p", ""):
        table.add_column(header, no_wrap=True, justify="left" if header == "metric" else "right")
    previous = None
    for row in comparison.row_views():
        name = row["metric"]
        field = "overall" if name == "overall" else field_of(name)
        leaf = name[len(field) + 1 :]
        if field != previous and leaf:
            table.add_row(f"[bold]{field}[/]")
        previous = field
        label = f" {leaf}" if leaf else name
        if row["gated"]:
            label = f"[bold]{label}[/]"
        unit = row["unit"]
        table.add_row(
            label,
            str(row["n"]),
            _fmt(row["a"], unit) if unit else _short(row["a"]),
            _fmt(row["b"], unit) if unit else _short(row["b"]),
            _short(row["diff"], unit, "+"),
            f"[{_bound(row['low'], unit, '-')}, {_bound(row['high'], unit, '+')}]",
            f"{row['p']:.3f}",
            MARK_STYLE[row["mark"]],
        )
    return table


def movers_tables(comparison: Comparison, max_changes: int = 6) -> list[Table]:
    """For each article that moved most: the metrics that changed and both predictions."""
    tables = []
    for mover in comparison.movers:
        table = Table(
            title=f"{mover.id}: overall {mover.overall_a:.3f} -> {mover.overall_b:.3f} "
            f"({mover.delta:+.3f})",
            show_lines=True,
        )
        # Field names wrap at their dots ("five_w1h." / "where"), never cut short.
        table.add_column("field", min_width=9, overflow="fold")
        table.add_column("metric", overflow="fold")
        for header in ("A", "B"):
            table.add_column(header, no_wrap=True)
        for header in ("gold", "prediction A", "prediction B"):
            table.add_column(header, overflow="fold")
        gold = comparison.a.gold.get(mover.id)
        seen: set[str] = set()
        for metric, value_a, value_b in mover.changes:
            field = field_of(metric)
            if field in seen or len(seen) >= max_changes:
                continue
            seen.add(field)
            metric_name = metric.rsplit(".", 1)[-1]
            label = field.replace(".", ".\n")
            if field not in FIELDS:  # ops.* and overall: no gold, no field to show
                table.add_row(label, metric_name, _fmt(value_a), _fmt(value_b), "", "", "")
                continue
            row = field_rows(
                gold.gold if gold else None,
                comparison.a.briefing(mover.id),
                comparison.b.briefing(mover.id),
                fields=(field,),
            )[0]
            table.add_row(
                label,
                metric_name,
                _fmt(value_a),
                _fmt(value_b),
                _clip(row.gold),
                _clip(row.predicted[0]),
                _clip(row.predicted[1]),
            )
        tables.append(table)
    return tables


def _clip(items: list[str] | None, width: int = 160) -> str:
    if items is None:
        return "(unlabelled)"
    text = "; ".join(items) or "(none)"
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def history_tables(
    rows: list[HistoryRow], metrics: list[str], gold_hash: str | None
) -> list[Table]:
    """One table per gold file (the plotted one first), one line per run, oldest first."""
    golds = list(dict.fromkeys([gold_hash, *(r.gold_hash for r in rows)]))
    tables = []
    for gold in golds:
        mine = [r for r in rows if r.gold_hash == gold]
        if not mine:
            continue
        table = Table(
            title=f"runs scored with gold {mine[-1].gold_hash[:19]}\u2026 ({mine[-1].gold_path})",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            collapse_padding=True,
        )
        table.add_column("run", overflow="fold")
        table.add_column("date", no_wrap=True)
        table.add_column("model, prompt, prompt hash", overflow="fold")
        table.add_column("n", justify="right", no_wrap=True)
        table.add_column("failed", justify="right", no_wrap=True)
        for metric in metrics:  # "five_w1h.who.f1" wraps at its dots, never cut
            parts = metric.split(".")
            table.add_column(".\n".join(parts), justify="right", min_width=max(map(len, parts)) + 1)
        for row in mine:
            table.add_row(
                Path(row.run_dir).name,
                row.started_at[:10],
                f"{row.model}, {row.prompt} {row.prompt_hash[:8]}",
                str(row.n),
                str(row.failed),
                *(_fmt(row.metrics.get(m)) for m in metrics),
            )
        tables.append(table)
    return tables
