"""Settings of the openai backend: options over environment variables, clear errors for
bad values, and manifest parameters that never contain the API key."""

from __future__ import annotations

import instructor
import pytest

from newsbrief.backends import create_backend
from newsbrief.backends.openai_api.backend import OpenAIBackend
from newsbrief.backends.openai_api.settings import MODES, PLACEHOLDER_KEY, OpenAISettings
from newsbrief.errors import BriefingError, ModelSpecError

LOCAL = {"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"}


def test_defaults_for_a_local_endpoint_use_a_placeholder_key() -> None:
    settings = OpenAISettings.resolve({}, LOCAL)
    assert settings.api_key == PLACEHOLDER_KEY
    assert (settings.mode, settings.max_reasks, settings.max_retries) == ("json", 2, 4)
    assert settings.http == "aiohttp"
    assert settings.endpoint == "127.0.0.1:8080"


def test_neither_key_nor_base_url_is_a_user_error_that_says_what_to_set() -> None:
    with pytest.raises(ModelSpecError, match="OPENAI_API_KEY.*OPENAI_BASE_URL"):
        OpenAISettings.resolve({}, {})
    assert issubclass(ModelSpecError, BriefingError)


def test_a_key_alone_targets_api_openai_com() -> None:
    settings = OpenAISettings.resolve({}, {"OPENAI_API_KEY": "sk-test"})
    assert settings.base_url is None
    assert settings.endpoint == "api.openai.com"


@pytest.mark.parametrize(
    ("written", "mode"),
    [
        ("json", instructor.Mode.JSON),
        ("MD_JSON", instructor.Mode.MD_JSON),
        ("md-json", instructor.Mode.MD_JSON),
        ("tools", instructor.Mode.TOOLS),
        ("json_schema", instructor.Mode.JSON_SCHEMA),
    ],
)
def test_mode_names_map_to_instructor_modes(written: str, mode: instructor.Mode) -> None:
    assert OpenAISettings.resolve({"mode": written}, LOCAL).instructor_mode is mode


def test_a_bad_mode_lists_the_valid_ones() -> None:
    with pytest.raises(ModelSpecError) as info:
        OpenAISettings.resolve({}, {**LOCAL, "BRIEFING_OPENAI_MODE": "grammar"})
    for name in MODES:
        assert name in str(info.value)


def test_environment_variables_are_read_and_options_win() -> None:
    env = {
        **LOCAL,
        "BRIEFING_OPENAI_MODE": "tools",
        "BRIEFING_OPENAI_MAX_REASKS": "0",
        "BRIEFING_OPENAI_TIMEOUT": "5",
        "BRIEFING_OPENAI_DEADLINE": "30",
        "BRIEFING_OPENAI_HTTP": "httpx",
        "BRIEFING_OPENAI_MAX_RETRIES": "1",
    }
    settings = OpenAISettings.resolve({}, env)
    assert (settings.mode, settings.max_reasks, settings.timeout) == ("tools", 0, 5.0)
    assert (settings.deadline, settings.http, settings.max_retries) == (30.0, "httpx", 1)
    assert OpenAISettings.resolve({"mode": "json", "max_reasks": 3}, env).max_reasks == 3


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("BRIEFING_OPENAI_TIMEOUT", "soon", "must be a float"),
        ("BRIEFING_OPENAI_TIMEOUT", "0", "must be positive"),
        ("BRIEFING_OPENAI_MAX_REASKS", "-1", ">= 0"),
        ("BRIEFING_OPENAI_HTTP", "requests", "aiohttp"),
    ],
)
def test_bad_values_name_the_variable(variable: str, value: str, message: str) -> None:
    with pytest.raises(ModelSpecError, match=message):
        OpenAISettings.resolve({}, {**LOCAL, variable: value})


def test_unknown_options_are_rejected() -> None:
    with pytest.raises(ModelSpecError, match="unknown openai backend options"):
        OpenAISettings.resolve({"temprature": 0.2}, LOCAL)


def test_parameters_record_settings_but_never_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://llm.example.org:8443/v1/")
    backend = create_backend("openai:gpt-4o-mini")
    assert isinstance(backend, OpenAIBackend)
    assert backend.model_string == "openai:gpt-4o-mini"
    parameters = backend.parameters()
    assert parameters["mode"] == "json"
    assert parameters["max_reasks"] == 2
    assert parameters["endpoint"] == "llm.example.org:8443"
    assert "sk-secret" not in repr(parameters)
    assert "/v1" not in repr(parameters)  # a path may hold a token: only host and port
