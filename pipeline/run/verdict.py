"""Whether a finished run's result is good: its exit code, and what its badge says.

"finished" only says that every input line has a record; a nightly job needs to know
whether those records are briefings. A finished run is bad, exit code 1, when no
article was briefed (every one failed, or the input held none), or when the share of
articles that failed is above `--max-error-rate` at the end, however small the run (the
engine's error brake only looks at windows of `--error-window` articles). Stopped and
failed runs keep their own codes (the command raises their reason). One place decides,
for `briefing run`, `briefing batch run` and the workspace's badge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbrief.exit_codes import BAD_RESULT, OK
from newsbrief.run.window import EngineLimits

__all__ = ["DEFAULT_MAX_ERROR_RATE", "RunVerdict", "judge_counts", "judge_manifest"]

DEFAULT_MAX_ERROR_RATE = EngineLimits().max_error_rate


@dataclass(frozen=True)
class RunVerdict:
    """`exit_code` for the command, `badge` for the workspace, `problem` for the
    terminal (None when the result is good or the run did not finish)."""

    exit_code: int
    badge: str
    problem: str | None = None


def judge_counts(
    status: str, briefed: int, errors: int, max_error_rate: float = DEFAULT_MAX_ERROR_RATE
) -> RunVerdict:
    """The verdict on a run with `briefed` briefings (ok and partial) and `errors`
    error records (counts of samples in a `--repeat` run)."""
    if status != "finished":
        return RunVerdict(OK, status)
    total = briefed + errors
    if briefed == 0:
        what = f"all {errors} failed (see errors.jsonl)" if errors else "the input held none"
        return RunVerdict(BAD_RESULT, "nothing briefed", f"no article was briefed: {what}")
    rate = errors / total
    if rate > max_error_rate:
        return RunVerdict(
            BAD_RESULT,
            "too many errors",
            f"{errors} of {total} failed ({rate:.0%}), above --max-error-rate "
            f"{max_error_rate:g} (see errors.jsonl; --retry-errors briefs them again)",
        )
    return RunVerdict(OK, "finished")


def recorded_max_error_rate(sessions: list[Any]) -> float:
    """The `--max-error-rate` of the run's last session, as the manifest recorded it
    (sessions are models or, in the workspace, plain dicts)."""
    for session in reversed(sessions):
        options = session.get("options") if isinstance(session, dict) else session.options
        rate = options.get("max_error_rate") if isinstance(options, dict) else None
        if isinstance(rate, int | float):
            return float(rate)
    return DEFAULT_MAX_ERROR_RATE


def judge_manifest(manifest: dict[str, Any]) -> RunVerdict:
    """The verdict on a manifest as read from `manifest.json` (a dict, so that the
    workspace can judge a manifest that does not validate)."""
    found = manifest.get("counts")
    counts: dict[str, Any] = found if isinstance(found, dict) else {}  # an edited manifest

    def count(name: str) -> int:
        value = counts.get(name, 0)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    return judge_counts(
        str(manifest.get("status", "unreadable")),
        count("ok") + count("partial"),
        count("errors"),
        recorded_max_error_rate(
            [s for s in _list(manifest.get("sessions")) if isinstance(s, dict)]
        ),
    )


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
