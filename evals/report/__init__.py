"""Self-contained HTML reports: one file, inline CSS and SVG, no scripts, no network.

Jinja2 autoescaping is on for every value, so article and model text (which may contain
`<script>` or `<img onerror>`) is shown as text and never runs.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from newsbrief.evals.compare import Comparison
from newsbrief.evals.report.context import build_context
from newsbrief.evals.scoring import EvalResult
from newsbrief.schemas.records import utc_now

__all__ = ["render_report", "template_environment", "write_html", "write_report"]


def _fmt(value: float | None, unit: bool = True, signed: bool = False) -> str:
    if value is None:
        return "\u2013"
    if isinstance(value, int) and not signed:
        return str(value)
    spec = ("+" if signed else "") + (".3f" if unit else ".4g")
    return format(value, spec)


def template_environment() -> Environment:
    """The report templates' jinja environment (also the run history's page)."""
    env = Environment(
        loader=PackageLoader("newsbrief.evals.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fmt"] = _fmt
    return env


def render_report(
    result: EvalResult,
    comparison: Comparison | None = None,
    article_ids: Sequence[str] | None = None,
) -> str:
    """The report as an HTML string (see `write_report`)."""
    if comparison is not None and comparison.a is not result:
        raise ValueError("pass comparison.a as `result`: the report shows run A against B")
    context = build_context(result, comparison, article_ids)
    return (
        template_environment()
        .get_template("report.html.j2")
        .render(generated_at=utc_now(), **context)
    )


def write_report(
    path: Path | str,
    result: EvalResult,
    comparison: Comparison | None = None,
    article_ids: Sequence[str] | None = None,
) -> Path:
    """Write the HTML report for `result` (and `comparison.b` when given); returns the path.

    `article_ids` picks the articles shown side by side with gold; by default the ones
    that moved most (comparison) or scored lowest (single run).
    """
    return write_html(path, render_report(result, comparison, article_ids))


def write_html(path: Path | str, html: str) -> Path:
    """Write a page through a temporary file, so a reader never sees half of it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, target)
    return target
