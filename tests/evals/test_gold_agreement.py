"""Agreement between annotators and the merge, against values computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.evals.adjudicate import merge_gold
from newsbrief.evals.agreement import agreement, nominal_alpha
from newsbrief.evals.goldio import load_gold, write_jsonl
from newsbrief.schemas import GoldRecord
from newsbrief.schemas.topics import TOPICS


def _record(article: str, **gold: object) -> GoldRecord:
    return GoldRecord.model_validate({"id": article, "gold": gold})


def _actor(name: str, kind: str) -> dict[str, object]:
    return {"names": [name], "kind": kind}


# Two annotators, two articles. Actors, by hand:
#   a1: A = Hun Manet (person), Zamrose Mohd Zain (person), Cambodia (country)
#       B = Hun Manet (person), Zamrose Mohd Zain (organisation), Malaysia (country)
#   a2: A = ASEAN (organisation)          B = ASEAN (organisation), Thailand (country)
# Matched pairs: Hun Manet, Zamrose, ASEAN = 3; items 4 (A) + 5 (B): F1 = 6/9 = 2/3.
ALICE = [
    _record(
        "a1",
        actors=[
            _actor("Hun Manet", "person"),
            _actor("Zamrose Mohd Zain", "person"),
            _actor("Cambodia", "country"),
        ],
        topics=["defence", "diplomacy"],
        relations=[{"parties": ["Cambodia", "Malaysia"], "kind": "cooperation"}],
    ),
    _record("a2", actors=[_actor("ASEAN", "organisation")], topics=["diplomacy"]),
    _record("only-alice", actors=[_actor("Someone", "person")]),
]
BOB = [
    _record(
        "a1",
        actors=[
            _actor("Hun Manet", "person"),
            _actor("Zamrose Mohd Zain", "organisation"),
            _actor("Malaysia", "country"),
        ],
        topics=["defence"],
        relations=[{"parties": ["Malaysia", "Cambodia"], "kind": "Cooperation"}],
    ),
    _record(
        "a2",
        actors=[_actor("ASEAN", "organisation"), _actor("Thailand", "country")],
        topics=["diplomacy"],
    ),
]


def test_nominal_alpha_matches_the_hand_computed_coincidence_matrix() -> None:
    # Units (p,p) (p,o) (o,o) (c,c): o_po = o_op = 1, n_p = n_o = 3, n_c = 2, n = 8.
    # D_o = 2/8; D_e = 2(3*3 + 3*2 + 3*2) / (8*7) = 42/56; alpha = 1 - (1/4)/(3/4) = 2/3.
    units = [
        {"a": "person", "b": "person"},
        {"a": "person", "b": "org"},
        {"a": "org", "b": "org"},
        {"a": "country", "b": "country"},
        {"a": "person"},  # one value: not pairable, changes nothing
    ]
    assert nominal_alpha(units, ["a", "b"]) == pytest.approx(2 / 3)
    assert nominal_alpha([{"a": "x", "b": "x"}], ["a", "b"]) is None  # one value: undefined


def test_pairwise_f1_alpha_and_disagreements_by_hand() -> None:
    report = agreement({"alice": ALICE, "bob": BOB})
    assert report.shared_articles == 2
    scores = {score.field: score for score in report.pairs}
    actors = scores["actors"]
    assert (actors.articles, actors.matched, actors.items_first, actors.items_second) == (
        2,
        3,
        4,
        5,
    )
    assert actors.f1 == pytest.approx(2 / 3)
    # Topics: a1 {defence, diplomacy} vs {defence}, a2 {diplomacy} both: 2*2/(3+2) = 0.8.
    assert scores["topics"].f1 == pytest.approx(0.8)
    # Relations: the same parties in another order match; kinds differ only in case.
    assert scores["relations"].f1 == 1.0
    assert scores["quotes"].f1 is None and scores["quotes"].articles == 0  # unlabelled

    # Actor kind units: Hun Manet (p,p), Zamrose (p,o), ASEAN (o,o) + singletons:
    # o_po = o_op = 1, n_p = 3, n_o = 3, n = 6: D_o = 2/6, D_e = 2*9/30, alpha = 4/9.
    alpha, units = report.alphas["actors.kind"]
    assert units == 3
    assert alpha == pytest.approx(1 - (2 / 6) / (18 / 30))
    # Topics: 2 articles x the vocabulary, coded 0/1; one unit (a1, diplomacy) differs.
    topic_alpha, topic_units = report.alphas["topics"]
    n = 2 * 2 * len(TOPICS)  # pairable values
    ones = 2 + 1 + 2  # a1: defence x2, diplomacy x1; a2: diplomacy x2
    zeros = n - ones
    expected = 1 - (2 / n) / (2 * ones * zeros / (n * (n - 1)))
    assert topic_units == 2 * len(TOPICS)
    assert topic_alpha == pytest.approx(expected)
    assert report.alphas["relations.kind"][0] is None  # one matched pair, one value

    found = {(d.article, d.field): d for d in report.disagreements}
    a1 = found[("a1", "actors")]
    assert a1.only_first == ["Cambodia"] and a1.only_second == ["Malaysia"]
    assert a1.attributes == ["kind of Zamrose Mohd Zain: person vs organisation"]
    assert found[("a2", "actors")].only_second == ["Thailand"]
    assert ("a1", "relations") not in found


def test_merge_keeps_agreed_fields_and_every_disagreement() -> None:
    merged, stats = merge_gold({"alice": ALICE, "bob": BOB})
    by_id = {r.id: r for r in merged}
    assert (stats.articles, stats.single, stats.agreed, stats.disputed) == (3, 1, 0, 2)
    a1 = by_id["a1"]
    assert a1.annotator == "adjudicated" and a1.source == "merged from alice, bob"
    assert a1.disagreements is not None
    assert set(a1.disagreements) == {"actors", "topics"}  # relations agreed
    assert a1.disagreements["topics"] == {"alice": ["defence", "diplomacy"], "bob": ["defence"]}
    assert a1.gold.actors == ALICE[0].gold.actors  # the first annotator's value stands
    assert by_id["only-alice"] == ALICE[2]


def test_gold_agreement_and_merge_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "alice.jsonl", tmp_path / "bob.jsonl"
    write_jsonl(a, ALICE)
    write_jsonl(b, BOB)
    report = tmp_path / "agreement.json"
    main(["gold", "agreement", str(a), str(b), "--json", str(report)])
    out = capsys.readouterr().out
    assert "actors" in out and "0.667" in out and "Thailand" in out
    data = json.loads(report.read_text())
    actors = next(p for p in data["pairs"] if p["field"] == "actors")
    assert actors["f1"] == pytest.approx(2 / 3)
    merged = tmp_path / "merged.jsonl"
    main(["gold", "merge", str(a), str(b), "-o", str(merged)])
    records = load_gold(merged)  # the merged file validates
    assert [r.id for r in records] == ["a1", "a2", "only-alice"]
    with pytest.raises(SystemExit) as exit_info:
        main(["gold", "agreement", str(a)])
    assert exit_info.value.code == 2
