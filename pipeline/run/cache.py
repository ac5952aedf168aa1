"""SQLite response cache: the same article, prompt, schema, model and parameters never
cost a second request.

Reruns, evals and prompt comparisons brief the same articles again and again; a cache
hit is free and instant. The key is a hash of everything that changes the answer
(model, prompt content hash, schema hash, the response model's validators' schema,
backend parameters, the article fields the prompt renders, and the sample index of a
repeated sample). Only successful
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
from newsbrief.errors import StorageError, storage_error
from newsbrief.prompting.spec import PromptSpec
from newsbrief.redact import redact
from newsbrief.run.damaged import is_damage, set_aside
from newsbrief.schemas import Article, Removal, Repair, Usage
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
        setting = f"the response cache folder (${CACHE_DIR_ENV}, or --no-cache to run without)"
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc, setting) from exc
        self.path = directory / CACHE_FILE
        self.warning: str | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):  # locked, read-only, unopenable
                raise StorageError(
                    f"cannot open the response cache {self.path}: {exc}; {setting}"
                ) from exc
            self.warning = self._set_aside(exc)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as again:
                raise StorageError(
                    f"cannot create the response cache {self.path}: {again}; {setting}"
                ) from again
        self._pending: dict[str, str] = {}

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            # What this code reads and writes, tried once: a table of another schema
            # (other columns, a constraint) is damage found here, not one internal error
            # per article later.
            db.execute("SELECT key, value FROM responses LIMIT 1").fetchall()
            db.execute("SAVEPOINT probe")
            db.execute("INSERT OR REPLACE INTO responses (key, value) VALUES ('', '')")
            db.execute("ROLLBACK TO probe")
            db.execute("RELEASE probe")
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self, exc: sqlite3.DatabaseError) -> str:
        """A damaged cache file is moved aside (kept, for a look) and a new one started:
        a cache only saves money, so losing it must never stop a run."""
        try:
            aside = set_aside(self.path)
        except OSError as move:
            raise storage_error(move, "the damaged response cache") from move
        return (
            f"the response cache {self.path} was damaged ({exc}); it was moved to "
            f"{aside.name} and a new, empty cache started"
        )

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

    def key(self, article: Article, sample: int | None = None) -> str:
        """The entry of one answer. A repeated sample (`--repeat`, sample > 0) is its own
        entry, so each sample is a real request; sample 0 keeps the key a run without
        repeats uses, so their answers are shared."""
        fields = {
            "text": article.text,
            "title": article.title,
            "published": article.published,
            "source": article.source,
        }
        entry: dict[str, Any] = {**self._prefix, "article": fields}
        if sample:
            entry["sample"] = sample
        return stable_hash(entry, length=32)

    def get(self, article: Article, sample: int | None = None) -> Completion | None:
        """The stored completion, re-validated; None on a miss or a stale entry."""
        stored = self.cache.get(self.key(article, sample))
        if stored is None:
            return None
        try:
            data = json.loads(stored)
            briefing = self.backend.response_model.model_validate(
                data["briefing"], context=self.backend.validation_context(article)
            )
            usage = Usage.model_validate(data["usage"])
            repairs = [Repair.model_validate(r) for r in data.get("repairs", [])]
            removed = [Removal.model_validate(r) for r in data.get("removed", [])]
        except (ValueError, KeyError, TypeError, ValidationError):
            return None  # an entry of another shape (another version's): a miss
        return Completion(
            briefing=briefing,
            usage=usage,
            raw=data.get("raw"),
            attempts=data.get("attempts", 1),
            reasks=data.get("reasks", 0),
            repairs=repairs,
            removed=removed,
        )

    def put(self, article: Article, completion: Completion, sample: int | None = None) -> None:
        """Store a completion, redacted as a whole like every record: an endpoint that
        echoes the key into the answer itself must not leave it in a cache people share."""
        value = json.dumps(
            {
                "briefing": completion.briefing.model_dump(mode="json"),
                "usage": completion.usage.model_dump(mode="json"),
                "raw": completion.raw,
                "attempts": completion.attempts,
                "reasks": completion.reasks,
                "repairs": [r.model_dump(mode="json") for r in completion.repairs],
                "removed": [r.model_dump(mode="json") for r in completion.removed],
            },
            ensure_ascii=False,
        )
        self.cache.put(self.key(article, sample), redact(value))
