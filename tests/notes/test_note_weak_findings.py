"""A rule's weak finding in the note: not red, but "check against the source" with the
rule's hint ("the article may say otherwise: ..."), in the Markdown note, the Word
note's lines and the HTML note (in place and in the grounding section); `briefing
verify` writes it as unverified with the hint and counts it unverified.

The article is written so that the speaker rule reads a question's first word into
the speaker ("What FBI Director James Comey told Congress ... was that ..."): its
finding is weak (`strength.weakness`: malformed), so the claim is unverified.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.grounding import ground_briefing
from newsbrief.notes import Note, render_html, render_markdown
from newsbrief.schemas import Article, Briefing, BriefingRecord
from tests.notes.builders import provenance, write_run

TEXT = (
    "What FBI Director James Comey told Congress under oath on 7 July was that Clinton "
    "had been careless. Conway repeated it on television. The hearing lasted four hours."
)
WEAK = "Conway said Comey had told Congress under oath on 7 July that Clinton was careless."
HINT = "the article may say otherwise: says 'Conway' said it"


def note() -> Note:
    article = Article(id="weak-1", text=TEXT)
    briefing = Briefing(
        headline="Comey testimony repeated",
        summary=f"{WEAK} The hearing lasted four hours.",
    )
    grounded = ground_briefing(briefing, article.text)
    record = BriefingRecord(id=article.id, briefing=grounded, provenance=provenance())
    return Note(record, article)


def test_a_weak_finding_is_unverified_with_its_hint() -> None:
    built = note()
    check = built.check("summary[0]")
    assert check is not None
    assert (check.verdict, check.rule) == ("unverified", "speaker")
    assert built.contradicted() == []
    summary = built.briefing.grounding
    assert summary is not None
    assert (summary.prose_contradicted, summary.prose_unverified) == (0, 1)

    markdown = render_markdown(built)
    assert "Contradicted by the article" not in markdown
    assert f"- ? sentence: {WEAK} ({HINT}" in markdown
    assert any(HINT in line for line in built.unverified_lines())  # the Word note's lines

    html = render_html(built)
    claim = re.search(r'<span class="claim unverified"[^>]*title="([^"]*)"', html)
    assert claim is not None and "the article may say otherwise" in claim.group(1)
    flag = re.search(r'<span class="flag unverified-flag">([^<]*)</span>', html)
    assert flag is not None
    assert flag.group(1).startswith("? check against the source")
    assert "the article may say otherwise: says &#39;Conway&#39; said it" in flag.group(1)
    assert 'class="flag contradicted-flag"' not in html


def test_verify_writes_the_weak_finding_as_unverified_with_its_hint(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "weak-1", "text": TEXT}) + "\n", encoding="utf-8")
    run_dir = write_run(tmp_path / "run", [note().record], input_path=articles)
    result = CliRunner().invoke(cli, ["verify", str(run_dir)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in (run_dir / "verify.jsonl").read_text().splitlines()]
    weak = next(line for line in lines if line["path"] == "summary[0]")
    assert (weak["verdict"], weak["rule"]) == ("unverified", "speaker")
    assert weak["reason"].startswith(HINT)
    prose_row = next(line for line in result.output.splitlines() if "│ prose" in line)
    # checked, supported, contradicted, unverified, not checked
    assert [cell.strip() for cell in prose_row.split("│")[2:7]] == ["2", "1", "0", "1", "0"]
