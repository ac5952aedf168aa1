"""Settings of the `openai` backend: explicit options first, then environment variables.

`briefing run --model openai:MODEL` builds the backend from a model string alone, so
every setting can also come from the environment. Bad values fail before the run starts
with a message naming the variable or option and the values it accepts.

| option        | environment variable          | default                              |
|---------------|-------------------------------|--------------------------------------|
| base_url      | OPENAI_BASE_URL               | the SDK's (api.openai.com)           |
| api_key       | OPENAI_API_KEY                | placeholder when base_url is custom  |
| mode          | BRIEFING_OPENAI_MODE          | json                                 |
| max_reasks    | BRIEFING_OPENAI_MAX_REASKS    | 2                                    |
| max_retries   | BRIEFING_OPENAI_MAX_RETRIES   | 4                                    |
| timeout       | BRIEFING_OPENAI_TIMEOUT       | 60 (seconds per request)             |
| deadline      | BRIEFING_OPENAI_DEADLINE      | none (seconds per article)           |
| http          | BRIEFING_OPENAI_HTTP          | aiohttp                              |
| max_tokens    | BRIEFING_OPENAI_MAX_TOKENS    | the prompt's parameters              |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import instructor

from newsbrief.errors import ModelSpecError

__all__ = ["HTTP_CLIENTS", "MODES", "PLACEHOLDER_KEY", "OpenAISettings", "check_base_url"]

# Mode names users write -> instructor modes. 'json' sends response_format json_object
# and 'md_json' sends no grammar: both work on generic endpoints (llama.cpp server, vLLM,
# Ollama). 'tools' and 'json_schema' need an endpoint that supports them (OpenAI proper;
# llama-cpp-python's server answers json_schema with HTTP 500).
MODES: dict[str, instructor.Mode] = {
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
}
HTTP_CLIENTS = ("aiohttp", "httpx")
PLACEHOLDER_KEY = "not-needed"  # local servers ignore the key, the SDK insists on one


@dataclass(frozen=True)
class OpenAISettings:
    base_url: str | None = None
    api_key: str = PLACEHOLDER_KEY
    mode: str = "json"
    max_reasks: int = 2
    max_retries: int = 4
    timeout: float = 60.0
    deadline: float | None = None
    http: str = "aiohttp"
    temperature: float | None = None  # None: the prompt's parameters decide
    max_tokens: int | None = None

    @property
    def instructor_mode(self) -> instructor.Mode:
        return MODES[self.mode]

    @property
    def endpoint(self) -> str:
        """Host (and port) of the endpoint, safe to record: never a key, password or path."""
        if not self.base_url:
            return "api.openai.com"
        parts = urlsplit(self.base_url)
        return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)

    @classmethod
    def resolve(
        cls,
        options: Mapping[str, Any],
        environ: Mapping[str, str] | None = None,
    ) -> OpenAISettings:
        """Merge options over environment variables and validate the result."""
        env = os.environ if environ is None else environ
        unknown = sorted(set(options) - set(cls.__dataclass_fields__))
        if unknown:
            raise ModelSpecError(
                f"unknown openai backend options {unknown}; "
                f"known: {sorted(cls.__dataclass_fields__)}"
            )

        def pick(name: str, variable: str | None) -> Any:
            if options.get(name) is not None:
                return options[name]
            return env.get(variable) or None if variable else None

        # A CRLF .env leaves "\r" at the end of every value: stripped, it is the value
        # meant; left in, every request failed as a "validation" error and the run exit 0.
        base_url = _stripped(pick("base_url", "OPENAI_BASE_URL"))
        api_key = _stripped(pick("api_key", "OPENAI_API_KEY"))
        if not api_key and not base_url:
            raise ModelSpecError(
                "the openai backend needs an endpoint: set OPENAI_API_KEY for api.openai.com, "
                "or OPENAI_BASE_URL for a local OpenAI-compatible server "
                "(e.g. http://127.0.0.1:8080/v1 for llama.cpp, vLLM, Ollama)"
            )
        if base_url:
            check_base_url(str(base_url))
        mode = str(pick("mode", "BRIEFING_OPENAI_MODE") or "json").strip().lower()
        mode = mode.replace("-", "_")
        if mode not in MODES:
            raise ModelSpecError(
                f"unknown openai mode {mode!r}; valid modes: "
                f"{', '.join(MODES)} (json is safe for most endpoints)"
            )
        http = str(pick("http", "BRIEFING_OPENAI_HTTP") or "aiohttp").strip().lower()
        if http not in HTTP_CLIENTS:
            raise ModelSpecError(f"unknown HTTP client {http!r}; use one of {HTTP_CLIENTS}")
        return cls(
            base_url=base_url,
            api_key=api_key or PLACEHOLDER_KEY,
            mode=mode,
            http=http,
            max_reasks=_number(
                pick("max_reasks", "BRIEFING_OPENAI_MAX_REASKS"),
                2,
                int,
                "max_reasks / BRIEFING_OPENAI_MAX_REASKS",
            ),
            max_retries=_number(
                pick("max_retries", "BRIEFING_OPENAI_MAX_RETRIES"),
                4,
                int,
                "max_retries / BRIEFING_OPENAI_MAX_RETRIES",
            ),
            timeout=_number(
                pick("timeout", "BRIEFING_OPENAI_TIMEOUT"),
                60.0,
                float,
                "timeout / BRIEFING_OPENAI_TIMEOUT",
                positive=True,
            ),
            deadline=_number(
                pick("deadline", "BRIEFING_OPENAI_DEADLINE"),
                None,
                float,
                "deadline / BRIEFING_OPENAI_DEADLINE",
                positive=True,
            ),
            temperature=_number(options.get("temperature"), None, float, "temperature"),
            max_tokens=_number(
                pick("max_tokens", "BRIEFING_OPENAI_MAX_TOKENS"),
                None,
                int,
                "max_tokens / BRIEFING_OPENAI_MAX_TOKENS",
                positive=True,
            ),
        )


def _stripped(value: Any) -> Any:
    """A text setting without surrounding white space; None when nothing is left."""
    if not isinstance(value, str):
        return value
    return value.strip() or None


def _number(value: Any, default: Any, kind: type, name: str, positive: bool = False) -> Any:
    """Parse an option or environment value as `kind`, with a message naming it."""
    if value is None or value == "":
        return default
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ModelSpecError(f"{name} must be a {kind.__name__}, got {value!r}") from None
    if number < 0 or (positive and number == 0):
        raise ModelSpecError(f"{name} must be {'positive' if positive else '>= 0'}, got {value!r}")
    return number


def check_base_url(url: str) -> None:
    """Refuse a base URL the HTTP clients would choke on, before any request.

    A bad port, a broken IPv6 literal or port 99999 used to surface as a traceback or as
    a connection error on every article. A URL with `user:password@` is refused too: the
    two transports treat it differently (one sends it as Basic auth, the other fails), and
    a password in a URL ends up in logs; the key belongs in OPENAI_API_KEY.
    """
    shown = _without_password(url)
    where = f"OPENAI_BASE_URL / base_url {shown!r}"
    example = "give it as http://HOST:PORT/v1, e.g. http://127.0.0.1:8080/v1"
    if any(char.isspace() or ord(char) < 32 or ord(char) == 127 for char in url):
        raise ModelSpecError(
            f"{where} holds white space or a control character (a line ending from a "
            f"Windows .env file?); remove it: {example}"
        )
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a non-number or out-of-range port
        host = parts.hostname
    except ValueError as exc:
        raise ModelSpecError(f"{where} is not a usable URL ({exc}); {example}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ModelSpecError(f"{where} is not an http(s) URL with a host; {example}")
    if port == 0:
        raise ModelSpecError(f"{where} has port 0; {example}")
    if parts.username is not None or parts.password is not None:
        raise ModelSpecError(
            f"{where} holds a user name or password; remove it from the URL and put the "
            "key in OPENAI_API_KEY"
        )


def _without_password(url: str) -> str:
    """The URL as safe to print: any `user:password@` part is masked."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rsplit("@", 1)[1]
    return f"{scheme}://{authority}{slash}{path}"
