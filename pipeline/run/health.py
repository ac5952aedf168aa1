"""Run health: stop a run that is failing instead of paying for a thousand errors.

Transport retries live in the backend; what reaches the engine is a final outcome per
article. When too many of the last N articles failed, something is wrong with the
endpoint or the prompt: the engine pauses admitting new articles once (a provider
outage often clears), and if the error rate is still above the limit over the next
window it stops the run with a message that says what happened. Input errors (bad
lines in the archive) say nothing about the endpoint and are not counted.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import Enum

from newsbrief.schemas import BriefingRecord, ErrorRecord

__all__ = ["ErrorWindow", "Verdict"]


class Verdict(Enum):
    OK = "ok"
    PAUSE = "pause"
    STOP = "stop"


@dataclass
class ErrorWindow:
    """Sliding window over the last `size` outcomes; `max_rate` of 1.0 disables it."""

    max_rate: float = 0.5
    size: int = 50
    pauses_allowed: int = 1

    def __post_init__(self) -> None:
        self._outcomes: deque[bool] = deque(maxlen=self.size)
        self._failures = 0
        self.pauses = 0
        self.last_error = ""
        self._judged: tuple[float, int] | None = None  # (rate, outcomes) at the last verdict

    def observe_record(self, record: BriefingRecord | ErrorRecord) -> Verdict:
        """`observe` for a finished article; input errors (bad archive lines) say
        nothing about the endpoint and are not counted."""
        if isinstance(record, ErrorRecord):
            if record.kind == "input":
                return Verdict.OK
            return self.observe(True, f"{record.kind}: {record.message}")
        return self.observe(False)

    @property
    def rate(self) -> float:
        return self._failures / len(self._outcomes) if self._outcomes else 0.0

    def observe(self, failed: bool, message: str = "") -> Verdict:
        """Record one outcome; says whether the engine should go on, pause or stop."""
        if len(self._outcomes) == self.size:
            self._failures -= self._outcomes[0]
        self._outcomes.append(failed)
        self._failures += failed
        if failed:
            self.last_error = message
        if self.max_rate >= 1.0 or len(self._outcomes) < self.size or self.rate <= self.max_rate:
            return Verdict.OK
        self._judged = (self.rate, len(self._outcomes))  # before a pause clears the window
        if self.pauses < self.pauses_allowed:
            self.pauses += 1
            self._outcomes.clear()  # judge the next full window afresh
            self._failures = 0
            return Verdict.PAUSE
        return Verdict.STOP

    def describe(self) -> str:
        """The window that led to the last pause or stop (a pause clears the window, so
        the figures are those it was judged on)."""
        rate, count = self._judged or (self.rate, len(self._outcomes))
        return (
            f"{rate:.0%} of the last {count} articles failed "
            f"(limit --max-error-rate {self.max_rate:.0%}); last error: {self.last_error}"
        )
