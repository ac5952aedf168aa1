"""Backends and the model-string registry.

Model strings name a backend and a model: 'baseline', 'openai:gpt-4o-mini',
'llamacpp:/path/model.gguf'. `BRIEFING_MODEL` sets the default. Backends with optional
extras are imported lazily so a missing extra is a clear message, not an ImportError.
"""

from __future__ import annotations

import os
from typing import Any

from newsbrief.backends.base import Backend, Completion
from newsbrief.errors import ModelSpecError
from newsbrief.grounding import grounded_briefing_model, parse_policy

DEFAULT_MODEL = "baseline"
BACKENDS = ("baseline", "openai", "llamacpp")

__all__ = ["BACKENDS", "Backend", "Completion", "create_backend", "default_model", "split_model"]


def default_model() -> str:
    return os.environ.get("BRIEFING_MODEL") or DEFAULT_MODEL


def split_model(spec: str) -> tuple[str, str]:
    """'openai:gpt-4o-mini' -> ('openai', 'gpt-4o-mini'); 'baseline' -> ('baseline', '')."""
    backend, _, model = spec.strip().partition(":")
    if backend not in BACKENDS:
        raise ModelSpecError(
            f"unknown model {spec!r}: use 'baseline', 'openai:MODEL' (any OpenAI-compatible "
            "endpoint) or 'llamacpp:/path/to/model.gguf'"
        )
    if backend in ("openai", "llamacpp") and not model:
        raise ModelSpecError(f"model {spec!r} names no model: write {backend}:MODEL")
    return backend, model


def create_backend(
    spec: str | None = None,
    *,
    grounding: str | None = None,
    context_tokens: int | None = None,
    on_invalid: str | None = None,
    **options: Any,
) -> Backend:
    """Build the backend a model string names. Options are backend-specific settings.

    `grounding` is the --grounding policy ('strict' | 'flag' | 'off' |
    'quotes=strict,names=flag'; default: quotes strict, names flagged), carried by
    `backend.response_model`; `context_tokens` overrides the model's context window;
    `on_invalid` ('salvage', the default, or 'error') says what happens to an answer
    still invalid once re-asks are spent.
    """
    instance = _build_backend(spec, **options)
    policy = parse_policy(grounding)
    instance.response_model = grounded_briefing_model(policy)
    instance.grounding = str(policy)
    if context_tokens:
        instance.context_tokens = context_tokens
    if on_invalid is not None:
        if on_invalid not in ("salvage", "error"):
            raise ModelSpecError(f"--on-invalid must be 'salvage' or 'error', not {on_invalid!r}")
        instance.on_invalid = on_invalid  # type: ignore[assignment]
    return instance


def _build_backend(spec: str | None, **options: Any) -> Backend:
    backend, model = split_model(spec or default_model())
    if backend == "baseline":
        from newsbrief.backends.baseline.backend import BaselineBackend

        return BaselineBackend(**options)
    if backend == "openai":
        from newsbrief.backends.openai_api.backend import OpenAIBackend

        return OpenAIBackend(model, **options)
    try:
        from newsbrief.backends.llamacpp.backend import LlamaCppBackend
    except ImportError as exc:
        raise ModelSpecError(
            "the llamacpp backend needs the [local] extra: pip install '.[local]' "
            f"(missing: {exc.name})"
        ) from exc
    return LlamaCppBackend(model, **options)
