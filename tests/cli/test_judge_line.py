"""The one line `run`, `verify`, `eval` and `report` print about the judge: what it did,
what went wrong, and what it cost apart from the briefings."""

from __future__ import annotations

import pytest

from newsbrief.cli.judging import judge_line
from newsbrief.schemas import JudgeReport, JudgeTotals, Usage

HEAD = "Judge openai:j (judge@v1)"


def _totals(*reports: JudgeReport) -> JudgeTotals:
    totals = JudgeTotals.start(reports[0])
    for report in reports:
        totals.add(report)
    return totals


def _report(**counts: object) -> JudgeReport:
    return JudgeReport(model="openai:j", prompt="judge@v1", prompt_hash="h", **counts)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        (
            [_report()],
            f"{HEAD}: the rules settled every claim of 1 briefing(s); nothing was sent.",
        ),
        (
            [
                _report(
                    sent=3,
                    changed=1,
                    confirmed=2,
                    usage=Usage(requests=1, prompt_tokens=90, completion_tokens=10),
                )
            ],
            (
                f"{HEAD}: 3 claim(s) of 1 briefing(s) sent in 1 request(s): 1 changed, 2 confirmed, "
                "0 voided, 0 unanswered; 100 tokens, $0.0000 (not in the briefing cost)."
            ),
        ),
        (  # an error on one briefing, a cut-off answer on another: both said
            [
                _report(
                    sent=2, unanswered=2, error="deadline: no judge answer", usage=Usage(requests=1)
                ),
                _report(sent=5, confirmed=1, unanswered=4, truncated=True, usage=Usage(requests=1)),
            ],
            (
                f"{HEAD}: 7 claim(s) of 2 briefing(s) sent in 2 request(s): 0 changed, 1 confirmed, "
                "0 voided, 6 unanswered, 1 briefing(s) with a judge error, 1 answer(s) cut off at "
                "the judge's token limit; 0 tokens, $0.0000 (not in the briefing cost)."
            ),
        ),
    ],
)
def test_the_judge_line_says_what_the_judge_did(reports: list[JudgeReport], expected: str) -> None:
    assert judge_line(_totals(*reports)) == expected


def test_old_manifests_without_a_truncated_count_still_read() -> None:
    old = {"model": "openai:j", "prompt": "judge@v1", "prompt_hash": "h", "sent": 1}
    assert JudgeTotals.model_validate(old).truncated == 0
