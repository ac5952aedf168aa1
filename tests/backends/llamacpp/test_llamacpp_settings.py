"""LlamaSettings: explicit options beat BRIEFING_LLAMA_* env vars, which beat defaults."""

from __future__ import annotations

import pytest

from newsbrief.backends.llamacpp.settings import LlamaSettings
from newsbrief.errors import ModelSpecError


@pytest.mark.parametrize(
    ("options", "environ", "expected"),
    [
        ({}, {}, {"n_ctx": 8192, "max_tokens": None, "temperature": None, "max_reasks": 2}),
        ({}, {"BRIEFING_LLAMA_N_CTX": "4096"}, {"n_ctx": 4096}),
        ({"n_ctx": 1024}, {"BRIEFING_LLAMA_N_CTX": "4096"}, {"n_ctx": 1024}),
        ({}, {"BRIEFING_LLAMA_TEMPERATURE": "0.7"}, {"temperature": 0.7}),
        (
            {},
            {"BRIEFING_LLAMA_N_THREADS": "3", "BRIEFING_LLAMA_MAX_REASKS": "0"},
            {"n_threads": 3, "max_reasks": 0},
        ),
        ({}, {"BRIEFING_LLAMA_CHAT_FORMAT": "chatml"}, {"chat_format": "chatml"}),
        ({}, {"BRIEFING_LLAMA_N_CTX": ""}, {"n_ctx": 8192}),  # empty = unset
    ],
)
def test_settings_precedence(options: dict, environ: dict, expected: dict) -> None:
    settings = LlamaSettings.from_options(options, environ=environ).as_dict()
    assert {key: settings[key] for key in expected} == expected


def test_threads_default_to_one_per_physical_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert LlamaSettings.from_options({}, environ={}).n_threads == 4
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert LlamaSettings.from_options({}, environ={}).n_threads == 1


def test_known_model_chat_format_is_a_default_not_an_override() -> None:
    assert (
        LlamaSettings.from_options({}, environ={}, chat_format_default="gemma").chat_format
        == "gemma"
    )
    chosen = LlamaSettings.from_options(
        {"chat_format": "chatml"}, environ={}, chat_format_default="gemma"
    )
    assert chosen.chat_format == "chatml"


@pytest.mark.parametrize(
    ("options", "environ", "message"),
    [
        ({}, {"BRIEFING_LLAMA_N_CTX": "lots"}, "BRIEFING_LLAMA_N_CTX='lots' is not a number"),
        ({"context": 10}, {}, "unknown llamacpp option(s) ['context']"),
        ({"max_tokens": 0}, {}, "max_tokens must be at least 1"),
        ({"max_reasks": -1}, {}, "max_reasks >= 0"),
    ],
)
def test_bad_settings_are_user_errors(options: dict, environ: dict, message: str) -> None:
    with pytest.raises(ModelSpecError) as caught:
        LlamaSettings.from_options(options, environ=environ)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("options", "prompt_parameters", "expected"),
    [
        ({}, {}, {"max_tokens": 2048, "temperature": 0.0, "seed": 0}),
        (
            {},
            {"temperature": 0.3, "max_tokens": 900, "top_p": 0.9, "frequency_penalty": 1},
            {"max_tokens": 900, "temperature": 0.3, "top_p": 0.9, "seed": 0},
        ),
        (
            {"max_tokens": 64, "seed": 7},
            {"max_tokens": 900},
            {"max_tokens": 64, "temperature": 0.0, "seed": 7},
        ),
    ],
)
def test_generation_arguments_settings_over_prompt_over_fallbacks(
    options: dict, prompt_parameters: dict, expected: dict
) -> None:
    settings = LlamaSettings.from_options(options, environ={})
    assert settings.generation(prompt_parameters) == expected
