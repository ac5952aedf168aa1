"""The workspace counts and filters contradicted and unverified claims apart, and reads
an older run's `unsupported` prose as it was written (counted with what was not found)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.grounding import ground_briefing
from newsbrief.schemas import Briefing, BriefingRecord, ClaimCheck, GroundingSummary
from newsbrief.workspace.index import ArticleFilter, RunIndex
from tests.notes.builders import provenance, seed_article, write_run

UNLINKED = "Both commanders praised the growing ties between their forces."


def _record(article_id: str, key_points: list[str]) -> BriefingRecord:
    article = seed_article()
    briefing = Briefing(headline="Armies", summary="Armies meet.", key_points=key_points)
    grounded = ground_briefing(briefing, article.text)
    return BriefingRecord(id=article_id, briefing=grounded, provenance=provenance())


def _legacy(article_id: str) -> BriefingRecord:
    """A record of a run made before the three verdicts: two prose claims unsupported."""
    briefing = Briefing(
        headline="Old",
        summary="Old.",
        grounding=GroundingSummary(prose_checked=3, prose_supported=1, unsupported=["a", "b"]),
        checks=[ClaimCheck(path="summary[0]", claim="Old.", verdict="unsupported", reason="x")],
    )
    return BriefingRecord(id=article_id, briefing=briefing, provenance=provenance())


@pytest.fixture
def index(tmp_path: Path) -> RunIndex:
    records = [
        _record("clean", ["Hun Manet met Malaysian Army chief Zamrose Mohd Zain on March 3."]),
        _record("contradicted", ["The meeting was on the second day of a three-day visit."]),
        _record("unverified", [UNLINKED]),
        _record("both", ["The meeting was on the second day of a three-day visit.", UNLINKED]),
        _legacy("legacy"),
    ]
    run = write_run(tmp_path / "run", records)
    built = RunIndex(run, tmp_path / ".view-cache" / "run.sqlite")
    built.refresh()
    return built


@pytest.mark.parametrize(
    ("flt", "ids"),
    [
        (ArticleFilter(), ["clean", "contradicted", "unverified", "both", "legacy"]),
        (ArticleFilter(contradicted=True), ["contradicted", "both"]),
        (ArticleFilter(unverified=True), ["unverified", "both"]),
        (ArticleFilter(contradicted=True, unverified=True), ["both"]),
        (ArticleFilter(ungrounded=True), ["legacy"]),  # 2 unsupported, as written
    ],
)
def test_filters_count_the_verdicts_apart(
    index: RunIndex, flt: ArticleFilter, ids: list[str]
) -> None:
    total, rows = index.page(flt)
    assert [row.id for row in rows] == ids and total == len(ids)


def test_rows_carry_each_count(index: RunIndex) -> None:
    rows = {row.id: row for row in index.page(ArticleFilter())[1]}
    assert (rows["both"].contradicted, rows["both"].unverified, rows["both"].ungrounded) == (
        1,
        1,
        0,
    )
    assert (rows["legacy"].contradicted, rows["legacy"].unverified, rows["legacy"].ungrounded) == (
        0,
        0,
        2,
    )
