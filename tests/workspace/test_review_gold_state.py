"""Gold that records what a person did, end to end in Chromium.

A real `briefing run` through the openai backend against the fake model server (a model
that answers this article with 31 items), the real workspace server, headless Chromium:
the annotator reviews 1 of the 31 items (accepts the headline) and saves. The file holds
1 reviewed item and 30 suggestions marked as such; `briefing eval` of that very run
against it scores only the headline and warns of self-agreement; another run scored
against the same gold gets no warning.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli, main
from newsbrief.evals.goldio import load_gold
from newsbrief.evals.goldreview import count_review, items_of
from newsbrief.run.rundir import read_briefings, read_manifest
from newsbrief.workspace import create_app
from newsbrief.workspace.draft import draft_gold
from tests.support.browser import artifact_path, browser_page
from tests.support.fake_openai import FakeOpenAIServer
from tests.workspace.conftest import serving

pytestmark = pytest.mark.browser

ARTICLE_ID = "thorough-1"
TEXT = (
    "Cambodia and Thailand agree to reopen border crossings\n\n"
    "PHNOM PENH, March 3 (Reuters) - Cambodian Prime Minister Hun Manet and Thai Prime "
    "Minister Srettha Thavisin agreed on Monday to reopen two border crossings closed "
    "since January. Foreign Minister Sok Chenda Sophea said the deal would help traders. "
    '"This is a new page for our neighbours," Hun Manet told reporters in Phnom Penh. '
    "Thai army chief Charoenchai Kittikul said troops would withdraw from the disputed "
    'area. "We will keep the peace," Charoenchai Kittikul said. ASEAN envoy Kao Kim Hourn '
    'welcomed the agreement. "Dialogue works," Kao Kim Hourn said in Bangkok. The '
    "crossings at Poipet and Koh Kong will open on April 1, officials said. Trade between "
    "the two countries reached $4 billion last year, according to the Ministry of Commerce."
)
ACTORS = [
    ("Hun Manet", "person"),
    ("Srettha Thavisin", "person"),
    ("Sok Chenda Sophea", "person"),
    ("Charoenchai Kittikul", "person"),
    ("Kao Kim Hourn", "person"),
    ("ASEAN", "organisation"),
    ("Cambodia", "country"),
    ("Thailand", "country"),
]


def thorough_answer(body: dict[str, Any]) -> str:
    """A careful model's briefing of TEXT: 31 items by the gold's count (headline,
    summary, topics; 8 actors, 5 key points, 4 events, 3 quotes, 2 relations; 3 'who'
    answers and what, when, where)."""
    answer = {
        "headline": "Cambodia and Thailand agree to reopen border crossings",
        "summary": "Hun Manet and Srettha Thavisin agreed to reopen two border crossings "
        "closed since January.",
        "key_points": [
            "Two border crossings closed since January will reopen.",
            "Sok Chenda Sophea said the deal would help traders.",
            "Thai troops would withdraw from the disputed area.",
            "ASEAN envoy Kao Kim Hourn welcomed the agreement.",
            "The crossings at Poipet and Koh Kong will open on April 1.",
        ],
        "five_w1h": {
            "who": ["Hun Manet", "Srettha Thavisin", "Kao Kim Hourn"],
            "what": "agreed to reopen two border crossings",
            "when": "March 3",
            "where": "Phnom Penh",
            "why": None,
            "how": None,
        },
        "actors": [
            {"name": n, "kind": k, "role": None, "affiliation": None, "aliases": []}
            for n, k in ACTORS
        ],
        "events": [
            {
                "what": "The prime ministers agreed to reopen two border crossings.",
                "when": "2024-03-03",
                "when_text": "March 3",
                "where": "Phnom Penh",
                "participants": ["Hun Manet", "Srettha Thavisin"],
            },
            {
                "what": "Troops would withdraw from the disputed area.",
                "when": None,
                "when_text": None,
                "where": None,
                "participants": ["Charoenchai Kittikul"],
            },
            {
                "what": "Kao Kim Hourn welcomed the agreement.",
                "when": None,
                "when_text": None,
                "where": "Bangkok",
                "participants": ["Kao Kim Hourn"],
            },
            {
                "what": "The crossings at Poipet and Koh Kong will open.",
                "when": "2024-04-01",
                "when_text": "April 1",
                "where": "Poipet",
                "participants": [],
            },
        ],
        "quotes": [
            {"speaker": "Hun Manet", "text": "This is a new page for our neighbours,"},
            {"speaker": "Charoenchai Kittikul", "text": "We will keep the peace,"},
            {"speaker": "Kao Kim Hourn", "text": "Dialogue works,"},
        ],
        "relations": [
            {
                "parties": ["Cambodia", "Thailand"],
                "kind": "agreement",
                "description": "The two countries agreed to reopen border crossings.",
            },
            {
                "parties": ["ASEAN", "Cambodia"],
                "kind": "support",
                "description": "ASEAN welcomed the agreement.",
            },
        ],
        "topics": ["politics", "diplomacy"],
    }
    return json.dumps(answer)


def _run(root: Path, name: str, base_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    articles = root.parent / "articles.jsonl"
    articles.write_text(json.dumps({"id": ARTICLE_ID, "text": TEXT}) + "\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    run_dir = root / name
    main(["run", str(articles), "--model", "openai:test-model", "--run-dir", str(run_dir)])
    return run_dir


def _eval(run_dir: Path, gold: Path) -> tuple[str, dict]:
    """`briefing eval RUN --gold GOLD`: its output (stdout and stderr) and eval.json."""
    result = CliRunner().invoke(cli, ["eval", str(run_dir), "--gold", str(gold)])
    assert result.exit_code == 0, result.output + repr(result.exception)
    text = " ".join(result.output.split())
    return text, json.loads((run_dir / "eval.json").read_text(encoding="utf-8"))


def test_review_1_of_31_saves_1_gold_item_and_30_suggestions_and_eval_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    root = tmp_path / "runs"
    with FakeOpenAIServer(responder=thorough_answer) as server:
        run_dir = _run(root, "thorough", server.base_url, monkeypatch)
        other_dir = _run(root, "thorough-again", server.base_url, monkeypatch)
    (record,) = read_briefings(run_dir)
    draft = draft_gold(record.id, record.briefing)
    assert count_review([draft]).suggestions == 31 and count_review([draft]).reviewed_items == 0

    labels = tmp_path / "labels"
    app, ws = create_app(root, annotator="alice", labels_dir=labels)
    with serving(app) as url, browser_page(1400, 1000) as page:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(url + f"/review?run=thorough&id={ARTICLE_ID}")
        unreviewed = page.locator('.gitem[data-state="model"]')
        assert unreviewed.count() >= 25  # list items, 5W1H answers, headline, summary, topics
        headline = page.locator('[data-whole="headline"]')
        assert "not reviewed" in headline.locator(".review-state").inner_text()
        headline.locator('[data-action="accept"]').click()
        assert headline.get_attribute("data-state") == "accepted"
        page.locator("#save").click()
        # generous: the save runs on a shared, busy machine; no timing is asserted
        expect(page.locator("#save-state")).to_have_text(re.compile(r"^saved "), timeout=30_000)
        review_state = page.locator("#review-state")
        expect(review_state).to_have_text("30 of 31 not reviewed: saved as suggestions, not gold")
        page.screenshot(path=str(artifact_path("workspace-review-state.png")))

        page.reload()  # what was not reviewed shows as not reviewed, not as accepted
        assert "30 of 31 not reviewed" in page.locator("#review-state").inner_text()
        assert page.locator('[data-whole="headline"]').get_attribute("data-state") == "accepted"
        first_actor = page.locator('fieldset[data-list="actors"] .gitem').first
        assert first_actor.get_attribute("data-state") == "model"
        assert "not reviewed" in first_actor.locator(".review-state").inner_text()
        assert errors == []

    (saved,) = load_gold(ws.store.path)
    assert [o for _, o in items_of(saved.gold)] == ["model"]  # 1 reviewed item
    assert saved.gold.headline == [record.briefing.headline]
    assert saved.gold.actors is None and saved.gold.key_points is None
    counts = count_review([saved])
    assert (counts.reviewed_items, counts.suggestions) == (1, 30)
    assert {o for _, o in items_of(saved.suggestions)} == {"model"}  # marked as such
    assert saved.source_run == read_manifest(run_dir).run_id

    # Scored against its own suggestions: only the headline counts, and eval says why
    # the score is what it is.
    text, payload = _eval(run_dir, ws.store.path)
    assert (
        "warning: self-agreement: 1 of 1 scored gold items (100%, in 1 article(s)) are "
        "this run's own output accepted unchanged" in text
    )
    assert "30 unreviewed model suggestions in 1 record(s), not gold and never scored" in text
    aggregate = payload["aggregate"]
    assert aggregate["headline.rougeL"]["n"] == 1
    for metric in ("summary.rougeL", "actors.f1", "key_points.f1", "quotes.f1", "topics.f1"):
        assert aggregate[metric]["n"] == 0, metric  # only suggested: never scored
    review = payload["gold"]["review"]
    assert review["self_agreement"]["share"] == 1.0
    assert review["unreviewed_suggestions"] == 30

    # Another run scored against the same gold: no self-agreement.
    text, payload = _eval(other_dir, ws.store.path)
    assert "self-agreement" not in text
    assert payload["gold"]["review"]["self_agreement"]["accepted_unchanged"] == 0
