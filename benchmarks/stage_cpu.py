"""CPU per article by stage of the step, measured inside a benchmark's engine run.

Each stage is a set of synchronous functions of the pipeline (table `STAGES`). For the
run they are wrapped with a timer that reads the calling thread's CPU clock
(`time.thread_time`) on entry and exit; a stage called inside another (the prose checks
inside grounding, grounding inside validation) is subtracted from the outer one, so
every CPU second is counted once. Synchronous functions cannot be interleaved by the
event loop, so their timings are exact; what the coroutines between them spend (the
openai client building requests and `ChatCompletion`s, aiohttp, instructor's glue, the
event loop itself) is the remainder: the process's CPU minus every stage, reported as
"HTTP, SDK and event loop".

The wrappers cost about a microsecond a call; a function that the table names but the
pipeline no longer has stops the benchmark with its name (so the table is kept true as
the code moves).
"""

from __future__ import annotations

import functools
import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["REST", "STAGES", "StageClock", "stage_clock"]

REST = "HTTP, SDK and event loop (the rest)"

# stage -> (module, attribute) of each function that belongs to it; "Class.method" for
# methods. A function is wrapped wherever a pipeline module holds it under any name.
STAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "read and intake": (
        ("newsbrief.run.window", "_take"),
        ("newsbrief.text.cleaning", "clean_article"),
    ),
    "prompt": (
        ("newsbrief.prompting.spec", "PromptSpec.render"),
        ("newsbrief.backends.openai_api.instructor_call", "InstructorCall.build_request"),
    ),
    "parse and repair": (
        ("newsbrief.answers.syntax", "load_answer"),
        ("newsbrief.answers.coerce", "coerce_answer"),
    ),
    "validation": (("newsbrief.answers.salvage", "validate"),),
    "grounding (in the validator)": (("newsbrief.grounding.validators", "find_problem_items"),),
    "grounding (evidence, summary)": (
        ("newsbrief.grounding.apply", "prepare_briefing"),
        ("newsbrief.grounding.apply", "with_checks"),
        ("newsbrief.grounding.apply", "salvage_contradicted"),
    ),
    "prose checks": (("newsbrief.grounding.faithfulness.prose", "check_briefing"),),
    "records": (
        ("newsbrief.run.window", "Engine.record"),
        ("newsbrief.run.rundir", "RecordWriter.commit"),
        ("newsbrief.run.rundir", "RecordWriter.close"),
        ("newsbrief.step.brief", "prose_removals"),
    ),
}


class StageClock:
    """Per-stage CPU seconds and calls, exclusive of nested stages, over all threads."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.calls: dict[str, int] = dict.fromkeys(STAGES, 0)
        self._local = threading.local()
        self._lock = threading.Lock()

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        local, clock = self._local, time.thread_time

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            stack: list[list[float]] = getattr(local, "stack", None) or []
            local.stack = stack
            frame = [0.0]  # CPU of nested stages, subtracted from this one
            stack.append(frame)
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent = clock() - started
                stack.pop()
                if stack:
                    stack[-1][0] += spent
                with self._lock:
                    self.seconds[stage] += spent - frame[0]
                    self.calls[stage] += 1

        timed.__wrapped_stage__ = stage  # type: ignore[attr-defined]
        return timed

    def report(self, cpu_s: float, articles: int) -> dict[str, float]:
        """ms of CPU per article by stage, the rest and the total."""
        per = {stage: 1000 * spent / articles for stage, spent in self.seconds.items()}
        per[REST] = 1000 * (cpu_s - sum(self.seconds.values())) / articles
        per["total"] = 1000 * cpu_s / articles
        return per


def _resolve(module_name: str, attribute: str) -> tuple[Any, str, Any]:
    """(owner, name, function) for 'func' or 'Class.method' in `module_name`."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        raise SystemExit(f"stage_cpu: {module_name} no longer exists; update STAGES") from None
    owner: Any = module
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    if name not in vars(owner):
        raise SystemExit(f"stage_cpu: {module_name}.{attribute} no longer exists; update STAGES")
    return owner, name, vars(owner)[name]


@contextmanager
def stage_clock() -> Iterator[StageClock]:
    """Wrap every stage function for the duration of the block."""
    clock = StageClock()
    undo: list[tuple[Any, str, Any]] = []
    try:
        for stage, functions in STAGES.items():
            for module_name, attribute in functions:
                owner, name, original = _resolve(module_name, attribute)
                timed = clock.wrap(stage, original)
                if isinstance(owner, type):
                    undo.append((owner, name, original))
                    setattr(owner, name, timed)
                    continue
                # `from module import f` copies the name: replace every copy.
                for holder in list(sys.modules.values()):
                    if getattr(holder, "__name__", "").startswith("newsbrief") and (
                        vars(holder).get(name) is original
                    ):
                        undo.append((holder, name, original))
                        setattr(holder, name, timed)
        yield clock
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)
