"""Settings never mixed: resuming with any setting that changes a briefing is refused,
listing what differs; the manifest keeps the settings, their fingerprint and each session."""

from __future__ import annotations

import json

import pytest

from newsbrief.backends import create_backend
from newsbrief.errors import RunDirError
from newsbrief.inputs.reader import FieldMap
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import openai_backend, write_archive


def options(path, run_dir, **more):
    return RunOptions(input=path, run_dir=run_dir, quiet=True, cache=False, **more)


async def test_the_manifest_records_settings_fingerprint_and_sessions(tmp_path):
    path = tmp_path / "in.jsonl"
    write_archive(path, 6)
    run_dir = tmp_path / "run"
    await run(options(path, run_dir, limit=3), create_backend("baseline"))
    await run(options(path, run_dir, retry_errors=True), create_backend("baseline"))
    manifest = read_manifest(run_dir)
    assert manifest.settings["input"] == str(path.resolve())
    assert manifest.settings["input_fields"] == {"id": "id", "text": "text", "title": "title"}
    assert manifest.settings["parameters"]["grounding"]
    assert manifest.fingerprint and len(manifest.fingerprint) == 16
    assert [s.status for s in manifest.sessions] == ["finished", "finished"]
    assert [s.options["limit"] for s in manifest.sessions] == [3, None]
    assert [s.options["retry_errors"] for s in manifest.sessions] == [False, True]
    assert {s.fingerprint for s in manifest.sessions} == {manifest.fingerprint}


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        ({"grounding": "flag"}, "--grounding"),
        ({"context_tokens": 4096}, "--context-tokens"),
    ],
)
async def test_resuming_with_another_backend_setting_is_refused(tmp_path, change, phrase):
    path = tmp_path / "in.jsonl"
    write_archive(path, 4)
    run_dir = tmp_path / "run"
    await run(options(path, run_dir, limit=2), create_backend("baseline"))
    with pytest.raises(RunDirError, match=f"other settings: .*{phrase}") as refused:
        await run(options(path, run_dir), create_backend("baseline", **change))
    assert "--fresh" in str(refused.value)
    assert read_manifest(run_dir).counts.read == 2  # nothing was added


async def test_resuming_with_another_input_or_field_names_is_refused(tmp_path):
    path, other = tmp_path / "in.jsonl", tmp_path / "other.jsonl"
    write_archive(path, 4)
    write_archive(other, 4)
    run_dir = tmp_path / "run"
    await run(options(path, run_dir, limit=2), create_backend("baseline"))
    with pytest.raises(RunDirError, match=r"input '.*in\.jsonl' \(now '.*other\.jsonl'\)"):
        await run(options(other, run_dir), create_backend("baseline"))
    with pytest.raises(RunDirError, match=r"--id-field 'id' \(now 'doc'\)"):
        await run(options(path, run_dir, fields=FieldMap(id="doc")), create_backend("baseline"))


async def test_resuming_with_another_endpoint_mode_or_reasks_is_refused(archive, tmp_path):
    from tests.support.fake_openai import FakeOpenAIServer

    path, _ = archive(4)
    run_dir = tmp_path / "run"
    async with FakeOpenAIServer() as srv, FakeOpenAIServer() as other:
        await run(options(path, run_dir, limit=2), openai_backend(srv))
        for backend, phrase in (
            (openai_backend(other), "endpoint"),
            (openai_backend(srv, mode="md_json"), "--openai-mode 'json' \\(now 'md_json'\\)"),
            (openai_backend(srv, max_reasks=3), "--max-reasks 1 \\(now 3\\)"),
        ):
            with pytest.raises(RunDirError, match=phrase):
                await run(options(path, run_dir), backend)
        _, resumed = await run(options(path, run_dir), openai_backend(srv))  # same: resumes
    assert (resumed.status, resumed.counts.ok) == ("finished", 4)


async def test_fresh_under_out_starts_a_new_directory_with_the_new_settings(tmp_path):
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    out = tmp_path / "runs"
    first, _ = await run(RunOptions(input=path, out=out, quiet=True), create_backend("baseline"))
    fresh, manifest = await run(
        RunOptions(input=path, out=out, quiet=True, fresh=True),
        create_backend("baseline", grounding="flag"),
    )
    assert fresh != first and manifest.counts.ok == 3


async def test_a_manifest_from_before_settings_is_resumed_and_gets_them(tmp_path):
    path = tmp_path / "in.jsonl"
    write_archive(path, 4)
    run_dir = tmp_path / "run"
    await run(options(path, run_dir, limit=2), create_backend("baseline"))
    data = json.loads((run_dir / "manifest.json").read_text())
    for name in ("settings", "fingerprint", "sessions"):
        data.pop(name)
    (run_dir / "manifest.json").write_text(json.dumps(data))
    _, manifest = await run(options(path, run_dir), create_backend("baseline"))
    assert manifest.counts.ok == 4 and manifest.settings and len(manifest.sessions) == 1
