"""The workspace counts a rule's weak finding (`strength.weakness`) as unverified, not
contradicted: the run page's filters and counts agree with the note, which shows it as
"check against the source" with the rule's hint."""

from __future__ import annotations

from pathlib import Path

from newsbrief.grounding import ground_briefing
from newsbrief.schemas import Briefing, BriefingRecord
from newsbrief.workspace.index import ArticleFilter, RunIndex
from tests.notes.builders import provenance, write_run

# The speaker rule reads a question's first word into the speaker ("What FBI Director
# James Comey told Congress ... was that"): a malformed rival, so a weak finding.
TEXT = (
    "What FBI Director James Comey told Congress under oath on 7 July was that Clinton "
    "had been careless. Conway repeated it on television. The hearing lasted four hours."
)
WEAK = "Conway said Comey had told Congress under oath on 7 July that Clinton was careless."
RED = "The hearing lasted six hours."


def _record(article_id: str, summary: str) -> BriefingRecord:
    briefing = ground_briefing(Briefing(headline="Hearing", summary=summary), TEXT)
    return BriefingRecord(id=article_id, briefing=briefing, provenance=provenance())


def test_a_weak_finding_is_counted_and_filtered_as_unverified(tmp_path: Path) -> None:
    records = [_record("weak", WEAK), _record("red", RED)]
    run = write_run(tmp_path / "run", records)
    index = RunIndex(run, tmp_path / ".view-cache" / "run.sqlite")
    index.refresh()
    rows = {row.id: row for row in index.page(ArticleFilter())[1]}
    assert (rows["weak"].contradicted, rows["weak"].unverified) == (0, 1)
    assert (rows["red"].contradicted, rows["red"].unverified) == (1, 0)
    assert [row.id for row in index.page(ArticleFilter(unverified=True))[1]] == ["weak"]
    assert [row.id for row in index.page(ArticleFilter(contradicted=True))[1]] == ["red"]
