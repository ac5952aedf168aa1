"""A note says when a claim's verdict is the judge's, and shows the text it cited."""

from __future__ import annotations

from newsbrief.notes.model import _prose_item
from newsbrief.schemas import ClaimCheck, Evidence

TEXT = "Flooding in the northern province killed 12 people on Tuesday, officials said."


def test_a_judged_claim_says_judge_and_shows_its_citation() -> None:
    check = ClaimCheck(
        path="summary[0]", claim="Floods in the north killed 12 people.", verdict="supported",
        stage="judge", citation=TEXT, reason="the article says so", prior_verdict="unverified",
        support=[Evidence(start=0, end=len(TEXT), method="support")],
    )  # fmt: skip
    item = _prose_item(check, TEXT)
    assert item.reason == "judge: the article says so"
    assert item.sources == (TEXT,)


def test_a_rules_verdict_keeps_its_reason() -> None:
    check = ClaimCheck(path="summary[0]", claim="x", verdict="unverified", reason="no link")
    assert _prose_item(check, TEXT).reason == "no link"
