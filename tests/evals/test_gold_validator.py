"""The gold validator reports every problem with the right line and dotted field path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.evals.errors import GoldFileError, Problem
from newsbrief.evals.goldio import load_gold, parse_gold_lines, validate_gold_file, write_jsonl
from newsbrief.schemas import NOT_STATED, GoldBriefing, GoldRecord

ARTICLE = "Minister Ana Lima said on May 2: “We will sign the accord.” Chile agreed."
VALID = {
    "id": "a1",
    "text": ARTICLE,
    "gold": {
        "actors": [{"names": ["Ana Lima", "Minister Ana Lima"], "kind": "person"}],
        "quotes": [{"speaker": ["Ana Lima"], "text": "We will sign the accord."}],
        "events": [{"what": "accord signed", "when": "2024-05-02", "when_text": "May 2"}],
        "five_w1h": {"why": NOT_STATED, "who": [{"alternatives": ["Ana Lima"], "weight": 1}]},
    },
}


def line(**changes: object) -> str:
    """VALID with top-level or gold-level keys replaced, as one JSONL line."""
    record = json.loads(json.dumps(VALID))
    for key, value in changes.items():
        target = record if key in ("id", "text", "title", "extra") else record["gold"]
        target[key] = value
    return json.dumps(record, ensure_ascii=False)


def problems_of(*lines: str) -> list[Problem]:
    return parse_gold_lines(item.encode("utf-8") for item in lines)[1]


CASES = [
    # (description, lines, expected (line, field, severity, message fragment))
    ("malformed JSON", [line(), '{"id": "b", '], (2, "", "error", "malformed JSON")),
    ("not an object", ["[1, 2]"], (1, "", "error", "expected a JSON object")),
    ("missing gold", ['{"id": "b"}'], (1, "gold", "error", "Field required")),
    ("unknown field", [line(extra=1)], (1, "extra", "error", "Extra inputs")),
    (
        "bad actor kind",
        [line(actors=[{"names": "X", "kind": "robot"}])],
        (1, "gold.actors.0.kind", "error", "'person'"),
    ),
    (
        "empty alternative",
        [line(), line(id="b", key_points=[{"alternatives": [" "]}])],
        (2, "gold.key_points.0.alternatives", "error", "non-empty alternative"),
    ),
    (
        "bad event date",
        [line(events=[{"what": "x", "when": "2024-13"}])],
        (1, "gold.events.0.when", "error", "YYYY-MM"),
    ),
    (
        "bad 5W1H value",
        [line(five_w1h={"when": "unknown"})],
        (1, "gold.five_w1h.when", "error", "'not stated'"),
    ),
    (
        "weight out of range",
        [line(key_points=[{"alternatives": "x", "weight": 2}])],
        (1, "gold.key_points.0.weight", "error", "less than or equal to 1"),
    ),
    ("bad topic", [line(topics=["sports"])], (1, "gold.topics.0", "error", "'politics'")),
    (
        "relation with one party",
        [line(relations=[{"parties": ["Chile"], "kind": "x"}])],
        (1, "gold.relations.0.parties", "error", "at least 2"),
    ),
    ("duplicate id", [line(), line()], (2, "id", "error", "first on line 1")),
    ("empty id", [line(id="  ")], (1, "id", "error", "id is empty")),
    (
        "quote not verbatim",
        [line(quotes=[{"text": "We shall sign"}])],
        (1, "gold.quotes.0.text", "warning", "does not occur verbatim"),
    ),
    (
        "speaker not verbatim",
        [
            line(
                quotes=[
                    {"speaker": ["Ana"], "text": "accord"},
                    {"speaker": ["Ana Lima", "A. Lima"], "text": "accord"},
                ]
            )
        ],
        (1, "gold.quotes.1.speaker.1", "warning", "'A. Lima'"),
    ),
    (
        "alias not verbatim",
        [line(actors=[{"names": ["Ana Lima", "Dr Lima"], "kind": "person"}])],
        (1, "gold.actors.0.names.1", "warning", "'Dr Lima'"),
    ),
    (
        "when_text not verbatim",
        [line(events=[{"what": "x", "when_text": "2 May"}])],
        (1, "gold.events.0.when_text", "warning", "'2 May'"),
    ),
    (
        "party not verbatim",
        [line(relations=[{"parties": ["Chile", "Peru"], "kind": "x"}])],
        (1, "gold.relations.0.parties.1", "warning", "'Peru'"),
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_problem_is_reported_at_its_line_and_field(
    lines: list[str], expected: tuple[int, str, str, str]
) -> None:
    found = problems_of(*lines)
    number, field, severity, fragment = expected
    assert len(found) == 1, found
    problem = found[0]
    assert (problem.line, problem.field, problem.severity) == (number, field, severity)
    assert fragment in problem.message


def test_every_problem_in_a_file_is_reported_not_just_the_first() -> None:
    found = problems_of(
        line(),
        "",  # blank lines are allowed and still counted
        "not json",
        line(id="c", actors=[{"names": "Ana Lima", "kind": "robot"}], topics=["x"]),
        line(quotes=[{"text": "invented"}]),
    )
    assert [(p.line, p.field) for p in found] == [
        (3, ""),
        (4, "gold.actors.0.kind"),
        (4, "gold.topics.0"),
        (5, "gold.quotes.0.text"),
        (5, "id"),
    ]


def test_verbatim_check_collapses_whitespace_but_keeps_case() -> None:
    spaced = line(text=ARTICLE.replace("Ana Lima", "Ana\n  Lima"))
    assert problems_of(spaced) == []
    assert [p.field for p in problems_of(line(quotes=[{"text": "we will sign"}]))] == [
        "gold.quotes.0.text"
    ]


def test_items_are_not_checked_when_the_record_ships_no_text() -> None:
    record = json.loads(line(quotes=[{"text": "anything at all"}]))
    del record["text"]
    assert problems_of(json.dumps(record)) == []


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert validate_gold_file(path) == [Problem(0, "", "no gold records: the file is empty")]


def test_non_utf8_line_is_reported_and_the_rest_still_checked(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "\xff"}\n' + line(id="ok").encode() + b"\n")
    found = validate_gold_file(path)
    assert [(p.line, p.field) for p in found] == [(1, "")]
    assert "invalid UTF-8" in found[0].message


def test_load_gold_raises_with_every_error_and_ignores_warnings(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([line(), "oops", line(id="b", topics=["x"])]) + "\n")
    with pytest.raises(GoldFileError) as caught:
        load_gold(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(2, ""), (3, "gold.topics.0")]
    assert "briefing gold validate" in str(caught.value)

    path.write_text(line(quotes=[{"text": "not in the article"}]) + "\n")
    records = load_gold(path)
    assert [r.id for r in records] == ["a1"]


def test_unreadable_file_raises_gold_file_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="cannot read"):
        validate_gold_file(tmp_path / "missing.jsonl")


def test_write_jsonl_round_trips_through_load_gold(tmp_path: Path) -> None:
    record = GoldRecord(id="r", text="t", gold=GoldBriefing(topics=["trade"], quotes=[]))
    path = tmp_path / "out" / "gold.jsonl"
    assert write_jsonl(path, [record]) == 1
    assert load_gold(path) == [record]
    # None means unlabelled and is left out; an empty list (labelled: none) is kept.
    assert json.loads(path.read_text())["gold"] == {"quotes": [], "topics": ["trade"]}
