"""`benchmarks/faithfulness.py --judge MODEL`: the composed verifier's figures, hand
computed on a small table, and the flag working end to end against the test server."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.fake_openai import FakeOpenAIServer
from tests.support.judge_personas import is_judge_request, judge_responder

REPO = Path(__file__).resolve().parents[2]


def _module() -> ModuleType:
    path = REPO / "benchmarks" / "faithfulness_judge.py"
    spec = importlib.util.spec_from_file_location("faithfulness_judge", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


# 4 faithful: 2 supported, 1 contradicted, 1 unverified; 3 numbers: 2 contradicted (one
# as the legacy 'unsupported'), 1 supported; 1 date: unverified.
LABELLED = [
    ("faithful", "supported"),
    ("faithful", "supported"),
    ("faithful", "contradicted"),
    ("faithful", "unverified"),
    ("number", "contradicted"),
    ("number", "unsupported"),
    ("number", "supported"),
    ("date", "unverified"),
]


def test_figures_by_hand() -> None:
    figures = _module().figures(LABELLED)
    assert figures.faithful == 4
    assert figures.faithful_contradicted == pytest.approx(1 / 4)
    assert figures.faithful_unverified == pytest.approx(1 / 4)
    assert figures.recall["number"] == pytest.approx(2 / 3)
    assert figures.recall["date"] == pytest.approx(0.0)
    assert figures.recall["speaker"] is None  # no speaker swaps in the table
    # corrupted caught 2 of 4, faithful supported 2 of 4: (0.5 + 0.5) / 2
    assert figures.balanced_accuracy == pytest.approx(0.5)


def test_figures_of_a_verifier_that_never_decides() -> None:
    figures = _module().figures([("faithful", "unverified"), ("number", "unverified")])
    assert figures.balanced_accuracy == pytest.approx(0.0)
    assert figures.faithful_unverified == pytest.approx(1.0)


def test_the_benchmark_measures_a_judge_at_an_endpoint(tmp_path: Path) -> None:
    with FakeOpenAIServer(responder=judge_responder("cites_elsewhere")) as server:
        env = {**os.environ, "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-test",
               "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
        done = subprocess.run(
            [sys.executable, "benchmarks/faithfulness.py", "--set", "heldout",
             "--judge", "openai:judge-model", "--judge-all"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        judged = [r for r in server.completion_requests if is_judge_request(r.body)]
    assert done.returncode == 0, done.stderr
    out = done.stdout
    rows = {
        line.split("|")[1].strip(): line for line in out.splitlines() if line.startswith("| rules")
    }
    # a judge whose every citation is not in the article: every verdict voided, so the
    # composed verifier's figures are the rules' to the digit
    assert rows["rules + judge"].split("|")[2:] == rows["rules"].split("|")[2:]
    assert "judge: 79 claims sent in" in out and "79 voided" in out
    assert len(judged) >= 16  # 79 claims, at most 5 a request
