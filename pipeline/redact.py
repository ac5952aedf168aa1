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
from collections.abc import Callable

__all__ = ["REDACTED", "redact", "register_secret"]

REDACTED = "[redacted]"
_MIN_SECRET = 8
_known: set[str] = set()

_FRESH = r"(?!\[redacted\])"  # never redact a redaction again
_VALUE = _FRESH + r"[^\s'\"\\,;}\]]+"
_TOKEN = _FRESH + r"[A-Za-z0-9._~+/\-]{6,}=*"
_BASE64 = _FRESH + r"(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{6,}={0,2}"
# Each pattern with what it cannot match without: the words, or a test of its own, looked
# for in the text folded to lower case for a case-insensitive pattern. A record
# line holding none of them is not scanned by that pattern: a model-sized record
# (13 KB) then costs about 0.01 ms instead of 1.4 ms for five regex scans.
_Needs = tuple[str, ...] | Callable[[str], bool]
# The characters outside ASCII that `(?i)` matches to an ASCII letter: folded with them.
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_TWINS = "".join(map(chr, _ASCII_TWINS))


def _fold(text: str) -> str:
    """`text` in lower case as a case-insensitive pattern sees it. `str.translate`
    with a table costs 40 times `str.lower` on a record line outside ASCII (curly
    quotes, accents), so it runs only on a line that holds one of the twins."""
    if text.isascii() or not any(twin in text for twin in _TWINS):
        return text.lower()
    return text.translate(_ASCII_TWINS).lower()


_PATTERNS: list[tuple[re.Pattern[str], str, bool, _Needs]] = [
    (
        re.compile(
            r"(?i)((?:proxy-)?authorization|x-api-key|api[-_]?key|access[-_]?token|password)"
            r"((?:\\?['\"])?\s*[:=]\s*(?:\\?['\"])?)"
            r"(?:(?:bearer|basic)\s+)?" + _VALUE
        ),
        rf"\1\2{REDACTED}",
        True,
        lambda folded: (
            "authorization" in folded
            or "password" in folded
            # each spelling holds "api" or "access": looked for only where that is, so a
            # line without them is scanned 4 times, not 8 ("x-api-key" holds "api-key")
            or ("api" in folded and any(w in folded for w in ("apikey", "api-key", "api_key")))
            or (
                "access" in folded
                and any(w in folded for w in ("accesstoken", "access-token", "access_token"))
            )
        ),
    ),
    (re.compile(r"(?i)\b(bearer)(\s+)" + _TOKEN), rf"\1\2{REDACTED}", True, ("bearer",)),
    (re.compile(r"\b(Basic)(\s+)" + _BASE64), rf"\1\2{REDACTED}", False, ("Basic",)),
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"), REDACTED, False, ("sk-",)),
    (
        re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^/\s:@'\"\\]*):[^@/\s'\"\\]*@"),
        rf"\1:{REDACTED}@",
        False,
        lambda text: "@" in text and "://" in text,  # "@" first: one memchr
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
    folded: str | None = None
    for pattern, replacement, fold, needs in _PATTERNS:
        seen = text
        if fold:
            folded = seen = _fold(text) if folded is None else folded
        if not (needs(seen) if callable(needs) else any(word in seen for word in needs)):
            continue
        text = pattern.sub(replacement, text)
        folded = None  # the text changed
    return text


def _secrets() -> set[str]:
    env = os.environ.get("OPENAI_API_KEY")
    if env and len(env) >= _MIN_SECRET and env not in _known:
        return _known | {env}
    return _known
