"""Which claim checks go to the judge (`judge.claims.claims_to_judge`), table-driven over
hand-built checks: by default the doubtful ones; with `scope="all"` every checked claim
but those that copy the article word for word (a summary sentence `copied`, a quotation
`verbatim`), never a removed or unchecked one."""

from __future__ import annotations

import pytest

from newsbrief.judge.claims import claims_to_judge
from newsbrief.schemas import Briefing, ClaimCheck, JudgeScope

CHECKS = [
    ClaimCheck(path="summary[0]", claim="A paraphrase.", verdict="supported"),
    ClaimCheck(path="summary[1]", claim="A copied sentence.", verdict="supported", rule="copied"),
    ClaimCheck(path="summary[2]", claim="Another number.", verdict="contradicted", rule="number"),
    ClaimCheck(path="summary[3]", claim="Nowhere.", verdict="unverified", rule="no_support"),
    ClaimCheck(path="summary[4]", claim="Struck.", verdict="contradicted", removed=True),
    ClaimCheck(path="quotes[0].text", kind="quote", claim="We agreed.", verdict="supported", rule="verbatim"),
    ClaimCheck(path="quotes[0].speaker", kind="speaker", claim="Hun Manet", verdict="supported"),
    ClaimCheck(path="quotes[1].speaker", kind="speaker", claim="X", verdict="not_checked"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("scope", "sent"),
    [
        ("doubtful", [2, 3]),
        # every checked claim but the article's own words, the removed and the unchecked
        ("all", [0, 2, 3, 6]),
    ],
)
def test_claims_to_judge(scope: JudgeScope, sent: list[int]) -> None:
    briefing = Briefing(headline="h", summary="s")
    assert [c.position for c in claims_to_judge(briefing, CHECKS, scope)] == sent
