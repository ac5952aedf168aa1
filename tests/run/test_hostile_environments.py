"""Environments as users have them: CRLF .env files, caches and indexes left by another
version or damaged, file names that are not UTF-8. Each either works or says in one line
what to do; nothing stops a run that only a cache or an index is wrong for."""

from __future__ import annotations

import os
import sqlite3

import pytest

from newsbrief.cli import common
from newsbrief.run.cache import CACHE_FILE
from newsbrief.run.damaged import is_damage
from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import write_archive
from tests.support.cli import run_cli_stderr
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch):
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 400)


def cli(capsys, *args):
    """(exit code, stderr on one line) of `briefing ARGS`."""
    return run_cli_stderr(capsys, *args)


@pytest.fixture
def server():
    with FakeOpenAIServer() as srv:
        yield srv


def test_a_crlf_env_base_url_and_key_are_stripped_and_the_run_works(
    server, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url + "\r")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-local-0123456789\r")
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    code, err = cli(
        capsys, "run", path, "--model", "openai:m", "--run-dir", tmp_path / "run", "--no-cache"
    )
    assert code == 0, err
    manifest = read_manifest(tmp_path / "run")
    assert (manifest.status, manifest.counts.ok, manifest.counts.errors) == ("finished", 3, 0)
    sent = server.requests[0]
    assert sent.path.endswith("/chat/completions")


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/v 1", "http://127.0.0.1:9/v1\r\nX: y"])
def test_a_base_url_with_white_space_inside_is_refused_in_one_line(
    tmp_path, capsys, monkeypatch, url
):
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    path = tmp_path / "in.jsonl"
    write_archive(path, 1)
    code, err = cli(capsys, "run", path, "--model", "openai:m", "--run-dir", tmp_path / "run")
    assert code == 2
    assert "holds white space or a control character" in err and "Traceback" not in err
    assert not (tmp_path / "run" / "briefings.jsonl").exists()


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE responses (k TEXT PRIMARY KEY, v TEXT)",  # other column names
        "CREATE TABLE responses (key TEXT PRIMARY KEY, value TEXT, extra TEXT NOT NULL)",
        "CREATE TABLE responses (key TEXT, value TEXT, CHECK (length(key) > 40))",
    ],
    ids=["other-columns", "extra-required-column", "check-constraint"],
)
def test_a_cache_of_another_schema_is_set_aside_and_the_run_uses_a_new_one(
    server, tmp_path, capsys, monkeypatch, schema
):
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    with sqlite3.connect(cache_dir / CACHE_FILE) as db:
        db.execute(schema)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    code, err = cli(capsys, "run", path, "--model", "openai:m", "--run-dir", tmp_path / "run")
    assert code == 0, err
    assert "was damaged" in err and "moved to" in err
    manifest = read_manifest(tmp_path / "run")
    assert (manifest.counts.ok, manifest.counts.errors) == (3, 0)
    assert list(cache_dir.glob(f"{CACHE_FILE}.corrupt-*"))  # kept for a look
    code, _ = cli(capsys, "run", path, "--model", "openai:m", "--run-dir", tmp_path / "again")
    assert code == 0 and len(server.completion_requests) == 3  # the new cache answers


@pytest.mark.parametrize(
    ("error", "damage"),
    [
        (sqlite3.DatabaseError("file is not a database"), True),
        (sqlite3.OperationalError("no such column: value"), True),
        (sqlite3.OperationalError("no such table: responses"), True),
        (sqlite3.OperationalError("table responses has no column named value"), True),
        (sqlite3.OperationalError("database disk image is malformed"), True),
        (sqlite3.IntegrityError("NOT NULL constraint failed: responses.extra"), True),
        (sqlite3.OperationalError("database is locked"), False),
        (sqlite3.OperationalError("attempt to write a readonly database"), False),
        (sqlite3.OperationalError("unable to open database file"), False),
        (sqlite3.OperationalError("disk I/O error"), False),
    ],
)
def test_damage_is_told_from_a_busy_or_unreadable_file(error, damage):
    """Busy or unreadable is the user's to fix (one line); damage is set aside."""
    assert is_damage(error) is damage


def test_a_cache_entry_of_another_shape_is_a_miss_not_an_internal_error(
    server, tmp_path, capsys, monkeypatch
):
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    args = ["run", path, "--model", "openai:m", "--quiet"]
    assert cli(capsys, *args, "--run-dir", tmp_path / "run")[0] == 0
    with sqlite3.connect(cache_dir / CACHE_FILE) as db:  # another version's entries
        db.execute("UPDATE responses SET value = '[1, 2, 3]'")
    code, err = cli(capsys, *args, "--run-dir", tmp_path / "again")
    assert code == 0, err
    manifest = read_manifest(tmp_path / "again")
    assert (manifest.counts.ok, manifest.counts.errors) == (2, 0)
    assert len(server.completion_requests) == 4  # asked again, not failed


def test_a_file_name_that_is_not_utf8_is_an_error_record_not_a_traceback(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    text = (
        "Council approves the bridge\n\nThe council approved the repair of the old bridge "
        "on Monday, the mayor said. Work starts in May and will take a year."
    )
    (folder / "good.txt").write_text(text, encoding="utf-8")
    bad = os.fsencode(folder) + b"/caf\xe9-report.txt"  # Latin-1 bytes in the name
    with open(bad, "w", encoding="utf-8") as handle:
        handle.write(text)
    code, err = cli(capsys, "run", folder, "--run-dir", tmp_path / "run", "--no-cache")
    assert code == 0, err
    assert "Traceback" not in err
    manifest = read_manifest(tmp_path / "run")
    assert (manifest.counts.ok, manifest.counts.errors) == (1, 1)
    errors = (tmp_path / "run" / "errors.jsonl").read_text(encoding="utf-8")
    assert "not UTF-8" in errors and "rename" in errors
