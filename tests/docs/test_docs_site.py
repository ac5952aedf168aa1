"""The documentation site builds with every warning an error: a page missing from the
navigation, a broken link or anchor fails here, not only under `make docs`."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None:
        reason = "mkdocs is not installed (the docs extra)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI installs every extra")
        pytest.skip(f"{reason}; install it with pip install -e '.[docs]'")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(REPO / ".ci" / "mkdocs.yml"),
            "--site-dir",
            str(tmp_path / "site"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "inputs" / "index.html").is_file()
