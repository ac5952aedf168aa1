"""Intake: done articles are skipped (from the raw id when it leads the line), the rest
come through exactly as the reader yields them, and --limit counts lines the same way."""

from __future__ import annotations

import json
from array import array

from newsbrief.inputs.reader import FieldMap, InputProblem, read_articles
from newsbrief.run.intake import Intake
from newsbrief.run.resume import ResumeIndex, content_key, id_key, line_digest


def write_lines(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


LINES = [
    json.dumps({"id": "a", "text": "A."}),
    json.dumps({"text": "B.", "id": "b"}),  # id not first: full parse
    "",  # blank: not an article
    json.dumps({"id": 'quo"te', "text": "C."}),  # escaped id: full parse
    "{broken",
    json.dumps({"id": "ünï", "text": "D."}, ensure_ascii=False),
    json.dumps({"id": "e", "text": "E."}, separators=(",", ":")),
]


def ids(items):
    return [
        item.id if not isinstance(item, InputProblem) else f"line:{item.line}" for _, item in items
    ]


def test_nothing_done_yields_exactly_what_the_reader_yields(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, LINES)
    for limit in (None, 1, 3, 4, 10):
        assert ids(Intake(path, FieldMap(), ResumeIndex(), limit)) == ids(
            read_articles(path, FieldMap(), limit)
        )


def test_done_articles_and_done_bad_lines_are_skipped(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, LINES)
    done = ResumeIndex(
        array(
            "Q",
            [
                id_key("a"),
                id_key("b"),
                id_key('quo"te'),
                content_key(line_digest(b"{broken\n"), 0),  # bad lines: by content
                id_key("ünï"),
                id_key("e"),
            ],
        )
    )
    intake = Intake(path, FieldMap(), done)
    assert ids(intake) == []
    assert intake.skipped == 6
    partly = Intake(path, FieldMap(), ResumeIndex(array("Q", [id_key("a"), id_key("e")])), limit=4)
    assert ids(partly) == ["b", 'quo"te', "line:5"]
    assert partly.skipped == 1


def test_a_mapped_id_field_is_read_from_the_raw_line_too(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(
        path, [json.dumps({"doc_id": "x", "body": "X."}), json.dumps({"doc_id": "y", "body": "Y."})]
    )
    fields = FieldMap(id="doc_id", text="body")
    intake = Intake(path, fields, ResumeIndex(array("Q", [id_key("x")])))
    assert ids(intake) == ["y"]
    assert intake.skipped == 1
