"""Secrets never stored: redact keys, Authorization values and URL passwords.

An endpoint's error body may echo the request, headers included, and error messages,
raw answers and stop reasons are written to errors.jsonl, the manifest and the terminal.
Every such text passes through `redact` first: the API keys this process knows (the
configured key and $OPENAI_API_KEY), and anything shaped like a credential whatever its
value (`Bearer ...`, `Basic ...`, `Authorization: ...`, `api_key=...`, `sk-...`,
`user:password@` in a URL), become `[redacted]`.

The replacement holds no quote or backslash, and no pattern consumes one, so redacting
a serialised JSON line keeps it valid JSON.
"""

from __future__ import annotations

import os
import re

__all__ = ["REDACTED", "redact", "register_secret"]

REDACTED = "[redacted]"
_MIN_SECRET = 8
_known: set[str] = set()

_FRESH = r"(?!\[redacted\])"  # never redact a redaction again
_VALUE = _FRESH + r"[^\s'\"\\,;}\]]+"
_TOKEN = _FRESH + r"[A-Za-z0-9._~+/\-]{6,}=*"
_BASE64 = _FRESH + r"(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{6,}={0,2}"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)((?:proxy-)?authorization|x-api-key|api[-_]?key|access[-_]?token|password)"
            r"((?:\\?['\"])?\s*[:=]\s*(?:\\?['\"])?)"
            r"(?:(?:bearer|basic)\s+)?" + _VALUE
        ),
        rf"\1\2{REDACTED}",
    ),
    (re.compile(r"(?i)\b(bearer)(\s+)" + _TOKEN), rf"\1\2{REDACTED}"),
    (re.compile(r"\b(Basic)(\s+)" + _BASE64), rf"\1\2{REDACTED}"),
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"), REDACTED),
    (
        re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^/\s:@'\"\\]*):[^@/\s'\"\\]*@"),
        rf"\1:{REDACTED}@",
    ),
]


def register_secret(value: str | None) -> None:
    """Remember a secret this process uses (an API key) so that it is never written."""
    if value and len(value) >= _MIN_SECRET:
        _known.add(value)


def redact(text: str) -> str:
    """`text` with every known secret and credential-shaped value replaced."""
    if not text:
        return text
    for secret in _secrets():
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _secrets() -> set[str]:
    env = os.environ.get("OPENAI_API_KEY")
    if env and len(env) >= _MIN_SECRET and env not in _known:
        return _known | {env}
    return _known
