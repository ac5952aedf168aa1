"""The workspace over real HTTP: pages, filters, confinement, anti-forgery, saving gold."""

from __future__ import annotations

import re

import pytest

from newsbrief.evals.goldio import load_gold
from newsbrief.workspace.goldstore import NEW
from tests.workspace.conftest import EDITED_IN_B, FAILED_IN_B, LONG_ARTICLE, Served
from tests.workspace.http import get, post_json


def _csrf(page: str) -> str:
    found = re.search(r'name="briefing-token" content="([^"]+)"', page)
    assert found
    return found.group(1)


def test_runs_page_lists_both_runs_with_manifest_figures(served: Served) -> None:
    status, page = get(served.url + "/")
    assert status == 200
    assert 'data-run="seeds-a"' in page and 'data-run="seeds-b"' in page
    assert "briefing@v1" in page
    status, body = get(served.url + "/api/runs")
    runs = {run["name"]: run for run in __import__("json").loads(body)}
    assert runs["seeds-b"]["errors"] == 1 and runs["seeds-b"]["ok"] == 4
    assert runs["seeds-a"]["grounding_rate"] is not None


def test_errors_filter_returns_only_the_failed_article(served: Served) -> None:
    status, page = get(served.url + "/run?run=seeds-b&status=error")
    assert status == 200
    rows = re.findall(r'<tr class="row-(\w+)" data-id="([^"]+)"', page)
    assert rows == [("error", FAILED_IN_B)]
    _, page = get(served.url + "/run?run=seeds-b&status=error&kind=transport")
    assert re.findall(r'data-id="([^"]+)"', page) == []


def test_free_text_search_and_topic_filter(served: Served) -> None:
    _, page = get(served.url + "/run?run=seeds-a&q=zamrose")
    assert re.findall(r'<tr class="row-\w+" data-id="([^"]+)"', page) == [EDITED_IN_B]
    _, page = get(served.url + "/run?run=seeds-a")
    topics = re.findall(r'<option value="([a-z_ ]+)">\1 \((\d+)\)', page)
    assert topics, "the topic filter offers the run's topics"
    topic, count = topics[0]
    _, filtered = get(served.url + f"/run?run=seeds-a&topic={topic}")
    assert len(re.findall(r'<tr class="row-', filtered)) == int(count)


@pytest.mark.parametrize(
    "path",
    [
        "/run?run=../../etc",
        "/run?run=/etc",
        "/article?run=seeds-a/../../x&id=1",
        "/run?run=gold",
        "/static/..%2Fapp.py",
    ],
)
def test_paths_outside_the_runs_folder_are_not_served(served: Served, path: str) -> None:
    status, _ = get(served.url + path)
    assert status == 404


def test_article_text_is_escaped(served: Served) -> None:
    _, page = get(served.url + f"/article?run=seeds-a&id={EDITED_IN_B}")
    assert '<mark class="hl' in page
    assert "<script>" not in page.split("<body", 1)[1].replace('<script src="/static/', "")


def test_saves_need_the_page_token_and_this_origin(served: Served) -> None:
    url = served.url + "/api/gold?run=seeds-a"
    body = {"record": {"id": EDITED_IN_B, "gold": {"topics": ["defence"]}}, "base_version": NEW}
    status, answer = post_json(url, body)
    assert status == 403 and "anti-forgery" in answer["error"]
    _, page = get(served.url + f"/review?run=seeds-a&id={EDITED_IN_B}")
    token = {"X-Briefing-Token": _csrf(page)}
    status, answer = post_json(url, body, {**token, "Origin": "http://evil.example"})
    assert status == 403 and "cross-site" in answer["error"]
    assert not served.workspace.store.path.exists()
    status, answer = post_json(url, body, {**token, "Origin": served.url})
    assert status == 200, answer
    saved = load_gold(served.workspace.store.path)
    assert [r.id for r in saved] == [EDITED_IN_B]
    assert saved[0].annotator == "alice" and saved[0].source_run
    assert saved[0].prompt_hash and saved[0].labelled_at


