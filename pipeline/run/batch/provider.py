"""The provider's Files and Batches API, through the official openai SDK.

Any endpoint that implements `/v1/files` and `/v1/batches` as OpenAI does works: the
base URL and key come from the openai backend's settings (`OPENAI_BASE_URL`,
`OPENAI_API_KEY`). Lookups (`find_file`, `find_batch`) are what make a crashed
submission safe to repeat: they find what an earlier process created but did not live
to write down. Errors that a wait can cure (connection, 429, 5xx) surface as
`ProviderUnavailable` so the poller can back off; the rest as a `BatchProviderError`
that says what to fix.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openai
from openai.types import Batch

from newsbrief.backends.openai_api.settings import OpenAISettings
from newsbrief.errors import BriefingError

__all__ = ["CHAT_ENDPOINT", "BatchProvider", "BatchProviderError", "ProviderUnavailable"]

CHAT_ENDPOINT = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"
# How far before the ledger's creation a lookup still searches the provider's lists
# (they are newest first, and a long history should not be paged through).
LOOKBACK_S = 3600


class BatchProviderError(BriefingError):
    """The provider refused a Files/Batches call for a reason a retry will not fix."""


class ProviderUnavailable(Exception):
    """The provider could not be reached or asked us to wait; try again later."""


TRANSIENT = (
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
)


class BatchProvider:
    """A thin, synchronous wrapper: batch control calls are few and seconds apart."""

    def __init__(
        self,
        settings: OpenAISettings | None = None,
        *,
        timeout: float = 120.0,
        max_retries: int = 2,
    ) -> None:
        self.settings = settings or OpenAISettings.resolve({})
        # The SDK's own retries (with its backoff) cover a blip; the poll loop's backoff
        # covers longer outages.
        self.client = openai.OpenAI(
            api_key=self.settings.api_key,
            base_url=self.settings.base_url,
            timeout=timeout,
            max_retries=max_retries,
        )

    @property
    def endpoint(self) -> str:
        return self.settings.endpoint

    def close(self) -> None:
        self.client.close()

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TRANSIENT as exc:
            raise ProviderUnavailable(f"{what}: {type(exc).__name__}: {exc}") from exc
        except openai.APIStatusError as exc:
            raise BatchProviderError(
                f"{what} was refused by {self.endpoint} (HTTP {exc.status_code}: "
                f"{_message(exc)}); check the key, the model name and that the endpoint "
                "implements the Batch API (/v1/files, /v1/batches)"
            ) from exc

    # -- files -------------------------------------------------------------------------
    def upload(self, path: Path, filename: str) -> str:
        with path.open("rb") as handle:
            uploaded = self._call(
                f"uploading {filename}",
                self.client.files.create,
                file=(filename, handle, "application/jsonl"),
                purpose="batch",
            )
        return str(uploaded.id)

    def _listing(self, what: str, fn: Any, **kwargs: Any) -> Any:
        """A list call; an endpoint without list support (404/405/501) yields nothing."""
        try:
            return self._call(what, fn, **kwargs)
        except BatchProviderError as exc:
            status = getattr(exc.__cause__, "status_code", None)
            if status in (404, 405, 501):
                return []
            raise

    def find_file(self, filename: str, size: int, since: float) -> str | None:
        """An uploaded batch file with this name and size, made after `since` - LOOKBACK_S."""
        page = self._listing("listing files", self.client.files.list, purpose="batch")
        for item in page:
            if item.created_at < since - LOOKBACK_S:
                break
            if item.filename == filename and item.bytes == size:
                return str(item.id)
        return None

    def download(self, file_id: str, dest: Path) -> None:
        """Stream a result file to `dest` (atomically: a partial download never counts)."""
        self._call(f"downloading {file_id}", self._stream, file_id, dest)

    def _stream(self, file_id: str, dest: Path) -> None:
        tmp = dest.with_name(dest.name + ".part")
        with (
            self.client.files.with_streaming_response.content(file_id) as response,
            tmp.open("wb") as handle,
        ):
            for chunk in response.iter_bytes(1 << 20):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)

    # -- batches -----------------------------------------------------------------------
    def create(self, input_file_id: str, label: str) -> Batch:
        batch: Batch = self._call(
            f"creating a batch from {input_file_id}",
            self.client.batches.create,
            input_file_id=input_file_id,
            endpoint=CHAT_ENDPOINT,
            completion_window=COMPLETION_WINDOW,
            metadata={"newsbrief": label},
        )
        return batch

    def find_batch(self, label: str, input_file_id: str | None, since: float) -> Batch | None:
        """A batch this run created for `label` (by metadata, else by its input file)."""
        page = self._listing("listing batches", self.client.batches.list, limit=100)
        for batch in page:
            if batch.created_at < since - LOOKBACK_S:
                break
            tagged = (batch.metadata or {}).get("newsbrief") == label
            if tagged or (input_file_id is not None and batch.input_file_id == input_file_id):
                return batch  # type: ignore[no-any-return]
        return None

    def retrieve(self, batch_id: str) -> Batch:
        batch: Batch = self._call(f"polling {batch_id}", self.client.batches.retrieve, batch_id)
        return batch

    def cancel(self, batch_id: str) -> Batch:
        batch: Batch = self._call(f"cancelling {batch_id}", self.client.batches.cancel, batch_id)
        return batch


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return exc.message
