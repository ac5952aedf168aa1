"""SQLite response cache: the same article, prompt, schema, model and parameters never
cost a second request.

Reruns, evals and prompt comparisons brief the same articles again and again; a cache
hit is free and instant. The key is a hash of everything that changes the answer
(model, prompt content hash, schema hash, the response model's validators' schema,
backend parameters, and the article fields the prompt renders). Only successful
briefings are stored: an error is always worth retrying. Stdlib `sqlite3` in WAL mode,
so several runs can share one cache file; writes are committed in groups.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsbrief.backends.base import Backend, Completion
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Usage
from newsbrief.schemas.hashing import schema_hash, stable_hash

__all__ = ["CACHE_DIR_ENV", "CacheScope", "ResponseCache", "default_cache_dir"]

CACHE_DIR_ENV = "BRIEFING_CACHE_DIR"
CACHE_FILE = "responses.sqlite3"
COMMIT_EVERY = 64


def default_cache_dir() -> Path:
    """$BRIEFING_CACHE_DIR, else ~/.cache/briefing (XDG_CACHE_HOME honoured)."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing"


class ResponseCache:
    """Key -> stored completion JSON, in one SQLite file."""

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or default_cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / CACHE_FILE
        self._db = sqlite3.connect(self.path, timeout=30.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        self._db.commit()
        self._pending: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        if key in self._pending:
            return self._pending[key]
        row = self._db.execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str) -> None:
        self._pending[key] = value
        if len(self._pending) >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        if self._pending:
            self._db.executemany(
                "INSERT OR REPLACE INTO responses (key, value) VALUES (?, ?)",
                list(self._pending.items()),
            )
            self._db.commit()
            self._pending.clear()

    def close(self) -> None:
        self.commit()
        self._db.close()

    def scope(self, backend: Backend, prompt: PromptSpec) -> CacheScope | None:
        """The cache for one run; None for a backend that is not worth caching."""
        return CacheScope(self, backend, prompt) if backend.cacheable else None


class CacheScope:
    """The cache seen from one (backend, prompt) pair: article in, completion out."""

    def __init__(self, cache: ResponseCache, backend: Backend, prompt: PromptSpec) -> None:
        self.cache = cache
        self.backend = backend
        self._prefix: dict[str, Any] = {
            "model": backend.model_string,
            "prompt": prompt.content_hash,
            "schema": prompt.schema_hash,
            "response_model": schema_hash(backend.response_model),
            "parameters": backend.run_parameters(),
        }

    def key(self, article: Article) -> str:
        fields = {
            "text": article.text,
            "title": article.title,
            "published": article.published,
            "source": article.source,
        }
        return stable_hash({**self._prefix, "article": fields}, length=32)

    def get(self, article: Article) -> Completion | None:
        """The stored completion, re-validated; None on a miss or a stale entry."""
        stored = self.cache.get(self.key(article))
        if stored is None:
            return None
        try:
            data = json.loads(stored)
            briefing = self.backend.response_model.model_validate(
                data["briefing"], context=self.backend.validation_context(article)
            )
            usage = Usage.model_validate(data["usage"])
        except (ValueError, KeyError, ValidationError):
            return None
        return Completion(
            briefing=briefing,
            usage=usage,
            raw=data.get("raw"),
            attempts=data.get("attempts", 1),
            reasks=data.get("reasks", 0),
        )

    def put(self, article: Article, completion: Completion) -> None:
        value = json.dumps(
            {
                "briefing": completion.briefing.model_dump(mode="json"),
                "usage": completion.usage.model_dump(mode="json"),
                "raw": completion.raw,
                "attempts": completion.attempts,
                "reasks": completion.reasks,
            },
            ensure_ascii=False,
        )
        self.cache.put(self.key(article), value)
