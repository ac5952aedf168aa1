"""Batch API export/import: request files within the limits, results joined back by
custom_id in any order, each answer validated into exactly one record."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import BriefingError
from newsbrief.prompting.spec import load_prompt
from newsbrief.run.batch_export import (
    BatchLimits,
    custom_id,
    export_requests,
    parse_custom_id,
)
from newsbrief.run.batch_import import import_results
from newsbrief.run.cost import load_prices
from newsbrief.run.rundir import read_briefings, read_errors, read_manifest
from tests.run.engine_helpers import record_ids
from tests.support.fake_briefing import article_text_of, briefing_for_text, dumps

PROMPT = load_prompt("briefing@v1")


def read_requests(files: list[Path]) -> list[dict]:
    return [json.loads(line) for path in files for line in path.read_text().splitlines()]


@pytest.mark.parametrize("article_id", ["plain", "with#hash", "a#b#c", "ünï"])
def test_custom_id_round_trip(article_id):
    assert parse_custom_id(custom_id(article_id, PROMPT.content_hash)) == (
        article_id,
        PROMPT.content_hash,
    )


def test_export_splits_files_by_request_count(archive, tmp_path):
    path, ids = archive(10, bad_lines=(4,))
    summary = export_requests(
        path, tmp_path / "out", "openai:gpt-4o-mini", PROMPT, limits=BatchLimits(max_requests=3)
    )
    assert [p.name for p in summary.files] == [f"requests-0000{n}.jsonl" for n in (1, 2, 3, 4)]
    assert [len(p.read_text().splitlines()) for p in summary.files] == [3, 3, 3, 1]
    requests = read_requests(summary.files)
    assert [parse_custom_id(r["custom_id"])[0] for r in requests] == ids
    first = requests[0]
    assert first["method"] == "POST"
    assert first["url"] == "/v1/chat/completions"
    body = first["body"]
    assert body["model"] == "gpt-4o-mini"
    assert body["temperature"] == 0.0
    assert body["messages"] == PROMPT.render(_article(path, ids[0]))
    assert body["response_format"]["type"] == "json_schema"
    assert "five_w1h" in body["response_format"]["json_schema"]["schema"]["properties"]
    assert summary.input_errors == 1
    info = json.loads((tmp_path / "out" / "batch.json").read_text())
    assert info["requests"] == 10
    assert info["prompt_hash"] == PROMPT.content_hash


def test_export_splits_files_by_size(archive, tmp_path):
    path, _ = archive(6)
    one = export_requests(path, tmp_path / "one", "openai:m", PROMPT)
    sizes = [len(line) + 1 for line in one.files[0].read_bytes().splitlines()]
    limit = max(sizes) * 2 + 1  # two requests fit, three do not
    summary = export_requests(
        path, tmp_path / "split", "openai:m", PROMPT, limits=BatchLimits(max_bytes=limit)
    )
    assert len(summary.files) == 3
    assert all(p.stat().st_size <= limit for p in summary.files)


def test_export_needs_an_openai_model(archive, tmp_path):
    path, _ = archive(1)
    with pytest.raises(BriefingError, match="openai:MODEL"):
        export_requests(path, tmp_path, "baseline", PROMPT)


def _article(path: Path, article_id: str):
    from newsbrief.inputs.reader import find_article

    return find_article(path, article_id)


def provider_results(requests: list[dict]) -> tuple[list[str], list[str]]:
    """What the Batch API returns: output lines (with usage) and error lines, shuffled."""
    outputs, errors = [], []
    for number, request in enumerate(requests):
        body = request["body"]
        content, finish = dumps(briefing_for_text(article_text_of(body))), "stop"
        if number == 1:
            content, finish = content[:40], "length"  # truncated by max_tokens
        if number == 2:
            content = '{"headline": ""}'  # schema-invalid
        if number == 3:
            errors.append(
                json.dumps(
                    {
                        "id": "batch_req_3",
                        "custom_id": request["custom_id"],
                        "response": {
                            "status_code": 500,
                            "body": {"error": {"message": "server had an error"}},
                        },
                        "error": None,
                    }
                )
            )
            continue
        outputs.append(
            json.dumps(
                {
                    "id": f"batch_req_{number}",
                    "custom_id": request["custom_id"],
                    "response": {
                        "status_code": 200,
                        "request_id": "r",
                        "body": {
                            "id": "chatcmpl",
                            "object": "chat.completion",
                            "model": "gpt-4o-mini-2024-07-18",
                            "choices": [
                                {
                                    "index": 0,
                                    "finish_reason": finish,
                                    "message": {"role": "assistant", "content": content},
                                }
                            ],
                            "usage": {
                                "prompt_tokens": 1000 + number,
                                "completion_tokens": 200,
                                "prompt_tokens_details": {"cached_tokens": 100},
                            },
                        },
                    },
                    "error": None,
                }
            )
        )
    random.Random(3).shuffle(outputs)
    return outputs, errors


def test_import_joins_results_in_any_order_into_one_record_each(archive, tmp_path):
    path, ids = archive(8, bad_lines=(5,))
    summary = export_requests(path, tmp_path / "out", "openai:gpt-4o-mini", PROMPT)
    outputs, errors = provider_results(read_requests(summary.files))
    (tmp_path / "output.jsonl").write_text("\n".join(outputs) + "\n")
    (tmp_path / "errors.jsonl").write_text("\n".join(errors) + "\n")
    files = [
        tmp_path / "output.jsonl",
        tmp_path / "errors.jsonl",
        tmp_path / "out" / "input-errors.jsonl",
    ]
    run_dir = tmp_path / "run"
    result, _ = import_results(files, run_dir, PROMPT, "openai:gpt-4o-mini", load_prices())
    assert (result.ok, result.errors, result.skipped) == (6, 3, 0)
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) | {"line:5"}
    assert set(counts.values()) == {1}
    # cut off at max_tokens: closed and kept as a partial briefing, as a live answer is
    cut = {b.id: b for b in read_briefings(run_dir)}[ids[1]]
    assert cut.status == "partial"
    assert "cut off at the token limit" in cut.removed[0].reason
    assert {r.kind for r in cut.repairs} >= {"truncated_closed"}
    by_id = {e.id: e for e in read_errors(run_dir)}
    assert ids[1] not in by_id
    assert by_id[ids[2]].kind == "validation"
    assert by_id[ids[2]].raw == '{"headline": ""}'
    assert by_id[ids[3]].kind == "transport"
    assert "server had an error" in by_id[ids[3]].message
    manifest = read_manifest(run_dir)
    assert manifest.status == "finished"
    assert manifest.model == "openai:gpt-4o-mini"
    # 7 answered requests: prompt 1000+n (n = 0..7 without 3), 200 out, 100 cached each
    prompt_tokens = sum(1000 + n for n in range(8) if n != 3)
    assert manifest.usage.prompt_tokens == prompt_tokens
    expected = ((prompt_tokens - 700) * 0.15 + 700 * 0.075 + 1400 * 0.6) / 1e6 * 0.5
    assert manifest.usage.cost_usd == pytest.approx(expected)
    assert all(b.usage.requests == 1 for b in read_briefings(run_dir))

    again, _ = import_results(files, run_dir, PROMPT, "openai:gpt-4o-mini", load_prices())
    assert (again.ok, again.errors, again.skipped) == (0, 0, 9)  # idempotent
    assert set(record_ids(run_dir).values()) == {1}


def test_batch_cli_round_trip_finds_prompt_and_model(archive, tmp_path, capsys):
    path, ids = archive(4)
    main(
        [
            "batch",
            "export",
            str(path),
            "-o",
            str(tmp_path / "out"),
            "--model",
            "openai:gpt-4o-mini",
            "--max-requests",
            "2",
        ]
    )
    assert "4 requests in 2 file(s)" in capsys.readouterr().out
    outputs, _ = provider_results(read_requests(sorted((tmp_path / "out").glob("req*"))))
    (tmp_path / "output.jsonl").write_text("\n".join(outputs) + "\n")
    main(["batch", "import", str(tmp_path / "output.jsonl"), "--run-dir", str(tmp_path / "run")])
    out = capsys.readouterr().out
    assert "imported 2 briefings and 1 errors" in out  # the cut-off answer kept, partial
    assert "1 ok, 1 partial, 1 errors" in " ".join(out.split())
    manifest = read_manifest(tmp_path / "run")
    assert manifest.prompt_hash == PROMPT.content_hash
    assert manifest.model == "openai:gpt-4o-mini-2024-07-18"  # named by the responses
    assert set(record_ids(tmp_path / "run")) == set(ids) - {ids[3]}  # its error file unused


def test_import_with_the_archive_grounds_every_briefing(archive, tmp_path, capsys):
    """Given --input, imported briefings get evidence offsets and the run a grounding
    rate, as after any backend call; without it, the CLI says they are not grounded."""
    path, _ = archive(4)
    main(
        ["batch", "export", str(path), "-o", str(tmp_path / "out"), "--model", "openai:gpt-4o-mini"]
    )
    outputs, _ = provider_results(read_requests(sorted((tmp_path / "out").glob("req*"))))
    (tmp_path / "output.jsonl").write_text("\n".join(outputs) + "\n")
    main(["batch", "import", str(tmp_path / "output.jsonl"), "--run-dir", str(tmp_path / "plain")])
    assert "without grounding" in capsys.readouterr().err
    assert all(b.briefing.grounding is None for b in read_briefings(tmp_path / "plain"))
    main(
        [
            "batch",
            "import",
            str(tmp_path / "output.jsonl"),
            "--run-dir",
            str(tmp_path / "grounded"),
            "--input",
            str(path),
        ]
    )
    grounded = list(read_briefings(tmp_path / "grounded"))
    assert grounded
    assert all(b.briefing.grounding is not None for b in grounded)
    for record in grounded:
        text = _article(path, record.id).text
        for actor in record.briefing.actors:
            if actor.evidence is not None and actor.evidence.method == "exact":
                assert text[actor.evidence.start : actor.evidence.end] == actor.name
    manifest = read_manifest(tmp_path / "grounded")
    assert manifest.grounding_checked == sum(b.briefing.grounding.checked for b in grounded)
    assert manifest.grounding_checked > 0
    assert manifest.grounding_rate is not None
