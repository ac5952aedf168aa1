"""The `openai` backend against an independent OpenAI-compatible server: llama-cpp-python's
own (`python -m llama_cpp.server`) serving the tiny GGUF, started by the test.

The setting that works with that server is BRIEFING_OPENAI_MODE=tools: the server turns
the forced tool's parameter schema into a llama.cpp grammar, so answers are
schema-constrained. (`json_schema` is refused with HTTP 500; `json` sends no schema, so
nothing constrains the answer.) The tiny model's briefings are poor; these tests check
the mechanics, not the quality.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.backends.openai_api.backend import OpenAIBackend
from newsbrief.cli import main
from newsbrief.errors import BackendError
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, Briefing, BriefingRecord, ErrorRecord, Manifest

pytestmark = [pytest.mark.llamacpp, pytest.mark.slow]

# The server can be slow on a busy machine: one long timeout, no transport retries, so a
# rejected request shape shows up as a transport error instead of being retried away.
PATIENT = {"mode": "tools", "max_retries": 0, "max_reasks": 0, "timeout": 300}


def _seed(seeds_jsonl: Path) -> Article:
    return Article.model_validate_json(seeds_jsonl.read_text().splitlines()[0])


async def test_tools_mode_answers_follow_the_schema_the_backend_sends(
    llama_server: str, bounded_briefing: type[Briefing], seeds_jsonl: Path
) -> None:
    """The schema caps every string at 40 characters; only the server's grammar can make
    a base model obey that, so a capped, validated briefing proves the grammar applied."""
    backend = OpenAIBackend("gemma-3-270m", base_url=llama_server, **PATIENT)
    backend.response_model = bounded_briefing
    try:
        completion = await backend.brief(_seed(seeds_jsonl), load_prompt("briefing@v1"))
    finally:
        await backend.aclose()
    briefing = completion.briefing
    assert isinstance(briefing, Briefing)
    assert 0 < len(briefing.headline) <= 40
    assert len(briefing.summary) <= 40
    # Gemma has no system role: this server drops the system message, leaving ~900 tokens.
    assert completion.usage.requests == 1
    assert completion.usage.prompt_tokens > 500
    assert completion.usage.completion_tokens > 10


async def test_json_schema_mode_is_refused_by_this_server(
    llama_server: str, seeds_jsonl: Path
) -> None:
    backend = OpenAIBackend(
        "gemma-3-270m", base_url=llama_server, **{**PATIENT, "mode": "json_schema"}
    )
    try:
        with pytest.raises(BackendError) as caught:
            await backend.brief(_seed(seeds_jsonl), load_prompt("briefing@v1"))
    finally:
        await backend.aclose()
    assert caught.value.kind == "transport"
    assert "500" in caught.value.message


def test_briefing_run_over_the_seeds_records_every_article_with_usage(
    llama_server: str, seeds_jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`briefing run` end to end, configured the way the README tells users to."""
    monkeypatch.setenv("OPENAI_BASE_URL", llama_server)
    monkeypatch.setenv("BRIEFING_OPENAI_MODE", "tools")
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_TOKENS", "48")  # keeps CI short: most are cut off
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_RETRIES", "0")
    # This server reports a cut-off tool call as finish_reason 'tool_calls', so instructor
    # would re-ask answers that can only be cut off again: no re-asks here.
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_REASKS", "0")
    monkeypatch.setenv("BRIEFING_OPENAI_TIMEOUT", "300")
    run_dir = tmp_path / "run"
    main(
        [
            "run",
            str(seeds_jsonl),
            "--run-dir",
            str(run_dir),
            "--model",
            "openai:gemma-3-270m",
            "--concurrency",
            "1",
        ]
    )

    manifest = Manifest.model_validate_json((run_dir / "manifest.json").read_text())
    briefings = [
        BriefingRecord.model_validate_json(line)
        for line in (run_dir / "briefings.jsonl").read_text().splitlines()
    ]
    errors = [
        ErrorRecord.model_validate_json(line)
        for line in (run_dir / "errors.jsonl").read_text().splitlines()
    ]
    seed_ids = [json.loads(line)["id"] for line in seeds_jsonl.read_text().splitlines()]
    assert sorted([r.id for r in briefings] + [e.id or "" for e in errors]) == sorted(seed_ids)
    assert manifest.counts.read == len(seed_ids) == manifest.counts.ok + manifest.counts.errors
    assert manifest.parameters["mode"] == "tools"
    assert manifest.parameters["max_tokens"] == 48
    # Every request reached the model: failures are answers that did not validate (or were
    # cut off), never a refused request shape.
    assert {e.kind for e in errors} <= {"validation"}
    for error in errors:
        assert error.raw
        assert error.raw.lstrip().startswith("{")
    records = [*briefings, *errors]
    assert all(r.usage.requests >= 1 and r.usage.prompt_tokens > 500 for r in records)
    assert manifest.usage.prompt_tokens == sum(r.usage.prompt_tokens for r in records)
    assert manifest.usage.completion_tokens == sum(r.usage.completion_tokens for r in records)
