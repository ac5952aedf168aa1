"""The guarded reader's decisions, table-driven: the same limits as the run's reader,
whichever walk `guard_tree` chooses (containers only, or strings too when the text
holds a surrogate escape)."""

from __future__ import annotations

import json

import pytest

from newsbrief.inputs.jsonl import BadLine, decode_line, read_json_lines
from newsbrief.inputs.lines import InputLimits, LineProblem


def nested(depth: int, escape: bool = False) -> bytes:
    """A value `depth` containers deep (an object outermost), with or without a
    harmless \\u escape (which sends `guard_tree` down the full walk)."""
    leaf = '"caf\\u00e9"' if escape else '"cafe"'
    return ('{"k": ' + "[" * (depth - 1) + leaf + "]" * (depth - 1) + "}").encode()


# (line, phrase of the problem; None: the line is read)
CASES = [
    (nested(64), None),
    (nested(65), "nested more than 64"),
    (nested(64, escape=True), None),
    (nested(65, escape=True), "nested more than 64"),
    (b'{"k": "' + b"[" * 500 + b'"}', None),  # brackets in a string are text
    (b"[" * 3000 + b"]" * 3000, "nested deeper than the parser can follow"),
    (b'{"n": ' + b"9" * 4300 + b"}", None),
    (b'{"n": ' + b"9" * 4301 + b"}", "more digits"),
    (b'{"\\ud800": 1}', "lone UTF-16 surrogate"),
    (b'{"k": ["\\udfff"]}', "lone UTF-16 surrogate"),
    (b'{"k": "\\ud83d\\ude00"}', None),  # a surrogate pair is one character
    (b'{"k": "\\\\ud800"}', None),  # an escaped backslash, then text
    (b'{"k": "\xff"}', "invalid UTF-8 at byte 7"),
    (b"{not json", "malformed JSON"),
]


@pytest.mark.parametrize(("raw", "phrase"), CASES)
def test_decode_line_decides_as_the_run_does(raw: bytes, phrase: str | None) -> None:
    if phrase is None:
        assert decode_line(raw) == json.loads(raw)
    else:
        with pytest.raises(LineProblem, match=phrase):
            decode_line(raw)


def test_read_json_lines_names_each_bad_line_and_reads_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"a": 1}\n[1]\n\n' + b"x" * 200 + b'\n{"b": 2}\n{"torn": ')
    limits = InputLimits(max_line_bytes=100, max_depth=64, max_text_chars=0)
    got = list(read_json_lines(path, limits))
    assert [n for n, _ in got] == [1, 2, 4, 5, 6]
    assert got[0][1] == {"a": 1} and got[3][1] == {"b": 2}
    bad = {n: item for n, item in got if isinstance(item, BadLine)}
    assert "not an object" in bad[2].reason and "over the 100-byte limit" in bad[4].reason
    assert bad[6].torn and not bad[2].torn
    assert str(bad[2]) == f"{path}:2: line is JSON list, not an object"
