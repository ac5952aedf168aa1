"""The error-rate brake: table-driven outcomes -> verdicts."""

from __future__ import annotations

import pytest

from newsbrief.run.health import ErrorWindow, Verdict

OK, PAUSE, STOP = Verdict.OK, Verdict.PAUSE, Verdict.STOP


@pytest.mark.parametrize(
    ("max_rate", "outcomes", "verdicts"),
    [
        # window 4, limit 50%: 3 failures of 4 trips a pause; the next full window stops
        (0.5, [1, 1, 1, 0], [OK, OK, OK, PAUSE]),
        (0.5, [1, 1, 1, 0, 1, 1, 0, 1], [OK, OK, OK, PAUSE, OK, OK, OK, STOP]),
        # exactly at the limit is fine
        (0.5, [1, 0, 1, 0, 1, 0], [OK] * 6),
        # after a pause, a healthy window clears the alarm
        (0.5, [1, 1, 1, 1, 0, 0, 0, 0], [OK, OK, OK, PAUSE, OK, OK, OK, OK]),
        # 1.0 disables the brake
        (1.0, [1] * 8, [OK] * 8),
        # the window slides: old failures drop out
        (0.5, [1, 1, 0, 0, 0, 0, 1, 1], [OK] * 8),
    ],
)
def test_verdicts(max_rate, outcomes, verdicts):
    window = ErrorWindow(max_rate=max_rate, size=4)
    assert [window.observe(bool(o), "boom") for o in outcomes] == verdicts


def test_describe_names_the_rate_the_limit_and_the_last_error():
    window = ErrorWindow(max_rate=0.25, size=4, pauses_allowed=0)
    for failed in (True, False, True, True):
        verdict = window.observe(failed, "validation: headline missing" if failed else "")
    assert verdict is STOP
    assert window.describe() == (
        "75% of the last 4 articles failed (limit --max-error-rate "
        "25%); last error: validation: headline missing"
    )


def test_describe_after_a_pause_names_the_window_that_tripped_it():
    window = ErrorWindow(max_rate=0.5, size=4)
    for failed in (True, True, True, False):
        verdict = window.observe(failed, "transport: refused" if failed else "")
    assert verdict is PAUSE  # the pause clears the window...
    assert window.describe().startswith("75% of the last 4 articles failed")  # ...not "0 of 0"
