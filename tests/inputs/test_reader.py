"""The reader streams archives and turns every bad line into a problem with its line number."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.inputs.reader import (
    FieldMap,
    InputProblem,
    find_article,
    read_articles,
    read_text_article,
)
from newsbrief.schemas import Article


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_good_bad_and_blank_lines(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": "Alpha.", "title": "A", "extra": 1}).encode(),
            b"{not json",
            b"",
            json.dumps({"id": "b"}).encode(),
            json.dumps({"id": "c", "text": "   "}).encode(),
            b'{"id": "d", "text": "caf\xe9"}',
            json.dumps([1, 2]).encode(),
            json.dumps({"id": 5, "text": "Five."}).encode(),
        ],
    )
    items = list(read_articles(path))
    numbers = [n for n, _ in items]
    assert numbers == [1, 2, 4, 5, 6, 7, 8]  # the blank line 3 is not an article
    by_line = dict(items)
    assert isinstance(by_line[1], Article)
    assert by_line[1].meta == {"extra": 1}
    expected = {
        2: "malformed JSON",
        4: "no 'text' field",
        5: "article text is empty",
        6: "invalid UTF-8",
        7: "not an object",
    }
    for line, fragment in expected.items():
        problem = by_line[line]
        assert isinstance(problem, InputProblem)
        assert fragment in problem.message
        assert problem.line == line
    assert by_line[4].id == "b"  # type: ignore[union-attr]
    assert by_line[8].id == "5"  # type: ignore[union-attr]


def test_gzip_field_mapping_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for i in range(5):
            handle.write(json.dumps({"doc_id": f"n{i}", "body": f"Text {i}."}) + "\n")
    items = list(read_articles(path, FieldMap(id="doc_id", text="body"), limit=3))
    assert [a.id for _, a in items] == ["n0", "n1", "n2"]  # type: ignore[union-attr]
    assert find_article(path, "n4", FieldMap(id="doc_id", text="body")).text == "Text 4."


def test_missing_input_and_missing_id_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        list(read_articles(tmp_path / "missing.jsonl"))
    path = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": "x"}).encode()])
    with pytest.raises(InputError, match="no article with id 'zz'"):
        find_article(path, "zz")


def test_text_article_takes_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("\nTitle line\n\nBody text.\n", encoding="utf-8")
    article = read_text_article(path)
    assert article.id == "story"
    assert article.title == "Title line"
    lede = tmp_path / "lede.txt"
    lede.write_text(
        "The army chief said on Monday that talks will resume next week.\nMore.", encoding="utf-8"
    )
    assert read_text_article(lede).title is None  # a first sentence is not a title
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_text_article(tmp_path / "empty.txt")
