"""Inline SVG plots for the HTML report: no JavaScript, no network, no plotting library.

Every label goes through `markupsafe.escape`, because metric names are ours but article
ids come from input files. Each function returns `Markup` ready for the template.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

FONT = 'font-family="system-ui, sans-serif" font-size="12"'
GOOD, BAD, NEUTRAL, AXIS = "#1a7f37", "#cf222e", "#57606a", "#8c959f"
RUN_COLOURS = ("#0969da", "#bc4c00")  # run A blue, run B orange, in every plot


@dataclass(frozen=True)
class IntervalPoint:
    label: str
    diff: float
    low: float
    high: float
    verdict: str  # better | worse | n.s.
    bold: bool = False


def _svg(width: int, height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" {FONT}>'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    step = (high - low) / (count - 1)
    return [low + i * step for i in range(count)]


def forest_plot(points: Sequence[IntervalPoint], title: str = "B - A with 90% intervals") -> Markup:
    """Difference and 90% interval (one-sided 95% bounds) per metric, around a zero line."""
    label_w, plot_w, row_h, top = 230, 420, 18, 28
    height = top + row_h * len(points) + 30
    span = max([abs(v) for p in points for v in (p.low, p.high, p.diff)] + [0.01]) * 1.1

    def x(value: float) -> float:
        return label_w + (value + span) / (2 * span) * plot_w

    body = [
        (
            f'<line x1="{x(0):.1f}" y1="{top - 8}" x2="{x(0):.1f}" y2="{height - 24}" '
            f'stroke="{AXIS}" stroke-dasharray="3,3"/>'
        )
    ]
    for tick in _ticks(-span, span):
        body.append(
            f'<text x="{x(tick):.1f}" y="{height - 8}" text-anchor="middle" '
            f'fill="{NEUTRAL}">{tick:+.2f}</text>'
        )
    for i, p in enumerate(points):
        y = top + i * row_h + row_h / 2
        colour = {"better": GOOD, "worse": BAD}.get(p.verdict, NEUTRAL)
        weight = ' font-weight="bold"' if p.bold else ""
        body.append(
            f'<text x="{label_w - 8}" y="{y + 4:.1f}" text-anchor="end"{weight}>'
            f"{escape(p.label)}</text>"
        )
        body.append(
            f'<line x1="{x(p.low):.1f}" y1="{y:.1f}" x2="{x(p.high):.1f}" y2="{y:.1f}" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
        body.append(
            f'<circle cx="{x(p.diff):.1f}" cy="{y:.1f}" r="4" fill="{colour}">'
            f"<title>{escape(p.label)}: {p.diff:+.4f} [{p.low:+.4f}, {p.high:+.4f}]"
            f"</title></circle>"
        )
    return _svg(label_w + plot_w + 20, height, body, title)


def _legend(x: float, y: float, labels: Sequence[str]) -> list[str]:
    body = []
    for i, label in enumerate(labels):
        left = x + i * 90
        body.append(
            f'<rect x="{left:.1f}" y="{y - 9:.1f}" width="10" height="10" '
            f'fill="{RUN_COLOURS[i]}"/><text x="{left + 14:.1f}" y="{y:.1f}">'
            f"{escape(label)}</text>"
        )
    return body


def bar_chart(
    items: Sequence[tuple[str, Sequence[float | None]]],
    title: str = "mean score",
    runs: Sequence[str] = ("run A",),
) -> Markup:
    """Horizontal bars for 0..1 scores, one bar per run for each metric."""
    label_w, plot_w, bar_h, top = 230, 360, 12, 26
    row_h = bar_h * len(runs) + 8
    height = top + row_h * len(items) + 10
    body = _legend(label_w, 14, runs)
    for i, (label, values) in enumerate(items):
        y = top + i * row_h
        body.append(
            f'<text x="{label_w - 8}" y="{y + row_h / 2 + 2:.1f}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        for k, value in enumerate(values):
            if value is None:
                continue
            top_k = y + k * bar_h
            width = max(0.0, min(1.0, value)) * plot_w
            body.append(
                f'<rect x="{label_w}" y="{top_k}" width="{plot_w}" height="{bar_h - 2}" '
                f'fill="#eaeef2"/><rect x="{label_w}" y="{top_k}" width="{width:.1f}" '
                f'height="{bar_h - 2}" fill="{RUN_COLOURS[k]}"><title>{escape(label)}, '
                f"{escape(runs[k])}: {value:.3f}</title></rect>"
                f'<text x="{label_w + plot_w + 6}" y="{top_k + bar_h - 3}" font-size="10">'
                f"{value:.3f}</text>"
            )
    return _svg(label_w + plot_w + 60, height, body, title)


def difference_strip(
    deltas: Sequence[tuple[str, float]],
    title: str = "per-article change in overall (B - A), sorted",
) -> Markup:
    """One labelled bar per article, sorted from largest drop to largest gain, around
    zero; labels are article ids (cut to 14 characters; the full id is the tooltip)."""
    ordered = sorted(deltas, key=lambda item: item[1])
    pad, label_h = 44, 96
    bar_w = max(12.0, min(28.0, 600 / max(1, len(ordered))))
    width = int(2 * pad + bar_w * len(ordered)) + 10
    plot_h = 200
    height = plot_h + label_h
    span = max([abs(d) for _, d in ordered] + [0.01])
    mid = plot_h / 2

    def y(value: float) -> float:
        return mid - value / span * (mid - 20)

    body = [
        f'<line x1="{pad}" y1="{mid}" x2="{width - pad}" y2="{mid}" stroke="{AXIS}"/>',
        f'<text x="4" y="{y(span) + 4:.1f}" fill="{NEUTRAL}">{span:+.2f}</text>',
        f'<text x="4" y="{y(-span) + 4:.1f}" fill="{NEUTRAL}">{-span:+.2f}</text>',
    ]
    for i, (article_id, delta) in enumerate(ordered):
        top, bottom = sorted((y(delta), mid))
        colour = GOOD if delta > 0 else BAD if delta < 0 else NEUTRAL
        left = pad + i * bar_w
        short = article_id if len(article_id) <= 14 else article_id[:13] + "\u2026"
        body.append(
            f'<rect x="{left:.2f}" y="{top:.1f}" width="{max(bar_w - 1, 0.5):.2f}" '
            f'height="{max(bottom - top, 1):.1f}" fill="{colour}">'
            f"<title>{escape(article_id)}: {delta:+.4f}</title></rect>"
            f'<text class="article-label" font-size="10" text-anchor="end" '
            f'transform="translate({left + bar_w / 2 + 3:.1f},{plot_h + 4}) rotate(-90)">'
            f"<title>{escape(article_id)}</title>{escape(short)}</text>"
        )
    return _svg(max(width, 320), height, body, title)


def histogram(
    runs: Sequence[Sequence[float]],
    bins: int = 10,
    title: str = "per-article overall score",
    labels: Sequence[str] = ("run A",),
) -> Markup:
    """Counts of 0..1 values in equal-width bins, side-by-side bars per run."""
    counts = [[0] * bins for _ in runs]
    for k, values in enumerate(runs):
        for value in values:
            counts[k][min(bins - 1, max(0, int(value * bins)))] += 1
    width, height, pad = 440, 200, 30
    bar_w = (width - 2 * pad) / bins
    tallest = max([c for row in counts for c in row] + [1])
    body = [
        (
            f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" '
            f'stroke="{AXIS}"/>'
        ),
        *_legend(pad, 14, labels),
    ]
    each = (bar_w - 2) / len(runs)
    top = 24
    for k, row in enumerate(counts):
        for i, count in enumerate(row):
            bar_h = count / tallest * (height - pad - top)
            body.append(
                f'<rect x="{pad + i * bar_w + k * each:.1f}" y="{height - pad - bar_h:.1f}" '
                f'width="{each:.1f}" height="{max(bar_h, 0.5):.1f}" fill="{RUN_COLOURS[k]}">'
                f"<title>{escape(labels[k])}, {i / bins:.1f}-{(i + 1) / bins:.1f}: {count}"
                f"</title></rect>"
            )
    for tick in (0.0, 0.5, 1.0):
        body.append(
            f'<text x="{pad + tick * (width - 2 * pad):.1f}" y="{height - 10}" '
            f'text-anchor="middle" fill="{NEUTRAL}">{tick:.1f}</text>'
        )
    return _svg(width, height, body, title)


def trend_plot(points: Sequence[tuple[str, float]], title: str = "metric across runs") -> Markup:
    """A 0..1 metric per run in run order: a line with labelled points."""
    width, pad, plot_h, label_h = max(420, 70 * len(points) + 200), 130, 200, 150
    height = plot_h + label_h
    step = (width - pad - 40) / max(1, len(points) - 1)

    def y(value: float) -> float:
        return plot_h - 16 - max(0.0, min(1.0, value)) * (plot_h - 36)

    def x(i: int) -> float:
        return pad + i * step if len(points) > 1 else width / 2

    body = []
    for tick in (0.0, 0.5, 1.0):
        body.append(
            f'<line x1="{pad}" y1="{y(tick):.1f}" x2="{width - 40}" y2="{y(tick):.1f}" '
            f'stroke="#eaeef2"/><text x="{pad - 30}" y="{y(tick) + 4:.1f}" fill="{NEUTRAL}">'
            f"{tick:.1f}</text>"
        )
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(points))
    body.append(
        f'<polyline points="{path}" fill="none" stroke="{RUN_COLOURS[0]}" stroke-width="2"/>'
    )
    for i, (label, value) in enumerate(points):
        body.append(
            f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="4" fill="{RUN_COLOURS[0]}">'
            f"<title>{escape(label)}: {value:.3f}</title></circle>"
            f'<text x="{x(i):.1f}" y="{y(value) - 8:.1f}" text-anchor="middle" font-size="10">'
            f"{value:.3f}</text>"
            f'<text class="run-label" font-size="10" text-anchor="end" '
            f'transform="translate({x(i) + 3:.1f},{plot_h + 4}) rotate(-40)">{escape(label)}</text>'
        )
    return _svg(width, height, body, title)
