"""Failing environments fail loudly: one line naming the path or setting, exit 2, and the
manifest says how the run ended; the data written so far stays consistent."""

from __future__ import annotations

import errno
import json
import os
import signal

import pytest

from newsbrief.backends.baseline.backend import BaselineBackend
from newsbrief.cli import common
from newsbrief.errors import StorageError
from newsbrief.run import rundir
from newsbrief.run.cache import CACHE_FILE, ResponseCache
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import MANIFEST, read_manifest
from tests.run.engine_helpers import write_archive
from tests.run.exactly_once import assert_exactly_once
from tests.support.child_run import start_briefing, wait_for_first_record
from tests.support.cli import run_cli_stderr
from tests.support.eval_runs import paired_runs


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch):
    """Rich wraps at 80 columns under pytest; widen it so assertions see whole lines."""
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 400)


def cli(capsys, *args):
    """(exit code, stderr on one line) of `briefing ARGS`."""
    return run_cli_stderr(capsys, *args)


async def test_a_full_disk_fails_the_run_with_the_reason_and_resume_completes(
    tmp_path, monkeypatch
):
    path = tmp_path / "in.jsonl"
    write_archive(path, 300)
    calls = {"n": 0}
    real_fsync = os.fsync

    def fsync(fd):
        if os.readlink(f"/proc/self/fd/{fd}").endswith("briefings.jsonl"):
            calls["n"] += 1
            if calls["n"] >= 2:
                raise OSError(errno.ENOSPC, "No space left on device", "briefings.jsonl")
        return real_fsync(fd)

    monkeypatch.setattr(rundir.os, "fsync", fsync)
    options = RunOptions(
        input=path, run_dir=tmp_path / "run", quiet=True, cache=False, commit_lines=50
    )
    with pytest.raises(StorageError, match="the disk is full"):
        await run(options, BaselineBackend())
    manifest = read_manifest(tmp_path / "run")
    assert manifest.status == "failed"
    assert "the disk is full; free space, then rerun" in (manifest.stop_reason or "")

    monkeypatch.setattr(rundir.os, "fsync", real_fsync)  # space freed
    _, resumed = await run(options, BaselineBackend())
    assert (resumed.status, resumed.counts.ok) == ("finished", 300)
    assert_exactly_once(path, tmp_path / "run")


def test_a_run_dir_or_out_that_is_a_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for flag in ("--run-dir", "--out"):
        code, err = cli(capsys, "run", path, flag, blocker / "sub" if flag == "--out" else blocker)
        assert code == 2
        assert "a file is in the way where a folder is needed" in err
        assert "Traceback" not in err


def test_a_cache_dir_that_is_a_file_names_the_setting(tmp_path, capsys, monkeypatch):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    blocker = tmp_path / "cachefile"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    code, err = cli(
        capsys, "run", path, "--model", "openai:m", "--run-dir", tmp_path / "run", "--quiet"
    )
    assert code == 2
    assert "$BRIEFING_CACHE_DIR" in err and "--no-cache" in err
    manifest = read_manifest(tmp_path / "run")
    assert manifest.status == "failed" and "BRIEFING_CACHE_DIR" in (manifest.stop_reason or "")


