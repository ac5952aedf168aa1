"""Adjudication after `briefing gold merge` and gold beside A and B, in Chromium.

Two annotators label one seed article; they differ on one actor (each has one the other
lacks) and on the headline. The merged record's editor lists the disputed fields item
by item, side by side, paired as `briefing gold agreement` pairs them; the adjudicator
picks bob's actor and headline and saves. The compare-article page shows the gold next
to runs A and B: the reference gold, or the annotator's own reviewed items only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.evals.agreement import agreement
from newsbrief.evals.goldio import load_gold
from newsbrief.schemas import GoldActor, GoldRecord
from newsbrief.workspace import create_app
from newsbrief.workspace.goldstore import NEW, GoldStore
from tests.support.browser import artifact_path, browser_page
from tests.workspace.conftest import EDITED_IN_B, GOLD, Served, serving

pytestmark = pytest.mark.browser

BOB_ACTOR = "Royal Malaysian Army"
BOB_HEADLINE = "Cambodian and Malaysian armies agree to train together"


def _labels(folder: Path) -> tuple[Path, Path]:
    seed = next(r for r in load_gold(GOLD) if r.id == EDITED_IN_B)
    actors = list(seed.gold.actors or [])
    alice = seed.model_copy(update={"annotator": "alice", "text": None})
    bob_actors = [*actors[:-1], GoldActor(names=[BOB_ACTOR], kind="organisation", origin="added")]
    bob_gold = seed.gold.model_copy(update={"actors": bob_actors, "headline": [BOB_HEADLINE]})
    bob = seed.model_copy(update={"annotator": "bob", "text": None, "gold": bob_gold})
    paths = folder / "alice.jsonl", folder / "bob.jsonl"
    folder.mkdir()
    for path, record in zip(paths, (alice, bob), strict=True):
        path.write_text(record.model_dump_json(exclude_none=True) + "\n", encoding="utf-8")
    return paths


def test_merge_view_lists_differing_items_side_by_side_and_each_is_pickable(
    runs_root: Path, tmp_path: Path
) -> None:
    alice_path, bob_path = _labels(tmp_path / "people")
    named = agreement({"alice": load_gold(alice_path), "bob": load_gold(bob_path)})
    actors_dispute = next(d for d in named.disagreements if d.field == "actors")
    assert actors_dispute.only_first == ["Malaysia"] and actors_dispute.only_second == [BOB_ACTOR]
    merged_dir = tmp_path / "adjudication"
    main(["gold", "merge", str(alice_path), str(bob_path), "-o", str(merged_dir / "adj.jsonl")])

    app, ws = create_app(runs_root, annotator="adj", labels_dir=merged_dir)
    with serving(app) as url, browser_page(1400, 1100) as page:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(url + f"/review?run=seeds-a&id={EDITED_IN_B}")
        disputes = page.locator('fieldset[data-list="disagreements"] [data-field-name]')
        assert sorted(disputes.evaluate_all("els => els.map(e => e.dataset.fieldName)")) == [
            "actors",
            "headline",
        ]
        box = page.locator('[data-field-name="actors"]')
        assert box.locator("th").all_inner_texts() == ["alice", "bob"]
        rows = box.locator("tr[data-row]")
        assert rows.count() == 6  # four shared actors, alice's Malaysia, bob's army
        differing = box.locator("tr.differs")
        assert differing.count() == 2  # exactly what `gold agreement` named
        only_alice = differing.filter(has_text="Malaysia").first
        assert "not listed" in only_alice.locator('td[data-annotator="bob"]').inner_text()
        only_bob = differing.filter(has_text=BOB_ACTOR)
        assert "not listed" in only_bob.locator('td[data-annotator="alice"]').inner_text()
        page.screenshot(path=str(artifact_path("workspace-adjudicate.png")), full_page=True)

        only_alice.locator('td[data-annotator="alice"] input').uncheck()
        only_bob.locator('td[data-annotator="bob"] input').check()
        box.locator('[data-action="use-picked"]').click()
        headline = page.locator('[data-field-name="headline"]')
        headline.locator('td[data-annotator="bob"] input').check()
        headline.locator('[data-action="use-picked"]').click()
        assert page.locator('fieldset[data-list="disagreements"]').count() == 0
        names = page.locator('fieldset[data-list="actors"] [data-field="names"]')
        assert any(BOB_ACTOR in v for v in names.evaluate_all("els => els.map(e => e.value)"))
        page.locator("#save").click()
        page.locator("#save-state").filter(has_text="saved at").wait_for()
        assert errors == []

    (saved,) = load_gold(ws.store.path)
    assert saved.disagreements is None
    assert saved.gold.headline == [BOB_HEADLINE]
    actors = {a.names[0]: a for a in saved.gold.actors or []}
    assert BOB_ACTOR in actors and "Malaysia" not in actors and "Hun Manet" in actors
    assert actors[BOB_ACTOR].origin == "added"  # as bob saved it


def test_compare_article_shows_gold_next_to_a_and_b(served: Served, tmp_path: Path) -> None:
    url = served.url + f"/compare/article?a=seeds-a&b=seeds-b&id={EDITED_IN_B}"
    with browser_page(1400, 1000) as page:
        page.goto(url)
        assert page.locator("#fields thead th").all_inner_texts()[1] == "gold · seeds.jsonl"
        gold_headline = page.locator('tr[data-field="headline"] td.gold').inner_text()
        assert "Cambodia and Malaysia armies pledge closer security cooperation" in gold_headline
        gold_actors = page.locator('tr[data-field="actors"] td.gold li')
        assert gold_actors.count() == 5
        assert "hand-written" in page.locator("#gold-state").inner_text()

    # No reference gold: the annotator's own labels, reviewed items only.
    labels = tmp_path / "labels"
    store = GoldStore(labels, "carol")
    record = GoldRecord.model_validate(
        {
            "id": EDITED_IN_B,
            "gold": {"headline": ["Armies agree"], "origins": {"headline": "edited"}},
            "suggestions": {
                "actors": [{"names": ["Hun Manet"], "kind": "person", "origin": "model"}]
            },
        }
    )
    store.save(record, NEW)
    app, _ = create_app(served.root, annotator="carol", labels_dir=labels)
    with serving(app) as own, browser_page(1400, 1000) as page:
        page.goto(own + f"/compare/article?a=seeds-a&b=seeds-b&id={EDITED_IN_B}")
        assert "carol's labels" in page.locator("#fields thead th").all_inner_texts()[1]
        assert page.locator('tr[data-field="headline"] td.gold').inner_text() == "Armies agree"
        assert "not labelled" in page.locator('tr[data-field="actors"] td.gold').inner_text()
        state = " ".join(page.locator("#gold-state").inner_text().split())
        assert "1 unreviewed model suggestions" in state
        page.screenshot(path=str(artifact_path("workspace-compare-gold.png")), full_page=True)
    assert json.loads(store.path.read_text(encoding="utf-8"))["suggestions"]
