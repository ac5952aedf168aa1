"""Running `briefing` in-process the way a user does: `main()`, exit codes and all."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsbrief.cli import main


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return " ".join((self.out + self.err).split())  # rich wraps long lines


def briefing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: bytes | None = None,
) -> Outcome:
    """`briefing ARGS` through `main` (so BriefingError becomes exit 2 as for users)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


REPO = Path(__file__).resolve().parents[2]
SEEDS_JSONL = REPO / "examples" / "seeds.jsonl"
PAGE = Path(__file__).resolve().parent / "data" / "news_page.html"


def seed_text(number: int) -> str:
    """The text of seed article `number` (0-4), as in /shared/seeds/*.txt."""
    lines = SEEDS_JSONL.read_text(encoding="utf-8").splitlines()
    return str(json.loads(lines[number])["text"])


def write_seed(path: Path, number: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(seed_text(number), encoding="utf-8")
    return path


def _html_reader_installed() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


# trafilatura is a dependency; a working copy installed before it was added skips the
# HTML tests with this reason (reinstall with `pip install -e '.[dev]'`) instead of failing.
needs_html = pytest.mark.skipif(
    not _html_reader_installed(), reason="trafilatura missing: pip install -e '.[dev]' again"
)
