"""SIGTERM stops a run the way Ctrl-C does.

Service managers, `docker stop`, `timeout` and `kill` send SIGTERM, not SIGINT. Python's
default is to die at once: no message, and the manifest left saying `running`. Turned
into SIGINT, it takes the same path as Ctrl-C: in-flight articles are cancelled (they
stay undone), the records written are committed, the manifest says `stopped` with the
reason, and rerunning the command resumes.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["interruption_reason", "sigterm_as_interrupt", "terminated"]

_received: list[str] = []


def terminated() -> bool:
    """Whether the interrupt being handled came from SIGTERM."""
    return bool(_received)


def interruption_reason() -> str:
    return "terminated by SIGTERM" if _received else "interrupted"


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises SIGINT (main thread only; elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum: int, frame: FrameType | None) -> None:
        _received.append("SIGTERM")
        signal.raise_signal(signal.SIGINT)

    _received.clear()
    previous = signal.signal(signal.SIGTERM, on_term)
    # A process started in the background by a non-interactive shell (`briefing run ...
    # &` in a script, some service wrappers) inherits SIGINT ignored; the SIGINT that
    # SIGTERM becomes would then do nothing and the run could not be stopped but by
    # SIGKILL. Within the block SIGINT interrupts (a background job gets no Ctrl-C from
    # the terminal, only an explicit signal).
    ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
