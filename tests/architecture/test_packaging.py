"""One distribution, one import name: what `pip install` puts on sys.path.

setuptools mounts the fixed folders under `newsbrief` (pyproject's package-dir), and the
package list is explicit; these tests fail when a new package is not listed, when a
wheel would miss data files, or when a bare folder name would be installed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from .imports import MOUNTS, REPO, module_name

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {
        module_name(init)
        for folder in MOUNTS
        for init in (REPO / folder).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk == listed, (
        f"missing: {sorted(on_disk - listed)}; stale: {sorted(listed - on_disk)}"
    )


def test_folders_refuse_their_bare_names() -> None:
    """From the repo root `python -c 'import evals'` must not load this project."""
    for folder in MOUNTS:
        result = subprocess.run(
            [sys.executable, "-c", f"import {folder}"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode != 0
        assert "newsbrief" in result.stderr


@pytest.mark.slow
def test_wheel_holds_one_import_name_and_its_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("newsbrief-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"newsbrief"}
    for expected in [
        "newsbrief/py.typed",
        "newsbrief/schemas/briefing.py",
        "newsbrief/evals/gold/seeds.jsonl",
        "newsbrief/prompts/briefing/v1.yaml",
        "newsbrief/notes/templates/note.html.j2",
        "newsbrief/data/prices.json",
    ]:
        assert expected in names, expected


def _floors() -> dict[str, str]:
    """name -> version from .ci/floors.txt (what `make test-min` installs)."""
    floors = {}
    for line in (REPO / ".ci" / "floors.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            floors[_canonical(name)] = version.strip()
    return floors


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_floor_is_installed_by_test_min() -> None:
    """Each `>=` floor in pyproject.toml is pinned in .ci/floors.txt at that version, so
    `make test-min` runs the suite on it ([local] is left out: it builds for minutes)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra, items in project["optional-dependencies"].items():
        if extra != "local":
            requirements += items
    floors = _floors()
    missing = []
    for requirement in requirements:
        match = re.match(r"([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*>=\s*([^,\s]+)", requirement)
        assert match, f"{requirement}: give every dependency a floor (>=)"
        name, floor = _canonical(match.group(1)), match.group(2)
        if floors.get(name) != floor:
            missing.append(f"{name}=={floor} (floors.txt has {floors.get(name)})")
    assert not missing, "update .ci/floors.txt: " + ", ".join(missing)
