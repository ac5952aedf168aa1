"""Progress display: a rich bar on a terminal, periodic log lines everywhere else.

A batch over a big archive runs for hours, often under nohup or in CI, where a
redrawing bar turns into megabytes of escape codes. So the bar is drawn only when
stderr is a terminal; otherwise (or with --quiet) one plain line is logged every
`interval` seconds. Both show done/total, rate, ETA, errors and cost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from newsbrief.redact import redact

__all__ = ["BarProgress", "LogProgress", "RunProgress", "count_lines", "make_progress"]

COUNT_LIMIT_BYTES = 512 * 1024 * 1024  # counting a bigger file first costs too much


def count_lines(path: Path, limit: int | None = None) -> int | None:
    """Non-blank-ish line count of a plain file small enough to scan; None if unknown."""
    if path.suffix == ".gz" or not path.is_file() or path.stat().st_size > COUNT_LIMIT_BYTES:
        return limit
    lines = 0
    last = b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    lines += last != b"\n"
    return min(lines, limit) if limit is not None else lines


class RunProgress:
    """Counts shared by both displays; `advance` is called once per finished article."""

    def __init__(self, total: int | None, already_done: int = 0, samples: int = 1) -> None:
        self.total = total
        self.samples = samples  # --repeat: done and total count samples, not articles
        self.done = already_done
        self.new = 0
        self.errors = 0
        self.cost = 0.0
        self.started = time.monotonic()

    def advance(self, failed: bool, cost: float) -> None:
        self.done += 1
        self.new += 1
        self.errors += failed
        self.cost += cost
        self.refresh()

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.new / elapsed if elapsed > 0 else 0.0

    def refresh(self) -> None:
        """Redraw or log; subclasses decide how often."""

    @property
    def unit(self) -> str:
        """What is counted: articles, or (with `--repeat k`) articles x k samples."""
        if self.samples <= 1:
            return ""
        if self.total is None:
            return f" samples (x{self.samples} per article)"
        return f" samples ({self.total // self.samples} articles x {self.samples})"

    def note(self, message: str) -> None:
        """An event worth a line of its own (a pause, a stop)."""
        print(f"briefing: {redact(message)}", file=sys.stderr, flush=True)

    def close(self) -> None:
        """Final redraw; subclasses release the terminal."""


class BarProgress(RunProgress):
    """rich progress bar on stderr."""

    def __init__(
        self,
        total: int | None,
        already_done: int = 0,
        console: Console | None = None,
        samples: int = 1,
    ) -> None:
        super().__init__(total, already_done, samples)
        label = "[bold]briefing" + (f"[/] x{samples} samples" if samples > 1 else "")
        self._bar = Progress(
            TextColumn(label),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TextColumn("${task.fields[cost]:.4f}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            refresh_per_second=4,
        )
        self._task = self._bar.add_task(
            "run", total=total, completed=already_done, rate=0.0, errors=0, cost=0.0
        )
        self._bar.start()

    def refresh(self) -> None:
        self._bar.update(
            self._task, completed=self.done, rate=self.rate, errors=self.errors, cost=self.cost
        )

    def note(self, message: str) -> None:
        self._bar.console.print(f"[yellow]{escape(redact(message))}[/]", highlight=False)

    def close(self) -> None:
        self.refresh()
        self._bar.stop()


class LogProgress(RunProgress):
    """One plain status line every `interval` seconds (non-terminals, --quiet)."""

    def __init__(
        self,
        total: int | None,
        already_done: int = 0,
        interval: float = 10.0,
        stream: TextIO | None = None,
        samples: int = 1,
    ) -> None:
        super().__init__(total, already_done, samples)
        self.interval = interval
        self.stream = stream or sys.stderr
        self._last = time.monotonic()

    def line(self) -> str:
        rate = self.rate
        of = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total is not None and rate > 0:
            eta = f", ETA {max(0.0, (self.total - self.done) / rate):.0f}s"
        return (
            f"briefing: {self.done}{of}{self.unit} done, {rate:.1f}/s, {self.errors} errors, "
            f"${self.cost:.4f}{eta}"
        )

    def refresh(self) -> None:
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self.new:
            print(self.line(), file=self.stream, flush=True)


def make_progress(
    total: int | None,
    already_done: int = 0,
    *,
    quiet: bool = False,
    interval: float = 10.0,
    samples: int = 1,
) -> RunProgress:
    """The bar on a terminal, log lines otherwise (stdout or stderr redirected) or with
    `quiet`. With `samples` k > 1 (`--repeat`), `total` and the counts are samples."""
    if quiet or not (sys.stdout.isatty() and sys.stderr.isatty()):
        return LogProgress(total, already_done, interval, samples=samples)
    return BarProgress(total, already_done, samples=samples)
