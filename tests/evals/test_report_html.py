"""The HTML report: self-contained, escaped, and rendering in a real headless browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsbrief.evals.compare import compare_runs
from newsbrief.evals.report import render_report, write_report
from newsbrief.evals.scoring import score_run
from newsbrief.run.rundir import read_briefings
from newsbrief.schemas import GoldRecord
from tests.support.browser import artifact_path, browser_page
from tests.support.eval_runs import briefing, paired_runs, write_gold, write_run

EVIL_ID = "evil-<svg onload=window.__pwned=4>"
SCRIPT = "<script>window.__pwned = 1</script>"
IMG = '<img src=x onerror="window.__pwned = 2">'


def evil_runs(root: Path) -> tuple[Path, Path, Path]:
    """Two runs whose article ids, titles and model text carry active HTML."""
    gold = [
        GoldRecord.model_validate(
            {
                "id": EVIL_ID,
                "title": "<script>window.__pwned = 3</script>",
                "gold": {"headline": [SCRIPT], "actors": [{"names": [IMG], "kind": "person"}]},
            }
        ),
        GoldRecord.model_validate({"id": "plain", "gold": {"headline": ["Quiet day"]}}),
    ]
    a = {
        EVIL_ID: briefing(
            headline=SCRIPT,
            actors=[{"name": IMG, "kind": "person"}],
            quotes=[{"text": IMG, "speaker": SCRIPT}],
        ),
        "plain": briefing(headline="Quiet day"),
    }
    b = {EVIL_ID: briefing(headline="Nothing to see"), "plain": briefing(headline="Loud day")}
    return write_gold(root / "gold.jsonl", gold), write_run(root / "a", a), write_run(root / "b", b)


def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    gold, run_a, run_b = evil_runs(tmp_path)
    comparison = compare_runs(run_a, run_b, gold)
    html = render_report(comparison.a, comparison, [EVIL_ID, "plain"])
    assert "<script" not in html
    assert "<img" not in html
    assert "<svg onload" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing fetched from a network
    assert html.count("<svg") == 4  # bars, histogram, forest plot, per-article strip


def test_single_run_report_defaults_to_lowest_scoring_articles(tmp_path: Path) -> None:
    gold, run_a, _ = paired_runs(tmp_path, articles=8)
    path = write_report(tmp_path / "r.html", score_run(run_a, gold))
    html = path.read_text(encoding="utf-8")
    assert html.count('<section class="article">') == 5
    assert "Comparison" not in html
    assert html.count("<svg") == 2


@pytest.mark.browser
def test_report_renders_in_chromium_and_injected_html_stays_inert(tmp_path: Path) -> None:
    gold, run_a, run_b = evil_runs(tmp_path)
    comparison = compare_runs(run_a, run_b, gold)
    report = write_report(tmp_path / "report.html", comparison.a, comparison, [EVIL_ID, "plain"])
    with browser_page() as page:
        page.goto(report.resolve().as_uri())
        for table in ("#runs", "#fields", "#comparison", "table.diff"):
            box = page.locator(table).first.bounding_box()
            assert page.locator(table).first.is_visible() and box and box["width"] > 0, table
        plots = page.locator("svg.plot")
        assert plots.count() == 4
        for i in range(plots.count()):
            box = plots.nth(i).bounding_box()
            assert box is not None
            assert box["width"] > 100
            assert box["height"] > 50
        assert page.locator("svg.plot circle").count() > 0  # forest-plot points drawn
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate("document.scripts.length") == 0
        assert page.locator("img").count() == 0
        assert SCRIPT in page.inner_text("body")  # shown as text
        page.screenshot(path=str(artifact_path("eval-report.png")), full_page=True)


def _failing_pair(root: Path) -> tuple[Path, Path, Path]:
    """Run B fails one article (error record) and lacks another; A is complete."""
    gold, run_a, _ = paired_runs(root, articles=12)
    kept = {r.id: r.briefing for r in read_briefings(run_a) if r.id not in ("art-00", "art-01")}
    run_b = write_run(
        root / "b-failing", kept, errors={"art-00": "the model stopped at the token limit"}
    )
    return gold, run_a, run_b


def test_report_opens_with_the_verdict_and_lists_failures(tmp_path: Path) -> None:
    gold, run_a, run_b = _failing_pair(tmp_path)
    comparison = compare_runs(run_a, run_b, gold)
    html = render_report(comparison.a, comparison)
    verdict = html.index('id="verdict"')
    assert verdict < html.index('id="failures"') < html.index('id="runs"')
    assert "Verdict: undecided" in html
    assert "runs not comparable: run B lacks 1 of the 12 articles of the other run" in html
    failures = html[html.index('id="failures"') : html.index('id="runs"')]
    assert failures.count("<tr>") == 3  # header, the error, the missing article
    assert "<td>validation</td><td>the model stopped at the token limit</td>" in failures
    assert "<td>missing</td><td>missing</td><td>not in the run</td>" in failures
    assert html.count("run B</text>") == 2  # both plots of scores carry run B
    assert html.count('class="article-label"') == 11  # one label per paired article


@pytest.mark.parametrize(
    ("articles", "same_runs", "says_mde"),
    [
        (12, False, True),  # a verdict, and a spread to size the detectable change from
        (5, False, False),  # no verdict below 10 paired articles: no detectable change either
        (12, True, False),  # identical runs: no spread, so no (zero) detectable change
    ],
)
def test_the_detectable_change_is_said_only_where_it_means_something(
    tmp_path: Path, articles: int, same_runs: bool, says_mde: bool
) -> None:
    gold, run_a, run_b = paired_runs(tmp_path, articles=articles)
    comparison = compare_runs(run_a, run_a if same_runs else run_b, gold)
    html = render_report(comparison.a, comparison)
    assert ("the gate detects a drop in overall of" in html) is says_mde
    if says_mde:
        assert "detects a drop in overall of 0.000" not in html


@pytest.mark.browser
def test_verdict_is_in_the_first_screen_in_chromium(tmp_path: Path) -> None:
    gold, run_a, run_b = _failing_pair(tmp_path)
    comparison = compare_runs(run_a, run_b, gold)
    report = write_report(tmp_path / "report.html", comparison.a, comparison)
    with browser_page() as page:
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(report.resolve().as_uri())
        verdict = page.locator("#verdict").bounding_box()
        assert verdict is not None and verdict["y"] + verdict["height"] < 800
        assert "not comparable" in page.inner_text("#verdict")
        assert page.locator("#failures tr").count() == 3
        labels = page.locator("svg.plot text.article-label")
        assert labels.count() == 11
        first, second = labels.nth(0).bounding_box(), labels.nth(1).bounding_box()
        assert first and second and first["x"] + first["width"] <= second["x"] + 1  # no overlap
        page.screenshot(path=str(artifact_path("eval-report-verdict.png")))


def test_report_says_what_the_gold_holds_and_warns_of_self_agreement(tmp_path: Path) -> None:
    """Article a1's headline was accepted unchanged from run A itself, a2's was edited:
    the report of run A warns (1 of 2 scored gold items, 50%); of run B it does not."""
    runs = {name: write_run(tmp_path / name, {"a1": briefing(), "a2": briefing()}) for name in "AB"}
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [
            GoldRecord.model_validate(
                {
                    "id": i,
                    "source_run": "A",
                    "gold": {"headline": ["Armies agree to cooperate"], "origins": {"headline": o}},
                    "suggestions": {"summary": ["x"], "origins": {"summary": "model"}},
                }
            )
            for i, o in (("a1", "model"), ("a2", "edited"))
        ],
    )
    html_a = render_report(score_run(runs["A"], gold))
    assert 'class="banner warn self-agreement"' in html_a
    assert "self-agreement: 1 of 2 scored gold items (50%, in 1 article(s))" in html_a
    assert "2 unreviewed model suggestions in 2 record(s), not gold and never scored" in html_a
    html_b = render_report(score_run(runs["B"], gold))
    assert "self-agreement" not in html_b and 'id="gold-review"' in html_b
