"""Reading archives for Ray: line numbers, blanks, gzip and URIs, as the local reader does."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.ray


@pytest.fixture
def source(ray_extra: None) -> ModuleType:
    from newsbrief.run.ray_engine import source

    return source


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (Path("s3://bucket/archive.jsonl.gz"), "s3://bucket/archive.jsonl.gz"),  # Path folds //
        ("s3://bucket/archive.jsonl", "s3://bucket/archive.jsonl"),
        ("gs://b/x.jsonl", "gs://b/x.jsonl"),
    ],
)
def test_uris_keep_their_scheme(source: ModuleType, given: object, expected: str) -> None:
    assert source.input_location(given) == expected
    assert source.is_uri(expected)


def test_local_paths_become_absolute(
    source: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    location = source.input_location(Path("archive.jsonl"))
    assert location == str(tmp_path / "archive.jsonl")
    assert not source.is_uri(location)


@pytest.mark.parametrize(
    ("raw", "blank"),
    [(b"", True), (b"   \t", True), (b"\xc2\xa0", True), (b"{}", False), (b"\xff\xfe", False)],
)
def test_blank_lines_are_the_ones_parse_line_ignores(
    source: ModuleType, raw: bytes, blank: bool
) -> None:
    from newsbrief.inputs.reader import FieldMap, parse_line

    assert source.is_blank(raw) is blank
    assert (parse_line(raw, 1, FieldMap()) is None) is blank


def test_lines_split_across_read_chunks_come_out_whole(
    source: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow as pa

    monkeypatch.setattr(source, "READ_CHUNK", 7)
    data = b'{"id": "a"}\n\n{"id": "bb"}\nlast-without-newline'
    lines = list(source.iter_lines(pa.PythonFile(io.BytesIO(data), mode="r")))
    assert lines == [b'{"id": "a"}', b"", b'{"id": "bb"}', b"last-without-newline"]


def test_rows_carry_the_input_line_numbers_of_a_gzip_archive(
    ray_instance: ModuleType, tmp_path: Path
) -> None:
    from newsbrief.run.ray_engine.source import JsonlLineSource

    archive = tmp_path / "a.jsonl.gz"
    with gzip.open(archive, "wb") as handle:
        handle.write(b'{"id": "1", "text": "x"}\n\n{not json\n   \n{"id": "5", "text": "y"}')
    rows = ray_instance.data.read_datasource(JsonlLineSource(str(archive))).take_all()
    assert [(row["line"], bytes(row["raw"])) for row in rows] == [
        (1, b'{"id": "1", "text": "x"}'),
        (3, b"{not json"),
        (5, b'{"id": "5", "text": "y"}'),
    ]
