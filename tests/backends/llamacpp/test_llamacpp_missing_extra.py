"""Without the [local] extra, choosing the llamacpp backend is a clear user error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsbrief.backends import create_backend
from newsbrief.cli import main
from newsbrief.errors import ModelSpecError


@pytest.fixture
def without_llama_cpp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `import llama_cpp` fail as it does where the extra is not installed."""
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    monkeypatch.delitem(sys.modules, "newsbrief.backends.llamacpp.backend", raising=False)


def test_create_backend_names_the_extra_and_the_missing_module(without_llama_cpp: None) -> None:
    with pytest.raises(ModelSpecError) as caught:
        create_backend("llamacpp:/models/any.gguf")
    assert "pip install '.[local]'" in str(caught.value)
    assert "missing: llama_cpp" in str(caught.value)


def test_cli_prints_one_line_and_exits_2(
    without_llama_cpp: None, seeds_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["run", str(seeds_jsonl), "--out", str(tmp_path), "--model", "llamacpp:gemma-3-270m"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "[local] extra" in err
    assert "Traceback" not in err