def test_invalid_gold_is_refused_with_its_field_paths(served: Served) -> None:
    _, page = get(served.url + f"/review?run=seeds-a&id={EDITED_IN_B}")
    token = {"X-Briefing-Token": _csrf(page)}
    record = {
        "id": EDITED_IN_B,
        "gold": {
            "actors": [{"names": [], "kind": "person"}],
            "events": [{"what": ["x"], "when": "March"}],
        },
    }
    status, answer = post_json(
        served.url + "/api/gold?run=seeds-a", {"record": record, "base_version": NEW}, token
    )
    assert status == 422
    fields = {problem["field"] for problem in answer["problems"]}
    assert fields == {"gold.actors.0.names", "gold.events.0.when"}
    record = {
        "id": EDITED_IN_B,
        "gold": {"quotes": [{"text": "x", "span": {"start": 5, "end": 10**6}}]},
    }
    status, answer = post_json(
        served.url + "/api/gold?run=seeds-a", {"record": record, "base_version": NEW}, token
    )
    assert status == 422
    assert answer["problems"][0]["field"] == "gold.quotes.0.span"


def test_a_save_stores_reviewed_items_apart_and_refuses_duplicates(served: Served) -> None:
    """What the editor sends for 'accept one actor, add one that the model already listed':
    refused, naming the added item; without the duplicate, saved with the count."""
    _, page = get(served.url + f"/review?run=seeds-a&id={EDITED_IN_B}")
    token = {"X-Briefing-Token": _csrf(page)}
    url = served.url + "/api/gold?run=seeds-a"
    span = {"start": 0, "end": 8}
    model = {"names": ["Cambodia"], "kind": "country", "spans": [span], "origin": "model"}
    added = {**model, "origin": "added"}
    record = {
        "id": EDITED_IN_B,
        "gold": {"actors": [{"names": ["Hun Manet"], "kind": "person", "origin": "model"}, added]},
        "suggestions": {"actors": [model], "headline": ["H"], "origins": {"headline": "model"}},
    }
    status, answer = post_json(url, {"record": record, "base_version": NEW}, token)
    assert status == 422
    assert [p["field"] for p in answer["problems"]] == ["gold.actors.1"]
    assert "duplicate actor" in answer["problems"][0]["message"]
    record["gold"]["actors"] = record["gold"]["actors"][:1]
    status, answer = post_json(url, {"record": record, "base_version": NEW}, token)
    assert status == 200
    assert answer["review"] == "2 of 3 not reviewed: saved as suggestions, not gold"
    (saved,) = load_gold(served.workspace.store.path)
    assert saved.suggestions is not None and saved.suggestions.headline == ["H"]
    # Only suggestions saved for another article: listed as saved but not reviewed.
    only = {"id": LONG_ARTICLE, "gold": {}, "suggestions": {"headline": ["H"]}}
    assert post_json(url, {"record": only, "base_version": NEW}, token)[0] == 200
    _, run_page = get(served.url + "/run?run=seeds-a")
    rows = {
        m.group(1): m.group(2) for m in re.finditer(r'data-id="([^"]+)"(.*?)</tr>', run_page, re.S)
    }
    assert "gold, partly reviewed" in rows[EDITED_IN_B]
    assert "not reviewed" in rows[LONG_ARTICLE] and "badge-gold" not in rows[LONG_ARTICLE]


def test_a_stale_version_gets_409_and_the_file_keeps_the_first_save(served: Served) -> None:
    _, page = get(served.url + f"/review?run=seeds-a&id={EDITED_IN_B}")
    token = {"X-Briefing-Token": _csrf(page)}
    url = served.url + "/api/gold?run=seeds-a"
    first = {"record": {"id": EDITED_IN_B, "gold": {"topics": ["defence"]}}, "base_version": NEW}
    second = {"record": {"id": EDITED_IN_B, "gold": {"topics": ["economy"]}}, "base_version": NEW}
    assert post_json(url, first, token)[0] == 200
    status, answer = post_json(url, second, token)
    assert status == 409 and "saved elsewhere" in answer["error"]
    assert load_gold(served.workspace.store.path)[0].gold.topics == ["defence"]


def test_compare_page_shows_the_eval_compare_numbers(served: Served) -> None:
    from newsbrief.evals.compare import compare_runs
    from tests.workspace.conftest import GOLD

    _, page = get(served.url + "/compare?a=seeds-a&b=seeds-b")
    comparison = compare_runs(served.root / "seeds-a", served.root / "seeds-b", GOLD)
    overall = comparison.row("overall")
    assert overall is not None
    assert f"{overall.mean_a:.3f}" in page and f"{overall.mean_b:.3f}" in page
    assert f"[{overall.low:+.3f}, {overall.high:+.3f}]" in page
    verdict = comparison.verdict()
    assert f'class="verdict verdict-{verdict.tone}" data-outcome="{verdict.outcome}"' in page
