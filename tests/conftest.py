"""Suite-wide fixtures. Tests never reach the internet: every server a test needs, the
test starts on 127.0.0.1 and stops. Real model requests are refused: the OpenAI
environment variables are cleared so nothing falls through to api.openai.com."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS_JSONL = REPO / "examples" / "seeds.jsonl"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _no_real_model_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BRIEFING_MODEL", "OPENAI_ORG_ID",
                 "BRIEFING_JUDGE_BASE_URL", "BRIEFING_JUDGE_API_KEY"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _tmp_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch ~/.cache: each test gets its own response cache and no price overlay."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    monkeypatch.delenv("BRIEFING_PRICES", raising=False)
    return cache


@pytest.fixture
def seeds_jsonl() -> Path:
    return SEEDS_JSONL
