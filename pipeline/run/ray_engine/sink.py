"""The driver's end of a Ray run: every record the workers return goes through here.

This is the Ray engine's counterpart of `Engine.record`: count the record in the
manifest, hand it to the run's single `RecordWriter` (group commits, manifest checkpoint
after each), advance the progress display and watch the error rate. Ray delivers each
batch's output once; should a retried task ever deliver a line twice, the line-number
guard drops the repeat, so a run directory never holds two records for one input line.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.run.health import ErrorWindow, Verdict
from newsbrief.run.progress import RunProgress
from newsbrief.run.ray_engine.worker import KIND_BRIEFING, KIND_ERROR, KIND_FATAL, KIND_SKIPPED
from newsbrief.run.rundir import RecordWriter
from newsbrief.schemas import BriefingRecord, ErrorRecord, Manifest

__all__ = ["LineSet", "RecordSink"]


class LineSet:
    """Input line numbers seen, one bit each: 10M lines take 1.25 MB, not a 700 MB set."""

    def __init__(self) -> None:
        self._bits = bytearray()

    def add(self, line: int) -> bool:
        """Mark `line`; False if it was already marked."""
        index, mask = line >> 3, 1 << (line & 7)
        if index >= len(self._bits):
            self._bits.extend(bytes(max(index + 1 - len(self._bits), len(self._bits))))
        if self._bits[index] & mask:
            return False
        self._bits[index] |= mask
        return True


class RecordSink:
    """Writes returned records; `stop_reason` is set when the run must stop."""

    def __init__(
        self,
        manifest: Manifest,
        writer: RecordWriter,
        progress: RunProgress,
        health: ErrorWindow,
        pause: Callable[[float], None],
        pause_s: float,
    ) -> None:
        self.manifest, self.writer, self.progress = manifest, writer, progress
        self.health, self.pause, self.pause_s = health, pause, pause_s
        self.stop_reason: str | None = None
        self.duplicates = 0
        self._lines_seen = LineSet()

    def take(self, line: int, kind: str, payload: str) -> None:
        """One worker outcome for input line `line` (see `newsbrief.run.ray_engine.worker`)."""
        if self.stop_reason:
            return
        if not self._lines_seen.add(line):
            self.duplicates += 1
            return
        if kind == KIND_SKIPPED:
            self.manifest.counts.skipped += 1
        elif kind == KIND_FATAL:
            self.stop_reason = payload
        elif kind == KIND_BRIEFING:
            self._record(BriefingRecord.model_validate_json(payload))
        elif kind == KIND_ERROR:
            self._record(ErrorRecord.model_validate_json(payload))
        else:
            raise ValueError(f"unknown worker outcome {kind!r} for line {line}")

    def _record(self, record: BriefingRecord | ErrorRecord) -> None:
        """`Engine.record`'s bookkeeping: counts, usage, grounding, writer, health."""
        self.manifest.count(record)
        self.writer.write(record)
        self.progress.advance(isinstance(record, ErrorRecord), record.usage.cost_usd)
        verdict = self.health.observe_record(record)
        if verdict is Verdict.PAUSE:
            self.pause(self.pause_s)
            self.progress.note(
                f"error rate too high: {self.health.describe()}; pausing "
                f"{self.pause_s:.0f}s on every worker before going on"
            )
        elif verdict is Verdict.STOP:
            self.stop_reason = f"error rate stayed too high after a pause: {self.health.describe()}"
