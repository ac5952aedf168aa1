"""Settings of the in-process llama.cpp backend: options first, then env vars, then defaults.

Every setting that changes the output is recorded in the run manifest, so each one has
one resolved value before the run starts (no "let llama.cpp decide" left implicit).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from typing import Any

from newsbrief.errors import ModelSpecError

__all__ = ["ENV_PREFIX", "LlamaSettings"]

ENV_PREFIX = "BRIEFING_LLAMA_"
# Prompt parameters that llama-cpp-python's create_chat_completion understands.
GENERATION_KEYS = ("max_tokens", "temperature", "top_p", "stop")
# Deterministic answers (evals compare prompts, not luck); a full briefing is ~300-900 tokens.
FALLBACK_GENERATION: dict[str, Any] = {"max_tokens": 2048, "temperature": 0.0}


def _default_threads() -> int:
    """llama-cpp-python's own default: half the logical CPUs (one per physical core)."""
    return max(1, (os.cpu_count() or 2) // 2)


@dataclass(frozen=True)
class LlamaSettings:
    """Context size, threads and generation limits. Env: BRIEFING_LLAMA_<NAME upper-cased>."""

    n_ctx: int = 8192  # prompt (~1.1k-2.6k tokens for the seeds) + few-shot + answer
    n_threads: int = 0  # 0 = one per physical core (see _default_threads)
    n_batch: int = 512
    n_gpu_layers: int = 0  # >0 only helps a llama-cpp-python built with a GPU backend
    # None: the prompt file's `parameters` decide (briefing@v1: temperature 0, 2048 tokens),
    # then the fallbacks below. The prompt is identified by hash in the manifest.
    max_tokens: int | None = None
    temperature: float | None = None
    seed: int = 0
    max_reasks: int = 2
    chat_format: str | None = None  # None = the GGUF's own chat template

    def __post_init__(self) -> None:
        if self.n_threads == 0:
            object.__setattr__(self, "n_threads", _default_threads())
        for name in ("n_ctx", "n_threads", "n_batch", "max_tokens"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise ModelSpecError(f"llamacpp setting {name} must be at least 1")
        if self.max_reasks < 0 or self.n_gpu_layers < -1 or (self.temperature or 0) < 0:
            raise ModelSpecError(
                "llamacpp settings: max_reasks >= 0, n_gpu_layers >= -1, temperature >= 0"
            )

    @classmethod
    def from_options(
        cls,
        options: dict[str, Any],
        environ: dict[str, str] | None = None,
        chat_format_default: str | None = None,
    ) -> LlamaSettings:
        """Explicit options win over BRIEFING_LLAMA_* env vars, which win over defaults."""
        environ = dict(os.environ if environ is None else environ)
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise ModelSpecError(f"unknown llamacpp option(s) {unknown}; known: {sorted(known)}")
        values: dict[str, Any] = {}
        for name, spec in known.items():
            env_name = ENV_PREFIX + name.upper()
            if options.get(name) is not None:
                values[name] = options[name]
            elif environ.get(env_name):
                values[name] = _parse(env_name, environ[env_name], spec.type)
        if values.get("chat_format") is None and chat_format_default:
            values["chat_format"] = chat_format_default
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def generation(self, prompt_parameters: dict[str, Any]) -> dict[str, Any]:
        """Sampling arguments for one request: settings, else the prompt's, else fallbacks."""
        chosen = {
            **FALLBACK_GENERATION,
            **{k: v for k, v in prompt_parameters.items() if k in GENERATION_KEYS},
        }
        for name in ("max_tokens", "temperature"):
            if getattr(self, name) is not None:
                chosen[name] = getattr(self, name)
        return chosen | {"seed": self.seed}


def _parse(env_name: str, raw: str, annotation: object) -> Any:
    kind = str(annotation)
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError as exc:
        raise ModelSpecError(f"{env_name}={raw!r} is not a number") from exc
    return raw
