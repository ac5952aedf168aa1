"""Exactly once across edits of the input between sessions, and for repeated ids.

The rule: after a session that read the whole input, every non-blank line has exactly
one record; records of lines since removed or edited are in superseded.jsonl.
"""

from __future__ import annotations

import json

from newsbrief.backends.baseline.backend import BaselineBackend
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import SUPERSEDED, read_errors
from tests.run.exactly_once import assert_exactly_once

TEXT = "The minister of Norway met officials in Oslo on 3 March 2024 to discuss quotas."


def article(ident: str) -> str:
    return json.dumps({"id": ident, "text": f"{TEXT} ({ident})"})


def write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


async def brief(path, run_dir, **options):
    _, manifest = await run(
        RunOptions(input=path, run_dir=run_dir, quiet=True, cache=False, **options),
        BaselineBackend(),
    )
    return manifest


def starting_lines():
    lines = [article(f"a{n}") for n in range(20)]
    lines[4] = "{broken one"
    lines[9] = '{"id": "no-text"}'
    lines[14] = "{broken one"  # the same bad bytes twice: two lines, two records
    return lines


async def test_inserting_lines_above_keeps_one_error_per_bad_line(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    lines = starting_lines()
    write(path, lines)
    first = await brief(path, run_dir)
    assert (first.counts.ok, first.counts.errors) == (17, 3)
    write(path, [article("new0"), "{fresh bad", "", *lines])
    second = await brief(path, run_dir)
    assert_exactly_once(path, run_dir)
    assert (second.counts.ok, second.counts.errors) == (18, 4)
    assert second.counts.read == 22
    # the old errors were renumbered to the lines their bytes are on now
    assert sorted(e.line for e in read_errors(run_dir)) == [2, 8, 13, 18]


async def test_deleting_lines_sets_their_records_aside(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    lines = starting_lines()
    write(path, lines)
    await brief(path, run_dir)
    del lines[14], lines[2]  # a bad line and a good one
    write(path, lines)
    manifest = await brief(path, run_dir)
    assert_exactly_once(path, run_dir)
    assert manifest.counts.superseded == 2
    assert (manifest.counts.ok, manifest.counts.errors, manifest.counts.read) == (16, 2, 18)
    aside = [json.loads(line) for line in (run_dir / SUPERSEDED).read_text().splitlines()]
    assert sorted(r.get("id") or r["message"][:9] for r in aside) == ["a2", "malformed"]


async def test_fixing_bad_lines_replaces_their_errors_without_retry_errors(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    lines = starting_lines()
    write(path, lines)
    await brief(path, run_dir)
    lines[4], lines[9] = article("fixed4"), article("no-text")
    write(path, lines)
    manifest = await brief(path, run_dir)
    assert_exactly_once(path, run_dir)
    assert (manifest.counts.ok, manifest.counts.errors, manifest.counts.read) == (19, 1, 20)
    assert [e.line for e in read_errors(run_dir)] == [15]


async def test_a_line_edited_into_garbage_gets_an_error_and_its_briefing_goes_aside(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    lines = [article(f"a{n}") for n in range(5)]
    write(path, lines)
    await brief(path, run_dir)
    lines[3] = '{"id": "a3", "text": '  # the id still leads the line: it stays done
    lines[1] = '["a1"]'
    write(path, lines)
    manifest = await brief(path, run_dir)
    assert manifest.counts.superseded == 1
    assert (manifest.counts.ok, manifest.counts.errors) == (4, 1)


def repeated_id_lines():
    lines = [article(f"a{n}") for n in range(160)]
    lines[149] = json.dumps({"id": "a10", "text": "Another story under the same id."})
    return lines


async def test_a_repeated_id_is_an_input_error_naming_the_first_line(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    write(path, repeated_id_lines())
    manifest = await brief(path, run_dir)
    assert (manifest.counts.ok, manifest.counts.errors, manifest.counts.duplicates) == (159, 1, 1)
    (error,) = read_errors(run_dir)
    assert (error.kind, error.line, error.id) == ("input", 150, "a10")
    assert "line 11 has it already" in error.message
    assert_exactly_once(path, run_dir)


async def test_a_repeated_id_is_caught_across_stop_and_resume(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    write(path, repeated_id_lines())
    first = await brief(path, run_dir, limit=100)
    assert first.counts.duplicates == 0
    second = await brief(path, run_dir)
    assert second.counts.duplicates == 1
    (error,) = read_errors(run_dir)
    assert (error.line, "line 11 has it already" in error.message) == (150, True)
    assert_exactly_once(path, run_dir)
    third = await brief(path, run_dir)  # nothing left: a rerun adds no record
    assert (third.counts.ok, third.counts.errors, third.counts.skipped) == (159, 1, 160)
    assert_exactly_once(path, run_dir)


async def test_retry_errors_after_edits_still_gives_one_record_per_line(tmp_path):
    path, run_dir = tmp_path / "in.jsonl", tmp_path / "run"
    lines = starting_lines()
    write(path, lines)
    await brief(path, run_dir)
    write(path, ["{new bad", *lines[:-3]])
    await brief(path, run_dir, retry_errors=True)
    assert_exactly_once(path, run_dir)


def test_the_terminal_counts_repeated_ids(tmp_path, capsys, monkeypatch):
    from newsbrief.cli import common, main

    path = tmp_path / "in.jsonl"
    write(path, repeated_id_lines())
    monkeypatch.setattr(common.stderr, "_width", 400)  # rich wraps at 80 under pytest
    main(["run", str(path), "--run-dir", str(tmp_path / "run"), "--quiet"])
    err = " ".join(capsys.readouterr().err.split())
    assert "1 input line(s) repeat an earlier line's id" in err