@pytest.fixture(autouse=True)
def _openai_env(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")


def test_a_corrupt_cache_is_set_aside_and_rebuilt_with_a_warning(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not sqlite" * 100)
    cache = ResponseCache(tmp_path)
    assert "was damaged" in (cache.warning or "")
    cache.put("k", "v")
    cache.close()
    again = ResponseCache(tmp_path)
    assert again.get("k") == "v" and again.warning is None
    again.close()
    assert [p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name]


@pytest.mark.parametrize("damage", ["binary", "directory", "not-json"])
def test_a_damaged_manifest_is_one_line_saying_what_to_do(tmp_path, capsys, damage):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    run_dir = tmp_path / "run"
    assert cli(capsys, "run", path, "--run-dir", run_dir, "--quiet")[0] == 0
    (run_dir / MANIFEST).unlink()
    if damage == "binary":
        (run_dir / MANIFEST).write_bytes(b"\xff\xfe\x00garbage")
    elif damage == "directory":
        (run_dir / MANIFEST).mkdir()
    else:
        (run_dir / MANIFEST).write_text("{not json")
    for args in (("run", path, "--run-dir", run_dir), ("digest", run_dir)):
        code, err = cli(capsys, *args)
        assert code == 2, err
        assert str(run_dir / MANIFEST) in err and "Traceback" not in err


def test_prices_that_are_binary_are_one_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    prices = tmp_path / "prices.json"
    prices.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, err = cli(capsys, "run", path, "--run-dir", tmp_path / "run", "--prices", prices)
    assert code == 2 and "invalid UTF-8" in err and str(prices) in err


def test_note_and_digest_on_a_run_with_a_schema_invalid_line_name_the_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    run_dir = tmp_path / "run"
    cli(capsys, "run", path, "--run-dir", run_dir, "--quiet")
    lines = (run_dir / "briefings.jsonl").read_text().splitlines()
    record = json.loads(lines[1])
    record["briefing"] = {"headline": 5}
    lines[1] = json.dumps(record)
    (run_dir / "briefings.jsonl").write_text("\n".join(lines) + "\n")
    for args in (("digest", run_dir), ("note", "--from-run", run_dir, "--id", "art-0")):
        code, err = cli(capsys, *args)
        assert code == 2, err
        assert "briefings.jsonl:2: not a valid record" in err


def test_outputs_to_an_unusable_path_are_one_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    run_dir = tmp_path / "run"
    cli(capsys, "run", path, "--run-dir", run_dir, "--quiet")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for args in (
        ("digest", run_dir, "-o", blocker / "digest.md"),
        ("note", "--from-run", run_dir, "--id", "art-0", "-o", blocker / "note.md"),
    ):
        code, err = cli(capsys, *args)
        assert code == 2, (args, err)
        assert "Traceback" not in err and str(blocker) in err
    (tmp_path / "eval").mkdir()
    gold, run_a, _ = paired_runs(tmp_path / "eval", articles=5)
    code, err = cli(capsys, "report", run_a, "--gold", gold, "-o", blocker / "r.html")
    assert code == 2 and str(blocker) in err and "Traceback" not in err


def test_eval_on_a_run_dir_it_cannot_write_is_one_line(tmp_path, capsys):
    gold, run_a, _ = paired_runs(tmp_path, articles=5)
    (run_a / "eval.json").mkdir()  # what eval must write is a folder
    code, err = cli(capsys, "eval", run_a, "--gold", gold)
    assert code == 2 and "eval.json" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:99999/v1", "http://[::1/v1", "http://host:port/v1", "localhost:8080"],
)
def test_a_bad_base_url_is_refused_before_the_run(tmp_path, capsys, monkeypatch, url):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    code, err = cli(capsys, "run", path, "--model", "openai:m", "--run-dir", tmp_path / "run")
    assert code == 2 and "OPENAI_BASE_URL" in err and "http://127.0.0.1:8080/v1" in err
    assert not (tmp_path / "run").exists()


def test_limit_below_one_is_refused(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    write_archive(path, 2)
    code, err = cli(capsys, "run", path, "--limit", "-1", "--run-dir", tmp_path / "run")
    assert code == 2 and "--limit" in err


@pytest.mark.parametrize("sigint_ignored", [False, True], ids=["foreground", "sigint-ignored"])
def test_sigterm_stops_the_run_like_ctrl_c(tmp_path, sigint_ignored):
    """Also when started with SIGINT ignored, as `briefing run ... &` in a script starts
    it: SIGTERM still stops the run cleanly (it once did nothing there)."""
    path = tmp_path / "in.jsonl"
    write_archive(path, 200_000)
    run_dir = tmp_path / "run"
    process = start_briefing(
        "run", path, "--run-dir", run_dir, "--quiet", "--no-cache",
        preexec_fn=_ignore_sigint if sigint_ignored else None,
    )  # fmt: skip
    wait_for_first_record(process, run_dir)  # then terminate it, whatever it did
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 143, err
    assert b"terminated (SIGTERM)" in err
    manifest = read_manifest(run_dir)
    assert (manifest.status, manifest.stop_reason) == ("stopped", "terminated by SIGTERM")


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def test_an_unreachable_ray_address_fails_at_once_and_a_listening_one_passes():
    import socket

    from newsbrief.run.ray_engine.cluster import RayClusterError, check_reachable

    with pytest.raises(RayClusterError, match="cannot reach the Ray cluster at 127.0.0.1:1"):
        check_reachable("127.0.0.1:1", timeout=2.0)
    with pytest.raises(RayClusterError):
        check_reachable("ray://127.0.0.1:1", timeout=2.0)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        check_reachable(f"127.0.0.1:{listener.getsockname()[1]}")
    check_reachable("local")  # not a HOST:PORT: left to Ray
