"""Imported regions and review state, table-driven: each region's origin is decided by
what the annotator did with the draft's suggestion (kept, relabelled, half removed,
drawn fresh), and what the tool never showed stays a suggestion."""

from __future__ import annotations

import pytest

from newsbrief.evals.goldreview import count_review, items_of
from newsbrief.schemas import GoldRecord
from newsbrief.workspace.spans import Region, gold_from_regions

TEXT = "Ana Lima met Bo Chan in Lisbon on May 2. Port Authority staff watched."
DRAFT = GoldRecord.model_validate(
    {
        "id": "a1",
        "gold": {},
        "source_run": "run-1",
        "suggestions": {
            "headline": ["Lima meets Chan"],
            "origins": {"headline": "model"},
            "actors": [
                {
                    "names": ["Ana Lima"],
                    "kind": "person",
                    "spans": [{"start": 0, "end": 8}],
                    "origin": "model",
                },
                {
                    "names": ["Bo Chan"],
                    "kind": "person",
                    "spans": [{"start": 13, "end": 20}],
                    "origin": "model",
                },
                {"names": ["Lisbon"], "kind": "country", "origin": "model"},
            ],
            "events": [
                {
                    "what": ["Ana Lima met Bo Chan"],
                    "when_text": "May 2",
                    "when_span": {"start": 34, "end": 39},
                    "where": "Lisbon",
                    "where_span": {"start": 24, "end": 30},
                    "origin": "model",
                }
            ],
        },
    }
)
KEPT_LIMA = Region(0, 8, "Person")
RELABELLED_CHAN = Region(13, 20, "Organisation")
DRAWN = Region(41, 55, "Organisation")
DATE, PLACE = Region(34, 39, "Event date"), Region(24, 30, "Event place")

# (case, regions, {field: [origins of gold items]})
CASES = [
    (
        "everything kept: the model's items, accepted unchanged",
        [KEPT_LIMA, Region(13, 20, "Person"), DATE, PLACE],
        {"actors": ["model", "model"], "events": ["model"]},
    ),
    (
        "a relabelled actor is edited, a drawn one added, a deleted one rejected",
        [KEPT_LIMA, RELABELLED_CHAN, DRAWN, DATE, PLACE],
        {"actors": ["model", "edited", "added"], "events": ["model"]},
    ),
    (
        "an event with its place removed is edited",
        [KEPT_LIMA, DATE],
        {"actors": ["model"], "events": ["edited"]},
    ),
    ("nothing kept: both fields reviewed, none left", [], {"actors": [], "events": []}),
]


@pytest.mark.parametrize(("case", "regions", "expected"), CASES, ids=[c[0] for c in CASES])
def test_origins_follow_what_the_annotator_did(
    case: str, regions: list[Region], expected: dict[str, list[str]]
) -> None:
    got = gold_from_regions("a1", TEXT, regions, DRAFT)
    for name, origins in expected.items():
        assert [item.origin for item in getattr(got.gold, name)] == origins, name
    # Never shown in the tool: the headline and the actor without offsets stay suggestions.
    assert got.gold.headline is None and got.suggestions is not None
    assert got.suggestions.headline == ["Lima meets Chan"]
    assert [a.names[0] for a in got.suggestions.actors or []] == ["Lisbon"]
    assert got.source_run == "run-1"


def test_an_unsubmitted_response_is_all_suggestions() -> None:
    got = gold_from_regions("a1", TEXT, [KEPT_LIMA, DRAWN, DATE], DRAFT, reviewed=False)
    counts = count_review([got])
    assert counts.reviewed_items == 0
    # Lima (model) + drawn (added) + half event (edited) + Lisbon + headline
    assert counts.suggestions == 5
    assert sorted(o for _, o in items_of(got.suggestions)) == [
        "added",
        "edited",
        "model",
        "model",
        "model",
    ]
