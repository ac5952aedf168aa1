"""Progress: line counting for the total, and the plain log line for non-terminals."""

from __future__ import annotations

import gzip
import io

from newsbrief.run.progress import LogProgress, count_lines


def test_count_lines_of_plain_files_and_unknown_for_gzip(tmp_path):
    plain = tmp_path / "a.jsonl"
    plain.write_text("{}\n{}\n{}")  # no trailing newline
    assert count_lines(plain) == 3
    assert count_lines(plain, limit=2) == 2
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress(b"{}\n{}\n"))
    assert count_lines(packed) is None
    assert count_lines(packed, limit=5) == 5


def test_log_progress_writes_done_total_rate_errors_cost_and_eta():
    stream = io.StringIO()
    progress = LogProgress(total=10, already_done=2, interval=0.0, stream=stream)
    progress.started -= 2.0  # two seconds ago
    progress.advance(False, 0.5)
    progress.advance(True, 0.25)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[-1].startswith("briefing: 4/10 done, 1.0/s, 1 errors, $0.7500, ETA ")
    assert lines[-1].endswith("ETA 6s")


def test_log_progress_is_quiet_between_intervals():
    stream = io.StringIO()
    progress = LogProgress(total=None, interval=3600, stream=stream)
    for _ in range(100):
        progress.advance(False, 0.0)
    assert stream.getvalue() == ""
    progress.close()
    assert stream.getvalue().startswith("briefing: 100 done, ")


def test_the_bar_shows_done_total_errors_and_cost_on_a_terminal():
    from rich.console import Console

    from newsbrief.run.progress import BarProgress

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=140)
    progress = BarProgress(total=5, already_done=1, console=console)
    progress.advance(False, 0.125)
    progress.advance(True, 0.0)
    progress.close()
    screen = buffer.getvalue()
    assert "3/5" in screen
    assert "1 errors" in screen
    assert "$0.1250" in screen
