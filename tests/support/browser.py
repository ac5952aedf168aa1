"""Headless Chromium for browser tests (HTML reports, HTML notes).

Playwright's own browser download does not work on these machines, so tests drive
Debian's `/usr/bin/chromium` through Playwright's sync API. A missing browser fails the
test under `CI=true` (CI must prove the HTML renders) and skips it elsewhere with a
reason, so a laptop without chromium can still run the rest of the suite.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run; install chromium)")
    pytest.skip(f"{reason}; install it with `make browser` (as root) to run this test")


def require_chromium() -> str:
    """Return the chromium executable, or fail (CI) / skip (elsewhere) with a reason."""
    path = os.environ.get("BRIEFING_CHROMIUM", CHROMIUM)
    if not (Path(path).exists() or shutil.which(path)):
        _unavailable(f"chromium not found at {path}")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed")
    return path


@contextmanager
def browser_page(width: int = 1280, height: int = 900) -> Iterator[Page]:
    """A fresh page in a fresh headless browser; closed again on exit."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


def artifact_path(name: str) -> Path:
    """Where a test saves screenshots (test-artifacts/ is git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
