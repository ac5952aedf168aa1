"""Review state of gold, table-driven: what counts as reviewed gold, what stays a model
suggestion, which fields are left unscored, self-agreement, duplicates, and how
`gold validate` and `gold agreement` count them. Every expected number is counted by
hand from the records written out in the table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbrief.cli import main
from newsbrief.evals.agreement import agreement
from newsbrief.evals.goldio import load_gold, parse_gold_lines
from newsbrief.evals.goldreview import (
    count_review,
    duplicate_items,
    pending_fields,
    scorable_gold,
    self_agreement,
    unreviewed_line,
)
from newsbrief.evals.scoring import score_run
from newsbrief.schemas import GoldRecord
from tests.support.eval_runs import briefing, write_gold, write_run

SEEDS_GOLD = Path(__file__).resolve().parents[2] / "evals" / "gold" / "seeds.jsonl"


def actor(name: str, origin: str | None = None, span: tuple[int, int] | None = None) -> dict:
    out: dict[str, Any] = {"names": [name], "kind": "person"}
    if origin:
        out["origin"] = origin
    if span:
        out["spans"] = [{"start": span[0], "end": span[1]}]
    return out


def phrase(text: str, origin: str | None = None, span: tuple[int, int] | None = None) -> dict:
    out: dict[str, Any] = {"alternatives": [text]}
    if origin:
        out["origin"] = origin
    if span:
        out["span"] = {"start": span[0], "end": span[1]}
    return out


def record(gold: dict, suggestions: dict | None = None, **extra: Any) -> GoldRecord:
    raw: dict[str, Any] = {"id": extra.pop("id", "a1"), "gold": gold, **extra}
    if suggestions is not None:
        raw["suggestions"] = suggestions
    return GoldRecord.model_validate(raw)


# (case, record, reviewed by origin, suggestions, fields reviewed in part)
COUNTS = [
    (
        "old gold: no origins, every item hand-written and reviewed",
        record({"headline": ["H"], "actors": [actor("A"), actor("B")], "topics": ["politics"]}),
        {"hand": 4},
        0,
        [],
    ),
    (
        "1 of 31 reviewed: the headline accepted, 30 suggestions",
        record(
            {"headline": ["H"], "origins": {"headline": "model"}},
            {
                "summary": ["S"],
                "topics": ["politics"],
                "actors": [actor(f"P{i}", "model") for i in range(10)],
                "key_points": [phrase(f"k{i}", "model") for i in range(10)],
                "five_w1h": {"who": [phrase(f"w{i}", "model") for i in range(8)]},
                "origins": {"summary": "model", "topics": "model"},
            },
        ),
        {"model": 1},
        30,
        [],
    ),
    (
        "the issue's case: 1 accepted, headline edited, actor added, 28 left",
        record(
            {
                "headline": ["H2"],
                "origins": {"headline": "edited"},
                "actors": [actor("P0", "model"), actor("New", "added")],
            },
            {"actors": [actor(f"P{i}", "model") for i in range(1, 29)]},
        ),
        {"model": 1, "edited": 1, "added": 1},
        28,
        ["actors"],
    ),
    (
        "rejected everything in a field: labelled empty, nothing pending",
        record({"actors": [], "five_w1h": {"why": "not stated"}}),
        {"hand": 1},
        0,
        [],
    ),
    (
        "a 5W1H question reviewed in part",
        record(
            {"five_w1h": {"who": [phrase("X", "model")], "when": [phrase("May", "added")]}},
            {"five_w1h": {"who": [phrase("Y", "model")]}},
        ),
        {"model": 1, "added": 1},
        1,
        ["five_w1h.who"],
    ),
]


@pytest.mark.parametrize(
    ("case", "rec", "reviewed", "suggestions", "partial"), COUNTS, ids=[c[0] for c in COUNTS]
)
def test_counts(
    case: str, rec: GoldRecord, reviewed: dict, suggestions: int, partial: list[str]
) -> None:
    counts = count_review([rec])
    assert dict(counts.reviewed) == reviewed
    assert counts.suggestions == suggestions
    assert pending_fields(rec) == partial
    assert counts.partial_fields == len(partial)


def test_the_save_line_says_how_many_were_left() -> None:
    one_of_31 = COUNTS[1][1]
    assert unreviewed_line(count_review([one_of_31])) == (
        "30 of 31 not reviewed: saved as suggestions, not gold"
    )
    issue_case = COUNTS[2][1]
    assert unreviewed_line(count_review([issue_case])) == (
        "28 of 31 not reviewed: saved as suggestions, not gold"
    )
    assert unreviewed_line(count_review([COUNTS[0][1]])) == "all 4 items reviewed: saved as gold"


def test_scorable_gold_drops_fields_reviewed_in_part_and_never_holds_suggestions() -> None:
    issue_case = scorable_gold(COUNTS[2][1])
    assert issue_case.actors is None  # 2 reviewed + 28 pending: not scored yet
    assert issue_case.headline == ["H2"]
    question = scorable_gold(COUNTS[4][1])
    assert question.five_w1h is not None
    assert question.five_w1h.who is None and question.five_w1h.when is not None
    one_of_31 = scorable_gold(COUNTS[1][1])
    assert one_of_31.summary is None and one_of_31.actors is None  # only suggested


# (case, records, run id, accepted unchanged, scored gold items, articles, share)
SELF = [
    (
        "headline accepted from this run: 1 of 1",
        [record({"headline": ["H"], "origins": {"headline": "model"}}, source_run="r1")],
        "r1",
        1,
        1,
        1,
        1.0,
    ),
    (
        "the same gold scored against another run: no self-agreement",
        [record({"headline": ["H"], "origins": {"headline": "model"}}, source_run="r1")],
        "r2",
        0,
        1,
        0,
        0.0,
    ),
    (
        "edited and added items are the annotator's: 2 of 5",
        [
            record(
                {
                    "actors": [actor("A", "model"), actor("B", "edited"), actor("C", "added")],
                    "headline": ["H"],
                    "origins": {"headline": "model"},
                    "topics": ["politics"],
                },
                source_run="r1",
            )
        ],
        "r1",
        2,
        5,
        1,
        0.4,
    ),
    (
        "fields reviewed in part are not scored, so not counted: 1 of 2",
        [
            record(
                {"actors": [actor("A", "model")], "headline": ["H"]},
                {"actors": [actor("Z", "model")]},
                source_run="r1",
            ),
            record({"summary": ["S"], "origins": {"summary": "model"}}, id="a2", source_run="r1"),
        ],
        "r1",
        1,
        2,
        1,
        0.5,
    ),
    ("old hand-written gold never self-agrees", [COUNTS[0][1]], "r1", 0, 4, 0, 0.0),
]


@pytest.mark.parametrize(
    ("case", "records", "run", "accepted", "scored", "articles", "share"),
    SELF,
    ids=[c[0] for c in SELF],
)
def test_self_agreement(
    case: str,
    records: list[GoldRecord],
    run: str,
    accepted: int,
    scored: int,
    articles: int,
    share: float,
) -> None:
    found = self_agreement(records, run)
    assert (found.accepted_unchanged, found.reviewed, found.articles) == (
        accepted,
        scored,
        articles,
    )
    assert found.share == pytest.approx(share)
    assert (found.warning() is not None) == (accepted > 0)


# (case, record, [(path, severity)])
DUPLICATES = [
    (
        "an actor added from a selection the model already listed",
        record(
            {"actors": [actor("Hun Manet", "added", (10, 19))]},
            {"actors": [actor("Hun Manet", "model", (10, 19))]},
        ),
        [("gold.actors.0", "error")],
    ),
    (
        "two gold quotes at one span",
        record(
            {
                "quotes": [
                    {"text": "q", "span": {"start": 0, "end": 5}},
                    {"text": "q", "span": {"start": 0, "end": 5}},
                ]
            }
        ),
        [("gold.quotes.1", "error")],
    ),
    (
        "the model listed one 'who' twice: only a warning",
        record(
            {}, {"five_w1h": {"who": [phrase("X", "model", (3, 4)), phrase("X", "model", (3, 4))]}}
        ),
        [("suggestions.five_w1h.who.1", "warning")],
    ),
    (
        "same span, different kinds (an actor and a 'who' answer) is fine",
        record(
            {"actors": [actor("X", span=(3, 4))], "five_w1h": {"who": [phrase("X", span=(3, 4))]}}
        ),
        [],
    ),
    (
        "two events may share a place",
        record(
            {
                "events": [
                    {"what": ["a"], "where": "P", "where_span": {"start": 1, "end": 2}},
                    {"what": ["b"], "where": "P", "where_span": {"start": 1, "end": 2}},
                ]
            }
        ),
        [],
    ),
]


@pytest.mark.parametrize(("case", "rec", "expected"), DUPLICATES, ids=[c[0] for c in DUPLICATES])
def test_duplicates(case: str, rec: GoldRecord, expected: list[tuple[str, str]]) -> None:
    assert [(path, severity) for path, _, severity in duplicate_items(rec)] == expected


def _write(path: Path, records: list[GoldRecord]) -> Path:
    path.write_text(
        "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_validate_counts_reviewed_and_suggestions_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "g.jsonl", [COUNTS[0][1], COUNTS[2][1].model_copy(update={"id": "b"})])
    main(["gold", "validate", str(path)])
    out = " ".join(capsys.readouterr().out.split())
    assert "2 valid records, 0 errors, 0 warnings" in out
    # hand 4 + model 1 + edited 1 + added 1 = 7 reviewed; 28 suggestions in 1 record
    assert (
        "7 reviewed gold items (1 accepted from the model unchanged, 1 edited, "
        "1 added by the annotator, 4 hand-written); 28 unreviewed model suggestions in "
        "1 record(s), not gold and never scored; 1 field(s) reviewed in part" in out
    )


def test_validate_refuses_a_duplicate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "g.jsonl", [DUPLICATES[0][1]])
    with pytest.raises(SystemExit) as info:
        main(["gold", "validate", str(path)])
    assert info.value.code == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "1 valid records, 1 errors" in out and "duplicate" in out
    records, problems = parse_gold_lines([path.read_bytes()])
    assert records and [p.severity for p in problems] == ["error"]
    assert problems[0].field == "gold.actors.0"
    assert problems[0].message.startswith(
        "duplicate actor: same span 10-19 as suggestions.actors.0"
    )


def test_old_gold_files_read_as_reviewed_gold() -> None:
    records = load_gold(SEEDS_GOLD)
    counts = count_review(records)
    assert counts.suggestions == 0 and counts.partial_fields == 0
    assert set(counts.reviewed) == {"hand"} and counts.reviewed_items > 100
    assert all(scorable_gold(r) == r.gold for r in records)


def test_agreement_compares_reviewed_gold_only(tmp_path: Path) -> None:
    """bob lists actors A, B, D and key points k1, k2 (hand-written gold).

    alice reviewed actors A (accepted) and B (edited) and no other actor was suggested:
    2 matched, F1 = 2*2/(2+3) = 0.8. Her key points: k1 reviewed, k2 still a suggestion,
    so the field is reviewed in part and not compared (articles 0). When the model also
    suggested actor C and she has not reviewed it, actors is reviewed in part too: not
    compared, rather than C counting as her answer (which would give 2*2/(3+3))."""
    alice = record(
        {
            "actors": [actor("Ann Lee", "model"), actor("Bo Chan", "edited")],
            "key_points": [phrase("k1", "model")],
        },
        {"key_points": [phrase("k2", "model")]},
        annotator="alice",
    )
    alice_with_c = record(
        alice.gold.model_dump(exclude_none=True),
        {"key_points": [phrase("k2", "model")], "actors": [actor("Cy Dao", "model")]},
        annotator="alice",
    )
    bob = record(
        {
            "actors": [actor("Ann Lee"), actor("Bo Chan"), actor("Di Eng")],
            "key_points": [phrase("k1"), phrase("k2")],
        },
        annotator="bob",
    )
    scores = {p.field: p for p in agreement({"alice": [alice], "bob": [bob]}).pairs}
    assert scores["actors"].f1 == pytest.approx(0.8)
    assert (scores["actors"].items_first, scores["actors"].items_second) == (2, 3)
    assert scores["key_points"].articles == 0
    report = agreement({"alice": [alice_with_c], "bob": [bob]})
    scores = {p.field: p for p in report.pairs}
    assert scores["actors"].articles == 0 and scores["key_points"].articles == 0
    assert report.review["alice"].suggestions == 2 and report.review["bob"].suggestions == 0
    # The CLI prints both annotators' counts and writes them to the JSON report.
    files = [
        _write(tmp_path / f"{n}.jsonl", [r]) for n, r in (("alice", alice_with_c), ("bob", bob))
    ]
    main(["gold", "agreement", *map(str, files), "--json", str(tmp_path / "a.json")])
    review = json.loads((tmp_path / "a.json").read_text())["review"]
    assert review["alice"]["unreviewed_suggestions"] == 2
    assert review["alice"]["fields_reviewed_in_part"] == 2  # actors (C) and key_points
    assert review["alice"]["by_origin"] == {"model": 2, "edited": 1, "added": 0, "hand": 0}
    assert review["bob"]["by_origin"]["hand"] == 5


def test_eval_scores_reviewed_items_only(tmp_path: Path) -> None:
    """a1: headline reviewed (edited), summary only suggested; a2: only suggestions (no
    gold yet); a3: only suggestions and not in the run (not 'gold missing from the run')."""
    run = write_run(tmp_path / "run", {"a1": briefing(), "a2": briefing()})
    suggested = {
        "summary": ["Cambodia and Malaysia agreed to cooperate."],
        "origins": {"summary": "model"},
    }
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [
            record(
                {"headline": ["Armies agree to cooperate"], "origins": {"headline": "edited"}},
                suggested,
                id="a1",
            ),
            record({}, suggested, id="a2"),
            record({}, suggested, id="a3"),
        ],
    )
    result = score_run(run, gold)
    coverage = result.coverage()
    assert (coverage["scored_with_gold"], coverage["gold_missing_from_run"]) == (1, 0)
    aggregate = result.aggregate()
    assert aggregate["headline.rougeL"] == {"mean": 1.0, "n": 1}
    assert aggregate["summary.rougeL"]["n"] == 0  # suggested everywhere: never scored
    review = result.gold_review()
    assert (review["reviewed_items"], review["unreviewed_suggestions"]) == (1, 3)
    assert review["self_agreement"]["accepted_unchanged"] == 0  # edited, not accepted as is


def test_an_article_with_only_suggestions_is_not_labelled_by_that_annotator() -> None:
    """bob labelled a1 and a2 by hand; alice reviewed a1 only (a2 holds suggestions):
    one shared article, not two."""
    bob = [record({"actors": [actor("Ann Lee")]}, id=i) for i in ("a1", "a2")]
    alice = [
        record({"actors": [actor("Ann Lee", "model")]}, id="a1"),
        record({}, {"actors": [actor("Ann Lee", "model")]}, id="a2"),
    ]
    report = agreement({"alice": alice, "bob": bob})
    assert report.shared_articles == 1
    assert next(p for p in report.pairs if p.field == "actors").articles == 1
