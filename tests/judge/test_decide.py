"""`decide`: when a judge's verdict replaces the rules' and when it is voided, case by
case (the article and claims are small enough to check each expectation by eye)."""

from __future__ import annotations

import pytest

from newsbrief.grounding import Aligner
from newsbrief.judge.apply import decide
from newsbrief.schemas import ClaimCheck, JudgeVerdict

TEXT = (
    "Flooding in the northern province killed 12 people on Tuesday, officials said. "
    "Rescue teams were still searching for survivors in three villages."
)
FIRST = "Flooding in the northern province killed 12 people on Tuesday, officials said."
SECOND = "Rescue teams were still searching for survivors in three villages."

UNVERIFIED = ClaimCheck(
    path="summary[0]",
    claim="Floods killed 12 people in the north.",
    verdict="unverified",
    rule="no_support",
    reason="no link",
)
CONTRADICTED = ClaimCheck(path="key_points[0]", claim="Flooding killed 21 people.",
                          verdict="contradicted", rule="number", offending=["21"],
                          reason="the article says 12")  # fmt: skip

CASES = [
    # (rules' check, judge verdict, citation, expected verdict, stage, reason contains)
    (UNVERIFIED, "supported", FIRST, "supported", "judge", "ok"),
    (UNVERIFIED, "supported", FIRST.lower(), "supported", "judge", "ok"),  # normalised
    (UNVERIFIED, "supported", FIRST.replace("province", "provnice"), "supported", "judge", "ok"),
    (UNVERIFIED, "supported", "Floods killed 12 people in the north.", "unverified", "rules",
     "is not in the article"),
    (UNVERIFIED, "supported", "", "unverified", "rules", "cites no article text"),
    (UNVERIFIED, "supported", "killed", "unverified", "rules", "too short"),  # 6 characters
    (UNVERIFIED, "supported", SECOND, "unverified", "rules", "about something else"),
    (UNVERIFIED, "unverified", "", "unverified", "judge", "ok"),
    (UNVERIFIED, "contradicted", FIRST, "contradicted", "judge", "ok"),
    (CONTRADICTED, "supported", FIRST, "contradicted", "rules", "does not hold '21'"),
    (CONTRADICTED, "contradicted", FIRST, "contradicted", "judge", "ok"),
    (CONTRADICTED, "unverified", "", "unverified", "judge", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("check", "said", "citation", "verdict", "stage", "why"), CASES)
def test_decide(
    check: ClaimCheck, said: str, citation: str, verdict: str, stage: str, why: str
) -> None:
    given = JudgeVerdict(claim=1, verdict=said, citation=citation, reason="ok")  # type: ignore[arg-type]
    after = decide(check, given, TEXT, Aligner(TEXT))
    assert (after.verdict, after.stage) == (verdict, stage)
    assert why in (after.reason or "")
    if stage == "rules":  # voided: the rules' verdict stands, and says what was voided
        assert after.prior_verdict == check.verdict and after.citation is None
        assert after.reason.startswith(check.reason or "")  # type: ignore[union-attr]
    else:
        assert after.prior_verdict == (None if verdict == check.verdict else check.verdict)
        assert after.citation is None if not citation else after.citation in TEXT
