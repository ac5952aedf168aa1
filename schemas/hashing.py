"""Content hashes that identify a schema in manifests and cache keys."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from pydantic import BaseModel


def stable_hash(payload: object, length: int = 16) -> str:
    """sha256 of canonical JSON, truncated: same content, same hash, on any machine."""
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=64)
def schema_hash(model: type[BaseModel]) -> str:
    """Hash of the JSON schema the model sees; changes whenever a field or description does."""
    return stable_hash(model.model_json_schema())
