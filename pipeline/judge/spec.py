"""`--judge MODEL`: which model judges, built into a `Judge`.

`openai:MODEL` (any OpenAI-compatible endpoint: `$BRIEFING_JUDGE_BASE_URL` /
`--judge-base-url`, else the run's `OPENAI_BASE_URL`; `$BRIEFING_JUDGE_API_KEY`, else
`OPENAI_API_KEY`), `llamacpp:PATH` (a local GGUF), or `same`: the run's own model, and
then its own backend instance (one client, one loaded model). The baseline calls no
model and cannot judge.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from newsbrief.backends import create_backend, split_model
from newsbrief.backends.base import Backend
from newsbrief.errors import ModelSpecError
from newsbrief.judge.claims import CHUNK_SIZE
from newsbrief.judge.judge import DEFAULT_DEADLINE, Judge
from newsbrief.prompting.judge import DEFAULT_JUDGE_PROMPT, load_judge_prompt
from newsbrief.schemas import JudgeScope

__all__ = ["JUDGE_API_KEY_ENV", "JUDGE_BASE_URL_ENV", "JudgeSpec", "build_judge"]

SAME = "same"
JUDGE_BASE_URL_ENV = "BRIEFING_JUDGE_BASE_URL"
JUDGE_API_KEY_ENV = "BRIEFING_JUDGE_API_KEY"


@dataclass(frozen=True)
class JudgeSpec:
    """What `--judge` and its companions asked for."""

    model: str
    scope: JudgeScope = "doubtful"
    base_url: str | None = None
    deadline: float | None = DEFAULT_DEADLINE
    prompt: str = DEFAULT_JUDGE_PROMPT
    chunk_size: int = CHUNK_SIZE

    def __post_init__(self) -> None:
        if self.model.strip() == SAME:
            return
        backend, _ = split_model(self.model)
        if backend == "baseline":
            raise ModelSpecError(
                "--judge baseline: the baseline calls no model and cannot judge; "
                "give openai:MODEL, llamacpp:PATH or 'same'"
            )


def _judge_backend(spec: JudgeSpec, run_model: str | None) -> tuple[Backend, str]:
    model = spec.model.strip()
    if model == SAME:
        if not run_model or split_model(run_model)[0] == "baseline":
            raise ModelSpecError(
                "--judge same: the run's model is the baseline, which calls no model; "
                "give the judge a model, e.g. --judge openai:gpt-4o-mini"
            )
        model = run_model
    options: dict[str, Any] = {}
    openai = split_model(model)[0] == "openai"
    if openai:
        base_url = spec.base_url or os.environ.get(JUDGE_BASE_URL_ENV) or None
        api_key = os.environ.get(JUDGE_API_KEY_ENV) or None
        options = {"base_url": base_url, "api_key": api_key}
    backend = create_backend(model, **options)
    if openai:  # say where the judge's endpoint is set, in its messages
        backend.endpoint_setting = (  # type: ignore[attr-defined]
            f"--judge-base-url (${JUDGE_BASE_URL_ENV}, else OPENAI_BASE_URL)"
        )
    return backend, model


def build_judge(
    spec: JudgeSpec, run_model: str | None = None, run_backend: Backend | None = None
) -> Judge:
    """The judge `spec` names. With `same` and the run's backend at hand, that backend
    serves the judge too (and the run closes it)."""
    prompt = load_judge_prompt(spec.prompt)
    if spec.model.strip() == SAME and run_backend is not None and spec.base_url is None:
        if run_backend.name == "baseline":
            _judge_backend(spec, "baseline")  # raises the message for it
        backend, owns = run_backend, False
    else:
        backend, owns = _judge_backend(spec, run_model)[0], True
    return Judge(
        backend,
        prompt,
        scope=spec.scope,
        chunk_size=spec.chunk_size,
        deadline=spec.deadline,
        owns_backend=owns,
    )
