"""`--judge llamacpp:PATH`: the tiny local GGUF as the judge, through the real CLI and the
in-process llamacpp backend.

The tiny base model's verdicts are poor; these tests check the mechanics a user of a
local judge depends on: every verdict it gives is in the schema and rests on article
text (or is voided, with the reason), every claim sent is accounted for, and a judge
past its deadline leaves the rules' verdicts and says so instead of stopping the command.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from newsbrief.answers import LOG_KEY, AnswerLog
from newsbrief.errors import BackendError
from newsbrief.run.rundir import read_briefings
from tests.support.cli import run_cli

pytestmark = [pytest.mark.llamacpp, pytest.mark.slow]

ARTICLE = (
    "Flooding in the northern province killed 12 people on Tuesday, officials said. "
    "Rescue teams were still searching for survivors in three villages. "
    "The governor said the army would help rebuild the roads."
)


# A paraphrase the rules link but cannot read for meaning: what `--judge-all` sends (the
# baseline's own sentences copy the article, and copied claims are never sent).
PARAPHRASE = (
    "Floods in the north of the province left twelve people dead on Tuesday. "
    "Rescuers kept looking for survivors in three villages. "
    "The army will help the governor rebuild the roads, he said."
)


@pytest.fixture
def baseline_run(tmp_path: Path) -> Path:
    """A finished baseline run over one short article, its summary then reworded (its
    claims are what the judge gets)."""
    archive = tmp_path / "articles.jsonl"
    archive.write_text(json.dumps({"id": "flood", "text": ARTICLE}) + "\n")
    run_dir = tmp_path / "run"
    assert run_cli("run", archive, "--run-dir", run_dir, "--quiet") == 0
    path = run_dir / "briefings.jsonl"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["briefing"]["summary"] = PARAPHRASE
    record["briefing"]["key_points"] = PARAPHRASE.split(". ")[:2]
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return run_dir


def test_verify_with_the_tiny_local_judge_accounts_for_every_claim_it_sent(
    tiny_gguf: Path, baseline_run: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    judge = ("--judge", f"llamacpp:{tiny_gguf}", "--judge-all", "--judge-timeout", "600")
    assert run_cli("verify", baseline_run, *judge) == 0
    printed = " ".join(capsys.readouterr().out.split())
    assert f"Judge llamacpp:{tiny_gguf} (judge@v1):" in printed
    counts = re.search(
        r"(\d+) claim\(s\) of 1 briefing\(s\) sent in (\d+) request\(s\): (\d+) changed, "
        r"(\d+) confirmed, (\d+) voided, (\d+) unanswered",
        printed,
    )
    assert counts is not None, printed
    sent, requests, *outcomes = map(int, counts.groups())
    assert sent >= 1 and requests >= 1
    assert sum(outcomes) == sent  # every claim sent ends in exactly one outcome
    # The tiny model runs on until its token limit; the complete part of its answer is
    # kept (salvaged) rather than the whole answer failing as a judge error.
    assert "with a judge error" not in printed
    lines = [json.loads(line) for line in (baseline_run / "verify.jsonl").open()]
    judged = [line for line in lines if line.get("stage") == "judge"]
    assert all(line["verdict"] in {"supported", "contradicted", "unverified"} for line in lines)
    # a verdict the judge gave rests on article text, or it would have been voided
    for line in judged:
        assert line["support"], line
        for start, end in line["support"]:
            assert 0 <= start < end <= len(ARTICLE)
    (record,) = read_briefings(baseline_run)  # the briefings file is left as it was
    assert record.id == "flood" and record.judge is None
    assert record.briefing.summary == PARAPHRASE


async def test_a_deadline_on_the_local_model_is_a_backend_error_not_a_timeout(
    tiny_gguf: Path,
) -> None:
    """The llamacpp backend reports a passed deadline as `BackendError('deadline')`, as
    the openai backend does; a bare TimeoutError (an OSError) once escaped the judge and
    the command line printed it as a file problem."""
    from newsbrief.backends.llamacpp.backend import LlamaCppBackend

    class Word(BaseModel):
        word: str

    backend = LlamaCppBackend("gemma-3-270m", n_ctx=512, n_threads=1, max_tokens=16)
    context = {LOG_KEY: AnswerLog(max_reasks=0, on_invalid="salvage")}
    messages = [{"role": "user", "content": "Give one word as JSON."}]
    try:
        with pytest.raises(BackendError) as caught:
            await backend.ask(messages, Word, context, {}, deadline=0.001)
    finally:
        await backend.aclose()
    assert caught.value.kind == "deadline"
    assert "0.001 s deadline" in caught.value.message
    await asyncio.sleep(0)
